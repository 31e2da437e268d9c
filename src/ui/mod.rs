//! The browser shell: Leptos components, one view per file. The only place timers start.

use leptos::prelude::*;

/// Installs the panic hook and mounts the app on `<body>`.
pub fn mount() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(|| view! { <p>"Context Lab"</p> });
}
