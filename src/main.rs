//! The app binary: installs the panic hook and mounts the lesson. Nothing else lives here, so the
//! whole app stays in the library where native tests can reach it.

fn main() {
    context_lab::ui::mount();
}
