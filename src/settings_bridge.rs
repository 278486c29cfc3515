//! The bridge between the content script's JavaScript and the core's settings and
//! history, on LinkedIn pages.
//!
//! - The loader calls [`configure`] at start and whenever storage changes: the stored
//!   settings (joined and migrated by the core), the language of the in-page UI and its
//!   strings. The running features read them through `app`.
//! - The loader stores history events with [`history_apply`] and prunes with
//!   [`history_prune`].
//!
//! The options page and the popup have a module of their own (crate `notefirst-pages`,
//! `src/pages/`) over the same core, hence the same schema.
//!
//! Values cross as plain JS objects (`notefirst_bridge`). Nothing here panics on bad
//! input: a malformed argument gives `null` or `false`.

use std::collections::HashMap;

use notefirst_bridge::{from_js, to_js, RawInput};
use notefirst_core::history::{self, Event, Record};
use notefirst_core::settings::storage;
use notefirst_core::settings::Settings;
use serde::Deserialize;
use serde_json::{Map, Value};
use wasm_bindgen::prelude::*;

use crate::{app, dom};

/// `RawInput`'s fields spelled out rather than `#[serde(flatten)]`ed in: flattening
/// buffers the input in serde's generic `Content` first, which cost about 11 KB of
/// code in the module for this one struct. Unknown fields are ignored either way.
#[derive(Deserialize)]
struct ConfigureInput {
    #[serde(default)]
    sync: Option<Map<String, Value>>,
    #[serde(default)]
    local: Option<Value>,
    /// The in-page UI's language ("fr") and its strings ({key: message}).
    #[serde(default)]
    lang: Option<String>,
    #[serde(default)]
    strings: Option<HashMap<String, String>>,
}

/// Gives the running core the user's settings and the in-page UI's language and
/// strings: `{sync, local, lang, strings}`. Called by the loader before `start` and
/// whenever storage changes; on a page already handled, re-renders what NoteFirst
/// shows with the new settings. Returns whether the input was read.
#[wasm_bindgen]
pub fn configure(input: JsValue) -> bool {
    let Some(input) = from_js::<ConfigureInput>(input) else { return false };
    let joined = storage::join(&RawInput { sync: input.sync, local: input.local }.into_raw());
    let before = app::settings();
    app::set_settings(joined.loaded.settings);
    if let Some(lang) = input.lang {
        app::set_locale(&lang, input.strings.unwrap_or_default());
    }
    refresh(&before);
    true
}

/// Re-renders after a change of settings, on a page where the core already runs:
/// cards are re-assessed (their marks cleared), and NoteFirst's rows go when the
/// features that fill them are all off.
fn refresh(before: &Settings) {
    let Some(document) = dom::document() else { return };
    let Some(html) = document.document_element() else { return };
    if !html.has_attribute("data-nf-active") {
        return;
    }
    let now = app::settings();
    if now.scoring == before.scoring && now.features == before.features && now.me == before.me && now.reply_templates == before.reply_templates {
        return;
    }
    if !app::received_feature_on() {
        for row in dom::query_all(&html, "nf-card-ui") {
            row.remove();
        }
    }
    for card in dom::query_all(&html, "[data-nf-seen]") {
        let _ = card.remove_attribute("data-nf-seen");
    }
    crate::navigate(&document.location().and_then(|l| l.href().ok()).unwrap_or_default());
}

// ------------------------------------------------------------------ history

/// The record to store after `event` (a history event from `on_history`), or null
/// when nothing changes.
#[wasm_bindgen]
pub fn history_apply(existing: JsValue, event: JsValue, now: f64) -> JsValue {
    let Some(event) = from_js::<Event>(event) else { return JsValue::NULL };
    let existing = from_js::<Value>(existing).and_then(|v| Record::read(&v));
    match history::apply(existing.as_ref(), &event, now as i64) {
        Some(record) => to_js(&record),
        None => JsValue::NULL,
    }
}

/// The keys of records nothing has happened to since `before` (milliseconds).
#[wasm_bindgen]
pub fn history_prune(records: JsValue, before: f64) -> JsValue {
    notefirst_bridge::history_prune(records, before)
}
