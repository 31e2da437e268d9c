//! "Add a child under X": every `context` constructor, with its arguments typed by the learner
//! (timeout, deadline, key type, key and value), the Go 1.20/1.21 ones marked, and the
//! "discard the cancel func" switch that makes a leak.

use leptos::prelude::*;

use super::narration::parse_duration;
use super::panel::Tree;
use crate::content::presets::{KeyType, Kind};
use crate::engine::NodeId;

/// What the learner typed in the inspector, kept across selections.
#[derive(Clone, Copy)]
pub struct Inputs {
    name: RwSignal<String>,
    dropped: RwSignal<bool>,
    timeout: RwSignal<String>,
    deadline: RwSignal<String>,
    key_type: RwSignal<KeyType>,
    key: RwSignal<String>,
    value: RwSignal<String>,
    /// The cause text for a WithCancelCause cancel.
    pub cause: RwSignal<String>,
    /// The key type to look up.
    pub lookup_type: RwSignal<KeyType>,
    /// The key to look up.
    pub lookup_key: RwSignal<String>,
}

impl Inputs {
    /// Defaults: 2s timeout, deadline at t=3s, the preset's lookup key (or `ctxKey("requestID")`).
    pub fn new(t: Tree) -> Inputs {
        let lookup = t.lab.with_untracked(|l| l.preset()).and_then(crate::content::presets::preset).and_then(|p| p.lookup);
        let (lt, lk) = lookup.unwrap_or((KeyType::CtxKey, "requestID"));
        Inputs {
            name: RwSignal::new(String::new()),
            dropped: RwSignal::new(false),
            timeout: RwSignal::new("2s".into()),
            deadline: RwSignal::new("3s".into()),
            key_type: RwSignal::new(KeyType::CtxKey),
            key: RwSignal::new("requestID".into()),
            value: RwSignal::new("42".into()),
            cause: RwSignal::new(String::new()),
            lookup_type: RwSignal::new(lt),
            lookup_key: RwSignal::new(lk.into()),
        }
    }
}

/// The `<select>` value for a key type.
pub fn key_type_value(k: KeyType) -> &'static str {
    match k {
        KeyType::CtxKey => "ctxKey",
        KeyType::String => "string",
    }
}

/// The key type for a `<select>` value.
pub fn key_type(v: &str) -> KeyType {
    if v == "string" { KeyType::String } else { KeyType::CtxKey }
}

/// The add-a-child form for node `id` called `name`.
#[component]
pub fn AddChild(id: NodeId, name: String, inputs: Inputs) -> impl IntoView {
    let t = expect_context::<Tree>();
    let i = inputs;
    let add = move |which: &'static str| {
        let (timeout, deadline) = (i.timeout.get_untracked(), i.deadline.get_untracked());
        let (key, value) = (i.key.get_untracked(), i.value.get_untracked());
        let kind = match which {
            "WithCancel" => Kind::WithCancel,
            "WithCancelCause" => Kind::WithCancelCause,
            "WithoutCancel" => Kind::WithoutCancel,
            "WithTimeout" => match parse_duration(&timeout) {
                Ok(d) => Kind::WithTimeout { ms: d.nanos() / 1_000_000 },
                Err(e) => return t.error.set(Some(e)),
            },
            "WithDeadline" => match parse_duration(&deadline) {
                Ok(d) => Kind::WithDeadline { at_ms: d.nanos() / 1_000_000 },
                Err(e) => return t.error.set(Some(e)),
            },
            _ => Kind::WithValue { key_type: i.key_type.get_untracked(), key: &key, value: &value },
        };
        let child_name = i.name.get_untracked();
        if let Some(child) = t.act(|l| l.add_child(id, &child_name, &kind, i.dropped.get_untracked())) {
            i.name.set(String::new());
            request_animation_frame(move || super::node::reveal_node(child));
        }
    };
    let button = move |which: &'static str, since: Option<&'static str>| {
        let label = format!("Add {which} under {name}");
        view! {
            // The version badge sits beside the button, so its name is exactly what it does.
            <span class="add-item">
                <button type="button" aria-label=label on:click=move |_| add(which)>"+ " {which}</button>
                {since.map(|s| view! { <span class="since">{s}</span> })}
            </span>
        }
    };
    view! {
        <fieldset class="add">
            <legend>"Add a child"</legend>
            <div class="row">
                <label><span>"Name"</span><input type="text" placeholder="automatic (ctxN)" bind:value=i.name /></label>
                <label class="check"><input type="checkbox" bind:checked=i.dropped />
                    <span>"Discard its cancel func (" <code>"ctx, _ :="</code> ")"</span></label>
            </div>
            <div class="row">{button("WithCancel", None)}</div>
            <div class="row">
                <label><span>"Timeout"</span><input type="text" size="6" bind:value=i.timeout /></label>
                {button("WithTimeout", None)}
            </div>
            <div class="row">
                <label><span>"At t="</span><input type="text" size="6" bind:value=i.deadline /></label>
                {button("WithDeadline", None)}
            </div>
            <div class="row">
                <select aria-label="Key type" on:change=move |ev| i.key_type.set(key_type(&event_target_value(&ev)))
                    prop:value=move || key_type_value(i.key_type.get())>
                    <option value="ctxKey">"ctxKey"</option>
                    <option value="string">"string"</option>
                </select>
                <input type="text" size="9" aria-label="Key" bind:value=i.key />
                <input type="text" size="6" aria-label="Value" bind:value=i.value />
                {button("WithValue", None)}
            </div>
            <div class="row">{button("WithCancelCause", Some("Go 1.20"))} {button("WithoutCancel", Some("Go 1.21"))}</div>
        </fieldset>
    }
}
