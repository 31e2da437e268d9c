//! "Add a child under X": every `context` constructor, with its arguments typed by the learner
//! (timeout, deadline, key type, key and value), the Go 1.20/1.21 ones marked, and the
//! "discard the cancel func" switch that makes a leak.

use leptos::prelude::*;

use super::key_select::KeyTypeSelect;
use super::state::Model;
use super::focus::reveal_node;
use crate::content::presets::{self, KeyType};
use crate::engine::{ContextKind, GoValue, NodeId, Time};
use crate::scene::units::parse_duration;
use crate::scene::{kind_named, Action, Applied, Args, Scene};

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
    pub fn new(scene: &Scene) -> Inputs {
        let lookup = scene.preset().and_then(presets::preset).and_then(|p| p.lookup);
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

    /// The arguments `kind` takes, from what was typed; a duration that does not read is an
    /// error in words.
    fn args(&self, kind: ContextKind) -> Result<Args, String> {
        Ok(match kind {
            ContextKind::WithTimeout => Args::Timeout(parse_duration(&self.timeout.get_untracked())?),
            ContextKind::WithDeadline => Args::Deadline(Time::ZERO.add(parse_duration(&self.deadline.get_untracked())?)),
            ContextKind::WithValue => Args::Value {
                key: self.key_type.get_untracked().key(&self.key.get_untracked()),
                value: GoValue::string(self.value.get_untracked()),
            },
            _ => Args::None,
        })
    }
}

/// The add-a-child form for node `id` called `name`.
#[component]
pub fn AddChild(id: NodeId, name: String, inputs: Inputs) -> impl IntoView {
    let model = expect_context::<Model>();
    let i = inputs;
    let add = move |which: &'static str| {
        let kind = match kind_named(which) {
            Ok(k) => k,
            Err(e) => return model.show(&e),
        };
        let args = match i.args(kind) {
            Ok(a) => a,
            Err(e) => return model.show(&e),
        };
        let action = Action::Add { parent: Some(id), name: i.name.get_untracked(), kind, args, drop_cancel: i.dropped.get_untracked() };
        if let Some(Applied::Added(child)) = model.act(action) {
            i.name.set(String::new());
            request_animation_frame(move || reveal_node(child));
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
                <KeyTypeSelect label="Key type" value=i.key_type ctxkey_text="ctxKey" />
                <input type="text" size="9" aria-label="Key" bind:value=i.key />
                <input type="text" size="6" aria-label="Value" bind:value=i.value />
                {button("WithValue", None)}
            </div>
            <div class="row">{button("WithCancelCause", Some("Go 1.20"))} {button("WithoutCancel", Some("Go 1.21"))}</div>
        </fieldset>
    }
}
