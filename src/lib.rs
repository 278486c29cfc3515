//! NoteFirst's browser side: the entry points the extension's loader calls
//! (`start`, `navigate`, `scan`), the DOM adapters (one per LinkedIn surface), the
//! features that join adapters to the pure core (`notefirst_core`), and the in-page UI.

// Public for the browser tests in tests/ (wasm-bindgen-test); the extension's only
// interface is the #[wasm_bindgen] functions below.
pub mod adapters;
pub mod app;
pub mod diagnostics;
pub mod dom;
pub mod features;
pub mod history_feed;
pub mod settings_bridge;
pub mod ui;
#[cfg(feature = "bench")]
mod bench_entry; // ./build.sh bench only (tests/bench/)

use notefirst_core::PageKind;
use wasm_bindgen::prelude::*;
use web_sys::Element;

/// How long one call may spend on queued cards when the loader gives no budget (the
/// first call, at start or navigation): one piece of work at least is always done (a
/// card, or a piece of the core's compiling before the first card).
const FIRST_SLICE_MS: f64 = 8.0;

/// What `start`, `navigate` and `scan` tell the loader about the cards they leave
/// queued (see `features::received::work`).
const NOTHING_LEFT: u8 = 0;
/// Cards are left that may be near the viewport: call `scan` again soon.
const WORK_NOW: u8 = 1;
/// Every card left is far from the viewport: call `scan` again when the page scrolls.
const WORK_ON_SCROLL: u8 = 2;

/// Starts the core on a page: marks `<html data-nf-active>` with the flavour that
/// loaded ("wasm" or "js") and starts on what the page already shows. Returns what is
/// left, as `navigate` does.
#[wasm_bindgen]
pub fn start(flavour: &str, href: &str) -> u8 {
    std::panic::set_hook(Box::new(|info| {
        app::report_once(app::current_feature(), &format!("internal error: {info}"));
    }));
    let Some(document) = dom::document() else { return NOTHING_LEFT };
    if let Some(html) = document.document_element() {
        let flavour = if flavour == "js" { "js" } else { "wasm" };
        let _ = html.set_attribute("data-nf-active", flavour);
    }
    navigate(href)
}

/// LinkedIn moved to another URL (single-page navigation): re-read the whole page.
/// The invitation cards found are queued and handled a few at a time, in document
/// order, those near the viewport only (a page of 500 kept the main thread for a whole
/// second in one task; one of 5,000 took a minute in slices). Returns what is left for
/// the loader's next `scan`: `NOTHING_LEFT`, `WORK_NOW` or `WORK_ON_SCROLL`.
#[wasm_bindgen]
pub fn navigate(href: &str) -> u8 {
    let kind = PageKind::from_path(href);
    app::set_page(kind);
    features::received::clear_queue();
    let Some(root) = dom::document().and_then(|d| d.document_element()) else { return NOTHING_LEFT };
    scan_element(&root);
    work(FIRST_SLICE_MS)
}

/// What the loader's pre-filter (extension/content/loader.js) needs to know, kept
/// coarse so that it never drops a change that matters, as
/// `[around, containers, hints, words]`:
/// - a change of text alone, or a removal, matters only inside an element `around`
///   selects (a card already handled, a dialog, a control whose words may be Accept's);
/// - an added element matters only if the card container it is in (`containers`, else
///   the element itself) is or holds what `hints` selects (an aria-label with one of
///   Accept's words, a dialog or its hints), is inside what `around` selects (a dialog
///   among them), or has one of `words` (a regular expression, ASCII letters, to match
///   ignoring case) in its text. That is where `received::find_cards` and
///   `invite::dialogs_in` look.
///
/// Attributes were never observed.
#[wasm_bindgen]
pub fn watched() -> js_sys::Array {
    use adapters::{invite, received};
    let labels = received::accept_labels_selector();
    [
        format!("[{}], {}, {}", features::received::SEEN, invite::DIALOGS, received::CONTROLS),
        received::CARD_CONTAINERS.to_string(),
        format!("{labels}, {}, {}", invite::DIALOG_HINTS, invite::DIALOGS),
        notefirst_core::card_text::ACCEPT_WORDS.join("|"),
    ]
    .iter()
    .map(|s| JsValue::from_str(s))
    .collect()
}

/// Handles the nodes that changed since the loader's last batch, then queued cards
/// near the viewport for at most `budget_ms` (one piece of work at least). Returns what
/// is left, as `navigate` does, so that the loader calls again soon (even with no
/// nodes), or when the page scrolls.
#[wasm_bindgen]
pub fn scan(nodes: js_sys::Array, budget_ms: f64) -> u8 {
    for node in nodes.iter() {
        let Ok(node) = node.dyn_into::<web_sys::Node>() else { continue };
        // Detached nodes (removed since) and our own widgets need nothing.
        if !node.is_connected() {
            continue;
        }
        if let Some(el) = dom::element_of(&node) {
            if el.closest("nf-card-ui, [data-nf-badge]").ok().flatten().is_some() {
                continue;
            }
            scan_element(&el);
        }
    }
    work(budget_ms)
}

/// Handles queued cards for `budget_ms`; what is left.
fn work(budget_ms: f64) -> u8 {
    use features::received::Work;
    let Some(document) = dom::document() else { return NOTHING_LEFT };
    let budget = if budget_ms.is_finite() { budget_ms.clamp(0.0, 50.0) } else { FIRST_SLICE_MS };
    match features::received::work(&document, js_sys::Date::now() + budget) {
        Work::Done => NOTHING_LEFT,
        Work::Now => WORK_NOW,
        Work::OnScroll => WORK_ON_SCROLL,
    }
}

/// A click or key press anywhere on the page, seen before LinkedIn's own handlers
/// (the loader listens in the capture phase on `window`). Returns whether NoteFirst
/// held it back to warn about an invitation about to leave with no note.
#[wasm_bindgen]
pub fn intercept(event: web_sys::Event) -> bool {
    app::guard("outgoing-invitation", || features::outgoing::intercept(&event))
}

fn scan_element(el: &Element) {
    let Some(document) = dom::document() else { return };
    if app::page().shows_received_invitations() && app::received_feature_on() {
        features::received::queue(el);
    }
    // LinkedIn's invite dialog can open on any page the core runs on.
    features::outgoing::scan(&document, el);
}
