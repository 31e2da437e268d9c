//! The key-type `<select>` (`ctxKey` or `string`), used by the add form and the lookup.

use leptos::prelude::*;

use crate::content::presets::KeyType;

/// The `<select>` value of a key type.
fn value_of(k: KeyType) -> &'static str {
    match k {
        KeyType::CtxKey => "ctxKey",
        KeyType::String => "string",
    }
}

/// The key type of a `<select>` value; `None` for a value the select does not offer.
fn key_type(v: &str) -> Option<KeyType> {
    [KeyType::CtxKey, KeyType::String].into_iter().find(|&k| value_of(k) == v)
}

/// A select named `label` bound to `value`; `ctxkey_text` is what the ctxKey option says.
#[component]
pub fn KeyTypeSelect(label: &'static str, value: RwSignal<KeyType>, ctxkey_text: &'static str) -> impl IntoView {
    view! {
        <select aria-label=label on:change=move |ev| if let Some(k) = key_type(&event_target_value(&ev)) { value.set(k) }
            prop:value=move || value_of(value.get())>
            <option value="ctxKey">{ctxkey_text}</option>
            <option value="string">"string"</option>
        </select>
    }
}
