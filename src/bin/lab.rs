//! The lab's wasm module: the context tree panel and the playground (see `ui::lab`), fetched by
//! the page's loader when the panel nears the viewport or the text asks for it; built by the
//! post-build hook (`build/post-build.mjs`).

fn main() {
    context_lab::ui::mount_lab();
}
