//! Feature: a score badge on every received invitation.
//!
//! Cards are marked with `data-nf-seen` = a fingerprint of what was read, so a card
//! is never badged twice; when LinkedIn changes a card in place (a clamped note
//! expanded, a row replaced), its fingerprint changes and the badge is updated in
//! place instead.

use crate::adapters::received::{self, Card};
use crate::{app, dom, ui};
use notefirst_core::{assess, Invitation};
use web_sys::{Document, Element};

const SEEN: &str = "data-nf-seen";
const UI_ROW: &str = "nf-card-ui";

/// Handles every invitation card in or around `scope`.
pub fn scan(document: &Document, scope: &Element) {
    for card in received::find_cards(scope) {
        app::guard("received-invitations", || handle(document, &card));
    }
}

fn handle(document: &Document, card: &Element) {
    let Some(Card { invitation, .. }) = received::read_card(card) else { return };
    let fingerprint = fingerprint(&invitation);
    let badge = existing_badge(card);
    if badge.is_some() && card.get_attribute(SEEN).as_deref() == Some(fingerprint.as_str()) {
        return;
    }
    // Mark first: should anything below fail, this card is not retried in a loop.
    let _ = card.set_attribute(SEEN, &fingerprint);
    let assessment = assess(&invitation, &app::scoring_config());
    match badge {
        Some(badge) => {
            ui::set_theme(&badge);
            let _ = ui::badge::update(document, &badge, &assessment);
        }
        None => {
            let Some(row) = ui_row(document, card) else { return };
            if let Some(badge) = ui::badge::create(document, &assessment) {
                let _ = row.append_child(&badge);
            }
        }
    }
}

fn existing_badge(card: &Element) -> Option<Element> {
    dom::query(card, &format!(":scope {UI_ROW} > [data-nf-badge]"))
}

/// Our row of widgets at the end of the card (created once).
fn ui_row(document: &Document, card: &Element) -> Option<Element> {
    if let Some(row) = dom::query(card, UI_ROW) {
        return Some(row);
    }
    let row = document.create_element(UI_ROW).ok()?;
    // Plain light-DOM container: inline styles only, so LinkedIn's CSS cannot reach in
    // through a class and ours cannot leak out.
    row.set_attribute("style", "display:flex;flex-wrap:wrap;align-items:flex-start;gap:8px;margin:6px 0 4px;padding:0;position:relative;").ok()?;
    card.append_child(&row).ok()?;
    Some(row)
}

/// A short, stable digest of what was read from a card.
fn fingerprint(inv: &Invitation) -> String {
    // FNV-1a over the debug form: cheap, deterministic, good enough to notice change.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in format!("{inv:?}").bytes() {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}
