//! How settings are laid out in the browser's extension storage.
//!
//! `storage.sync` follows the user to their other browsers but is small: 8,192 bytes
//! an item (key plus JSON value) and 102,400 in all (Chromium and Firefox alike). So:
//!
//! - `nf.settings` (sync): the index: every setting except the links and the
//!   templates' contents, the order of the templates by id (an id written `~id` is
//!   kept on one device only), where the links are, and when it was saved. Validation
//!   limits keep it under 8 KB whatever the user types (a test proves the worst case).
//! - `nf.links` (sync): the links to share.
//! - `nf.t.<id>` (sync): one item per template. Editing one template rewrites only its
//!   item, and two tabs editing two templates touch different items.
//! - The links or templates that would take sync over its quota (the budget keeps
//!   2 KB spare), or that alone are larger than an item, stay on this device only;
//!   the options page names them.
//! - `nf.settings.local` (local): a full copy of the settings, written first on every
//!   save, with `pending: true` until the sync write has succeeded. It holds what did
//!   not fit in sync, and it means a failed or interrupted sync write (quota,
//!   write-rate limit, tab closed) loses nothing: a pending copy wins over what sync
//!   holds until a save goes through.
//!
//! Sizes are counted as Chromium does (UTF-8 bytes of the key and of the JSON), with the
//! characters Chromium escapes (`<`, U+2028, U+2029) counted at their escaped length.

use serde::Serialize;
use serde_json::{Map, Value};

use super::merge::merge3;
use super::migrate::{load, Loaded};
use super::schema::*;
use super::Problem;

pub const SYNC_INDEX_KEY: &str = "nf.settings";
pub const SYNC_TEMPLATE_PREFIX: &str = "nf.t.";
pub const SYNC_LINKS_KEY: &str = "nf.links";
/// Marks an id in the index as kept on one device only (`~` is never part of an id).
const LOCAL_MARK: char = '~';
pub const LOCAL_MIRROR_KEY: &str = "nf.settings.local";
/// `storage.sync.QUOTA_BYTES_PER_ITEM` and `QUOTA_BYTES` in both browsers.
pub const QUOTA_BYTES_PER_ITEM: usize = 8192;
pub const QUOTA_BYTES: usize = 102_400;
/// What NoteFirst lets itself use of sync: the quota less some room to spare.
pub const SYNC_BUDGET: usize = QUOTA_BYTES - 2048;

/// What storage holds: every `storage.sync` item, and the local mirror (if any).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StoredRaw {
    pub sync: Map<String, Value>,
    pub local: Option<Value>,
}

/// A template named in a report.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct TemplateRef {
    pub kind: &'static str,
    pub id: String,
    pub label: String,
}

/// Where settings came from when read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Source {
    /// Nothing stored yet.
    Defaults,
    Sync,
    /// The local copy: sync was empty, unreadable, or a save had not reached it.
    Local,
}

/// Settings read from storage.
#[derive(Debug, Clone, PartialEq)]
pub struct Joined {
    pub loaded: Loaded,
    pub source: Source,
    /// Ids the index says are kept on one device only.
    pub local_ids: Vec<String>,
    /// Ids the index names whose item is nowhere here (not synced yet, or kept on
    /// another device's local storage). Kept in the index by every save.
    pub missing: Vec<(&'static str, String)>,
    /// The last save here has not reached sync.
    pub unsynced: bool,
}

/// Chromium's measure of one sync item.
pub fn item_bytes(key: &str, value: &Value) -> usize {
    let json = serde_json::to_string(value).unwrap_or_default();
    let escaped_extra: usize = json
        .chars()
        .map(|c| match c {
            '<' => 5,                      // "\u003C"
            '\u{2028}' | '\u{2029}' => 3, // 3 bytes become 6
            _ => 0,
        })
        .sum();
    key.len() + json.len() + escaped_extra
}

struct Mirror {
    pending: bool,
    settings: Value,
}

fn mirror_of(local: Option<&Value>) -> Option<Mirror> {
    let obj = local?.as_object()?;
    let settings = obj.get("settings").filter(|s| s.is_object())?.clone();
    Some(Mirror { pending: obj.get("pending").and_then(Value::as_bool).unwrap_or(false), settings })
}

/// Reads settings from what storage holds; see the module documentation.
pub fn join(raw: &StoredRaw) -> Joined {
    let mirror = mirror_of(raw.local.as_ref());
    let index = raw.sync.get(SYNC_INDEX_KEY).and_then(Value::as_object);
    let from_mirror = |m: &Mirror, unsynced: bool| Joined {
        loaded: load(&m.settings),
        source: Source::Local,
        local_ids: Vec::new(),
        missing: Vec::new(),
        unsynced,
    };
    let index = match (index, &mirror) {
        (_, Some(m)) if m.pending => return from_mirror(m, true),
        (None, Some(m)) => return from_mirror(m, false),
        (None, None) => {
            return Joined { loaded: load(&Value::Null), source: Source::Defaults, local_ids: Vec::new(), missing: Vec::new(), unsynced: false }
        }
        (Some(index), _) => index,
    };
    if index.get("inLocal").and_then(Value::as_bool) == Some(true) {
        if let Some(m) = &mirror {
            return from_mirror(m, false);
        }
    }
    // The index's template lists: ids, with `~` marking those kept on one device.
    let ids = |key: &str| -> Option<Vec<(String, bool)>> {
        match index.get(key) {
            None | Some(Value::Null) => Some(Vec::new()),
            Some(Value::Array(a)) => Some(
                a.iter()
                    .filter_map(Value::as_str)
                    .map(|id| match id.strip_prefix(LOCAL_MARK) {
                        Some(id) => (id.to_string(), true),
                        None => (id.to_string(), false),
                    })
                    .collect(),
            ),
            Some(_) => None,
        }
    };
    let (Some(notes), Some(replies)) = (ids("notes"), ids("replies")) else {
        // A broken index: the local copy, when there is one, is the better source.
        if let Some(m) = &mirror {
            return from_mirror(m, false);
        }
        return Joined { loaded: load(&Value::Object(index.clone())), source: Source::Sync, local_ids: Vec::new(), missing: Vec::new(), unsynced: false };
    };

    let from_mirror_list = |list: &str| -> Option<&Vec<Value>> { mirror.as_ref()?.settings.get(list)?.as_array() };
    let mut logical = index.clone();
    for key in ["saved", "notes", "replies", "links", "inLocal"] {
        logical.remove(key);
    }
    let mut missing = Vec::new();
    let mut local_ids = Vec::new();
    // Links: from sync, else from the local copy.
    let links_at = index.get("links").and_then(Value::as_str).unwrap_or("none");
    if links_at != "none" {
        let links = match raw.sync.get(SYNC_LINKS_KEY) {
            Some(v @ Value::Array(_)) if links_at == "sync" => Some(v.clone()),
            _ => from_mirror_list("links").map(|l| Value::Array(l.clone())),
        };
        match links {
            Some(l) => {
                logical.insert("links".into(), l);
            }
            None => missing.push(("links", String::new())),
        }
        if links_at == "local" {
            local_ids.push(LINKS_ID.to_string());
        }
    }
    for (kind, ids, list) in [("note", &notes, "noteTemplates"), ("reply", &replies, "replyTemplates")] {
        let mut templates = Vec::new();
        for (id, local) in ids {
            if *local {
                local_ids.push(id.clone());
            }
            let item = raw.sync.get(&format!("{SYNC_TEMPLATE_PREFIX}{id}")).and_then(Value::as_object).map(|o| {
                let mut o = o.clone();
                o.remove("kind");
                o.insert("id".into(), Value::from(id.as_str()));
                Value::Object(o)
            });
            let copy = || from_mirror_list(list)?.iter().find(|t| t.get("id").and_then(Value::as_str) == Some(id.as_str())).cloned();
            match item.or_else(copy) {
                Some(t) => templates.push(t),
                None => missing.push((kind, id.clone())),
            }
        }
        logical.insert(list.into(), Value::Array(templates));
    }
    Joined { loaded: load(&Value::Object(logical)), source: Source::Sync, local_ids, missing, unsynced: false }
}

/// How reports name the links (no template id can be this).
pub const LINKS_ID: &str = ":links";

/// Settings laid out for storage.
#[derive(Debug, Clone, PartialEq)]
pub struct Layout {
    /// Every sync item NoteFirst should hold, by key.
    pub sync: Map<String, Value>,
    /// Templates kept on this device only, with why.
    pub local_only: Vec<TemplateRef>,
    /// Bytes the sync items take, as counted against the quota.
    pub sync_bytes: usize,
    /// Everything is in the local copy (the index alone would not fit an item).
    pub all_local: bool,
}

fn template_item(kind: &str, label: &str, text: &str, when: Option<&[String]>) -> Value {
    let mut o = Map::new();
    o.insert("kind".into(), Value::from(kind));
    o.insert("label".into(), Value::from(label));
    o.insert("text".into(), Value::from(text));
    if let Some(when) = when {
        o.insert("when".into(), Value::from(when.to_vec()));
    }
    Value::Object(o)
}

/// Lays settings out as sync items; `keep` are ids the index must go on naming
/// (missing items from elsewhere, see [`Joined::missing`]); `saved` is the time of
/// the save (milliseconds).
pub fn split(s: &Settings, saved: i64, keep: &[(&'static str, String)]) -> Layout {
    let mut index = match serde_json::to_value(s) {
        Ok(Value::Object(o)) => o,
        _ => Map::new(),
    };
    for key in ["noteTemplates", "replyTemplates", "links"] {
        index.remove(key);
    }
    index.insert("version".into(), Value::from(SCHEMA_VERSION));
    index.insert("saved".into(), Value::from(saved));

    // The pieces that may overflow, in the order they get sync's room: the links,
    // then the note templates, then the replies.
    struct Piece {
        what: TemplateRef,
        key: String,
        value: Value,
    }
    let mut pieces: Vec<Piece> = Vec::new();
    let keep_links = s.links.is_empty() && keep.iter().any(|(k, _)| *k == "links");
    if !s.links.is_empty() {
        let value = serde_json::to_value(&s.links).unwrap_or(Value::Null);
        pieces.push(Piece { what: TemplateRef { kind: "links", id: LINKS_ID.into(), label: String::new() }, key: SYNC_LINKS_KEY.into(), value });
    }
    for t in &s.note_templates {
        let value = template_item("note", &t.label, &t.text, None);
        pieces.push(Piece { what: TemplateRef { kind: "note", id: t.id.clone(), label: t.label.clone() }, key: format!("{SYNC_TEMPLATE_PREFIX}{}", t.id), value });
    }
    for t in &s.reply_templates {
        let value = template_item("reply", &t.label, &t.text, Some(&t.when));
        pieces.push(Piece { what: TemplateRef { kind: "reply", id: t.id.clone(), label: t.label.clone() }, key: format!("{SYNC_TEMPLATE_PREFIX}{}", t.id), value });
    }

    let index_with = |in_sync: &[bool]| -> Value {
        let mut idx = index.clone();
        let mut lists = (Vec::new(), Vec::new());
        let mut links = if keep_links { "sync" } else { "none" };
        for (p, &synced) in pieces.iter().zip(in_sync) {
            let id = if synced { p.what.id.clone() } else { format!("{LOCAL_MARK}{}", p.what.id) };
            match p.what.kind {
                "links" => links = if synced { "sync" } else { "local" },
                "note" => lists.0.push(Value::from(id)),
                _ => lists.1.push(Value::from(id)),
            }
        }
        for (kind, id) in keep {
            match *kind {
                "note" => lists.0.push(Value::from(id.as_str())),
                "reply" => lists.1.push(Value::from(id.as_str())),
                _ => {}
            }
        }
        idx.insert("notes".into(), Value::Array(lists.0));
        idx.insert("replies".into(), Value::Array(lists.1));
        idx.insert("links".into(), Value::from(links));
        Value::Object(idx)
    };

    // Greedy in order, then give back the last synced pieces until the index and the
    // items fit the budget together.
    let mut in_sync: Vec<bool> = pieces.iter().map(|p| item_bytes(&p.key, &p.value) <= QUOTA_BYTES_PER_ITEM).collect();
    let mut used = 0;
    for (p, synced) in pieces.iter().zip(in_sync.iter_mut()) {
        if *synced {
            let n = item_bytes(&p.key, &p.value);
            if used + n > SYNC_BUDGET {
                *synced = false;
            } else {
                used += n;
            }
        }
    }
    loop {
        let idx = index_with(&in_sync);
        let index_bytes = item_bytes(SYNC_INDEX_KEY, &idx);
        let items_bytes: usize = pieces.iter().zip(&in_sync).filter(|(_, &s)| s).map(|(p, _)| item_bytes(&p.key, &p.value)).sum();
        if index_bytes > QUOTA_BYTES_PER_ITEM {
            // Only possible with data that validation refuses: keep it all on this device.
            let mut stub = Map::new();
            stub.insert("version".into(), Value::from(SCHEMA_VERSION));
            stub.insert("saved".into(), Value::from(saved));
            stub.insert("inLocal".into(), Value::Bool(true));
            let stub = Value::Object(stub);
            let bytes = item_bytes(SYNC_INDEX_KEY, &stub);
            let mut sync = Map::new();
            sync.insert(SYNC_INDEX_KEY.into(), stub);
            let local_only = pieces.into_iter().map(|p| p.what).collect();
            return Layout { sync, local_only, sync_bytes: bytes, all_local: true };
        }
        let last_synced = in_sync.iter().rposition(|&s| s);
        if index_bytes + items_bytes <= SYNC_BUDGET || last_synced.is_none() {
            let mut sync = Map::new();
            sync.insert(SYNC_INDEX_KEY.into(), idx);
            let mut local_only = Vec::new();
            for (p, synced) in pieces.into_iter().zip(in_sync) {
                if synced {
                    sync.insert(p.key, p.value);
                } else {
                    local_only.push(p.what);
                }
            }
            return Layout { sync, local_only, sync_bytes: index_bytes + items_bytes, all_local: false };
        }
        if let Some(last) = last_synced {
            in_sync[last] = false;
        }
    }
}

/// Where the settings went, for the options page to say.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct StorageReport {
    pub sync_bytes: usize,
    pub sync_budget: usize,
    pub quota_bytes: usize,
    pub item_quota_bytes: usize,
    /// Templates that did not fit in sync, kept on this device only.
    pub local_only: Vec<TemplateRef>,
    /// Everything is on this device only (see [`Layout::all_local`]).
    pub all_local: bool,
    /// Templates named by another device that have not arrived here (kept as named).
    pub missing: usize,
}

/// What one save writes, in order: `local_first`, then `sync_set`, then `sync_remove`,
/// then `local_done` once sync has taken the rest.
#[derive(Debug, Clone, PartialEq)]
pub struct WritePlan {
    /// The merged settings: what the tab shows next and its new base.
    pub settings: Settings,
    pub local_first: Map<String, Value>,
    pub sync_set: Map<String, Value>,
    pub sync_remove: Vec<String>,
    pub local_done: Map<String, Value>,
    pub report: StorageReport,
    /// Set when the stored settings come from a newer NoteFirst: nothing is written.
    pub refused: Option<Problem>,
}

/// Plans one save: merges this tab's edits (`base` to `mine`) with what storage holds
/// now, lays the result out and lists only the items that change. `now` is the time
/// of the save in milliseconds.
pub fn plan_write(base: &Settings, mine: &Settings, raw: &StoredRaw, now: i64) -> WritePlan {
    let theirs = join(raw);
    if theirs.loaded.newer {
        let refused = Problem::error("settings.version", "newer-version", vec![theirs.loaded.from_version.to_string(), SCHEMA_VERSION.to_string()]);
        return WritePlan {
            settings: theirs.loaded.settings.clone(),
            local_first: Map::new(),
            sync_set: Map::new(),
            sync_remove: Vec::new(),
            local_done: Map::new(),
            report: report(&Layout { sync: Map::new(), local_only: Vec::new(), sync_bytes: 0, all_local: false }, 0),
            refused: Some(refused),
        };
    }
    let merged = merge3(base, mine, &theirs.loaded.settings);
    let layout = split(&merged, now, &theirs.missing);

    let sync_set: Map<String, Value> = layout.sync.iter().filter(|(k, v)| raw.sync.get(*k) != Some(*v)).map(|(k, v)| (k.clone(), v.clone())).collect();
    let sync_remove: Vec<String> = raw
        .sync
        .keys()
        .filter(|k| (k.starts_with(SYNC_TEMPLATE_PREFIX) || *k == SYNC_INDEX_KEY || *k == SYNC_LINKS_KEY) && !layout.sync.contains_key(*k))
        // Links named by another device and not here yet stay named, and untouched.
        .filter(|k| !(*k == SYNC_LINKS_KEY && layout.sync[SYNC_INDEX_KEY].get("links") == Some(&Value::from("sync"))))
        .cloned()
        .collect();
    let mirror = |pending: bool| {
        let mut m = Map::new();
        m.insert("saved".into(), Value::from(now));
        m.insert("pending".into(), Value::Bool(pending));
        m.insert("settings".into(), serde_json::to_value(&merged).unwrap_or(Value::Null));
        let mut out = Map::new();
        out.insert(LOCAL_MIRROR_KEY.into(), Value::Object(m));
        out
    };
    WritePlan {
        local_first: mirror(true),
        local_done: mirror(false),
        sync_set,
        sync_remove,
        report: report(&layout, theirs.missing.len()),
        settings: merged,
        refused: None,
    }
}

fn report(layout: &Layout, missing: usize) -> StorageReport {
    StorageReport {
        sync_bytes: layout.sync_bytes,
        sync_budget: SYNC_BUDGET,
        quota_bytes: QUOTA_BYTES,
        item_quota_bytes: QUOTA_BYTES_PER_ITEM,
        local_only: layout.local_only.clone(),
        all_local: layout.all_local,
        missing,
    }
}

/// The report for settings as they are stored now (for the options page on load).
pub fn report_for(s: &Settings, joined: &Joined) -> StorageReport {
    report(&split(s, 0, &joined.missing), joined.missing.len())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::validate;
    use serde_json::json;

    fn note(id: &str, label: &str, text: &str) -> UserNoteTemplate {
        UserNoteTemplate { id: id.into(), label: label.into(), text: text.into() }
    }

    fn reply(id: &str, text: &str) -> UserReplyTemplate {
        UserReplyTemplate { id: id.into(), label: format!("Reply {id}"), text: text.into(), when: vec!["ask".into()] }
    }

    /// Applies a plan the way the options page does, all steps succeeding.
    fn apply(raw: &mut StoredRaw, plan: &WritePlan) {
        raw.local = plan.local_first.get(LOCAL_MIRROR_KEY).cloned();
        for (k, v) in &plan.sync_set {
            raw.sync.insert(k.clone(), v.clone());
        }
        for k in &plan.sync_remove {
            raw.sync.remove(k);
        }
        raw.local = plan.local_done.get(LOCAL_MIRROR_KEY).cloned();
    }

    fn save(raw: &mut StoredRaw, base: &Settings, mine: &Settings, now: i64) -> WritePlan {
        let plan = plan_write(base, mine, raw, now);
        assert!(plan.refused.is_none());
        apply(raw, &plan);
        plan
    }

    fn check_quotas(raw: &StoredRaw) {
        let mut total = 0;
        for (k, v) in &raw.sync {
            let n = item_bytes(k, v);
            assert!(n <= QUOTA_BYTES_PER_ITEM, "{k} is {n} bytes");
            total += n;
        }
        assert!(total <= QUOTA_BYTES, "sync holds {total} bytes");
    }

    fn sample() -> Settings {
        let mut s = Settings::default();
        s.me.name = "Sam Okafor".into();
        s.note_templates = vec![note("n1", "Conference", "Hi {first_name|there}, great talk at {shared_org|the meetup}."), note("n2", "Post", "Hi {first_name|}, I liked your post.")];
        s.reply_templates = vec![reply("r1", "Hi {first_name|there}, why connect?")];
        s
    }

    #[test]
    fn a_save_reads_back_the_same() {
        let mut raw = StoredRaw::default();
        let s = sample();
        let plan = save(&mut raw, &Settings::default(), &s, 1000);
        assert_eq!(plan.settings, s);
        let keys: Vec<&str> = raw.sync.keys().map(String::as_str).collect();
        assert_eq!(keys, ["nf.settings", "nf.t.n1", "nf.t.n2", "nf.t.r1"]);
        assert_eq!(raw.sync["nf.settings"]["notes"], json!(["n1", "n2"]));
        assert_eq!(raw.sync["nf.t.r1"]["when"], json!(["ask"]));
        assert!(plan.report.local_only.is_empty());
        let back = join(&raw);
        assert_eq!(back.source, Source::Sync);
        assert_eq!(back.loaded.settings, s);
        assert!(back.loaded.problems.is_empty(), "{:?}", back.loaded.problems);
        check_quotas(&raw);
    }

    #[test]
    fn editing_one_template_rewrites_only_its_item_and_the_index() {
        let mut raw = StoredRaw::default();
        let s = sample();
        save(&mut raw, &Settings::default(), &s, 1000);
        let mut edited = s.clone();
        edited.note_templates[1].text = "Hi {first_name|}, thanks for your post.".into();
        let plan = save(&mut raw, &s, &edited, 2000);
        let keys: Vec<&str> = plan.sync_set.keys().map(String::as_str).collect();
        assert_eq!(keys, ["nf.settings", "nf.t.n2"], "the index changes only by its time stamp");
        assert!(plan.sync_remove.is_empty());
        // Deleting one removes its item.
        let mut fewer = edited.clone();
        fewer.note_templates.remove(0);
        let plan = save(&mut raw, &edited, &fewer, 3000);
        assert_eq!(plan.sync_remove, ["nf.t.n1"]);
        assert_eq!(join(&raw).loaded.settings, fewer);
    }

    #[test]
    fn two_tabs_saving_in_turn_keep_both_edits() {
        let mut raw = StoredRaw::default();
        let s = sample();
        save(&mut raw, &Settings::default(), &s, 1000);
        // Both tabs loaded `s`.
        let mut tab_a = s.clone();
        tab_a.note_templates[0].label = "Conference (A)".into();
        tab_a.account = AccountType::Premium;
        let mut tab_b = s.clone();
        tab_b.reply_templates.push(reply("r2", "Hello from B"));
        tab_b.me.sign_off = "Best,\nSam".into();
        save(&mut raw, &s, &tab_a, 2000);
        let plan_b = save(&mut raw, &s, &tab_b, 3000);
        let got = join(&raw).loaded.settings;
        assert_eq!(got, plan_b.settings);
        assert_eq!(got.note_templates[0].label, "Conference (A)");
        assert_eq!(got.account, AccountType::Premium);
        assert_eq!(got.reply_templates.len(), 2);
        assert_eq!(got.me.sign_off, "Best,\nSam");
    }

    /// The largest settings validation allows, in the characters that count most
    /// (escaped `<`, 4-byte emoji, U+2028): the index still fits one item.
    #[test]
    fn the_index_fits_an_item_at_every_limit() {
        let mut s = Settings::default();
        s.me.name = "<".repeat(limits::NAME);
        s.me.sign_off = "\u{2028}".repeat(limits::SIGN_OFF);
        s.links = (0..limits::LINKS).map(|_| SharedLink { label: "\u{1F600}".repeat(limits::LINK_LABEL / 2), url: format!("https://{}", "\u{1F600}".repeat(limits::URL / 2 - 4)) }).collect();
        for n in 0..limits::WEIGHTS {
            s.scoring.weights.insert(format!("{n:-<24}"), -100);
        }
        let id = |n: usize| format!("{:0>24}", n);
        s.note_templates = (0..limits::TEMPLATES).map(|n| note(&id(n), "L", "T")).collect();
        s.reply_templates = (0..limits::TEMPLATES).map(|n| reply(&id(n + 1000), "T")).collect();
        assert!(validate(&s).iter().all(|p| !p.is_error() || p.code == "too-long"), "{:?}", validate(&s).iter().filter(|p| p.is_error()).collect::<Vec<_>>());
        let layout = split(&s, i64::MAX, &[]);
        assert!(!layout.all_local);
        let n = item_bytes(SYNC_INDEX_KEY, &layout.sync[SYNC_INDEX_KEY]);
        assert!(n <= QUOTA_BYTES_PER_ITEM, "index is {n} bytes");
        // Even with most templates kept local (each id then marked), it fits.
        let mut huge = s.clone();
        for t in &mut huge.reply_templates {
            t.text = "\u{2028}".repeat(limits::REPLY_TEXT);
        }
        for t in &mut huge.note_templates {
            t.text = "\u{2028}".repeat(limits::NOTE_SOURCE);
        }
        let layout = split(&huge, i64::MAX, &[]);
        assert!(!layout.all_local);
        let n = item_bytes(SYNC_INDEX_KEY, &layout.sync[SYNC_INDEX_KEY]);
        assert!(n <= QUOTA_BYTES_PER_ITEM, "index is {n} bytes");
        assert!(layout.sync_bytes <= SYNC_BUDGET);
        assert!(layout.local_only.len() > limits::TEMPLATES, "{}", layout.local_only.len());
    }

    #[test]
    fn what_does_not_fit_sync_stays_local_and_is_named() {
        let mut s = Settings::default();
        // 50 replies of about 6 KB each: far more than sync's budget.
        let long = format!("Hi {{first_name|there}} {}", "—".repeat(1900));
        s.reply_templates = (0..limits::TEMPLATES).map(|n| reply(&format!("r{n}"), &long)).collect();
        s.links = vec![SharedLink { label: "Blog".into(), url: "https://example.org".into() }];
        let mut raw = StoredRaw::default();
        let plan = save(&mut raw, &Settings::default(), &s, 1000);
        check_quotas(&raw);
        let report = &plan.report;
        assert!(!report.local_only.is_empty() && report.local_only.len() < limits::TEMPLATES, "{}", report.local_only.len());
        assert!(report.sync_bytes <= SYNC_BUDGET);
        assert!(raw.sync.contains_key(SYNC_LINKS_KEY), "the links come first");
        // The last ones overflow, in order.
        let first_local = limits::TEMPLATES - report.local_only.len();
        assert_eq!(report.local_only[0].id, format!("r{first_local}"));
        assert_eq!(report.local_only[0].kind, "reply");
        let marked = raw.sync[SYNC_INDEX_KEY]["replies"].as_array().unwrap().iter().filter(|id| id.as_str().unwrap().starts_with('~')).count();
        assert_eq!(marked, report.local_only.len());
        // Every template reads back, from sync or from the local copy.
        let back = join(&raw);
        assert_eq!(back.loaded.settings, s);
        assert_eq!(back.local_ids.len(), report.local_only.len());
        assert!(back.missing.is_empty());
    }

    #[test]
    fn links_too_large_for_an_item_stay_local() {
        let mut s = sample();
        // Allowed by nothing but possible in data from elsewhere: the plan still holds.
        s.links = (0..limits::LINKS).map(|_| SharedLink { label: "<".repeat(40), url: format!("https://{}", "<".repeat(290)) }).collect();
        let mut raw = StoredRaw::default();
        let plan = save(&mut raw, &Settings::default(), &s, 1);
        check_quotas(&raw);
        assert_eq!(plan.report.local_only[0].id, LINKS_ID);
        assert_eq!(raw.sync[SYNC_INDEX_KEY]["links"], "local");
        let back = join(&raw);
        assert_eq!(back.loaded.settings, s);
        assert_eq!(back.local_ids, [LINKS_ID]);
    }

    #[test]
    fn a_template_larger_than_an_item_stays_local() {
        // Within the source limit, but most characters count six bytes.
        let s = Settings { reply_templates: vec![reply("big", &"\u{2028}x<".repeat(660)), reply("small", "Hi")], ..Settings::default() };
        let layout = split(&s, 1, &[]);
        assert_eq!(layout.local_only.iter().map(|r| r.id.as_str()).collect::<Vec<_>>(), ["big"]);
        assert!(layout.sync.contains_key("nf.t.small"));
    }

    #[test]
    fn an_interrupted_save_loses_nothing() {
        let mut raw = StoredRaw::default();
        let s = sample();
        save(&mut raw, &Settings::default(), &s, 1000);
        let mut edited = s.clone();
        edited.note_templates[0].text = "Edited just before the tab closed".into();
        let plan = plan_write(&s, &edited, &raw, 2000);
        // Only the first step ran (sync refused the write, or the tab went away).
        raw.local = plan.local_first.get(LOCAL_MIRROR_KEY).cloned();
        let back = join(&raw);
        assert_eq!(back.source, Source::Local);
        assert!(back.unsynced);
        assert_eq!(back.loaded.settings, edited);
        // The next save goes through and sync catches up.
        let plan = save(&mut raw, &edited, &edited, 3000);
        assert!(plan.sync_set.contains_key("nf.t.n1"));
        let back = join(&raw);
        assert_eq!((back.source, back.unsynced), (Source::Sync, false));
        assert_eq!(back.loaded.settings, edited);
    }

    #[test]
    fn items_named_but_not_here_are_kept_named() {
        let mut raw = StoredRaw::default();
        let s = sample();
        save(&mut raw, &Settings::default(), &s, 1000);
        // Another device added n3 to the index; its item has not arrived.
        let mut index = raw.sync[SYNC_INDEX_KEY].clone();
        index["notes"] = json!(["n1", "n2", "n3"]);
        raw.sync.insert(SYNC_INDEX_KEY.into(), index);
        raw.local = None;
        let back = join(&raw);
        assert_eq!(back.missing, [("note", "n3".to_string())]);
        let here = back.loaded.settings.clone();
        let mut edited = here.clone();
        edited.me.name = "Sam O.".into();
        let plan = save(&mut raw, &here, &edited, 2000);
        assert_eq!(plan.report.missing, 1);
        assert_eq!(raw.sync[SYNC_INDEX_KEY]["notes"], json!(["n1", "n2", "n3"]));
        // When it arrives, it is there.
        raw.sync.insert("nf.t.n3".into(), json!({"kind": "note", "label": "Three", "text": "Hi"}));
        let back = join(&raw);
        assert!(back.missing.is_empty());
        assert_eq!(back.loaded.settings.note_templates.last().unwrap().label, "Three");
    }

    #[test]
    fn settings_from_a_newer_version_are_never_overwritten() {
        let mut raw = StoredRaw::default();
        raw.sync.insert(SYNC_INDEX_KEY.into(), json!({"version": 9, "saved": 5, "me": {"name": "Future"}, "notes": [], "replies": [], "local": []}));
        let joined = join(&raw);
        assert!(joined.loaded.newer);
        assert_eq!(joined.loaded.settings.me.name, "Future");
        let plan = plan_write(&joined.loaded.settings, &Settings::default(), &raw, 10);
        assert_eq!(plan.refused.as_ref().map(|p| p.code), Some("newer-version"));
        assert!(plan.sync_set.is_empty() && plan.sync_remove.is_empty() && plan.local_first.is_empty());
    }

    #[test]
    fn a_broken_index_falls_back_to_the_local_copy() {
        let mut raw = StoredRaw::default();
        let s = sample();
        save(&mut raw, &Settings::default(), &s, 1000);
        raw.sync.insert(SYNC_INDEX_KEY.into(), json!({"version": 1, "notes": "n1,n2"}));
        let back = join(&raw);
        assert_eq!(back.source, Source::Local);
        assert_eq!(back.loaded.settings, s);
    }

    #[test]
    fn keys_of_others_are_left_alone() {
        let mut raw = StoredRaw::default();
        raw.sync.insert("someone-else".into(), json!(1));
        raw.sync.insert("nf.t.orphan".into(), json!({"kind": "note", "label": "x", "text": "y"}));
        let plan = plan_write(&Settings::default(), &sample(), &raw, 1);
        assert_eq!(plan.sync_remove, ["nf.t.orphan"]);
    }

    #[test]
    fn item_bytes_counts_like_chromium() {
        assert_eq!(item_bytes("k", &json!("é")), 1 + 4);
        assert_eq!(item_bytes("k", &json!("<")), 1 + 3 + 5);
        assert_eq!(item_bytes("k", &json!("a\nb")), 1 + 6);
    }
}
