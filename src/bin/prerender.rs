//! Prints the page's HTML as first painted (the lesson, contents, header, fresh progress), for
//! the Trunk post-build hook (`build/post-build.mjs`) to put into `index.html`. Native only.
//!
//! Effects never run at build time: the executor it installs drops every task, as a server
//! renderer does, so no component reaches for a browser.

#[cfg(not(target_arch = "wasm32"))]
mod native {
    use any_spawner::{CustomExecutor, Executor, PinnedFuture, PinnedLocalFuture};

    /// Drops every task: effects and async work belong to the browser.
    struct DropTasks;

    impl CustomExecutor for DropTasks {
        fn spawn(&self, _: PinnedFuture<()>) {}
        fn spawn_local(&self, _: PinnedLocalFuture<()>) {}
        fn poll_local(&self) {}
    }

    pub fn run() {
        let _already_set = Executor::init_custom_executor(DropTasks);
        print!("{}", context_lab::ui::prerender());
    }
}

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    native::run();
}
