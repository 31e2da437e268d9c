//! The interpreter's Web Worker, seen from the page: started on the first request (so a reader
//! who never runs code downloads none of it), reused for later ones, terminated by Stop (so a
//! runaway program can never hold the page).
//!
//! Requests (run, vet, check: `play::wire::Request`) carry an id; each answer goes to the
//! callback registered under its id, so a check started from the exercise and a run started from
//! the toolbar never take each other's answers.
//!
//! The worker's loader is named by `<meta name="gorun-worker">`, which Trunk's post-build hook
//! (`.ci/worker-meta.sh`) writes into index.html because the file name is hashed.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::play::wire::{Answer, Body, Reply, Request, Task, READY};

/// What the worker answered a run with.
pub type OnReply = Rc<dyn Fn(Result<Reply, String>)>;

/// What the worker answered any request with.
pub type OnAnswer = Rc<dyn Fn(Result<Body, String>)>;

/// Requests sent (or queued until the worker is ready) and not yet answered.
#[derive(Default)]
struct Pending {
    callbacks: HashMap<u32, OnAnswer>,
    queued: Vec<String>,
    next_id: u32,
}

struct Live {
    worker: web_sys::Worker,
    ready: bool,
    _on_message: Closure<dyn FnMut(web_sys::MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::ErrorEvent)>,
}

/// A handle on the (possibly not yet started) worker. Clones share it.
#[derive(Clone, Default)]
pub struct GoWorker {
    live: Rc<RefCell<Option<Live>>>,
    pending: Rc<RefCell<Pending>>,
}

impl GoWorker {
    /// Whether the worker is started (its script downloaded).
    pub fn started(&self) -> bool {
        self.live.borrow().is_some()
    }

    /// Runs `source` as file `filename` (`main.go` when none), starting the worker first if
    /// needed; `on_reply` gets the result.
    pub fn run(&self, filename: Option<String>, source: String, on_reply: OnReply) -> Result<(), String> {
        self.request_file(
            Task::Run,
            filename,
            source,
            Rc::new(move |body| {
                on_reply(match body {
                    Ok(Body::Run(reply)) => Ok(reply),
                    Ok(Body::Refused(why)) => Err(why),
                    Ok(_) => Err("the interpreter answered something other than a run".into()),
                    Err(e) => Err(e),
                })
            }),
        )
    }

    /// Asks the worker to do `task` with `source`; `on_answer` gets its answer (or why there
    /// is none: the worker failed or was stopped).
    pub fn request(&self, task: Task, source: String, on_answer: OnAnswer) -> Result<(), String> {
        self.request_file(task, None, source, on_answer)
    }

    /// [`Self::request`] for a file named `filename` (`main.go` when none).
    pub fn request_file(&self, task: Task, filename: Option<String>, source: String, on_answer: OnAnswer) -> Result<(), String> {
        if self.live.borrow().is_none() {
            let live = self.start()?;
            *self.live.borrow_mut() = Some(live);
        }
        let text = {
            let mut p = self.pending.borrow_mut();
            p.next_id = p.next_id.wrapping_add(1).max(1);
            let id = p.next_id;
            p.callbacks.insert(id, on_answer);
            Request { id, task, source, filename }.encode()
        };
        let guard = self.live.borrow();
        let Some(live) = guard.as_ref() else { return Err("the interpreter did not start".into()) };
        if live.ready {
            live.worker.post_message(&JsValue::from_str(&text)).map_err(describe)?;
        } else {
            self.pending.borrow_mut().queued.push(text);
        }
        Ok(())
    }

    /// Ends the worker at once, whatever it is doing; every unanswered request is told it was
    /// stopped. The next request starts a new worker.
    pub fn stop(&self) {
        if let Some(live) = self.live.borrow_mut().take() {
            live.worker.terminate();
        }
        fail_all(&self.pending, "the interpreter was stopped");
    }

    fn start(&self) -> Result<Live, String> {
        let url = loader_url().ok_or("this page has no interpreter worker (its <meta name=\"gorun-worker\"> is missing)")?;
        let worker = web_sys::Worker::new(&url).map_err(describe)?;
        let on_message = self.message_handler();
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        let live_ref = self.live.clone();
        let pending = self.pending.clone();
        let on_error = Closure::<dyn FnMut(web_sys::ErrorEvent)>::new(move |e: web_sys::ErrorEvent| {
            e.prevent_default();
            if let Some(live) = live_ref.borrow_mut().take() {
                live.worker.terminate();
            }
            fail_all(&pending, &format!("the interpreter stopped with an error: {}", e.message()));
        });
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        Ok(Live { worker, ready: false, _on_message: on_message, _on_error: on_error })
    }

    fn message_handler(&self) -> Closure<dyn FnMut(web_sys::MessageEvent)> {
        let live_ref = self.live.clone();
        let pending = self.pending.clone();
        Closure::new(move |ev: web_sys::MessageEvent| {
            let text = ev.data().as_string().unwrap_or_default();
            if text == READY {
                let queued = std::mem::take(&mut pending.borrow_mut().queued);
                let mut failed = None;
                if let Some(live) = live_ref.borrow_mut().as_mut() {
                    live.ready = true;
                    for q in queued {
                        if let Err(e) = live.worker.post_message(&JsValue::from_str(&q)) {
                            failed = Some(describe(e));
                        }
                    }
                }
                if let Some(why) = failed {
                    fail_all(&pending, &why);
                }
                return;
            }
            match Answer::decode(&text) {
                Ok(answer) => {
                    let callback = pending.borrow_mut().callbacks.remove(&answer.id);
                    if let Some(cb) = callback {
                        cb(Ok(answer.body));
                    }
                }
                Err(e) => fail_all(&pending, &e.to_string()),
            }
        })
    }
}

/// Tells every waiting request why it will get no answer.
fn fail_all(pending: &Rc<RefCell<Pending>>, why: &str) {
    let callbacks: Vec<OnAnswer> = {
        let mut p = pending.borrow_mut();
        p.queued.clear();
        p.callbacks.drain().map(|(_, cb)| cb).collect()
    };
    for cb in callbacks {
        cb(Err(why.to_string()));
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
