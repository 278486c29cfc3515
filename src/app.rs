//! The running core inside a page: which surface this is, the user's settings, and
//! the guard that keeps one failing card or widget from stopping the others.

use notefirst_core::settings::Settings;
use notefirst_core::{Me, NoteTemplate, PageKind, ReplyTemplate, ScoringConfig};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

thread_local! {
    static PAGE: Cell<PageKind> = const { Cell::new(PageKind::Other) };
    // The user's settings (defaults until the loader calls `configure`), and the
    // in-page UI's language and strings (English built in until then).
    static SETTINGS: RefCell<Rc<Settings>> = RefCell::new(Rc::new(Settings::default()));
    static LANG: RefCell<String> = RefCell::new(String::from("en"));
    static STRINGS: RefCell<HashMap<String, String>> = RefCell::new(HashMap::new());
    static FEATURE: Cell<&'static str> = const { Cell::new("startup") };
    static REPORTED: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

pub fn page() -> PageKind {
    PAGE.with(Cell::get)
}

pub fn set_page(kind: PageKind) {
    PAGE.with(|p| p.set(kind));
    // A new page visit for the diagnostics (the options page's list of what matched).
    crate::diagnostics::navigated(kind);
}

pub fn scoring_config() -> ScoringConfig {
    settings().scoring_config()
}

/// The user as they sign their messages (name, sign-off); empty until configured.
pub fn me() -> Me {
    settings().me()
}

/// The user's settings, as last configured.
pub fn settings() -> Rc<Settings> {
    SETTINGS.with(|s| s.borrow().clone())
}

pub fn set_settings(settings: Settings) {
    SETTINGS.with(|s| *s.borrow_mut() = Rc::new(settings));
}

/// The user's own note templates (offered before the built-ins).
pub fn note_templates() -> Vec<NoteTemplate> {
    settings().note_templates()
}

/// The user's own reply templates.
pub fn reply_templates() -> Vec<ReplyTemplate> {
    settings().reply_templates()
}

/// The note limit in force, given the limit LinkedIn's counter shows (if any): the
/// account type the user chose, or the detected one.
pub fn note_limit(detected: Option<usize>) -> usize {
    settings().note_limit(detected)
}

/// Whether a feature is on: "badges", "replies", "warning", "noteHelper", "history".
pub fn feature_on(id: &str) -> bool {
    settings().features.get(id).unwrap_or(true)
}

/// Whether anything on received invitations is on (badges, replies, or the history,
/// which records what the badges assessed).
pub fn received_feature_on() -> bool {
    let f = &settings().features;
    f.badges || f.replies || f.history
}

/// The language of the in-page UI: LinkedIn's page language when NoteFirst has it,
/// else the browser's (chosen by the loader).
pub fn lang() -> String {
    LANG.with(|l| l.borrow().clone())
}

pub fn set_locale(lang: &str, strings: HashMap<String, String>) {
    LANG.with(|l| *l.borrow_mut() = lang.to_string());
    STRINGS.with(|s| *s.borrow_mut() = strings);
}

/// The in-page string `key` in the page's language (from the extension's
/// `_locales`), else `english`.
pub fn text(key: &str, english: &str) -> String {
    STRINGS.with(|s| s.borrow().get(key).filter(|m| !m.is_empty()).cloned()).unwrap_or_else(|| english.to_string())
}

/// Like [`text`], with `$1`, `$2`... replaced by `args`.
pub fn text_with(key: &str, english: &str, args: &[&str]) -> String {
    let args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
    notefirst_core::settings::substitute(&text(key, english), &args)
}

/// The feature now running, named in the message should it panic.
pub fn current_feature() -> &'static str {
    FEATURE.with(Cell::get)
}

/// Runs one unit of a feature's work (one card, one dialog), naming it for the panic
/// hook. Work is written not to panic; should it anyway, the hook logs the feature
/// once and the loader contains the failure.
pub fn guard<T>(feature: &'static str, work: impl FnOnce() -> T) -> T {
    let previous = FEATURE.with(|f| f.replace(feature));
    // Feature work is when cards and dialogs arrive: the diagnostics look at the page
    // once it has been quiet a moment (a clock read here, at most one timer).
    crate::diagnostics::activity(feature);
    let result = work();
    FEATURE.with(|f| f.set(previous));
    result
}

/// Logs a problem once per feature.
pub fn report_once(feature: &'static str, message: &str) {
    if first_report(feature) {
        web_sys::console::warn_1(&format!("NoteFirst ({feature}): {message}").into());
    }
}

/// Logs a problem once per feature, with the value it came with (what a callback
/// threw), handed to the console as itself: the shipped module is built without
/// `Debug` output, so formatting it would log nothing.
pub fn report_once_with(feature: &'static str, message: &str, detail: &wasm_bindgen::JsValue) {
    if first_report(feature) {
        web_sys::console::warn_2(&format!("NoteFirst ({feature}): {message}").into(), detail);
    }
}

/// Whether `feature` has reported nothing yet (and now has).
fn first_report(feature: &'static str) -> bool {
    REPORTED.with(|r| {
        let mut r = r.borrow_mut();
        if r.contains(&feature) {
            false
        } else {
            r.push(feature);
            true
        }
    })
}
