//! From JSON of any version to [`Settings`]: migration, lenient loading of what the
//! browser stored, strict import of a file, and export.
//!
//! Migration is a chain of steps, one per version: `STEPS[i]` turns version `i + 1`
//! into `i + 2`, so settings of any earlier version reach [`SCHEMA_VERSION`] through
//! every step in between. The tests keep a sample of every earlier version
//! (`tests/data/settings/v<N>.json`) and fail when a version has no sample, so adding
//! a version means adding its step and keeping the last sample of the one before.
//!
//! Reading never trusts the JSON: each field is checked for its type, and a field of
//! the wrong type is reported (and, when loading, replaced by its default) rather than
//! failing the whole object, so one odd field never loses the user's templates.

use std::collections::HashSet;

use serde_json::{Map, Value};

use super::schema::*;
use super::validate::{fix_ids, fresh_id, validate};
use super::{Problem, Severity};
use crate::history::Record;

/// The `format` field of an exported file.
pub const EXPORT_FORMAT: &str = "notefirst-settings";

/// The largest file an import reads (history included).
pub const MAX_IMPORT_BYTES: usize = 5 * 1024 * 1024;

/// The most problems an import lists; the rest are counted.
pub const MAX_LISTED_PROBLEMS: usize = 50;

type Step = fn(Map<String, Value>) -> Map<String, Value>;

/// `STEPS[i]` upgrades version `i + 1` to `i + 2`. Version 1 is the first, so there is
/// no step yet; the next version adds one here (and a `v1.json` sample in the tests).
const STEPS: [Step; (SCHEMA_VERSION - 1) as usize] = [];

/// Runs the steps from `from` up to the last one. Versions at or above the chain's end
/// are left as they are.
fn run_steps(mut obj: Map<String, Value>, from: u32, steps: &[Step]) -> Map<String, Value> {
    let start = from.max(1) as usize - 1;
    for (i, step) in steps.iter().enumerate().skip(start) {
        obj = step(obj);
        obj.insert("version".into(), Value::from(i as u64 + 2));
    }
    obj
}

/// What a version field says: `Ok(n)` for 1..; `Err` for anything else.
fn version_of(obj: &Map<String, Value>) -> Result<u32, Problem> {
    let bad = || Problem::error("version", "bad-version", vec![SCHEMA_VERSION.to_string()]);
    match obj.get("version") {
        Some(Value::Number(n)) => n.as_u64().filter(|&v| v >= 1 && v <= u64::from(u32::MAX)).map(|v| v as u32).ok_or_else(bad),
        _ => Err(bad()),
    }
}

/// Settings read from storage, with what was found on the way.
#[derive(Debug, Clone, PartialEq)]
pub struct Loaded {
    pub settings: Settings,
    /// Problems found (fields of the wrong type were replaced by their defaults).
    pub problems: Vec<Problem>,
    /// The version the data had before migration.
    pub from_version: u32,
    /// Written by a newer NoteFirst: read what this one understands, never write back.
    pub newer: bool,
}

/// Reads stored settings leniently: migrates them, keeps every field that reads, and
/// gives templates with a missing, malformed or repeated id a fresh one (nothing is
/// dropped). `Null` (nothing stored yet) gives the defaults.
pub fn load(value: &Value) -> Loaded {
    let Value::Object(obj) = value else {
        let mut problems = Vec::new();
        if !value.is_null() {
            problems.push(Problem::error("", "wrong-type", vec!["object".into()]));
        }
        return Loaded { settings: Settings::default(), problems, from_version: SCHEMA_VERSION, newer: false };
    };
    let mut problems = Vec::new();
    let from_version = match version_of(obj) {
        Ok(v) => v,
        Err(p) => {
            // Stored data always has a version; without one, read it as this version.
            problems.push(p);
            SCHEMA_VERSION
        }
    };
    let newer = from_version > SCHEMA_VERSION;
    let migrated = run_steps(obj.clone(), from_version, &STEPS);
    let mut reader = Reader { problems, warn_unknown: !newer };
    let mut settings = read_settings(&mut reader, &Value::Object(migrated));
    settings.version = SCHEMA_VERSION;
    fix_ids(&mut settings);
    Loaded { settings, problems: reader.problems, from_version, newer }
}

/// A file that passed every check.
#[derive(Debug, Clone, PartialEq)]
pub struct Imported {
    pub settings: Settings,
    /// History records from the file (none when it had no history).
    pub history: Vec<Record>,
    /// Problems that did not stop the import (unknown fields, ...).
    pub warnings: Vec<Problem>,
    pub from_version: u32,
}

/// Checks a file and, only if it has no error at all, returns what it holds. Every
/// problem found is reported (up to [`MAX_LISTED_PROBLEMS`]), not just the first.
pub fn import(text: &str) -> Result<Imported, Vec<Problem>> {
    if text.len() > MAX_IMPORT_BYTES {
        return Err(vec![Problem::error("", "file-too-large", vec![text.len().to_string(), MAX_IMPORT_BYTES.to_string()])]);
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: Value = serde_json::from_str(text).map_err(|e| {
        let detail = e.to_string();
        // serde_json appends " at line L column C": the message already says where.
        let detail = detail.split(" at line ").next().unwrap_or(&detail).to_string();
        vec![Problem::error("", "json-syntax", vec![e.line().to_string(), e.column().to_string(), detail])]
    })?;
    let not_settings = || vec![Problem::error("", "not-settings", Vec::new())];
    let Value::Object(envelope) = &value else { return Err(not_settings()) };
    if envelope.get("format").and_then(Value::as_str) != Some(EXPORT_FORMAT) {
        return Err(not_settings());
    }
    let Some(Value::Object(obj)) = envelope.get("settings") else { return Err(not_settings()) };

    // Problems in file order: the envelope, the settings (paths as in the file), the history.
    let mut problems = Vec::new();
    for key in envelope.keys() {
        if !["format", "exportedAt", "settings", "history"].contains(&key.as_str()) {
            problems.push(Problem::warning(key.clone(), "unknown-field", vec![key.clone()]));
        }
    }
    let from_version = version_of(obj).map_err(|p| vec![in_settings(p)])?;
    if from_version > SCHEMA_VERSION {
        return Err(vec![Problem::error("settings.version", "newer-version", vec![from_version.to_string(), SCHEMA_VERSION.to_string()])]);
    }
    let migrated = run_steps(obj.clone(), from_version, &STEPS);
    let mut reader = Reader { problems: Vec::new(), warn_unknown: true };
    let mut settings = read_settings(&mut reader, &Value::Object(migrated));
    settings.version = SCHEMA_VERSION;
    assign_missing_ids(&mut settings);
    problems.extend(reader.problems.into_iter().map(in_settings));
    problems.extend(validate(&settings).into_iter().map(in_settings));

    let mut history = Vec::new();
    match envelope.get("history") {
        None | Some(Value::Null) => {}
        Some(Value::Array(items)) => {
            for (i, item) in items.iter().enumerate() {
                match Record::from_value(item) {
                    Ok(record) => history.push(record),
                    Err(why) => problems.push(Problem::error(format!("history[{i}]"), "bad-history-record", vec![why])),
                }
            }
        }
        Some(_) => problems.push(Problem::error("history", "wrong-type", vec!["list".into()])),
    }

    let (errors, warnings): (Vec<Problem>, Vec<Problem>) = problems.into_iter().partition(Problem::is_error);
    if errors.is_empty() {
        Ok(Imported { settings, history, warnings, from_version })
    } else {
        Err(capped(errors))
    }
}

/// A problem inside the settings object, with its path as in the file.
fn in_settings(mut p: Problem) -> Problem {
    p.path = if p.path.is_empty() { "settings".into() } else { format!("settings.{}", p.path) };
    p
}

fn capped(mut problems: Vec<Problem>) -> Vec<Problem> {
    if problems.len() > MAX_LISTED_PROBLEMS {
        let more = problems.len() - MAX_LISTED_PROBLEMS;
        problems.truncate(MAX_LISTED_PROBLEMS);
        problems.push(Problem::error("", "too-many-problems", vec![more.to_string()]));
    }
    problems
}

/// The export file: settings and (optionally) history, pretty-printed, with the time
/// of export as the caller words it (an ISO 8601 string).
pub fn export(settings: &Settings, history: &[Record], exported_at: &str) -> String {
    let mut envelope = Map::new();
    envelope.insert("format".into(), Value::from(EXPORT_FORMAT));
    envelope.insert("exportedAt".into(), Value::from(exported_at));
    let mut s = settings.clone();
    s.version = SCHEMA_VERSION;
    envelope.insert("settings".into(), serde_json::to_value(&s).unwrap_or(Value::Null));
    envelope.insert("history".into(), serde_json::to_value(history).unwrap_or(Value::Array(Vec::new())));
    serde_json::to_string_pretty(&Value::Object(envelope)).unwrap_or_default() + "\n"
}

/// Templates in a hand-written file may leave out their ids: give them one.
fn assign_missing_ids(s: &mut Settings) {
    // A set and running counters: a file may hold thousands of templates without ids.
    let mut used: HashSet<String> = s.note_templates.iter().map(|t| t.id.clone()).chain(s.reply_templates.iter().map(|t| t.id.clone())).collect();
    let (mut next_note, mut next_reply) = (0, 0);
    for t in &mut s.note_templates {
        if t.id.is_empty() {
            t.id = fresh_id("note", &mut next_note, &mut used);
        }
    }
    for t in &mut s.reply_templates {
        if t.id.is_empty() {
            t.id = fresh_id("reply", &mut next_reply, &mut used);
        }
    }
}

// ---------------------------------------------------------------- reading

struct Reader {
    problems: Vec<Problem>,
    /// Off for data from a newer version, whose new fields are expected.
    warn_unknown: bool,
}

fn at(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

impl Reader {
    fn wrong(&mut self, path: &str, expected: &str) {
        self.problems.push(Problem::error(path, "wrong-type", vec![expected.to_string()]));
    }

    fn object<'v>(&mut self, v: &'v Value, path: &str) -> Option<&'v Map<String, Value>> {
        match v {
            Value::Object(o) => Some(o),
            _ => {
                self.wrong(path, "object");
                None
            }
        }
    }

    fn array<'v>(&mut self, v: &'v Value, path: &str) -> Option<&'v Vec<Value>> {
        match v {
            Value::Array(a) => Some(a),
            _ => {
                self.wrong(path, "list");
                None
            }
        }
    }

    fn string(&mut self, v: &Value, path: &str) -> Option<String> {
        match v {
            Value::String(s) => Some(s.clone()),
            _ => {
                self.wrong(path, "text");
                None
            }
        }
    }

    fn int(&mut self, v: &Value, path: &str) -> Option<i32> {
        let n = v.as_i64().or_else(|| v.as_f64().filter(|f| f.fract() == 0.0 && f.abs() < 1e9).map(|f| f as i64));
        match n.and_then(|n| i32::try_from(n).ok()) {
            Some(n) => Some(n),
            None => {
                self.wrong(path, "number");
                None
            }
        }
    }

    fn bool(&mut self, v: &Value, path: &str) -> Option<bool> {
        match v {
            Value::Bool(b) => Some(*b),
            _ => {
                self.wrong(path, "boolean");
                None
            }
        }
    }

    fn unknown(&mut self, obj: &Map<String, Value>, known: &[&str], path: &str) {
        if !self.warn_unknown {
            return;
        }
        for key in obj.keys().filter(|k| !known.contains(&k.as_str())) {
            self.problems.push(Problem::new(Severity::Warning, at(path, key), "unknown-field", vec![key.clone()]));
        }
    }

    /// `obj[key]` as a string, if present and of the right type.
    fn field_string(&mut self, obj: &Map<String, Value>, key: &str, path: &str) -> Option<String> {
        obj.get(key).filter(|v| !v.is_null()).and_then(|v| self.string(v, &at(path, key)))
    }

    fn field_int(&mut self, obj: &Map<String, Value>, key: &str, path: &str) -> Option<i32> {
        obj.get(key).filter(|v| !v.is_null()).and_then(|v| self.int(v, &at(path, key)))
    }

    fn field_bool(&mut self, obj: &Map<String, Value>, key: &str, path: &str) -> Option<bool> {
        obj.get(key).filter(|v| !v.is_null()).and_then(|v| self.bool(v, &at(path, key)))
    }

    fn field_object<'v>(&mut self, obj: &'v Map<String, Value>, key: &str, path: &str) -> Option<&'v Map<String, Value>> {
        obj.get(key).filter(|v| !v.is_null()).and_then(|v| self.object(v, &at(path, key)))
    }

    fn field_array<'v>(&mut self, obj: &'v Map<String, Value>, key: &str, path: &str) -> Option<&'v Vec<Value>> {
        obj.get(key).filter(|v| !v.is_null()).and_then(|v| self.array(v, &at(path, key)))
    }
}

const TOP_KEYS: [&str; 9] = ["version", "me", "links", "account", "noteTemplates", "replyTemplates", "scoring", "features", "history"];

fn read_settings(r: &mut Reader, v: &Value) -> Settings {
    let mut s = Settings::default();
    let Some(obj) = r.object(v, "") else { return s };
    r.unknown(obj, &TOP_KEYS, "");

    if let Some(me) = r.field_object(obj, "me", "") {
        r.unknown(me, &["name", "signOff"], "me");
        if let Some(name) = r.field_string(me, "name", "me") {
            s.me.name = name;
        }
        if let Some(sign_off) = r.field_string(me, "signOff", "me") {
            s.me.sign_off = sign_off;
        }
    }

    if let Some(links) = r.field_array(obj, "links", "") {
        for (i, item) in links.iter().enumerate() {
            let path = format!("links[{i}]");
            let Some(o) = r.object(item, &path) else { continue };
            r.unknown(o, &["label", "url"], &path);
            let label = r.field_string(o, "label", &path).unwrap_or_default();
            let url = r.field_string(o, "url", &path).unwrap_or_default();
            s.links.push(SharedLink { label, url });
        }
    }

    if let Some(account) = r.field_string(obj, "account", "") {
        match AccountType::from_id(&account) {
            Some(a) => s.account = a,
            None => r.problems.push(Problem::error("account", "unknown-account", vec![account])),
        }
    }

    if let Some(items) = r.field_array(obj, "noteTemplates", "") {
        for (i, item) in items.iter().enumerate() {
            let path = format!("noteTemplates[{i}]");
            let Some(o) = r.object(item, &path) else { continue };
            r.unknown(o, &["id", "label", "text"], &path);
            s.note_templates.push(UserNoteTemplate {
                id: r.field_string(o, "id", &path).unwrap_or_default(),
                label: r.field_string(o, "label", &path).unwrap_or_default(),
                text: r.field_string(o, "text", &path).unwrap_or_default(),
            });
        }
    }

    if let Some(items) = r.field_array(obj, "replyTemplates", "") {
        for (i, item) in items.iter().enumerate() {
            let path = format!("replyTemplates[{i}]");
            let Some(o) = r.object(item, &path) else { continue };
            r.unknown(o, &["id", "label", "text", "when"], &path);
            let mut when = Vec::new();
            if let Some(list) = r.field_array(o, "when", &path) {
                for (j, w) in list.iter().enumerate() {
                    if let Some(w) = r.string(w, &format!("{path}.when[{j}]")) {
                        when.push(w);
                    }
                }
            }
            s.reply_templates.push(UserReplyTemplate {
                id: r.field_string(o, "id", &path).unwrap_or_default(),
                label: r.field_string(o, "label", &path).unwrap_or_default(),
                text: r.field_string(o, "text", &path).unwrap_or_default(),
                when,
            });
        }
    }

    if let Some(scoring) = r.field_object(obj, "scoring", "") {
        r.unknown(scoring, &["goodAt", "spamAt", "weights"], "scoring");
        if let Some(n) = r.field_int(scoring, "goodAt", "scoring") {
            s.scoring.good_at = n;
        }
        if let Some(n) = r.field_int(scoring, "spamAt", "scoring") {
            s.scoring.spam_at = n;
        }
        if let Some(weights) = r.field_object(scoring, "weights", "scoring") {
            for (id, w) in weights {
                if let Some(w) = r.int(w, &format!("scoring.weights.{id}")) {
                    s.scoring.weights.insert(id.clone(), w);
                }
            }
        }
    }

    if let Some(features) = r.field_object(obj, "features", "") {
        r.unknown(features, &FEATURE_IDS, "features");
        let f = &mut s.features;
        for (id, slot) in [
            ("badges", &mut f.badges),
            ("replies", &mut f.replies),
            ("warning", &mut f.warning),
            ("noteHelper", &mut f.note_helper),
            ("history", &mut f.history),
        ] {
            if let Some(b) = r.field_bool(features, id, "features") {
                *slot = b;
            }
        }
    }

    if let Some(history) = r.field_object(obj, "history", "") {
        r.unknown(history, &["keepWeeks"], "history");
        if let Some(n) = r.field_int(history, "keepWeeks", "history") {
            match u32::try_from(n) {
                Ok(n) => s.history.keep_weeks = n,
                Err(_) => r.problems.push(Problem::error(
                    "history.keepWeeks",
                    "out-of-range",
                    vec![n.to_string(), limits::KEEP_WEEKS_MIN.to_string(), limits::KEEP_WEEKS_MAX.to_string()],
                )),
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use std::fs;
    use std::path::PathBuf;

    fn samples_dir() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/settings")
    }

    fn sample(version: u32) -> String {
        let file = samples_dir().join(format!("v{version}.json"));
        fs::read_to_string(&file).unwrap_or_else(|e| panic!("no sample of settings version {version} ({}): {e}", file.display()))
    }

    fn envelope(settings: Value) -> String {
        json!({ "format": EXPORT_FORMAT, "settings": settings }).to_string()
    }

    /// Every version up to this one has a sample, and each migrates to this version
    /// with no error and with its templates, names and weights intact.
    #[test]
    fn every_earlier_version_migrates() {
        for version in 1..=SCHEMA_VERSION {
            let text = sample(version);
            let imported = import(&text).unwrap_or_else(|e| panic!("v{version} sample does not import: {e:#?}"));
            assert_eq!(imported.from_version, version);
            assert_eq!(imported.settings.version, SCHEMA_VERSION);
            assert!(imported.warnings.is_empty(), "v{version}: {:#?}", imported.warnings);
            let s = &imported.settings;
            assert_eq!(s.me.name, "Sam Okafor", "v{version}");
            assert!(s.note_templates.iter().any(|t| t.label == "Conference"), "v{version}");
            assert!(s.reply_templates.iter().any(|t| t.label == "Ask for context"), "v{version}");
            assert_eq!(s.scoring.weights.get("no-photo"), Some(&-15), "v{version}");
            assert_eq!(imported.history.len(), 2, "v{version}");

            // The stored form (no envelope) loads the same way.
            let stored: Value = serde_json::from_str::<Value>(&text).unwrap()["settings"].clone();
            let loaded = load(&stored);
            assert_eq!(loaded.settings, imported.settings, "v{version}");
            assert!(loaded.problems.is_empty(), "v{version}: {:#?}", loaded.problems);
        }
        // A sample for a version that does not exist yet would be a mistake.
        assert!(!samples_dir().join(format!("v{}.json", SCHEMA_VERSION + 1)).exists());
    }

    /// The chain runs every step from the stored version on, in order, and stamps
    /// each version; this is what a second version will rely on.
    #[test]
    fn steps_run_in_order_from_the_stored_version() {
        fn one_to_two(mut o: Map<String, Value>) -> Map<String, Value> {
            // As a real step would: rename a field.
            if let Some(v) = o.remove("signature") {
                o.insert("signOff".into(), v);
            }
            o.insert("trail".into(), json!("1>2"));
            o
        }
        fn two_to_three(mut o: Map<String, Value>) -> Map<String, Value> {
            let trail = o.get("trail").and_then(Value::as_str).unwrap_or("").to_string();
            o.insert("trail".into(), json!(format!("{trail},2>3")));
            o
        }
        let steps: [Step; 2] = [one_to_two, two_to_three];
        let v1 = json!({"version": 1, "signature": "Best"}).as_object().unwrap().clone();
        let out = run_steps(v1, 1, &steps);
        assert_eq!(out["version"], 3);
        assert_eq!(out["signOff"], "Best");
        assert_eq!(out["trail"], "1>2,2>3");
        let v2 = json!({"version": 2}).as_object().unwrap().clone();
        assert_eq!(run_steps(v2, 2, &steps)["trail"], ",2>3");
        let v3 = json!({"version": 3, "x": 1}).as_object().unwrap().clone();
        assert_eq!(run_steps(v3.clone(), 3, &steps), v3, "already current: untouched");
    }

    #[test]
    fn nothing_stored_gives_defaults() {
        let loaded = load(&Value::Null);
        assert_eq!(loaded.settings, Settings::default());
        assert!(loaded.problems.is_empty());
        assert!(!loaded.newer);
    }

    #[test]
    fn loading_keeps_what_reads_and_reports_the_rest() {
        let stored = json!({
            "version": 1,
            "me": {"name": 42, "signOff": "Best,\nSam"},
            "noteTemplates": [
                {"id": "a", "label": "One", "text": "Hi {first_name}"},
                "not a template",
                {"id": "a", "label": "Two", "text": "Hello {frist_name}"},
                {"label": "Three", "text": "Hey"}
            ],
            "scoring": {"goodAt": "high", "weights": {"no-photo": -5, "sales": "lots"}},
            "features": {"badges": false}
        });
        let loaded = load(&stored);
        let s = &loaded.settings;
        assert_eq!(s.me.name, "", "wrong type: default");
        assert_eq!(s.me.sign_off, "Best,\nSam");
        let labels: Vec<&str> = s.note_templates.iter().map(|t| t.label.as_str()).collect();
        assert_eq!(labels, ["One", "Two", "Three"], "every readable template kept, even one that does not parse");
        let ids: Vec<&str> = s.note_templates.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids[0], "a");
        assert!(ids[1] != "a" && !ids[1].is_empty() && !ids[2].is_empty() && ids[1] != ids[2], "{ids:?}");
        assert_eq!(s.scoring.good_at, 65);
        assert_eq!(s.scoring.weights.get("no-photo"), Some(&-5));
        assert!(!s.scoring.weights.contains_key("sales"));
        assert!(!s.features.badges && s.features.replies);
        let paths: Vec<&str> = loaded.problems.iter().map(|p| p.path.as_str()).collect();
        assert_eq!(paths, ["me.name", "noteTemplates[1]", "scoring.goodAt", "scoring.weights.sales"]);
        assert!(loaded.problems.iter().all(|p| p.code == "wrong-type"));
    }

    #[test]
    fn newer_versions_are_read_not_rewritten() {
        let stored = json!({"version": 7, "me": {"name": "Sam"}, "hologram": true});
        let loaded = load(&stored);
        assert!(loaded.newer);
        assert_eq!(loaded.from_version, 7);
        assert_eq!(loaded.settings.me.name, "Sam");
        assert!(loaded.problems.is_empty(), "new fields are expected: {:?}", loaded.problems);

        let err = import(&envelope(stored)).unwrap_err();
        assert_eq!(err.len(), 1);
        assert_eq!(err[0].code, "newer-version");
        assert_eq!(err[0].args, ["7", &SCHEMA_VERSION.to_string()]);
    }

    #[test]
    fn import_refuses_what_is_not_a_settings_file() {
        let codes = |text: &str| import(text).unwrap_err().into_iter().map(|p| p.code).collect::<Vec<_>>();
        assert_eq!(codes("{\"format\": \"notefirst-settings\", \"settings\": {\"version\": 1,}"), ["json-syntax"]);
        let e = &import("{\n  \"a\": 1,\n  \"b\": x\n}").unwrap_err()[0];
        assert_eq!((e.args[0].as_str(), e.args[1].as_str()), ("3", "8"), "{e:?}");
        assert_eq!(e.message(), "This file is not valid JSON (line 3, column 8): expected value.");
        assert_eq!(codes("[1, 2]"), ["not-settings"]);
        assert_eq!(codes("{\"version\": 1}"), ["not-settings"]);
        assert_eq!(codes("{\"format\": \"other\", \"settings\": {\"version\": 1}}"), ["not-settings"]);
        assert_eq!(codes(&envelope(json!({"me": {}}))), ["bad-version"]);
        assert_eq!(codes(&envelope(json!({"version": 0}))), ["bad-version"]);
        assert_eq!(codes(&envelope(json!({"version": "1"}))), ["bad-version"]);
        assert_eq!(codes(""), ["json-syntax"]);
        let huge = format!("{{\"format\": \"{EXPORT_FORMAT}\", \"pad\": \"{}\"}}", "x".repeat(MAX_IMPORT_BYTES));
        assert_eq!(codes(&huge), ["file-too-large"]);
    }

    #[test]
    fn import_reports_every_error_with_its_path() {
        let file = envelope(json!({
            "version": 1,
            "account": "gold",
            "me": {"name": "Sam", "signOff": ["Best"]},
            "noteTemplates": [
                {"id": "n1", "label": "Good", "text": "Hi {first_name|there}, glad to connect."},
                {"id": "n2", "label": "Typo", "text": "Hi {frist_name}, and {company"},
                {"id": "n3", "label": "", "text": "x".repeat(320)}
            ],
            "scoring": {"goodAt": 20, "spamAt": 40, "weights": {"no-photo": 500, "telepathy": 5}},
            "extra": 1
        }));
        let errors = import(&file).unwrap_err();
        let got: Vec<(String, &str)> = errors.iter().map(|p| (p.path.clone(), p.code)).collect();
        let want = [
            ("settings.me.signOff", "wrong-type"),
            ("settings.account", "unknown-account"),
            ("settings.noteTemplates[1].text", "template-unknown-placeholder"),
            ("settings.noteTemplates[1].text", "template-unclosed-brace"),
            ("settings.noteTemplates[2].label", "required"),
            ("settings.noteTemplates[2].text", "template-over-limit"),
            ("settings.scoring", "thresholds-order"),
            ("settings.scoring.weights.no-photo", "out-of-range"),
        ];
        let want: Vec<(String, &str)> = want.iter().map(|(p, c)| (p.to_string(), *c)).collect();
        assert_eq!(got, want);
        let typo = &errors[2];
        assert_eq!(typo.args, ["frist_name", "4", "first_name"]);
        assert_eq!(typo.at, Some(3));
        assert_eq!(typo.message(), "Unknown placeholder {frist_name} at character 4. Did you mean {first_name}?");
    }

    #[test]
    fn import_lists_warnings_without_refusing() {
        let file = envelope(json!({
            "version": 1,
            "noteTemplates": [{"label": "No id", "text": "Hello {first_name|there}"}],
            "replyTemplates": [{"label": "R", "text": "Hi", "when": ["spam", "moon-phase"]}],
            "scoring": {"weights": {"telepathy": 5}},
            "colour": "blue"
        }));
        let imported = import(&file).unwrap();
        assert_eq!(imported.settings.note_templates[0].id, "note-1");
        let got: Vec<(&str, &str)> = imported.warnings.iter().map(|p| (p.path.as_str(), p.code)).collect();
        assert_eq!(
            got,
            [
                ("settings.colour", "unknown-field"),
                ("settings.replyTemplates[0].when[1]", "unknown-when"),
                ("settings.scoring.weights.telepathy", "unknown-rule"),
            ]
        );
    }

    #[test]
    fn bad_history_records_refuse_the_import() {
        let file = json!({
            "format": EXPORT_FORMAT,
            "settings": {"version": 1},
            "history": [
                {"name": "Dana", "path": "/in/dana/", "seen": 1_700_000_000_000i64, "band": "good", "score": 80, "note": true},
                {"name": "Eve", "seen": "yesterday", "band": "good", "score": 80, "note": true}
            ]
        });
        let errors = import(&file.to_string()).unwrap_err();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].path, "history[1]");
        assert_eq!(errors[0].code, "bad-history-record");
    }

    #[test]
    fn long_error_lists_are_capped() {
        let templates: Vec<Value> = (0..80).map(|i| json!({"id": format!("t{i}"), "label": "L", "text": "{nope}"})).collect();
        let file = envelope(json!({"version": 1, "replyTemplates": templates}));
        let errors = import(&file).unwrap_err();
        assert_eq!(errors.len(), MAX_LISTED_PROBLEMS + 1);
        let last = errors.last().unwrap();
        assert_eq!(last.code, "too-many-problems");
        // 80 unknown placeholders plus one "too many templates".
        assert_eq!(last.args, [(81 - MAX_LISTED_PROBLEMS).to_string()]);
    }

    #[test]
    fn export_then_import_round_trips() {
        let mut s = Settings::default();
        s.me.name = "Zoë «Z» Ünal".into();
        s.me.sign_off = "Cordialement,\nZoë".into();
        s.note_templates.push(UserNoteTemplate { id: "n-1".into(), label: "Salon".into(), text: "Bonjour {first_name|}, ravi·e de vous avoir croisé·e 👋".into() });
        s.reply_templates.push(UserReplyTemplate { id: "r-1".into(), label: "Why".into(), text: "Hi {first_name|there}".into(), when: vec!["ask".into(), "no-note".into()] });
        s.links.push(SharedLink { label: "Blog".into(), url: "https://example.org/blog".into() });
        s.account = AccountType::Premium;
        s.scoring.weights.insert("sales".into(), -40);
        s.features.warning = false;
        s.history.keep_weeks = 12;
        let history = vec![Record {
            name: "Dana".into(),
            path: Some("/in/dana/".into()),
            seen: 1_700_000_000_000,
            band: crate::history::HistoryBand::Ask,
            score: 40,
            note: false,
            decision: Some(crate::history::Decision::Ignored),
            decided: Some(1_700_000_100_000),
        }];
        let text = export(&s, &history, "2026-05-14T10:00:00Z");
        assert!(text.contains("\"format\": \"notefirst-settings\""));
        let back = import(&text).unwrap();
        assert_eq!(back.settings, s);
        assert_eq!(back.history, history);
        assert!(back.warnings.is_empty(), "{:?}", back.warnings);
    }
}
