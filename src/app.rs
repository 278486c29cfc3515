//! The running core inside a page: which surface this is, the user's settings, and
//! the guard that keeps one failing card or widget from stopping the others.

use notefirst_core::{Me, PageKind, ScoringConfig};
use std::cell::{Cell, RefCell};

thread_local! {
    static PAGE: Cell<PageKind> = const { Cell::new(PageKind::Other) };
    static SCORING: RefCell<ScoringConfig> = RefCell::new(ScoringConfig::default());
    static FEATURE: Cell<&'static str> = const { Cell::new("startup") };
    static REPORTED: RefCell<Vec<&'static str>> = const { RefCell::new(Vec::new()) };
}

pub fn page() -> PageKind {
    PAGE.with(Cell::get)
}

pub fn set_page(kind: PageKind) {
    PAGE.with(|p| p.set(kind));
}

pub fn scoring_config() -> ScoringConfig {
    SCORING.with(|s| s.borrow().clone())
}

/// The user as they sign their messages (name, sign-off); empty until configured.
pub fn me() -> Me {
    Me::default()
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
    let result = work();
    FEATURE.with(|f| f.set(previous));
    result
}

/// Logs a problem once per feature.
pub fn report_once(feature: &'static str, message: &str) {
    let first = REPORTED.with(|r| {
        let mut r = r.borrow_mut();
        if r.contains(&feature) {
            false
        } else {
            r.push(feature);
            true
        }
    });
    if first {
        web_sys::console::warn_1(&format!("NoteFirst ({feature}): {message}").into());
    }
}
