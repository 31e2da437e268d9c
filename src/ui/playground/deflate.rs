//! deflate-raw through the browser's own `CompressionStream` and `DecompressionStream`, so the
//! page carries no compression library. Called dynamically (`Reflect`), as these streams are
//! not in web-sys's stable API. Inflating stops as soon as the output passes a limit, so a
//! small link cannot unpack into a huge text.

use js_sys::{Array, Function, Promise, Reflect, Uint8Array};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::play::share::ShareError;

fn get(obj: &JsValue, name: &str) -> Result<JsValue, JsValue> {
    Reflect::get(obj, &JsValue::from_str(name))
}

fn call(obj: &JsValue, name: &str, args: &[&JsValue]) -> Result<JsValue, JsValue> {
    let f: Function = get(obj, name)?.dyn_into()?;
    Reflect::apply(&f, obj, &args.iter().copied().collect::<Array>())
}

fn construct(class: &str, args: &[&JsValue]) -> Result<JsValue, JsValue> {
    let ctor: Function = get(&js_sys::global(), class)?.dyn_into()?;
    Reflect::construct(&ctor, &args.iter().copied().collect::<Array>()).map(Into::into)
}

/// Why a stream failed: it broke (bad data), or its output passed the limit.
enum Failure {
    Broken,
    TooLarge,
}

/// `bytes` piped through a new `class("deflate-raw")`, up to `max` bytes of output.
async fn pipe(bytes: &[u8], class: &str, max: usize) -> Result<Vec<u8>, Failure> {
    let broken = |_| Failure::Broken;
    let parts: Array = [JsValue::from(Uint8Array::from(bytes))].into_iter().collect();
    let blob = construct("Blob", &[&parts]).map_err(broken)?;
    let stream = call(&blob, "stream", &[]).map_err(broken)?;
    let transform = construct(class, &[&JsValue::from_str("deflate-raw")]).map_err(broken)?;
    let out = call(&stream, "pipeThrough", &[&transform]).map_err(broken)?;
    let reader = call(&out, "getReader", &[]).map_err(broken)?;
    let mut data = Vec::new();
    loop {
        let read: Promise = call(&reader, "read", &[]).and_then(|p| p.dyn_into().map_err(JsValue::from)).map_err(broken)?;
        let chunk = JsFuture::from(read).await.map_err(broken)?;
        if get(&chunk, "done").map_err(broken)?.as_bool() == Some(true) {
            return Ok(data);
        }
        let value: Uint8Array = get(&chunk, "value").map_err(broken)?.dyn_into().map_err(broken)?;
        if data.len() + value.length() as usize > max {
            let _ = call(&reader, "cancel", &[]);
            return Err(Failure::TooLarge);
        }
        data.extend(value.to_vec());
    }
}

/// `bytes`, compressed as deflate-raw.
pub async fn deflate(bytes: &[u8]) -> Result<Vec<u8>, String> {
    pipe(bytes, "CompressionStream", usize::MAX).await.map_err(|_| "this browser could not compress the code".to_string())
}

/// deflate-raw `bytes`, inflated to at most `max` bytes.
pub async fn inflate(bytes: &[u8], max: usize) -> Result<Vec<u8>, ShareError> {
    pipe(bytes, "DecompressionStream", max).await.map_err(|f| match f {
        Failure::Broken => ShareError::BadDeflate,
        Failure::TooLarge => ShareError::TooLarge,
    })
}
