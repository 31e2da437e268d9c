//! The interpreter's Web Worker, seen from the page: started on the first Run (so a reader who
//! never runs code downloads none of it), reused for later runs, terminated by Stop (so a
//! runaway program can never hold the page).
//!
//! The worker's loader is named by `<meta name="gorun-worker">`, which Trunk's post-build hook
//! (`.ci/worker-meta.sh`) writes into index.html because the file name is hashed.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::play::wire::{Reply, READY};

/// What the worker answered.
pub type OnReply = Rc<dyn Fn(Result<Reply, String>)>;

struct Live {
    worker: web_sys::Worker,
    ready: bool,
    queued: Option<String>,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::ErrorEvent)>,
}

/// A handle on the (possibly not yet started) worker. Clones share it.
#[derive(Clone, Default)]
pub struct GoWorker {
    live: Rc<RefCell<Option<Live>>>,
}

impl GoWorker {
    /// Whether the worker is started (its script downloaded).
    pub fn started(&self) -> bool {
        self.live.borrow().is_some()
    }

    /// Runs `source`, starting the worker first if needed; `on_reply` gets the result.
    pub fn run(&self, source: String, on_reply: OnReply) -> Result<(), String> {
        if self.live.borrow().is_none() {
            let live = self.start(on_reply)?;
            *self.live.borrow_mut() = Some(live);
        } else if let Some(live) = self.live.borrow_mut().as_mut() {
            // A fresh reply handler for this run.
            let handler = self.message_handler(on_reply);
            live.worker.set_onmessage(Some(handler.as_ref().unchecked_ref()));
            live._on_message = handler;
        }
        let mut guard = self.live.borrow_mut();
        let Some(live) = guard.as_mut() else { return Err("the interpreter did not start".into()) };
        if live.ready {
            live.worker.post_message(&JsValue::from_str(&source)).map_err(describe)?;
        } else {
            live.queued = Some(source);
        }
        Ok(())
    }

    /// Ends the worker at once, whatever it is doing; the next run starts a new one.
    pub fn stop(&self) {
        if let Some(live) = self.live.borrow_mut().take() {
            live.worker.terminate();
        }
    }

    fn start(&self, on_reply: OnReply) -> Result<Live, String> {
        let url = loader_url().ok_or("this page has no interpreter worker (its <meta name=\"gorun-worker\"> is missing)")?;
        let worker = web_sys::Worker::new(&url).map_err(describe)?;
        let on_message = self.message_handler(on_reply.clone());
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        let failed = on_reply;
        let live_ref = self.live.clone();
        let on_error = Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
            e.prevent_default();
            if let Some(live) = live_ref.borrow_mut().take() {
                live.worker.terminate();
            }
            failed(Err(format!("the interpreter stopped with an error: {}", e.message())));
        });
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(Live { worker, ready: false, queued: None, _on_message: on_message, _on_error: on_error })
    }

    fn message_handler(&self, on_reply: OnReply) -> Closure<dyn FnMut(web_sys::MessageEvent)> {
        let live_ref = self.live.clone();
        Closure::new(move |ev: web_sys::MessageEvent| {
            let text = ev.data().as_string().unwrap_or_default();
            if text == READY {
                let mut guard = live_ref.borrow_mut();
                if let Some(live) = guard.as_mut() {
                    live.ready = true;
                    if let Some(src) = live.queued.take() {
                        if let Err(e) = live.worker.post_message(&JsValue::from_str(&src)) {
                            drop(guard);
                            on_reply(Err(describe(e)));
                        }
                    }
                }
                return;
            }
            on_reply(Reply::decode(&text).map_err(|e| e.to_string()));
        })
    }
}

fn loader_url() -> Option<String> {
    let doc = web_sys::window()?.document()?;
    let meta = doc.query_selector("meta[name=gorun-worker]").ok()??;
    meta.get_attribute("content").filter(|c| !c.is_empty())
}

fn describe(e: JsValue) -> String {
    e.as_string()
        .or_else(|| e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())))
        .unwrap_or_else(|| "the browser refused to start a Web Worker".into())
}
