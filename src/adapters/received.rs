//! The received-invitations adapter: finds invitation cards on
//! `/mynetwork/invitation-manager/received/` and the `/mynetwork/` preview, in every
//! layout LinkedIn has shipped (see ../shared/LINKEDIN_DOM.md), and reads each into a
//! core `Invitation`.
//!
//! Strategies, most stable first: the Accept/Ignore controls' aria-labels (stable
//! across eras and carrying the sender's name), `/in/<slug>/` links, the fixed
//! phrases LinkedIn prints (read by `notefirst_core::card_text`), and only then the
//! era's class names.

use crate::dom;
use notefirst_core::card_text::{self, InvitationControl};
use notefirst_core::{Invitation, MutualConnections};
use web_sys::Element;

/// A card, the element that holds one invitation.
pub const CARD_CONTAINERS: &str = "li, [role='listitem'], [data-view-name='pending-invitation']";
/// Controls that may be Accept or Ignore: buttons, and links (Accept is an `<a>` on some cards).
pub const CONTROLS: &str = "button, a[aria-label], a[role='button']";

/// One invitation card, read.
pub struct Card {
    pub invitation: Invitation,
    /// Which strategies found which parts, for diagnostics ("name:accept-label", ...).
    pub matched: Vec<&'static str>,
}

fn control_kind(el: &Element) -> Option<InvitationControl> {
    if let Some(label) = dom::attr(el, "aria-label") {
        if let Some(kind) = card_text::invitation_control(&label) {
            return Some(kind);
        }
    }
    let text = dom::collapse_whitespace(&el.text_content().unwrap_or_default());
    (text.len() <= 30).then(|| card_text::invitation_control(&text)).flatten()
}

/// Every invitation card in `scope`, or around it when the scope lies inside a card.
pub fn find_cards(scope: &Element) -> Vec<Element> {
    cards_at(&card_candidates(scope))
}

/// The cards that `candidates` ([`card_candidates`], or a run of them) are or hold, in
/// document order, each once.
pub fn cards_at(candidates: &[Candidate]) -> Vec<Element> {
    let mut cards: Vec<Element> = Vec::new();
    for candidate in candidates {
        // Candidates come in document order and cards do not nest (`is_card`), so a
        // card found twice is the one found last: one comparison, not one per card so
        // far (each a call into JavaScript; quadratic on a page of 5,000 invitations).
        if let Some(card) = card_at(candidate).filter(|card| cards.last() != Some(card)) {
            cards.push(card);
        }
    }
    cards
}

/// Where a card may be, not yet read: the container around a scope, or a control that
/// may be a card's Accept.
pub enum Candidate {
    Container(Element),
    Control(Element),
}

/// Where [`find_cards`] looks, in document order, without reading any of it: the card
/// container around `scope`, then every control in `scope`. Reading them ([`card_at`])
/// is most of the work, and a page of 500 invitations has over a thousand controls, so
/// the received feature queues these and reads them a slice at a time.
pub fn card_candidates(scope: &Element) -> Vec<Candidate> {
    // A card holds an Accept control, inside the scope or inside the container around
    // it: where neither an aria-label nor the text says one of Accept's words, there
    // is none (two calls instead of one per control, on a page that changes a lot).
    let container = dom::closest(scope, CARD_CONTAINERS);
    if !may_hold_accept(container.as_ref().unwrap_or(scope)) {
        return Vec::new();
    }
    let mut candidates: Vec<Candidate> = container.into_iter().map(Candidate::Container).collect();
    if dom::matches(scope, CONTROLS) {
        candidates.push(Candidate::Control(scope.clone()));
    }
    candidates.extend(dom::query_all(scope, CONTROLS).into_iter().map(Candidate::Control));
    candidates
}

impl Candidate {
    /// The element itself: the container, or the control.
    pub fn element(&self) -> &Element {
        match self {
            Candidate::Container(element) | Candidate::Control(element) => element,
        }
    }
}

/// The invitation card a candidate is, or holds the Accept control of.
pub fn card_at(candidate: &Candidate) -> Option<Element> {
    match candidate {
        Candidate::Container(container) => Some(container.clone()).filter(is_card),
        Candidate::Control(control) => {
            if !matches!(control_kind(control), Some(InvitationControl::Accept(_))) {
                return None;
            }
            dom::closest(control, CARD_CONTAINERS).filter(is_card)
        }
    }
}

/// Whether `region` may hold an Accept control: one of `card_text::ACCEPT_WORDS` in
/// an aria-label (CSS's `i` flag folds ASCII case, as the words are) or in the text.
fn may_hold_accept(region: &Element) -> bool {
    may_hold_accept_with(region, &region.text_content().unwrap_or_default())
}

/// [`may_hold_accept`], given the region's text.
fn may_hold_accept_with(region: &Element, text: &str) -> bool {
    thread_local! {
        static LABELS: String = accept_labels_selector();
    }
    let lower = text.to_lowercase();
    card_text::ACCEPT_WORDS.iter().any(|w| lower.contains(w))
        || LABELS.with(|labels| dom::matches(region, labels) || dom::query(region, labels).is_some())
}

/// Elements whose aria-label has one of `card_text::ACCEPT_WORDS`.
pub fn accept_labels_selector() -> String {
    card_text::ACCEPT_WORDS.iter().map(|w| format!("[aria-label*='{w}' i]")).collect::<Vec<_>>().join(", ")
}

/// For diagnostics: how many rows in `scope` look like a received invitation (an
/// Accept control, or LinkedIn's "… is inviting you to connect" line) but are not
/// cards [`find_cards`] can read (no profile link, no Accept control...). Counts the
/// innermost such row; newsletter and page invitations are not counted.
pub fn unreadable_rows(scope: &Element) -> usize {
    unreadable_rows_besides(scope, &find_cards(scope), |_| true)
}

/// [`unreadable_rows`], given the cards found in `scope` (by [`find_cards`], or marked
/// by the received feature), among the rows `looked_at` says were looked at.
pub fn unreadable_rows_besides(scope: &Element, cards: &[Element], looked_at: impl Fn(&Element) -> bool) -> usize {
    // The cards, and every element that holds one, as two sets (by identity): whether a
    // row is a card, holds one or lies in one takes a few calls, not three per card.
    let card_set = js_sys::Set::new(&wasm_bindgen::JsValue::UNDEFINED);
    let holders = js_sys::Set::new(&wasm_bindgen::JsValue::UNDEFINED);
    for card in cards {
        card_set.add(card);
        let mut up = card.parent_element();
        while let Some(el) = up.filter(|el| !holders.has(el)) {
            holders.add(&el);
            up = el.parent_element();
        }
    }
    let inside_a_card = |row: &Element| {
        let mut up = row.parent_element();
        while let Some(el) = up {
            if card_set.has(&el) {
                return true;
            }
            up = el.parent_element();
        }
        false
    };
    let mut rows: Vec<Element> = Vec::new();
    for row in dom::query_all(scope, CARD_CONTAINERS) {
        if card_set.has(&row) || holders.has(&row) || !looked_at(&row) {
            continue;
        }
        // Then a few calls for a row that cannot be one (no Accept word, no inviting
        // phrase in its whole text), rather than two for each card and one for each line.
        let text = row.text_content().unwrap_or_default();
        if !card_text::mentions_inviting(&text) && !may_hold_accept_with(&row, &text) {
            continue;
        }
        if inside_a_card(&row) {
            continue;
        }
        let lines = dom::text_lines(&row);
        if lines.iter().any(|(_, text)| card_text::is_other_invitation(text)) {
            continue;
        }
        let looks_like_one = lines.iter().any(|(_, text)| card_text::inviting_line(text).is_some())
            || dom::query_all(&row, CONTROLS).iter().any(|c| matches!(control_kind(c), Some(InvitationControl::Accept(_))));
        if looks_like_one {
            // Document order: an outer row comes before the rows inside it.
            rows.retain(|outer| !outer.contains(Some(&row)));
            rows.push(row);
        }
    }
    rows.len()
}

/// For diagnostics: LinkedIn says there are no pending invitations (the Ember empty state).
pub fn shows_empty_state(scope: &Element) -> bool {
    dom::query(scope, ".mn-invitation-manager__no-invites").is_some()
}

/// A card holds exactly one Accept control and a link to a member's profile, and is
/// an invitation to connect (not to a newsletter, page or event). A list item with
/// several Accept controls is a list, not a card.
fn is_card(el: &Element) -> bool {
    let accepts = dom::query_all(el, CONTROLS)
        .iter()
        .filter(|c| matches!(control_kind(c), Some(InvitationControl::Accept(_))))
        .count();
    accepts == 1
        && profile_link(el).is_some()
        && !dom::text_lines(el).iter().any(|(_, text)| card_text::is_other_invitation(text))
}

fn profile_link(card: &Element) -> Option<Element> {
    dom::query_all(card, "a[href]")
        .into_iter()
        .find(|a| dom::attr(a, "href").and_then(|h| card_text::profile_path(&h)).is_some())
}

/// Reads one card. `None` when it is not a readable invitation card.
pub fn read_card(card: &Element) -> Option<Card> {
    let mut matched = Vec::new();
    let mut inv = Invitation::default();

    // Name: from the controls' labels first (stable across eras), then the page.
    let controls = dom::query_all(card, CONTROLS);
    let mut accept = None;
    for control in &controls {
        match control_kind(control) {
            Some(InvitationControl::Accept(name)) => {
                accept = Some(control.clone());
                if inv.full_name.is_none() && name.is_some() {
                    inv.full_name = name;
                    matched.push("name:accept-label");
                }
            }
            Some(InvitationControl::Ignore(name)) if inv.full_name.is_none() && name.is_some() => {
                inv.full_name = name;
                matched.push("name:ignore-label");
            }
            Some(InvitationControl::Ignore(_)) | None => {}
        }
    }
    let accept = accept?;
    inv.profile_path = profile_link(card).and_then(|a| dom::attr(&a, "href")).and_then(|h| card_text::profile_path(&h));
    if inv.profile_path.is_some() {
        matched.push("profile:href");
    }
    if inv.full_name.is_none() {
        inv.full_name = name_from_page(card);
        if inv.full_name.is_some() {
            matched.push("name:page");
        }
    }

    inv.has_photo = photo(card);
    if inv.has_photo.is_some() {
        matched.push("photo");
    }

    // The era's classes, where present, say exactly which text is which.
    inv.headline = dom::query(card, ".invitation-card__subtitle, .invitation-card__occupation")
        .map(|e| dom::visible_text(&e))
        .filter(|t| !t.is_empty());
    inv.note = dom::query(card, ".invitation-card__custom-message, [data-testid='expandable-text-box']")
        .map(|e| clean_note(&dom::visible_text_multiline(&e)))
        .filter(|t| !t.is_empty());
    inv.sent_when = dom::query(card, ".time-badge").map(|e| dom::visible_text(&e)).filter(|t| !t.is_empty());
    if inv.headline.is_some() {
        matched.push("headline:class");
    }
    if inv.note.is_some() {
        matched.push("note:container");
    }

    // Then every line of text, classified by what it says.
    let name = inv.full_name.clone().unwrap_or_default();
    let mut note_lines = Vec::new();
    let mut recognised_layout = inv.full_name.is_some();
    for (el, text) in dom::text_lines(card) {
        if text == name || card_text::is_see_more(&text) || is_reply_link(&el) || inside_control(&el) {
            continue;
        }
        if inv.note.as_deref().is_some_and(|n| n.contains(&text)) {
            continue;
        }
        if let Some(follows) = card_text::inviting_line(&text) {
            inv.follows_you |= follows;
            recognised_layout = true;
            continue;
        }
        if let Some(mutual) = card_text::mutual_connections(&text) {
            if inv.mutual.count.is_none() {
                inv.mutual = mutual;
                matched.push("mutual:text");
            }
            continue;
        }
        if card_text::is_when(&text) {
            inv.sent_when.get_or_insert(text);
            continue;
        }
        if dom::query(&el, "svg[id^='company-accent']").is_some()
            || el.parent_element().and_then(|p| dom::query(&p, ":scope > svg[id^='company-accent']")).is_some()
        {
            inv.shared_organization.get_or_insert(text);
            continue;
        }
        if dom::precedes(&accept, &el) {
            // After the buttons: the note (2026 layout), unless a container gave it.
            if inv.note.is_none() {
                note_lines.push(text);
            }
        } else if inv.headline.is_none() && !text.contains(&name) {
            inv.headline = Some(text);
            matched.push("headline:text");
        }
    }
    if inv.note.is_none() && !note_lines.is_empty() {
        inv.note = Some(clean_note(&note_lines.join("\n")));
        matched.push("note:after-buttons");
    }
    // LinkedIn prints no mutual line when there are none; say zero only when the card
    // was otherwise read as an invitation card, else leave it unknown.
    if inv.mutual.count.is_none() && inv.mutual.names.is_empty() && recognised_layout && inv.headline.is_some() {
        inv.mutual = MutualConnections { count: Some(0), names: Vec::new() };
    }
    Some(Card { invitation: inv, matched })
}

fn name_from_page(card: &Element) -> Option<String> {
    if let Some(el) = dom::query(card, ".invitation-card__tvm-title strong, .invitation-card__title, .invitation-card__tvm-title") {
        let text = dom::visible_text(&el);
        if !text.is_empty() {
            return Some(text);
        }
    }
    dom::query_all(card, "a[href]")
        .into_iter()
        .filter(|a| dom::attr(a, "href").and_then(|h| card_text::profile_path(&h)).is_some())
        .map(|a| dom::visible_text(&a))
        .find(|t| !t.is_empty() && t.len() <= 120 && card_text::inviting_line(t).is_none())
}

/// `Some(true)` for a member photo, `Some(false)` for LinkedIn's ghost placeholder,
/// `None` when the card shows neither.
fn photo(card: &Element) -> Option<bool> {
    const GHOST: &str = "[class*='ghost-person'], svg[id^='person-accent'], [class*='EntityPhoto'][class*='ghost']";
    const PHOTO: &str = "img[src*='profile-displayphoto'], img[class*='EntityPhoto'], .presence-entity img, img[src*='media.licdn.com']";
    if dom::query(card, GHOST).is_some() {
        return Some(false);
    }
    dom::query(card, PHOTO).map(|_| true)
}

/// Whether a line is the label of an Accept or Ignore control (links carry text too).
fn inside_control(el: &Element) -> bool {
    dom::closest(el, CONTROLS).is_some_and(|control| control_kind(&control).is_some())
}

fn is_reply_link(el: &Element) -> bool {
    dom::closest(el, "a[href*='/messaging/'], .invitation-card__custom-message-line-cta").is_some()
}

/// Removes LinkedIn's clamp toggles ("… see more") from a note's text.
fn clean_note(text: &str) -> String {
    let mut note = text.trim().to_string();
    for toggle in ["…see more", "… see more", "...see more", "See more", "see more", "See less", "see less", "…more"] {
        if let Some(stripped) = note.strip_suffix(toggle) {
            note = stripped.trim_end().to_string();
        }
    }
    note
}
