//! Feeds the local history of received invitations (see `notefirst_core::history`).
//!
//! Two events, each handed to the callback the loader registers with [`on_history`],
//! which writes the record to `storage.local`:
//! - `seen`: the received-invitations feature assessed a card (called from there);
//!   sent again only when what the card shows changes.
//! - `accepted` / `ignored`: the user clicked LinkedIn's Accept or Ignore. The loader's
//!   capture-phase click listener on `window` passes every click to [`history_click`]
//!   before the page sees it (the card is still whole: LinkedIn replaces it right
//!   after), which reads the card and reports it. It only ever reads: it never
//!   prevents, stops or changes the click, and ignores synthetic (untrusted) clicks.
//!
//! A callback rather than a DOM event: an event dispatched on the page would tell
//! LinkedIn's own scripts who the user looked at and what they decided.

use std::cell::RefCell;
use std::collections::HashMap;

use notefirst_core::card_text::{self, InvitationControl};
use notefirst_core::history::{Event, EventKind};
use notefirst_core::{assess, Assessment, Invitation};
use serde::Serialize;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::Element;

use crate::adapters::received;
use crate::{app, dom};

const FEATURE: &str = "history";
/// The controls that may be Accept or Ignore (as the received adapter reads them).
const CONTROLS: &str = "button, a[aria-label], a[role='button']";

/// What an event said about a card: kind, band, score, note.
type Sent = (EventKind, &'static str, u8, bool);

thread_local! {
    static SINK: RefCell<Option<js_sys::Function>> = const { RefCell::new(None) };
    /// What was last reported per record key, so unchanged cards are not re-sent.
    static SENT: RefCell<HashMap<String, Sent>> = RefCell::new(HashMap::new());
}

#[derive(Serialize)]
struct Outgoing<'a> {
    key: String,
    #[serde(flatten)]
    event: &'a Event,
}

/// Registers the function that stores history events (`{key, kind, name, path, band,
/// score, note}`).
#[wasm_bindgen]
pub fn on_history(callback: js_sys::Function) {
    SINK.with(|s| *s.borrow_mut() = Some(callback));
}

/// A click anywhere on the page, seen in the capture phase: records Accept or Ignore
/// on a received invitation. Never changes the click.
#[wasm_bindgen]
pub fn history_click(event: web_sys::Event) {
    app::guard(FEATURE, || on_click(&event));
}

fn event_of(kind: EventKind, inv: &Invitation, a: &Assessment) -> Event {
    Event {
        kind,
        name: inv.full_name.clone().unwrap_or_default(),
        path: inv.profile_path.clone(),
        band: a.band.into(),
        score: a.score,
        note: inv.note_text().is_some(),
    }
}

fn emit(event: Event) {
    if !app::feature_on("history") {
        return;
    }
    let Some(key) = event.key() else { return };
    let summary = (event.kind, band_id(&event), event.score, event.note);
    let changed = SENT.with(|s| s.borrow_mut().insert(key.clone(), summary) != Some(summary));
    if !changed {
        return;
    }
    let Some(sink) = SINK.with(|s| s.borrow().clone()) else { return };
    let value = Outgoing { key, event: &event }
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .unwrap_or(JsValue::NULL);
    if let Err(error) = sink.call1(&JsValue::NULL, &value) {
        app::report_once_with(FEATURE, "the history callback failed:", &error);
    }
}

fn band_id(event: &Event) -> &'static str {
    match event.band {
        notefirst_core::history::HistoryBand::Good => "good",
        notefirst_core::history::HistoryBand::Ask => "ask",
        notefirst_core::history::HistoryBand::Spam => "spam",
    }
}

/// A received invitation was assessed (and badged).
pub fn seen(inv: &Invitation, assessment: &Assessment) {
    emit(event_of(EventKind::Seen, inv, assessment));
}

fn on_click(event: &web_sys::Event) {
    if !event.is_trusted() || !app::feature_on("history") || !app::page().shows_received_invitations() {
        return;
    }
    let Some(target) = event.target().and_then(|t| t.dyn_into::<Element>().ok()) else { return };
    let Some(control) = dom::closest(&target, CONTROLS) else { return };
    if dom::is_ours(&control) {
        return;
    }
    let kind = match control_kind(&control) {
        Some(InvitationControl::Accept(_)) => EventKind::Accepted,
        Some(InvitationControl::Ignore(_)) => EventKind::Ignored,
        None => return,
    };
    let Some(card) = received::find_cards(&control).into_iter().next() else { return };
    let Some(read) = received::read_card(&card) else { return };
    let assessment = assess(&read.invitation, &app::scoring_config());
    emit(event_of(kind, &read.invitation, &assessment));
}

fn control_kind(el: &Element) -> Option<InvitationControl> {
    if let Some(kind) = dom::attr(el, "aria-label").and_then(|label| card_text::invitation_control(&label)) {
        return Some(kind);
    }
    let text = dom::collapse_whitespace(&el.text_content().unwrap_or_default());
    (text.len() <= 30).then(|| card_text::invitation_control(&text)).flatten()
}
