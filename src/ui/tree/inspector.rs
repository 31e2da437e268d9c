//! The inspector under the drawing: the selected node's Go facts (`Err()`, `Deadline()`, its
//! value, `String()`) and every action on it, each a button named by what it does ("Cancel
//! request", "Attach goroutine to request", "Remove request", "Look up value from db").

use leptos::prelude::*;

use super::add_form::{AddChild, Inputs};
use super::key_select::KeyTypeSelect;
use super::node_signals::NodeSignals;
use super::run_events::RunEvents;
use super::state::{Focus, Model};
use super::focus::{focus_node, focus_panel};
use crate::engine::{AfterFuncState, NodeId};
use crate::scene::units::{clock, countdown};
use crate::scene::{Action, Applied};

/// The selected node's facts and actions (or a hint when nothing is selected).
#[component]
pub fn Inspector() -> impl IntoView {
    let (model, focus) = (expect_context::<Model>(), expect_context::<Focus>());
    let inputs = model.scene.with_untracked(Inputs::new);
    // Keyed by (tree generation, node): a new selection or a new tree mounts a fresh view
    // rather than patching the old one's labels.
    let selected = Memo::new(move |_| {
        let id = focus.selected.get().filter(|&id| model.scene.with(|s| s.label(id).is_some()))?;
        Some((focus.generation.get(), id))
    });
    view! {
        <section class="inspector" aria-label="Selected context">
            <For each=move || selected.get() key=|k| *k let:k>
                <Selected id=k.1 inputs=inputs />
            </For>
            {move || selected.get().is_none().then(|| view! {
                <p class="inspector-empty">"Select a node in the tree (click it, or Tab to it and press Enter) to see its actions."</p>
            })}
        </section>
    }
}

/// Facts and actions for one node.
#[component]
fn Selected(id: NodeId, inputs: Inputs) -> impl IntoView {
    let (model, focus, signals) = (expect_context::<Model>(), expect_context::<Focus>(), expect_context::<NodeSignals>());
    let (name, call, cancelable, cause, dropped, timer) = model.scene.with_untracked(|s| {
        let v = s.engine().view(id).ok();
        let label = s.label(id).cloned();
        (
            s.name(id).to_string(),
            label.as_ref().map(|l| l.call.clone()).unwrap_or_default(),
            v.as_ref().is_some_and(|v| v.cancelable),
            v.as_ref().is_some_and(|v| v.accepts_cause),
            label.is_some_and(|l| l.dropped),
            v.as_ref().is_some_and(|v| v.shape == crate::engine::Shape::Timer),
        )
    });
    let draw = signals.of(id);
    let err = Memo::new(move |_| draw.with(|n| n.as_ref().map(|n| n.err.trim_start_matches("Err: ").to_string()).unwrap_or_default()));
    let facts = Memo::new(move |_| {
        model.scene.with(|s| {
            let v = s.engine().view(id).ok()?;
            let deadline = match (v.deadline, v.remaining) {
                (Some(d), Some(r)) if !v.done => format!("{} ({})", clock(d), countdown(r)),
                (Some(d), _) => clock(d),
                (None, _) => "none (ok is false)".into(),
            };
            let value = v.entry.as_ref().map(|(k, val)| format!("{}: {val}", k.go_source()));
            let afs: Vec<_> = v.after_funcs.iter().filter(|a| a.state == AfterFuncState::Pending).map(|a| (a.id, a.func.0)).collect();
            Some((deadline, value, v.string.clone(), afs))
        })
    });
    let n = name.clone();
    let cancel = move |_| {
        let action = if cause {
            // A blank cause is a nil cause.
            let text = inputs.cause.get_untracked().trim().to_string();
            Action::CancelCause { node: id, cause: Some(text).filter(|t| !t.is_empty()) }
        } else {
            Action::Cancel(id)
        };
        model.act(action);
    };
    let remove = move |_| {
        let parent = model.scene.with_untracked(|s| s.engine().parent(id).ok().flatten());
        if let Some(Applied::Removed(_)) = model.act(Action::Remove(id)) {
            focus.selected.set(parent);
            // Focus was on this button, which goes with the node: never leave it on the body.
            match parent.or_else(|| model.scene.with_untracked(|s| s.ids().into_iter().next())) {
                Some(p) => focus_node(p),
                None => focus_panel(),
            }
        }
    };
    let lookup = move |_| {
        let key = inputs.lookup_type.get_untracked().key(&inputs.lookup_key.get_untracked());
        model.act(Action::Lookup { node: id, key });
    };
    view! {
        <h3 class="inspector-title">{name.clone()} " " <span class="kind">{call}</span></h3>
        <dl class="facts">
            <dt>"Err()"</dt><dd>{move || err.get()}</dd>
            <dt>"Deadline()"</dt><dd>{move || facts.get().map(|f| f.0)}</dd>
            {move || facts.get().and_then(|f| f.1).map(|v| view! { <dt>"Value"</dt><dd><code>{v}</code></dd> })}
            <dt>"String()"</dt><dd><code class="go-string">{move || facts.get().map(|f| f.2)}</code></dd>
        </dl>
        <RunEvents id=id />
        <div class="actions">
            {(cancelable && !dropped && cause).then(|| view! {
                <label class="cause"><span>"Cause"</span>
                    <input type="text" placeholder="errors.New text; blank is nil" bind:value=inputs.cause /></label>
            })}
            {(cancelable && !dropped).then(|| view! {
                <button type="button" class="danger" on:click=cancel>{format!("Cancel {n}")}</button>
            })}
            {dropped.then(|| view! {
                <p class="note">"Its cancel func was discarded (" <code>"ctx, _ :="</code> "): nothing can call it now. "
                    {if timer {
                        "It is done when its own deadline passes, or when a cancellation from above reaches it (an ancestor cancelled or out of time)."
                    } else {
                        "It is done only when a cancellation from above reaches it (an ancestor cancelled or out of time)."
                    }}
                </p>
            })}
            <button type="button" on:click=move |_| { model.act(Action::AttachGoroutine(id)); }>{format!("Attach goroutine to {name}")}</button>
            <span class="add-item">
                <button type="button" on:click=move |_| { model.act(Action::RegisterAfterFunc(id)); }>{format!("Register AfterFunc on {name}")}</button>
                <span class="since">"Go 1.21"</span>
            </span>
            {let name = name.clone(); move || facts.get().map(|f| f.3).unwrap_or_default().into_iter().map(|(a, f)| view! {
                <button type="button" on:click=move |_| { model.act(Action::StopAfterFunc(a)); }>{format!("Stop AfterFunc f{f} on {name}")}</button>
            }).collect_view()}
            <button type="button" class="danger" on:click=remove>{format!("Remove {name}")}</button>
        </div>
        <AddChild id=id name=name.clone() inputs=inputs />
        <fieldset class="lookup">
            <legend>"Ask for a value"</legend>
            <KeyTypeSelect label="Lookup key type" value=inputs.lookup_type ctxkey_text="ctxKey (unexported type)" />
            <input type="text" aria-label="Lookup key" bind:value=inputs.lookup_key />
            <button type="button" on:click=lookup>{format!("Look up value from {name}")}</button>
        </fieldset>
    }
}
