//! Diagnostics: what NoteFirst's adapters found on the last LinkedIn pages the user
//! opened, kept on this device for the options page's Diagnostics section. When
//! LinkedIn changes a page, this says which part NoteFirst no longer finds.
//!
//! **When.** A page visit starts at each navigation (`app::set_page`). The page is
//! probed once things are quiet: [`QUIET_MS`] after the navigation, and again
//! [`QUIET_MS`] after the last unit of feature work (a card handled, a dialog read:
//! `app::guard` reports activity here), never on every DOM change; plus once more
//! [`FOLLOW_UP_MS`] after the navigation, for pages that fill in slowly with nothing
//! for a feature to do. A report is sent only when it differs from the visit's last.
//!
//! **Where.** Like the history (`history_feed`), through a callback the loader
//! registers ([`on_diagnostics`]); the loader merges the report into one
//! `storage.local` item ([`STORAGE_KEY`]) with [`diagnostics_apply`]: newest first, one
//! entry per visit, at most [`MAX_REPORTS`].
//!
//! **What.** The page kind, the path with every segment that could name someone
//! replaced by `*`, the flavour, the layout era, and counts of the parts found and
//! missing. Never a name, a profile path, a query string or any text from the page.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;

use notefirst_core::{Invitation, PageKind};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::adapters::{invite, messaging, received};
use crate::{app, dom};

const FEATURE: &str = "diagnostics";
/// The storage.local key the loader keeps the reports under.
pub const STORAGE_KEY: &str = "nf.diagnostics";
/// Reports kept (one per page visit), newest first.
pub const MAX_REPORTS: usize = 20;
/// How long feature work must have stopped before the page is probed.
pub const QUIET_MS: f64 = 1500.0;
/// A last look after a navigation, whatever happened meanwhile.
pub const FOLLOW_UP_MS: i32 = 8000;
/// Limits on what a stored report may hold (anything else is dropped when read).
const MAX_PARTS: usize = 24;
const MAX_ID: usize = 32;
const MAX_PATH: usize = 140;
const MAX_SEGMENTS: usize = 4;

/// One part of a page, found or missing: `cards` (count), `name` (count of `of`
/// cards), `invite-dialog` (neither)...
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Part {
    pub id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub n: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub of: Option<u32>,
}

/// What NoteFirst found on one page visit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Report {
    /// One page visit: later reports of the same visit replace the earlier one.
    pub visit: u32,
    /// When (milliseconds since the Unix epoch) this was seen.
    pub at: f64,
    /// `PageKind::name()`.
    pub kind: String,
    /// The path, personal segments replaced by `*` ([`path_pattern`]).
    pub path: String,
    /// "wasm" or "js".
    pub flavour: String,
    /// The extension's version (added by the loader, which can read the manifest).
    #[serde(default)]
    pub version: String,
    /// "ember", "sdui-2025", "sdui-2026" or "unknown".
    pub layout: String,
    pub found: Vec<Part>,
    pub missing: Vec<Part>,
}

fn is_id(s: &str) -> bool {
    !s.is_empty() && s.len() <= MAX_ID && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

impl Report {
    /// Reads and checks a report (from storage, or from the page's side): anything
    /// that is not exactly what this module writes is refused, so storage can hold
    /// nothing else.
    pub fn from_value(v: &Value) -> Option<Report> {
        let r: Report = serde_json::from_value(v.clone()).ok()?;
        // Only a path that is already a pattern (a profile's slug would not be).
        let path_ok = r.path.len() <= MAX_PATH && path_pattern(&r.path) == r.path;
        let version_ok = r.version.len() <= 20 && r.version.bytes().all(|b| b.is_ascii_digit() || b == b'.');
        let parts_ok = |parts: &[Part]| parts.len() <= MAX_PARTS && parts.iter().all(|p| is_id(&p.id));
        (r.at.is_finite()
            && r.at > 0.0
            && is_id(&r.kind)
            && path_ok
            && (r.flavour == "wasm" || r.flavour == "js")
            && version_ok
            && is_id(&r.layout)
            && parts_ok(&r.found)
            && parts_ok(&r.missing))
        .then_some(r)
    }
}

/// The stored list after `report`: the report first, replacing an earlier report of
/// the same visit; unreadable entries dropped; at most [`MAX_REPORTS`].
pub fn merge(stored: &Value, report: Report) -> Vec<Report> {
    let mut list: Vec<Report> = stored.as_array().map(|a| a.iter().filter_map(Report::from_value).collect()).unwrap_or_default();
    list.retain(|r| r.visit != report.visit);
    list.insert(0, report);
    list.truncate(MAX_REPORTS);
    list
}

/// A URL's path as a pattern safe to keep: no origin, query or fragment; the segment
/// after `/in/` (whose profile it is) and any segment that is not plain lowercase
/// words (ids, slugs with digits, encoded text) become `*`; at most four segments.
pub fn path_pattern(path_or_url: &str) -> String {
    let path = match path_or_url.find("://") {
        Some(i) => path_or_url[i + 3..].find('/').map_or("/", |j| &path_or_url[i + 3 + j..]),
        None => path_or_url,
    };
    let path = path.split(['?', '#']).next().unwrap_or("");
    let mut out = String::from("/");
    let mut previous = "";
    for (i, segment) in path.split('/').filter(|s| !s.is_empty()).enumerate() {
        if i == MAX_SEGMENTS {
            out.push_str("*/");
            break;
        }
        let plain = segment.len() <= 30 && segment.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
        out.push_str(if previous == "in" || !plain { "*" } else { segment });
        out.push('/');
        previous = segment;
    }
    out
}

// ----------------------------------------------------------------------------- the bridge

thread_local! {
    static SINK: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    static VISIT: RefCell<Option<Visit>> = const { RefCell::new(None) };
    static ARMED: Cell<bool> = const { Cell::new(false) };
    static LAST_ACTIVITY: Cell<f64> = const { Cell::new(0.0) };
    /// What the received feature read from each card, by the card's fingerprint (its
    /// `data-nf-seen` mark): the probe counts these rather than reading every card
    /// again (bits: [`card_parts`]).
    static READ: RefCell<HashMap<u64, u8>> = RefCell::new(HashMap::new());
}

/// At most this many cards' parts are remembered (a few hundred KB at most); beyond,
/// the memory is cleared and the probe reads the cards it has no parts for.
const MAX_READ: usize = 20_000;

/// The parts of one card the probe counts, as bits in the order of [`PER_CARD`].
fn card_parts(c: &Invitation) -> u8 {
    [
        c.full_name.is_some(),
        c.profile_path.is_some(),
        c.headline.is_some(),
        c.note_text().is_some(),
        c.has_photo.is_some(),
        c.mutual.count.is_some(),
    ]
    .iter()
    .enumerate()
    .fold(0, |bits, (i, &on)| bits | (u8::from(on) << i))
}

/// The id, bit in [`card_parts`] (by position) and expectation of each per-card part.
/// Every card has a name and a profile link; some people have no headline, but when
/// none of several cards shows one, the adapter no longer finds it. Notes, photos and
/// mutual connections may well be absent everywhere.
const PER_CARD: [(&str, Expect); 6] = [
    ("name", Expect::Every),
    ("profile", Expect::Every),
    ("headline", Expect::Some),
    ("note", Expect::None),
    ("photo", Expect::None),
    ("mutual", Expect::None),
];

/// A card's fingerprint (its `data-nf-seen` mark, `:pending` or not) as a key.
fn fingerprint_key(mark: &str) -> Option<u64> {
    u64::from_str_radix(mark.split(':').next()?, 16).ok()
}

/// The received feature read a card and marked it `fingerprint`: what the probe will
/// count is kept, so that it need not read the card again. Cheap (a hash insert).
pub fn card_read(fingerprint: &str, invitation: &Invitation) {
    if !has_sink() {
        return;
    }
    let Some(key) = fingerprint_key(fingerprint) else { return };
    READ.with(|r| {
        let mut r = r.borrow_mut();
        if r.len() >= MAX_READ && !r.contains_key(&key) {
            r.clear();
        }
        r.insert(key, card_parts(invitation));
    });
}

/// The page visit under way. `path` is the real path, kept in memory only to tell one
/// visit from the next.
struct Visit {
    id: u32,
    path: String,
    sent: Option<Report>,
}

/// Registers the function that stores diagnostics reports (see [`Report`]).
#[wasm_bindgen]
pub fn on_diagnostics(callback: js_sys::Function) {
    SINK.with(|s| *s.borrow_mut() = Some(callback));
}

/// The list to store under [`STORAGE_KEY`] after `report` (from `on_diagnostics`):
/// `stored` is what storage holds (or null). Null when the report is not readable,
/// so that nothing is written.
#[wasm_bindgen]
pub fn diagnostics_apply(stored: JsValue, report: JsValue) -> JsValue {
    let stored: Value = serde_wasm_bindgen::from_value(stored).unwrap_or(Value::Null);
    let Some(report) = serde_wasm_bindgen::from_value::<Value>(report).ok().as_ref().and_then(Report::from_value) else {
        return JsValue::NULL;
    };
    merge(&stored, report).serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or(JsValue::NULL)
}

fn now() -> f64 {
    js_sys::Date::now()
}

fn has_sink() -> bool {
    SINK.with(|s| s.borrow().is_some())
}

fn location_path() -> Option<String> {
    dom::document()?.location()?.pathname().ok()
}

/// The core was pointed at a (possibly new) URL: a new visit when the path changed,
/// and a probe once the page has settled.
pub fn navigated(_kind: PageKind) {
    if !has_sink() {
        return;
    }
    let Some(path) = location_path() else { return };
    let new_visit = VISIT.with(|v| {
        let mut v = v.borrow_mut();
        if v.as_ref().is_some_and(|visit| visit.path == path) {
            return false;
        }
        // Random, so that two tabs (or a restarted core) never share a visit.
        let id = (js_sys::Math::random() * f64::from(u32::MAX)) as u32;
        *v = Some(Visit { id, path, sent: None });
        true
    });
    LAST_ACTIVITY.with(|a| a.set(now()));
    arm(QUIET_MS);
    if new_visit {
        let id = VISIT.with(|v| v.borrow().as_ref().map(|visit| visit.id));
        let follow_up = Closure::once_into_js(move || {
            if VISIT.with(|v| v.borrow().as_ref().map(|visit| visit.id)) == id {
                app::guard(FEATURE, probe);
            }
        });
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(follow_up.unchecked_ref(), FOLLOW_UP_MS);
        }
    }
}

/// A unit of feature work ran (`app::guard`): probe once it has been quiet a moment.
/// Cheap, since it runs for every card: a clock read and, at most, one timer.
pub fn activity(feature: &'static str) {
    if feature == FEATURE || !has_sink() {
        return;
    }
    LAST_ACTIVITY.with(|a| a.set(now()));
    arm(QUIET_MS);
}

/// Sets the one probe timer, unless it is set already.
fn arm(delay_ms: f64) {
    if ARMED.with(|a| a.replace(true)) {
        return;
    }
    let fire = Closure::once_into_js(move || {
        ARMED.with(|a| a.set(false));
        let quiet = now() - LAST_ACTIVITY.with(Cell::get);
        if quiet < QUIET_MS {
            arm(QUIET_MS - quiet);
        } else {
            app::guard(FEATURE, probe);
        }
    });
    let Some(window) = web_sys::window() else {
        ARMED.with(|a| a.set(false));
        return;
    };
    let delay = delay_ms.clamp(0.0, 60_000.0) as i32;
    if window.set_timeout_with_callback_and_timeout_and_arguments_0(fire.unchecked_ref(), delay).is_err() {
        ARMED.with(|a| a.set(false));
    }
}

/// Looks at the page and sends a report if it differs from the visit's last one.
fn probe() {
    let Some(path) = location_path() else { return };
    // The loader stops feeding the core on pages it has no use for; a timer set on
    // the previous page must not report this one.
    let Some((visit, previous)) = VISIT.with(|v| v.borrow().as_ref().filter(|visit| visit.path == path).map(|visit| (visit.id, visit.sent.clone())))
    else {
        return;
    };
    let Some(root) = dom::document().and_then(|d| d.document_element()) else { return };
    let kind = PageKind::from_path(&path);
    // In two tasks (the cards, then the page's controls and dialogs), so that a busy
    // page never sees one long task of ours; the second half is dropped if the visit
    // ended meanwhile.
    let (mut found, mut missing) = (Vec::new(), Vec::new());
    look_cards(&root, kind, &mut found, &mut missing);
    let rest = Closure::once_into_js(move || {
        if VISIT.with(|v| v.borrow().as_ref().map(|v| v.id)) != Some(visit) || location_path().as_deref() != Some(path.as_str()) {
            return;
        }
        app::guard(FEATURE, || {
            look_controls(&root, kind, &mut found, &mut missing);
            send(&root, visit, previous, &path, kind, found, missing);
        });
    });
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(rest.unchecked_ref(), 0);
    }
}

/// Sends the report of a probe unless it says what the visit's last one said.
fn send(root: &Element, visit: u32, previous: Option<Report>, path: &str, kind: PageKind, found: Vec<Part>, missing: Vec<Part>) {
    let flavour = if dom::attr(root, "data-nf-active").as_deref() == Some("js") { "js" } else { "wasm" };
    let report = Report {
        visit,
        at: now(),
        kind: kind.name().to_string(),
        path: path_pattern(path),
        flavour: flavour.to_string(),
        version: String::new(),
        layout: layout(root).to_string(),
        found,
        missing,
    };
    if previous.as_ref().is_some_and(|p| Report { at: report.at, ..p.clone() } == report) {
        return;
    }
    VISIT.with(|v| {
        if let Some(visit) = v.borrow_mut().as_mut() {
            visit.sent = Some(report.clone());
        }
    });
    let Some(sink) = SINK.with(|s| s.borrow().clone()) else { return };
    let value = report.serialize(&serde_wasm_bindgen::Serializer::json_compatible()).unwrap_or(JsValue::NULL);
    if let Err(error) = sink.call1(&JsValue::NULL, &value) {
        app::report_once_with(FEATURE, "the diagnostics callback failed:", &error);
    }
}

// ----------------------------------------------------------------------------- looking

/// The era of LinkedIn's markup, from the hooks each era is known by
/// (../shared/LINKEDIN_DOM.md, "Eras"); the newest that matches wins, since an SDUI
/// page may still hold Ember dialogs.
pub fn layout(root: &Element) -> &'static str {
    if dom::query(root, "[componentkey]").is_some() {
        "sdui-2026"
    } else if dom::query(root, "[data-sdui-screen], [data-view-name='pending-invitation']").is_some() {
        "sdui-2025"
    } else if dom::query(root, "[id^='ember'], .artdeco-list__item, .invitation-card").is_some() {
        "ember"
    } else {
        "unknown"
    }
}

/// How many cards are expected to show a part.
enum Expect {
    Every,
    Some,
    None,
}

fn part(id: &str, n: Option<usize>, of: Option<usize>) -> Part {
    let count = |v: usize| u32::try_from(v).unwrap_or(u32::MAX);
    Part { id: id.to_string(), n: n.map(count), of: of.map(count) }
}

/// The invitation cards near the viewport ([`crate::features::received::near_viewport`],
/// where the received feature reads them) and the parts each was read with. Where the
/// feature has marked cards (`data-nf-seen`), those are the cards the adapter found,
/// and their parts are what the feature read ([`card_read`]); a card read by no one
/// yet is read here. Else (the feature is off, or has not run yet) the adapter looks
/// for cards itself, in the same band: a long list read whole was a long task on every
/// probe.
fn cards_and_parts(root: &Element, band: &dom::Band) -> (Vec<Element>, Vec<u8>) {
    let seen = crate::features::received::SEEN;
    let marked: Vec<Element> = dom::query_all(root, &format!("[{seen}]"));
    if marked.is_empty() {
        let candidates = received::card_candidates(root);
        let cards = received::cards_at(candidates.get(band.run_of(&candidates, received::Candidate::element)).unwrap_or_default());
        let parts = cards.iter().filter_map(received::read_card).map(|c| card_parts(&c.invitation)).collect();
        return (cards, parts);
    }
    let parts = marked
        .iter()
        .filter_map(|card| {
            let known = card.get_attribute(seen).as_deref().and_then(fingerprint_key).and_then(|k| READ.with(|r| r.borrow().get(&k).copied()));
            known.or_else(|| received::read_card(card).map(|c| card_parts(&c.invitation)))
        })
        .collect();
    (marked, parts)
}

/// The parts found and missing on a page of `kind`. Only what a page of that kind is
/// expected to show counts as missing; what depends on the user (an open dialog, a
/// message box, a Connect button on a profile they are connected to) is only found.
pub fn look(root: &Element, kind: PageKind) -> (Vec<Part>, Vec<Part>) {
    let mut found = Vec::new();
    let mut missing = Vec::new();
    look_cards(root, kind, &mut found, &mut missing);
    look_controls(root, kind, &mut found, &mut missing);
    (found, missing)
}

/// [`look`]'s first half: the received invitations.
fn look_cards(root: &Element, kind: PageKind, found: &mut Vec<Part>, missing: &mut Vec<Part>) {
    if kind.shows_received_invitations() {
        let band = crate::features::received::near_viewport();
        let (cards, parts) = cards_and_parts(root, &band);
        let total = parts.len();
        if total > 0 {
            found.push(part("cards", Some(total), None));
            for (bit, (id, expect)) in PER_CARD.iter().enumerate() {
                let n = parts.iter().filter(|&&p| p & (1 << bit) != 0).count();
                if n > 0 {
                    found.push(part(id, Some(n), Some(total)));
                }
                let short = match expect {
                    Expect::Every => n < total,
                    Expect::Some => n == 0 && total >= 2,
                    Expect::None => false,
                };
                if short {
                    missing.push(part(id, Some(total - n), Some(total)));
                }
            }
        }
        if received::shows_empty_state(root) {
            found.push(part("empty-state", None, None));
        }
        // Cards are read near the viewport only (the rest when the user scrolls to
        // them): a row elsewhere is not unread, only not reached yet.
        let unreadable = received::unreadable_rows_besides(root, &cards, |row| band.holds(row));
        if unreadable > 0 {
            missing.push(part("unread", Some(unreadable), None));
        }
        // The invitation manager always shows invitations or says there are none;
        // /mynetwork/ may show no preview at all.
        if kind == PageKind::ReceivedInvitations && total == 0 && unreadable == 0 && !received::shows_empty_state(root) {
            missing.push(part("card-list", None, None));
        }
    }

}

/// [`look`]'s second half: the top card, Connect controls, the invite dialog and the
/// message box.
fn look_controls(root: &Element, kind: PageKind, found: &mut Vec<Part>, missing: &mut Vec<Part>) {
    if kind == PageKind::Profile {
        if invite::page_person().is_some() {
            found.push(part("top-card", None, None));
        } else {
            missing.push(part("top-card", None, None));
        }
    }
    if matches!(kind, PageKind::Profile | PageKind::Search | PageKind::MyNetwork) {
        let connects = invite::count_connects(root);
        if connects > 0 {
            found.push(part("connect", Some(connects), None));
        }
    }

    // LinkedIn's invite dialog can be open on any page the core runs on.
    if let Some(dialog) = invite::dialogs_in(root).first().map(invite::read_dialog) {
        found.push(part("invite-dialog", None, None));
        if dialog.note_box.is_some() {
            found.push(part("note-box", None, None));
            if dialog.limit.is_some() {
                found.push(part("note-limit", None, None));
            } else {
                missing.push(part("note-limit", None, None));
            }
        }
        let sends = dialog.send.is_some() || dialog.send_without_note.is_some();
        if sends {
            found.push(part("send", None, None));
        } else if matches!(dialog.stage, invite::Stage::Note | invite::Stage::AskNote) {
            missing.push(part("send", None, None));
        }
        if dialog.stage == invite::Stage::Unknown {
            missing.push(part("dialog-stage", None, None));
        }
    }
    if dom::document().is_some_and(|d| messaging::open_composer(&d, None).is_some()) {
        found.push(part("composer", None, None));
    }
}
