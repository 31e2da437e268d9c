//! The gorun interpreter as a Web Worker: the page loads it on the first run, posts a JSON
//! request (run, vet or check a Go program) and gets back one JSON answer with the request's id
//! (see `context_lab::play::wire`).
//! Ending a runaway run is the page's `Worker.terminate()`; the limits below end it first in
//! the usual case, with gorun's clear message.
//!
//! Trunk builds it (`<link data-trunk rel="rust" data-type="worker" data-bin="gorun-worker">`
//! in index.html); natively it only says what it is, the CLI being `gorun`.

#[cfg(target_arch = "wasm32")]
use context_lab::play::wire::READY;

/// Limits sized for a browser tab: an endless loop ends within a few seconds, output and
/// goroutines stay far below what would strain the page.
#[cfg(target_arch = "wasm32")]
fn options() -> context_lab::interp::Options {
    use context_lab::interp::{Limits, Options};
    Options {
        limits: Limits { max_steps: 100_000_000, max_goroutines: 10_000, max_call_depth: 10_000, max_output_bytes: 1 << 20 },
        ..Options::default()
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {
    use wasm_bindgen::prelude::*;
    use wasm_bindgen::JsCast;
    console_error_panic_hook::set_once();
    let scope: web_sys::DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply_to = scope.clone();
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(move |ev: web_sys::MessageEvent| {
        let request = ev.data().as_string().unwrap_or_default();
        let answer = context_lab::play::program::answer(&request, &options());
        let _ = reply_to.post_message(&JsValue::from_str(&answer.encode()));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(READY));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("gorun-worker is the interpreter built as a Web Worker for the page (trunk build); run programs natively with `gorun FILE.go`");
    std::process::exit(2);
}
