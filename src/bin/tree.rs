//! The tree panel's wasm module, loaded by the page only when the panel comes near the viewport
//! (see `ui::tree_app`); built by the post-build hook (`build/post-build.mjs`).

fn main() {
    context_lab::ui::mount_tree();
}
