//! The bridge between the extension's JavaScript and the core's settings and history.
//!
//! - On LinkedIn pages the loader calls [`configure`] at start and whenever storage
//!   changes: the stored settings (joined and migrated by the core), the language of
//!   the in-page UI and its strings. The running features read them through `app`.
//! - The options page and the popup (extension pages, which load the same module but
//!   never call `start`) use the other functions: reading and planning a save,
//!   checking templates and imports, previews, export, and the history's figures.
//!
//! Values cross as plain JS objects (serde-wasm-bindgen, JSON-compatible). Nothing
//! here panics on bad input: a malformed argument gives `null` or `false`.

use std::collections::{BTreeMap, HashMap};

use notefirst_core::history::{self, Event, Record};
use notefirst_core::settings::storage::{self, StoredRaw};
use notefirst_core::settings::validate::{check_template, TemplateKind};
use notefirst_core::settings::{self as core_settings, AccountType, Settings};
use notefirst_core::template::{linkedin_len, render, Placeholder, Template, Values};
use notefirst_core::{compose, reply, rules};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use wasm_bindgen::prelude::*;

use crate::{app, dom};

fn to_js<T: Serialize + ?Sized>(value: &T) -> JsValue {
    value.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or(JsValue::NULL)
}

fn from_js<T: for<'de> Deserialize<'de>>(value: JsValue) -> Option<T> {
    serde_wasm_bindgen::from_value(value).ok()
}

/// What storage holds, as the JavaScript reads it: every `storage.sync` item and the
/// local copy (`storage.local["nf.settings.local"]`, or null).
#[derive(Deserialize, Default)]
struct RawInput {
    #[serde(default)]
    sync: Option<Map<String, Value>>,
    #[serde(default)]
    local: Option<Value>,
}

impl RawInput {
    fn into_raw(self) -> StoredRaw {
        StoredRaw { sync: self.sync.unwrap_or_default(), local: self.local.filter(|v| !v.is_null()) }
    }
}

#[derive(Deserialize)]
struct ConfigureInput {
    #[serde(flatten)]
    raw: RawInput,
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
    let joined = storage::join(&input.raw.into_raw());
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

// ------------------------------------------------------------------ options page

/// The default settings.
#[wasm_bindgen]
pub fn settings_defaults() -> JsValue {
    to_js(&Settings::default())
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ReadOutput {
    settings: Settings,
    problems: Vec<core_settings::Problem>,
    newer: bool,
    from_version: u32,
    source: storage::Source,
    unsynced: bool,
    missing: usize,
    report: storage::StorageReport,
}

/// Reads settings from what storage holds (`{sync, local}`): the settings, problems
/// found, where they came from and where they are kept.
#[wasm_bindgen]
pub fn settings_read(raw: JsValue) -> JsValue {
    let raw = from_js::<RawInput>(raw).unwrap_or_default().into_raw();
    let joined = storage::join(&raw);
    let report = storage::report_for(&joined.loaded.settings, &joined);
    to_js(&ReadOutput {
        newer: joined.loaded.newer,
        from_version: joined.loaded.from_version,
        source: joined.source,
        unsynced: joined.unsynced,
        missing: joined.missing.len(),
        problems: joined.loaded.problems,
        settings: joined.loaded.settings,
        report,
    })
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PlanOutput {
    settings: Settings,
    local_first: Map<String, Value>,
    sync_set: Map<String, Value>,
    sync_remove: Vec<String>,
    local_done: Map<String, Value>,
    report: storage::StorageReport,
    refused: Option<core_settings::Problem>,
}

/// Plans one save of `mine` (edited from `base`) against what storage holds now; see
/// `notefirst_core::settings::storage::plan_write`. `null` if an argument is malformed.
#[wasm_bindgen]
pub fn settings_plan_write(base: JsValue, mine: JsValue, raw: JsValue, now: f64) -> JsValue {
    let (Some(base), Some(mine)) = (from_js::<Value>(base), from_js::<Value>(mine)) else { return JsValue::NULL };
    // Through the lenient reader, so that a field of the wrong type cannot fail the save.
    let base = core_settings::load(&base).settings;
    let mine = core_settings::load(&mine).settings;
    let raw = from_js::<RawInput>(raw).unwrap_or_default().into_raw();
    let plan = storage::plan_write(&base, &mine, &raw, now as i64);
    to_js(&PlanOutput {
        settings: plan.settings,
        local_first: plan.local_first,
        sync_set: plan.sync_set,
        sync_remove: plan.sync_remove,
        local_done: plan.local_done,
        report: plan.report,
        refused: plan.refused,
    })
}

/// Three-way merge (see `notefirst_core::settings::merge3`): this page's edits from
/// `base` to `mine`, on top of `theirs` (what storage holds now). `null` if malformed.
#[wasm_bindgen]
pub fn settings_merge(base: JsValue, mine: JsValue, theirs: JsValue) -> JsValue {
    let read = |v: JsValue| from_js::<Value>(v).map(|v| core_settings::load(&v).settings);
    match (read(base), read(mine), read(theirs)) {
        (Some(b), Some(m), Some(t)) => to_js(&core_settings::merge3(&b, &m, &t)),
        _ => JsValue::NULL,
    }
}

/// Every problem in settings (a list; empty when all is well).
#[wasm_bindgen]
pub fn settings_validate(settings: JsValue) -> JsValue {
    let Some(value) = from_js::<Value>(settings) else { return JsValue::NULL };
    let loaded = core_settings::load(&value);
    let mut problems = loaded.problems;
    problems.extend(core_settings::validate(&loaded.settings));
    to_js(&problems)
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct ImportOutput {
    ok: bool,
    settings: Option<Settings>,
    history: Vec<Record>,
    problems: Vec<core_settings::Problem>,
    from_version: Option<u32>,
}

/// Checks an imported file's text. `{ok: true, settings, history, problems: warnings}`
/// or `{ok: false, problems: errors}`; nothing is stored either way.
#[wasm_bindgen]
pub fn settings_import(text: &str) -> JsValue {
    match core_settings::import(text) {
        Ok(imported) => to_js(&ImportOutput {
            ok: true,
            settings: Some(imported.settings),
            history: imported.history,
            problems: imported.warnings,
            from_version: Some(imported.from_version),
        }),
        Err(problems) => to_js(&ImportOutput { ok: false, settings: None, history: Vec::new(), problems, from_version: None }),
    }
}

/// The export file's text: settings and history records (as stored: `{key: record}`).
#[wasm_bindgen]
pub fn settings_export(settings: JsValue, records: JsValue, exported_at: &str) -> String {
    let settings = from_js::<Value>(settings).map(|v| core_settings::load(&v).settings).unwrap_or_default();
    let history = parse_records(records).into_values().collect::<Vec<_>>();
    core_settings::export(&settings, &history, exported_at)
}

/// The problems in one template's text (`kind` "note" or "reply"; `account` "detect",
/// "free" or "premium"), with positions.
#[wasm_bindgen]
pub fn template_check(kind: &str, text: &str, account: &str) -> JsValue {
    let kind = TemplateKind::from_id(kind).unwrap_or(TemplateKind::Reply);
    let account = AccountType::from_id(account).unwrap_or_default();
    to_js(&check_template(kind, text, account))
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Preview {
    text: String,
    length: usize,
    /// The note limit that applies (notes only).
    limit: Option<usize>,
    /// Placeholders that had neither a value nor a fallback.
    missing: Vec<&'static str>,
    parses: bool,
}

/// A template filled with sample values (`sample`: {placeholder name: value}, chosen
/// and translated by the page) and the user's own name, sign-off and first link from
/// `settings`: what the user would see on LinkedIn.
#[wasm_bindgen]
pub fn template_preview(kind: &str, text: &str, sample: JsValue, settings: JsValue) -> JsValue {
    let sample = from_js::<HashMap<String, String>>(sample).unwrap_or_default();
    let settings = from_js::<Value>(settings).map(|v| core_settings::load(&v).settings).unwrap_or_default();
    let kind = TemplateKind::from_id(kind).unwrap_or(TemplateKind::Reply);
    let mut values = Values::new();
    for (name, value) in &sample {
        if let Some(p) = Placeholder::from_name(name) {
            values.set(p, value);
        }
    }
    let me = settings.me();
    me.fill(&mut values);
    if let Some(sign_off) = &me.sign_off {
        // Notes are one paragraph: the sign-off's lines joined, as the note helper does.
        let one_line = if kind == TemplateKind::Note { sign_off.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ") } else { sign_off.clone() };
        values.set(Placeholder::SignOff, &one_line);
    }
    if let Some(link) = settings.first_link() {
        values.set(Placeholder::Link, link);
    }
    let limit = (kind == TemplateKind::Note).then(|| settings.account.template_limit());
    let preview = match Template::parse(text) {
        Ok(template) => {
            let rendered = render(&template, &values);
            Preview { length: linkedin_len(&rendered.text), missing: rendered.missing.iter().map(|p| p.name()).collect(), text: rendered.text, limit, parses: true }
        }
        Err(_) => Preview { text: String::new(), length: 0, limit, missing: Vec::new(), parses: false },
    };
    to_js(&preview)
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct RuleOut {
    id: &'static str,
    default_weight: i32,
    reason: &'static str,
    scope: &'static str,
}

/// The scoring rules, with default weights and reasons (English; the page translates).
#[wasm_bindgen]
pub fn scoring_rules() -> JsValue {
    let out: Vec<RuleOut> = rules()
        .iter()
        .map(|r| RuleOut {
            id: r.id,
            default_weight: r.default_weight,
            reason: r.reason,
            scope: match r.scope {
                notefirst_core::RuleScope::Note => "note",
                notefirst_core::RuleScope::Card => "card",
            },
        })
        .collect();
    to_js(&out)
}

#[derive(Serialize)]
struct BuiltinOut {
    id: &'static str,
    label: &'static str,
    text: &'static str,
}

#[derive(Serialize)]
struct Builtins {
    notes: Vec<BuiltinOut>,
    replies: Vec<BuiltinOut>,
    placeholders: Vec<&'static str>,
    defaults: BTreeMap<&'static str, i32>,
}

/// The built-in notes and replies in a language (to start a template from), every
/// placeholder's name, and the default thresholds.
#[wasm_bindgen]
pub fn builtin_templates(lang: &str) -> JsValue {
    let defaults = notefirst_core::ScoringConfig::default();
    to_js(&Builtins {
        notes: compose::builtin_notes(lang).iter().map(|b| BuiltinOut { id: b.id, label: b.id, text: b.text }).collect(),
        replies: reply::builtin_replies(lang).iter().map(|b| BuiltinOut { id: b.id, label: b.label, text: b.text }).collect(),
        placeholders: Placeholder::ALL.iter().map(|p| p.name()).collect(),
        defaults: [("goodAt", defaults.good_at), ("spamAt", defaults.spam_at)].into_iter().collect(),
    })
}

// ------------------------------------------------------------------ history

/// Records as stored (`{key: record}`, other keys ignored); unreadable ones are skipped.
fn parse_records(records: JsValue) -> BTreeMap<String, Record> {
    from_js::<Map<String, Value>>(records)
        .unwrap_or_default()
        .into_iter()
        .filter(|(k, _)| k.starts_with(history::KEY_PREFIX))
        .filter_map(|(k, v)| Record::from_value(&v).ok().map(|r| (k, r)))
        .collect()
}

/// The record to store after `event` (a history event from `on_history`), or null
/// when nothing changes.
#[wasm_bindgen]
pub fn history_apply(existing: JsValue, event: JsValue, now: f64) -> JsValue {
    let Some(event) = from_js::<Event>(event) else { return JsValue::NULL };
    let existing = from_js::<Value>(existing).and_then(|v| Record::from_value(&v).ok());
    match history::apply(existing.as_ref(), &event, now as i64) {
        Some(record) => to_js(&record),
        None => JsValue::NULL,
    }
}

/// Weekly figures for the popup: `records` as stored, `week_starts` the first
/// millisecond of each week (ascending, local time), `end` the end of the last week.
#[wasm_bindgen]
pub fn history_summary(records: JsValue, week_starts: Vec<f64>, end: f64) -> JsValue {
    let records: Vec<Record> = parse_records(records).into_values().collect();
    let starts: Vec<i64> = week_starts.iter().map(|&s| s as i64).collect();
    to_js(&history::summarize(&records, &starts, end as i64))
}

/// The keys of records nothing has happened to since `before` (milliseconds).
#[wasm_bindgen]
pub fn history_prune(records: JsValue, before: f64) -> JsValue {
    let records = parse_records(records);
    to_js(&history::prune(records.iter(), before as i64))
}

/// For an import: the records to write (`{key: record}`), keeping for each key the one
/// touched last of what is stored and what the file holds.
#[wasm_bindgen]
pub fn history_merge_import(stored: JsValue, imported: JsValue) -> JsValue {
    let stored = parse_records(stored);
    let imported: Vec<Value> = from_js(imported).unwrap_or_default();
    let mut out = Map::new();
    for record in imported.iter().filter_map(|v| Record::from_value(v).ok()) {
        let Some(key) = record.key() else { continue };
        let current = out.get(&key).and_then(|v| Record::from_value(v).ok()).or_else(|| stored.get(&key).cloned());
        if let Some(keep) = history::merge_imported(current.as_ref(), &record) {
            out.insert(key, serde_json::to_value(&keep).unwrap_or(Value::Null));
        }
    }
    to_js(&out)
}
