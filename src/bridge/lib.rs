//! What the content script's module (`notefirst`) and the extension pages' module
//! (`notefirst-pages`) share at their JavaScript boundary: values cross as plain JS
//! objects (serde-wasm-bindgen, JSON-compatible), storage arrives as the JavaScript
//! reads it, history records as stored. Nothing here is exported to JavaScript: each
//! module declares its own exports and calls these.
//!
//! Nothing here panics on bad input: a malformed argument gives `None`, an empty value
//! or `null`.

use std::collections::BTreeMap;

use notefirst_core::history::{self, Record};
use notefirst_core::settings::storage::StoredRaw;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use wasm_bindgen::JsValue;

/// `value` as a plain JS object (maps as objects, not `Map`s); `null` if it cannot be.
pub fn to_js<T: Serialize + ?Sized>(value: &T) -> JsValue {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or(JsValue::NULL)
}

/// A JS value read as `T`; `None` if it does not fit.
pub fn from_js<T: for<'de> Deserialize<'de>>(value: JsValue) -> Option<T> {
    serde_wasm_bindgen::from_value(value).ok()
}

/// What storage holds, as the JavaScript reads it: every `storage.sync` item and the
/// local copy (`storage.local["nf.settings.local"]`, or null).
#[derive(Deserialize, Default)]
pub struct RawInput {
    #[serde(default)]
    pub sync: Option<Map<String, Value>>,
    #[serde(default)]
    pub local: Option<Value>,
}

impl RawInput {
    pub fn into_raw(self) -> StoredRaw {
        StoredRaw { sync: self.sync.unwrap_or_default(), local: self.local.filter(|v| !v.is_null()) }
    }
}

/// Records as stored (`{key: record}`, other keys ignored); unreadable ones are skipped.
pub fn parse_records(records: JsValue) -> BTreeMap<String, Record> {
    from_js::<Map<String, Value>>(records)
        .unwrap_or_default()
        .into_iter()
        .filter(|(k, _)| k.starts_with(history::KEY_PREFIX))
        .filter_map(|(k, v)| Record::read(&v).map(|r| (k, r)))
        .collect()
}

/// The keys of records nothing has happened to since `before` (milliseconds): both
/// modules export it (the loader prunes once a page that adds a record, the popup and
/// options page on opening).
pub fn history_prune(records: JsValue, before: f64) -> JsValue {
    let records = parse_records(records);
    to_js(&history::prune(records.iter(), before as i64))
}
