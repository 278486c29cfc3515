//! The extension pages' module: what the options page and the toolbar popup ask of the
//! core (extension/shared/core.js loads it; the content script's module, crate
//! `notefirst`, carries none of this, so LinkedIn's pages load less).
//!
//! - Settings: the defaults, reading what storage holds (joined and migrated by the
//!   core), planning a save within `storage.sync`'s quotas, the three-way merge between
//!   tabs, validation, import and export. The schema is the core's, the same the
//!   content script reads through `configure`, so both sides agree on it.
//! - Templates: checks and previews, the built-in ones, the scoring rules.
//! - History: the popup's weekly figures, pruning, merging an import.
//!
//! Values cross as plain JS objects (`notefirst_bridge`). Nothing here panics on bad
//! input: a malformed argument gives `null` or `false`.

use std::collections::{BTreeMap, HashMap};

use notefirst_bridge::{from_js, parse_records, to_js, RawInput};
use notefirst_core::history::{self, Record};
use notefirst_core::settings::storage;
use notefirst_core::settings::validate::{check_template, TemplateKind};
use notefirst_core::settings::{self as core_settings, AccountType, Settings};
use notefirst_core::template::{linkedin_len, render, Placeholder, Template, Values};
use notefirst_core::{compose, reply, rules};
use serde::Serialize;
use serde_json::{Map, Value};
use wasm_bindgen::prelude::*;

// ------------------------------------------------------------------ settings and templates

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
    notefirst_bridge::history_prune(records, before)
}

/// For an import: the records to write (`{key: record}`), keeping for each key the one
/// touched last of what is stored and what the file holds.
#[wasm_bindgen]
pub fn history_merge_import(stored: JsValue, imported: JsValue) -> JsValue {
    let stored = parse_records(stored);
    let imported: Vec<Value> = from_js(imported).unwrap_or_default();
    let mut out = Map::new();
    for record in imported.iter().filter_map(Record::read) {
        let Some(key) = record.key() else { continue };
        let current = out.get(&key).and_then(Record::read).or_else(|| stored.get(&key).cloned());
        if let Some(keep) = history::merge_imported(current.as_ref(), &record) {
            out.insert(key, serde_json::to_value(&keep).unwrap_or(Value::Null));
        }
    }
    to_js(&out)
}
