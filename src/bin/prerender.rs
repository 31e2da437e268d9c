//! Prints the page's HTML as first painted (the lesson, contents, header, fresh progress), for
//! the Trunk post-build hook (`build/post-build.mjs`) to put into `index.html`. Native only.

fn main() {
    #[cfg(not(target_arch = "wasm32"))]
    print!("{}", context_lab::ui::prerender());
}
