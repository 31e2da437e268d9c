//! The inspector under the drawing: the selected node's Go facts (`Err()`, `Deadline()`, its
//! value, `String()`) and every action on it, each a button named by what it does ("Cancel
//! request", "Attach goroutine to request", "Remove request", "Look up value from db").

use leptos::prelude::*;

use super::add::{AddChild, Inputs};
use super::narration::{clock, countdown};
use super::panel::Tree;
use super::snapshot::key_text;
use crate::engine::{AfterFuncState, NodeId};

/// The selected node's facts and actions (or a hint when nothing is selected).
#[component]
pub fn Inspector() -> impl IntoView {
    let t = expect_context::<Tree>();
    let inputs = Inputs::new(t);
    // Keyed by (tree generation, node): a new selection or a new tree mounts a fresh view
    // rather than patching the old one's labels.
    let selected = Memo::new(move |_| {
        let id = t.selected.get().filter(|&id| t.lab.with(|l| l.info(id).is_some()))?;
        Some((t.generation.get(), id))
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
    let t = expect_context::<Tree>();
    let (name, call, cancelable, cause, dropped) = t.lab.with_untracked(|l| {
        let v = l.engine().view(id).ok();
        let info = l.info(id).cloned();
        (
            l.name(id).to_string(),
            info.as_ref().map(|i| i.call.clone()).unwrap_or_default(),
            v.as_ref().is_some_and(|v| v.cancelable),
            v.as_ref().is_some_and(|v| v.accepts_cause),
            info.is_some_and(|i| i.dropped),
        )
    });
    let draw = t.draws.of(&t, id);
    let err = Memo::new(move |_| draw.with(|n| n.as_ref().map(|n| n.err.trim_start_matches("Err: ").to_string()).unwrap_or_default()));
    let facts = Memo::new(move |_| {
        t.lab.with(|l| {
            let v = l.engine().view(id).ok()?;
            let deadline = match (v.deadline, v.remaining) {
                (Some(d), Some(r)) if !v.done => format!("{} ({})", clock(d), countdown(r)),
                (Some(d), _) => clock(d),
                (None, _) => "none (ok is false)".into(),
            };
            let value = v.entry.as_ref().map(|(k, val)| format!("{}: {val}", key_text(k)));
            let afs: Vec<_> = v.after_funcs.iter().filter(|a| a.state == AfterFuncState::Pending).map(|a| (a.id, a.func.0)).collect();
            Some((deadline, value, v.string.clone(), afs))
        })
    });
    let n = name.clone();
    let cancel = move |_| {
        let c = cause.then(|| inputs.cause.get_untracked());
        t.act(|l| l.cancel(id, c.as_deref()));
    };
    let remove = move |_| {
        let parent = t.lab.with_untracked(|l| l.engine().parent(id).ok().flatten());
        if t.act(|l| l.remove(id)).is_some() {
            t.selected.set(parent);
            if let Some(p) = parent {
                super::node::focus_node(p);
            }
        }
    };
    let lookup = move |_| {
        let (ty, key) = (inputs.lookup_type.get_untracked(), inputs.lookup_key.get_untracked());
        t.act(|l| l.lookup(id, ty, &key));
    };
    view! {
        <h3 class="inspector-title">{name.clone()} " " <span class="kind">{call}</span></h3>
        <dl class="facts">
            <dt>"Err()"</dt><dd>{move || err.get()}</dd>
            <dt>"Deadline()"</dt><dd>{move || facts.get().map(|f| f.0)}</dd>
            {move || facts.get().and_then(|f| f.1).map(|v| view! { <dt>"Value"</dt><dd><code>{v}</code></dd> })}
            <dt>"String()"</dt><dd><code class="go-string">{move || facts.get().map(|f| f.2)}</code></dd>
        </dl>
        <div class="actions">
            {(cancelable && !dropped && cause).then(|| view! {
                <label class="cause"><span>"Cause"</span>
                    <input type="text" placeholder="errors.New text; blank is nil" bind:value=inputs.cause /></label>
            })}
            {(cancelable && !dropped).then(|| view! {
                <button type="button" class="danger" on:click=cancel>{format!("Cancel {n}")}</button>
            })}
            {dropped.then(|| view! { <p class="note">"Its cancel func was discarded (" <code>"ctx, _ :="</code> "): only its parent can cancel it now."</p> })}
            <button type="button" on:click=move |_| { t.act(|l| l.attach_goroutine(id)); }>{format!("Attach goroutine to {name}")}</button>
            <span class="add-item">
                <button type="button" on:click=move |_| { t.act(|l| l.register_after_func(id)); }>{format!("Register AfterFunc on {name}")}</button>
                <span class="since">"Go 1.21"</span>
            </span>
            {let name = name.clone(); move || facts.get().map(|f| f.3).unwrap_or_default().into_iter().map(|(a, f)| view! {
                <button type="button" on:click=move |_| { t.act(|l| l.stop_after_func(a)); }>{format!("Stop AfterFunc f{f} on {name}")}</button>
            }).collect_view()}
            <button type="button" class="danger" on:click=remove>{format!("Remove {name}")}</button>
        </div>
        <AddChild id=id name=name.clone() inputs=inputs />
        <fieldset class="lookup">
            <legend>"Ask for a value"</legend>
            <select aria-label="Lookup key type" on:change=move |ev| inputs.lookup_type.set(super::add::key_type(&event_target_value(&ev)))
                prop:value=move || super::add::key_type_value(inputs.lookup_type.get())>
                <option value="ctxKey">"ctxKey (unexported type)"</option>
                <option value="string">"string"</option>
            </select>
            <input type="text" aria-label="Lookup key" bind:value=inputs.lookup_key />
            <button type="button" on:click=lookup>{format!("Look up value from {name}")}</button>
        </fieldset>
    }
}
