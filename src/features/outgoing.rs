//! Feature: never send a blank invitation.
//!
//! **Interception.** The loader forwards every `click` (and `keydown`) from a
//! capture-phase listener on `window`, registered when it starts, so NoteFirst sees
//! the click before any of LinkedIn's handlers (LinkedIn's own listeners sit on the
//! document or its root element). [`intercept`] decides whether the click would send an
//! invitation with no note, or with a note that says nothing:
//! - inside LinkedIn's invite dialog: "Send without a note" / "Send now" / "No" always;
//!   "Send" / "Send invitation" when the note box is missing, empty, or contentless
//!   by the same analysis that scores received invitations (`note::analyse_note`);
//! - a Connect control outside any dialog, only where LinkedIn is expected to send at
//!   once (see "The heuristic" below).
//!
//! When it would, the click is stopped (`preventDefault` + `stopImmediatePropagation`)
//! and the warning opens. `send-anyway` replays the user's own click on the same
//! control, once (`HTMLElement.click()`, with a guard so that the replay is not
//! stopped again); `add-note` fills LinkedIn's note box (opening it first with
//! LinkedIn's own "Add a note" when needed); `cancel` drops the click.
//! Nothing is ever clicked that the user did not choose: Send and Connect are only
//! ever the replay of the user's click.
//!
//! **The heuristic for Connects that send with no dialog.** Which Connect opens the
//! dialog cannot be known before the click. NoteFirst lets a Connect through (and warns
//! later, at the dialog's send step) where LinkedIn has opened its dialog in every era
//! seen: a link to `/preload/custom-invite/`, a profile's top card and its "More
//! actions" menu, people-search results. Everywhere else (People You May Know cards,
//! sidebars, hover cards) it assumes the Connect sends at once and warns at the Connect
//! itself; `add-note` there opens LinkedIn's own note dialog for the person
//! (`/preload/custom-invite/?vanityName=<slug>`), carrying the suggestion across in
//! the tab's `sessionStorage`. The guess is corrected from what LinkedIn does, for the
//! rest of the page's life: a Connect that was let through but sent with no dialog
//! (its label turned "Pending" and no dialog appeared) makes NoteFirst warn at that
//! kind of Connect from then on; a warned Connect that opened a dialog after
//! `send-anyway` makes it stop warning at that kind.
//!
//! **Limits.** Until the core has loaded (a moment after a page starts) clicks pass
//! unchecked. A send triggered by something other than a click or a key on a control
//! (a script, a form submitted by LinkedIn itself) is not seen.

use crate::adapters::invite::{self, DialogControl, Entry, EntryKind, InviteDialog, Quota, Stage};
use crate::ui::{self, note_helper, warning};
use crate::{app, dom};
use notefirst_core::compose::suggest_notes_in;
use notefirst_core::note::analyse_note;
use notefirst_core::{linkedin_len, FoundVia, Me, NoteTemplate, Person};
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, HtmlElement, HtmlTextAreaElement, KeyboardEvent};

const FEATURE: &str = "outgoing-invitation";
/// The limit on free accounts.
const FREE_LIMIT: usize = 200;
const SUGGESTIONS: usize = 3;
/// How long what the page showed around a Connect click is used for the dialog it opens.
const ENTRY_MEMORY_MS: f64 = 120_000.0;
/// After `send-anyway` at a Connect, a dialog it opens is not warned about again.
const BLANK_OK_MS: f64 = 30_000.0;
/// How long `add-note` waits for LinkedIn to open its note box.
const FILL_WAIT_MS: f64 = 8_000.0;
/// How long after a Connect let through a dialog is expected.
const DIALOG_WAIT_MS: i32 = 4_000;
/// `add-note` across a navigation to `/preload/custom-invite/`.
const PENDING_KEY: &str = "notefirst:add-note";
const PENDING_MAX_AGE_MS: f64 = 600_000.0;

/// A note to put in the box once LinkedIn opens it.
#[derive(Clone)]
struct Fill {
    index: usize,
    person: Person,
    /// The limit the suggestions were shown for: the same text goes in if it fits.
    shown_limit: usize,
    until: f64,
}

thread_local! {
    static REPLAYING: Cell<bool> = const { Cell::new(false) };
    static LAST_ENTRY: RefCell<Option<(Entry, f64)>> = const { RefCell::new(None) };
    static BLANK_OK_UNTIL: Cell<f64> = const { Cell::new(0.0) };
    static LIMIT_SEEN: Cell<Option<usize>> = const { Cell::new(None) };
    static QUOTA_SEEN: Cell<Quota> = const { Cell::new(Quota::Unknown) };
    static LEARNED: RefCell<Vec<(EntryKind, bool)>> = const { RefCell::new(Vec::new()) };
    static AWAITING: RefCell<Option<(EntryKind, Element)>> = const { RefCell::new(None) };
    static FILL: RefCell<Option<Fill>> = const { RefCell::new(None) };
    static INSERTED: RefCell<Vec<String>> = const { RefCell::new(Vec::new()) };
}

fn now() -> f64 {
    js_sys::Date::now()
}

fn location_href() -> String {
    web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default()
}

// ----------------------------------------------------------------------------- interception

/// Called for every click and keydown, in the capture phase on `window`, before
/// LinkedIn's handlers. Returns whether the event was held back for a warning.
pub fn intercept(event: &Event) -> bool {
    if REPLAYING.with(Cell::get) || !app::feature_on("warning") {
        return false;
    }
    let is_key = match event.type_().as_str() {
        "click" => false,
        // Only Enter and Space activate a control; every other key costs nothing.
        "keydown" => match event.dyn_ref::<KeyboardEvent>() {
            Some(key) if matches!(key.key().as_str(), "Enter" | " " | "Spacebar") && !key.repeat() => true,
            _ => return false,
        },
        _ => return false,
    };
    let Some(outer) = ui::as_element(event.target()) else { return false };
    if dom::is_ours(&outer) || dom::closest(&outer, "nf-warning, nf-note-helper").is_some() {
        return false;
    }
    // The element itself, should the page keep controls in shadow roots of its own.
    let target = event.composed_path().get(0).dyn_into::<Element>().unwrap_or(outer);
    let Some(control) = invite::control_of(&target) else { return false };
    if !is_key {
        remember_path(&control);
    }
    // Buttons, links and inputs turn those keys into a click, which is checked then.
    if is_key && dom::matches(&control, "button, a[href], input") {
        return false;
    }
    if invite::is_disabled(&control) {
        return false;
    }
    let Some(document) = dom::document() else { return false };
    let Some(plan) = decide(&control) else { return false };
    if show(&document, &control, plan) {
        event.prevent_default();
        event.stop_immediate_propagation();
        return true;
    }
    false
}

enum Plan {
    Dialog { dialog: InviteDialog, reason: warning::Reason },
    Connect { entry: Entry },
}

fn decide(control: &Element) -> Option<Plan> {
    if let Some(root) = invite::dialog_of(control) {
        let dialog = invite::read_dialog(&root);
        remember_dialog(&dialog);
        if dialog.stage == Stage::WeeklyLimit {
            return None;
        }
        let reason = match (invite::dialog_control(control), &dialog.note_box) {
            // With the note box open, any send sends what it holds (the older dialog
            // labels its note's Send "Send now" too).
            (DialogControl::SendWithoutNote | DialogControl::Send, Some(_)) => {
                let note = dialog.note();
                if !note_needs_warning(&note) {
                    return None;
                }
                if note.trim().is_empty() {
                    warning::Reason::NoNote
                } else {
                    warning::Reason::Contentless
                }
            }
            (DialogControl::SendWithoutNote | DialogControl::Send, None) => warning::Reason::NoNote,
            (DialogControl::AddNote | DialogControl::Other, _) => return None,
        };
        if now() < BLANK_OK_UNTIL.with(Cell::get) {
            return None;
        }
        return Some(Plan::Dialog { dialog, reason });
    }
    if !invite::is_connect(control) {
        return None;
    }
    let mut entry = invite::read_entry(control, &location_href());
    if entry.person.found_via == FoundVia::Profile {
        if let Some(found) = entry.slug.as_deref().and_then(path_memory) {
            entry.person.found_via = found;
        }
    }
    LAST_ENTRY.with(|e| *e.borrow_mut() = Some((entry.clone(), now())));
    if opens_dialog(&entry) {
        expect_dialog(control, entry.kind);
        return None;
    }
    Some(Plan::Connect { entry })
}

/// Whether a note is as good as none: empty, or contentless by the note analysis.
/// A note NoteFirst itself put in the box is the user's accepted suggestion.
pub fn note_needs_warning(note: &str) -> bool {
    if INSERTED.with(|i| i.borrow().iter().any(|t| t == note.trim())) {
        return false;
    }
    note.trim().is_empty() || analyse_note(note).contentless
}

/// Records a note NoteFirst put in a box (so that sending it is not questioned).
pub fn note_inserted(text: &str) {
    INSERTED.with(|i| {
        let mut i = i.borrow_mut();
        i.push(text.trim().to_string());
        let excess = i.len().saturating_sub(20);
        i.drain(..excess);
    });
}

fn opens_dialog(entry: &Entry) -> bool {
    let learned = LEARNED.with(|l| l.borrow().iter().find(|(k, _)| *k == entry.kind).map(|(_, opens)| *opens));
    learned.unwrap_or_else(|| entry.opens_dialog())
}

fn learn(kind: EntryKind, opens: bool) {
    LEARNED.with(|l| {
        let mut l = l.borrow_mut();
        l.retain(|(k, _)| *k != kind);
        l.push((kind, opens));
    });
}

/// A Connect was let through (or replayed): a dialog should follow. If none does and
/// the control now says "Pending", that kind of Connect sends at once: learn it.
fn expect_dialog(control: &Element, kind: EntryKind) {
    AWAITING.with(|a| *a.borrow_mut() = Some((kind, control.clone())));
    let control = control.clone();
    let check = Closure::once_into_js(move || {
        app::guard(FEATURE, || {
            let still_waiting = AWAITING.with(|a| a.borrow().as_ref().is_some_and(|(_, c)| c == &control));
            if !still_waiting {
                return;
            }
            AWAITING.with(|a| a.borrow_mut().take());
            let now_pending = invite::is_pending_label(&invite::label_of(&control))
                || dom::query_all(&control, "span").iter().any(|s| invite::is_pending_label(&s.text_content().unwrap_or_default()));
            if now_pending {
                learn(kind, false);
                app::report_once(FEATURE, &format!("a '{}' Connect sent with no dialog; NoteFirst now warns at that Connect", kind.id()));
            }
        });
    });
    if let Some(window) = web_sys::window() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(check.unchecked_ref(), DIALOG_WAIT_MS);
    }
}

fn remember_dialog(dialog: &InviteDialog) {
    if let Some(limit) = dialog.limit {
        LIMIT_SEEN.with(|l| l.set(Some(limit)));
    }
    if dialog.quota != Quota::Unknown {
        QUOTA_SEEN.with(|q| q.set(dialog.quota));
    }
}

fn quota_now(dialog: Option<&InviteDialog>) -> Quota {
    match dialog.map(|d| d.quota) {
        Some(q) if q != Quota::Unknown => q,
        _ => QUOTA_SEEN.with(Cell::get),
    }
}

/// The note limit: the one the dialog shows; else the one seen earlier on this page, or
/// the free accounts' when a quota shows, as the account type in the settings allows
/// (undetected, the smaller limit: a note that fits 200 fits everywhere).
fn limit_now(dialog: Option<&InviteDialog>) -> usize {
    if let Some(shown) = dialog.and_then(|d| d.limit) {
        return shown;
    }
    let detected = LIMIT_SEEN.with(Cell::get).or((quota_now(dialog) != Quota::Unknown).then_some(FREE_LIMIT));
    app::note_limit(detected)
}

fn mode_for(quota: Quota) -> warning::Mode {
    match quota {
        Quota::Unknown => warning::Mode::Normal,
        Quota::Remaining(n) => warning::Mode::Quota { remaining: Some(n) },
        Quota::Exhausted => warning::Mode::Quota { remaining: None },
    }
}

// ----------------------------------------------------------------------------- the warning

fn show(document: &Document, control: &Element, plan: Plan) -> bool {
    match plan {
        Plan::Dialog { dialog, reason } => {
            let person = person_for_dialog(&dialog);
            let limit = limit_now(Some(&dialog));
            let quota = quota_now(Some(&dialog));
            let suggestions = suggestions(&person, limit);
            let spec = warning::Spec {
                reason,
                mode: mode_for(quota),
                first_name: first_name(&person),
                suggestions,
                limit,
                can_add_note: (dialog.note_box.is_some() || dialog.add_note.is_some()) && quota != Quota::Exhausted,
                at: "dialog",
            };
            let root = dialog.root.clone();
            let clicked = control.clone();
            let on_choice = Box::new(move |choice| app::guard(FEATURE, || on_dialog_choice(choice, &root, &clicked, person, limit)));
            warning::open(document, spec, warning::Placement::InDialog(dialog.root.clone()), Some(control.clone()), on_choice).is_some()
        }
        Plan::Connect { entry } => {
            let limit = limit_now(None);
            let quota = quota_now(None);
            let spec = warning::Spec {
                reason: warning::Reason::NoNote,
                mode: mode_for(quota),
                first_name: first_name(&entry.person),
                suggestions: suggestions(&entry.person, limit),
                limit,
                can_add_note: entry.slug.is_some() && quota != Quota::Exhausted,
                at: "connect",
            };
            let clicked = control.clone();
            let on_choice = Box::new(move |choice| app::guard(FEATURE, || on_connect_choice(choice, &clicked, entry, limit)));
            warning::open(document, spec, warning::Placement::Near(control.clone()), Some(control.clone()), on_choice).is_some()
        }
    }
}

fn on_dialog_choice(choice: warning::Choice, root: &Element, clicked: &Element, person: Person, shown_limit: usize) {
    match choice {
        warning::Choice::AddNote(index) => {
            let dialog = invite::read_dialog(root);
            if let Some(textarea) = &dialog.note_box {
                let text = fitting_suggestion(&person, index, shown_limit, limit_now(Some(&dialog)));
                fill(textarea, &text);
                return;
            }
            if let Some(add_note) = &dialog.add_note {
                FILL.with(|f| *f.borrow_mut() = Some(Fill { index, person, shown_limit, until: now() + FILL_WAIT_MS }));
                // LinkedIn's own "Add a note" opens its note box; the note goes in once it is there.
                click(add_note);
                rescan();
            }
        }
        warning::Choice::SendAnyway => click(clicked),
        warning::Choice::Cancel => {}
    }
}

fn on_connect_choice(choice: warning::Choice, clicked: &Element, entry: Entry, shown_limit: usize) {
    match choice {
        warning::Choice::AddNote(index) => {
            let Some(slug) = entry.slug.clone() else { return };
            save_pending(&slug, index, shown_limit, &entry.person);
            let url = format!("/preload/custom-invite/?vanityName={}", String::from(js_sys::encode_uri_component(&slug)));
            if let Some(window) = web_sys::window() {
                let _ = window.location().assign(&url);
            }
        }
        warning::Choice::SendAnyway => {
            BLANK_OK_UNTIL.with(|b| b.set(now() + BLANK_OK_MS));
            expect_dialog(clicked, entry.kind);
            click(clicked);
            // If that Connect opened a dialog after all, this kind is let through from now on.
            let opened = dom::document().and_then(|d| d.document_element()).is_some_and(|r| !invite::dialogs_in(&r).is_empty());
            if opened {
                AWAITING.with(|a| a.borrow_mut().take());
                learn(entry.kind, true);
            }
        }
        warning::Choice::Cancel => {}
    }
}

/// Activates a control as the user's own click would, without stopping it again.
fn click(control: &Element) {
    let Some(el) = control.dyn_ref::<HtmlElement>() else { return };
    REPLAYING.with(|r| r.set(true));
    el.click();
    REPLAYING.with(|r| r.set(false));
}

fn fill(textarea: &HtmlTextAreaElement, text: &str) {
    note_inserted(text);
    note_helper::set_note(textarea, text);
}

// ----------------------------------------------------------------------------- the person and the notes

fn names_match(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => {
            let first = |s: &str| s.split_whitespace().next().unwrap_or_default().to_lowercase();
            first(a) == first(b)
        }
        _ => true,
    }
}

/// What is known about the person a dialog is for: what the page showed around the
/// Connect that opened it, else the profile behind it, else the name it prints.
fn person_for_dialog(dialog: &InviteDialog) -> Person {
    let name = dialog.person_name.as_deref();
    let recent = LAST_ENTRY.with(|e| {
        e.borrow().as_ref().filter(|(_, at)| now() - at < ENTRY_MEMORY_MS).map(|(entry, _)| entry.person.clone())
    });
    if let Some(person) = recent.filter(|p| names_match(p.full_name.as_deref(), name)) {
        return person;
    }
    let mut person = invite::page_person().filter(|p| names_match(p.full_name.as_deref(), name)).unwrap_or_default();
    if name.is_some() {
        person.full_name = name.map(str::to_string);
    }
    let href = location_href();
    let slug = invite::vanity_name(&href).or_else(|| slug_of(&href));
    person.found_via = slug.as_deref().and_then(path_memory).unwrap_or(FoundVia::Profile);
    person
}

fn slug_of(href: &str) -> Option<String> {
    let path = notefirst_core::card_text::profile_path(href)?;
    Some(path.trim_start_matches("/in/").trim_end_matches('/').to_string())
}

// ----------------------------------------------------------------------------- the user's path

/// Where the user came from, per profile, for this tab: a search's keywords.
const PATH_KEY: &str = "notefirst:found-via";
const PATH_MAX: usize = 50;

/// A click on a profile link in people-search results: remembers the search, so that
/// a note written on that profile can say "I found your profile through a search".
fn remember_path(control: &Element) {
    let href = location_href();
    if !href.contains("/search/results/") {
        return;
    }
    let Some(keywords) = invite::query_param(&href, "keywords").filter(|k| !k.trim().is_empty()) else { return };
    let Some(slug) = dom::attr(control, "href").and_then(|h| slug_of(&h)) else { return };
    let Some(storage) = session_storage() else { return };
    let map = storage
        .get_item(PATH_KEY)
        .ok()
        .flatten()
        .and_then(|json| js_sys::JSON::parse(&json).ok())
        .filter(JsValue::is_object)
        .map(js_sys::Object::from)
        .unwrap_or_default();
    let keys = js_sys::Object::keys(&map);
    if keys.length() as usize >= PATH_MAX {
        if let Some(oldest) = keys.get(0).as_string() {
            let _ = js_sys::Reflect::delete_property(&map, &JsValue::from_str(&oldest));
        }
    }
    set(&map, &slug, &JsValue::from_str(&keywords));
    if let Some(json) = js_sys::JSON::stringify(&map).ok().and_then(|j| j.as_string()) {
        let _ = storage.set_item(PATH_KEY, &json);
    }
}

/// How the user found the person with this slug, if their path in this tab says.
fn path_memory(slug: &str) -> Option<FoundVia> {
    let json = session_storage()?.get_item(PATH_KEY).ok().flatten()?;
    let map = js_sys::JSON::parse(&json).ok()?;
    get_str(&map, slug).map(|keywords| FoundVia::Search { keywords })
}

fn first_name(person: &Person) -> Option<String> {
    person.first_name.clone().or_else(|| person.full_name.as_deref().and_then(|n| n.split_whitespace().next()).map(str::to_string))
}

/// The user's name, sign-off and note templates (from the options page).
fn user_settings() -> (Me, Vec<NoteTemplate>) {
    (app::me(), app::note_templates())
}

fn page_lang() -> String {
    dom::document()
        .and_then(|d| d.document_element())
        .and_then(|html| html.get_attribute("lang"))
        .unwrap_or_else(|| "en".to_string())
}

/// Up to three suggested notes within `limit`, best first; notes the analysis calls
/// empty (possible with a user's template) come last.
pub fn suggestions(person: &Person, limit: usize) -> Vec<String> {
    let (me, custom) = user_settings();
    let all = suggest_notes_in(&page_lang(), person, &me, &custom, limit);
    let (mut out, rest): (Vec<String>, Vec<String>) =
        all.into_iter().map(|s| s.text).partition(|text| !analyse_note(text).contentless);
    out.extend(rest);
    out.truncate(SUGGESTIONS);
    out
}

fn suggestion_at(person: &Person, index: usize, limit: usize) -> String {
    let all = suggestions(person, limit);
    all.get(index).or_else(|| all.first()).cloned().unwrap_or_default()
}

/// The suggestion the user chose, as shown; recomposed for the box's real limit only
/// if it does not fit it.
fn fitting_suggestion(person: &Person, index: usize, shown_limit: usize, limit: usize) -> String {
    let shown = suggestion_at(person, index, shown_limit);
    if linkedin_len(&shown) <= limit {
        shown
    } else {
        suggestion_at(person, index, limit)
    }
}

// ----------------------------------------------------------------------------- scanning

/// Handles the invite dialogs in or around `scope`: the note helper beside the note
/// box, and a note `add-note` is waiting to put in it.
pub fn scan(document: &Document, scope: &Element) {
    for root in invite::dialogs_in(scope) {
        app::guard(FEATURE, || handle_dialog(document, &root));
    }
}

fn handle_dialog(document: &Document, root: &Element) {
    let dialog = invite::read_dialog(root);
    remember_dialog(&dialog);
    // The Connect let through did open the dialog, as expected.
    if let Some((kind, _)) = AWAITING.with(|a| a.borrow_mut().take()) {
        learn(kind, true);
    }
    match dialog.stage {
        Stage::Note => {
            let Some(textarea) = dialog.note_box.clone() else { return };
            let fill_now = FILL.with(|f| f.borrow_mut().take()).filter(|f| now() < f.until);
            if let Some(pending) = fill_now.or_else(|| take_pending(&dialog)) {
                let text = fitting_suggestion(&pending.person, pending.index, pending.shown_limit, limit_now(Some(&dialog)));
                fill(&textarea, &text);
            }
            if app::feature_on("noteHelper") {
                ensure_helper(document, &dialog, &textarea);
            }
        }
        Stage::AskNote => {
            if let (Some(add_note), Some(pending)) = (dialog.add_note.clone(), take_pending(&dialog)) {
                FILL.with(|f| *f.borrow_mut() = Some(Fill { until: now() + FILL_WAIT_MS, ..pending }));
                click(&add_note);
                rescan();
            }
        }
        _ => {}
    }
}

/// Looks at the page again at once: LinkedIn may have rendered the note box during the
/// click, before any observer runs (or before the loader's observer has started).
fn rescan() {
    if let Some(document) = dom::document() {
        if let Some(root) = document.document_element() {
            scan(&document, &root);
        }
    }
}

fn ensure_helper(document: &Document, dialog: &InviteDialog, textarea: &HtmlTextAreaElement) {
    if let Some(host) = note_helper::helper_for(textarea) {
        if host.is_connected() {
            return;
        }
    }
    let limit = limit_now(Some(dialog));
    let person = person_for_dialog(dialog);
    let suggestions = suggestions(&person, limit);
    // After the box's own wrapper (which may hold LinkedIn's counter), unless that
    // wrapper is the whole dialog.
    let area: &Element = textarea.as_ref();
    let anchor = area
        .parent_element()
        .filter(|p| p != &dialog.root && dom::query(p, "button").is_none() && dom::query_all(p, "textarea").len() == 1)
        .unwrap_or_else(|| area.clone());
    note_helper::attach(document, textarea, &anchor, limit, &suggestions);
}

// ----------------------------------------------------------------------------- add-note across a navigation

fn set(obj: &js_sys::Object, key: &str, value: &JsValue) {
    let _ = js_sys::Reflect::set(obj, &JsValue::from_str(key), value);
}

fn get_str(obj: &JsValue, key: &str) -> Option<String> {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).ok()?.as_string().filter(|s| !s.is_empty())
}

fn get_num(obj: &JsValue, key: &str) -> Option<f64> {
    js_sys::Reflect::get(obj, &JsValue::from_str(key)).ok()?.as_f64()
}

fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

/// Keeps what `add-note` needs for `/preload/custom-invite/?vanityName=<slug>`: the
/// person as the card showed them, and which suggestion the user chose.
fn save_pending(slug: &str, index: usize, shown_limit: usize, person: &Person) {
    let obj = js_sys::Object::new();
    set(&obj, "slug", &JsValue::from_str(slug));
    set(&obj, "index", &JsValue::from_f64(index as f64));
    set(&obj, "limit", &JsValue::from_f64(shown_limit as f64));
    set(&obj, "at", &JsValue::from_f64(now()));
    let text = |v: &Option<String>| v.as_deref().map(JsValue::from_str).unwrap_or(JsValue::NULL);
    set(&obj, "name", &text(&person.full_name));
    set(&obj, "headline", &text(&person.headline));
    set(&obj, "reason", &text(&person.suggested_reason));
    set(&obj, "mutual", &JsValue::from_str(&person.mutual_names.join("\n")));
    if let Some(count) = person.mutual_count {
        set(&obj, "count", &JsValue::from_f64(f64::from(count)));
    }
    let (via, keywords) = match &person.found_via {
        FoundVia::PeopleYouMayKnow => ("pymk", String::new()),
        FoundVia::Search { keywords } => ("search", keywords.clone()),
        FoundVia::Post { title } => ("post", title.clone()),
        FoundVia::Profile => ("profile", String::new()),
        FoundVia::Unknown => ("", String::new()),
    };
    set(&obj, "via", &JsValue::from_str(via));
    set(&obj, "detail", &JsValue::from_str(&keywords));
    let Ok(json) = js_sys::JSON::stringify(&obj) else { return };
    if let (Some(storage), Some(json)) = (session_storage(), json.as_string()) {
        let _ = storage.set_item(PENDING_KEY, &json);
    }
}

/// Takes the pending `add-note` for this page's person, if there is one.
fn take_pending(dialog: &InviteDialog) -> Option<Fill> {
    let storage = session_storage()?;
    let json = storage.get_item(PENDING_KEY).ok().flatten()?;
    let obj = js_sys::JSON::parse(&json).ok()?;
    let slug = get_str(&obj, "slug")?;
    let fresh = get_num(&obj, "at").is_some_and(|at| now() - at < PENDING_MAX_AGE_MS);
    let href = location_href();
    let here = invite::vanity_name(&href).or_else(|| {
        notefirst_core::card_text::profile_path(&href).map(|p| p.trim_start_matches("/in/").trim_end_matches('/').to_string())
    });
    if !fresh {
        let _ = storage.remove_item(PENDING_KEY);
        return None;
    }
    if here.as_deref() != Some(slug.as_str()) {
        return None;
    }
    let _ = storage.remove_item(PENDING_KEY);
    let mut person = Person {
        full_name: get_str(&obj, "name").or_else(|| dialog.person_name.clone()),
        headline: get_str(&obj, "headline"),
        suggested_reason: get_str(&obj, "reason"),
        mutual_names: get_str(&obj, "mutual").map(|m| m.lines().map(str::to_string).collect()).unwrap_or_default(),
        mutual_count: get_num(&obj, "count").map(|c| c as u32),
        ..Person::default()
    };
    let detail = get_str(&obj, "detail").unwrap_or_default();
    person.found_via = match get_str(&obj, "via").as_deref() {
        Some("pymk") => FoundVia::PeopleYouMayKnow,
        Some("search") => FoundVia::Search { keywords: detail },
        Some("post") => FoundVia::Post { title: detail },
        Some("profile") => FoundVia::Profile,
        _ => FoundVia::Unknown,
    };
    let index = get_num(&obj, "index").map_or(0, |i| i as usize);
    let shown_limit = get_num(&obj, "limit").map_or(FREE_LIMIT, |l| l as usize);
    // The helper on that page offers the same notes.
    let entry = Entry { kind: EntryKind::InviteLink, person: person.clone(), slug: Some(slug), invite_link: true, matched: vec!["person:pending"] };
    LAST_ENTRY.with(|e| *e.borrow_mut() = Some((entry, now())));
    Some(Fill { index, person, shown_limit, until: now() + FILL_WAIT_MS })
}
