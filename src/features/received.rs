//! Feature: every received invitation gets a score badge that explains itself and a
//! suggested reply beside it.
//!
//! Cards are marked with `data-nf-seen` = a fingerprint of what was read, so a card
//! is never badged twice; when LinkedIn changes a card in place (a clamped note
//! expanded, a row replaced), its fingerprint changes and the widgets are updated in
//! place instead. While a card is being handled its mark ends in `:pending`; a card
//! left pending is one the core failed on, and it is not retried until it changes. The reply widget keeps no state of its own: cycling re-reads the
//! card, so nothing outlives it.

use crate::adapters::received::{self, Candidate};
use crate::adapters::messaging;
use crate::{app, dom, ui};
use notefirst_core::{assess, reply, Assessment, Invitation, ReplySuggestion};
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::hash::{Hash, Hasher};
use wasm_bindgen::JsCast;
use web_sys::{Document, Element};

pub(crate) const SEEN: &str = "data-nf-seen";
/// The made-up sender whose card makes a `fault-injection` build panic.
#[cfg(feature = "fault-injection")]
const FAULT_INJECTED_FOR: &str = "Fay Ultman";
/// Appended to the fingerprint while a card's work is under way.
const PENDING: &str = ":pending";
const UI_ROW: &str = "nf-card-ui";
const FEATURE: &str = "received-invitations";

thread_local! {
    /// Where cards may be, found and not yet read, in document order: a page may hold
    /// thousands, and handling them all in one task would freeze it for seconds
    /// ([`work`]). Those far from the viewport wait here until the page scrolls.
    static BACKLOG: RefCell<VecDeque<Candidate>> = const { RefCell::new(VecDeque::new()) };
    /// Taken from the backlog because they were near the viewport: handled next.
    static NEAR: RefCell<VecDeque<Candidate>> = const { RefCell::new(VecDeque::new()) };
    /// The card read last from the queue: a card's controls come one after the other.
    static LAST_CARD: RefCell<Option<Element>> = const { RefCell::new(None) };
    /// Whether the core's regexes are all compiled ([`work`]).
    static WARM: Cell<bool> = const { Cell::new(false) };
}

/// How far from the viewport queued cards are handled, in screen heights above it and
/// below it: far enough that a card scrolled to is badged before it shows (and that
/// a page of a few dozen invitations is done at once), near enough that a page of
/// thousands costs what its first screens cost.
const SCREENS_ABOVE: f64 = 1.0;
const SCREENS_BELOW: f64 = 3.0;

/// What [`work`] leaves for later.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Work {
    /// Nothing is queued.
    Done,
    /// Cards are queued and may be near the viewport: call again soon.
    Now,
    /// Every card queued is far from the viewport: call again when the page scrolls
    /// (or changes).
    OnScroll,
}

/// Handles every invitation card in or around `scope`, now.
pub fn scan(document: &Document, scope: &Element) {
    for card in received::find_cards(scope) {
        app::guard(FEATURE, || handle(document, &card));
    }
}

/// Queues where invitation cards in or around `scope` may be, for [`work`] to read.
///
/// The backlog stays in document order, which [`take_near`]'s binary search needs: a
/// card LinkedIn adds above the cards waiting far below (a new invitation arrives at the
/// top of the list) goes before them, or it would never be found near the viewport.
pub fn queue(scope: &Element) {
    let candidates = received::card_candidates(scope);
    let Some(first) = candidates.first().map(|c| c.element().clone()) else { return };
    BACKLOG.with(|b| {
        let mut backlog = b.borrow_mut();
        // Only what is in the page has an order: what LinkedIn removed meanwhile goes
        // (from the end, for the comparison below; from everywhere, before a search).
        let connected = |c: &Candidate| c.element().is_connected();
        while backlog.back().is_some_and(|last| !connected(last)) {
            backlog.pop_back();
        }
        // A scope's candidates come in document order: one comparison settles the usual
        // case, a page read from the top or cards added below the rest.
        if backlog.back().is_none_or(|last| dom::precedes(last.element(), &first)) {
            backlog.extend(candidates);
            return;
        }
        backlog.retain(connected);
        for candidate in candidates {
            let at = backlog.partition_point(|queued| dom::precedes(queued.element(), candidate.element()));
            backlog.insert(at, candidate);
        }
    });
}

/// Forgets what was queued (the page was left, or is read again from the top).
pub fn clear_queue() {
    BACKLOG.with(|b| b.borrow_mut().clear());
    NEAR.with(|n| n.borrow_mut().clear());
    LAST_CARD.with(|c| c.borrow_mut().take());
}

/// Reads what was queued near the viewport and handles the cards it finds, one piece
/// of work at least, until `until` (a `Date.now()` time) has passed. Says what is left.
///
/// Before the first card, the core's one-time regex compiling is done in pieces
/// (`notefirst_core::warm_up_step`): all at once it was the first card's cost, one task
/// of about half a second in WebAssembly and seconds in the JavaScript flavour. A piece
/// is started only when the time left could hold one as long as the last, so that
/// pieces never add up to a long task.
pub fn work(document: &Document, until: f64) -> Work {
    thread_local!(static LAST_PIECE_MS: Cell<f64> = const { Cell::new(0.0) });
    let queued = || BACKLOG.with(|b| !b.borrow().is_empty()) || NEAR.with(|n| !n.borrow().is_empty());
    let mut started = false;
    while queued() {
        let now = js_sys::Date::now();
        if started && now >= until {
            return Work::Now;
        }
        if !WARM.with(Cell::get) {
            if started && now + LAST_PIECE_MS.with(Cell::get) > until {
                return Work::Now;
            }
            let more = app::guard(FEATURE, notefirst_core::warm_up_step);
            LAST_PIECE_MS.with(|last| last.set(js_sys::Date::now() - now));
            WARM.with(|warm| warm.set(!more));
            started = true;
            continue;
        }
        // Taken out before the card's work, so that nothing is borrowed while it runs.
        let Some(candidate) = NEAR.with(|n| n.borrow_mut().pop_front()) else {
            if take_near() == 0 {
                return Work::OnScroll;
            }
            continue;
        };
        started = true;
        let Some(card) = app::guard(FEATURE, || received::card_at(&candidate)) else { continue };
        if LAST_CARD.with(|last| last.replace(Some(card.clone())).as_ref() == Some(&card)) {
            continue;
        }
        // A card LinkedIn removed meanwhile needs nothing.
        if card.is_connected() {
            app::guard(FEATURE, || handle(document, &card));
        }
    }
    Work::Done
}

/// Moves the queued candidates near the viewport ([`near_viewport`]) from the backlog
/// to the front of the work, in document order, and says how many. Their positions are
/// all read before any card is handled, so the page is laid out once for them, not
/// once a card.
///
/// The backlog is in document order, which on a list of invitations is top to
/// bottom ([`dom::Band::run_of`]).
fn take_near() -> usize {
    let band = near_viewport();
    let near: Vec<Candidate> = BACKLOG.with(|b| {
        let mut backlog = b.borrow_mut();
        let run = band.run_of(backlog.make_contiguous(), Candidate::element);
        backlog.drain(run).collect()
    });
    let taken = near.len();
    NEAR.with(|n| n.borrow_mut().extend(near));
    taken
}

/// Where cards are handled now; the rest wait until the user scrolls near them.
pub fn near_viewport() -> dom::Band {
    dom::Band::around_viewport(SCREENS_ABOVE, SCREENS_BELOW)
}

fn handle(document: &Document, card: &Element) {
    let Some(read) = received::read_card(card) else { return };
    let invitation = read.invitation;
    let fingerprint = fingerprint(&invitation);
    // What the diagnostics will count, so that their probe need not read the card again.
    crate::diagnostics::card_read(&fingerprint, &invitation);
    let pending = format!("{fingerprint}{PENDING}");
    let badge = dom::query(card, &format!(":scope {UI_ROW} > [data-nf-badge]"));
    let reply = dom::query(card, &format!(":scope {UI_ROW} > [data-nf-reply]"));
    // Each widget has its own switch in the options; with both off only the history
    // (fed below) still reads the card.
    let (badges_on, replies_on) = (app::feature_on("badges"), app::feature_on("replies"));
    match card.get_attribute(SEEN) {
        // Done before, and our widgets are still as the switches want them.
        Some(seen) if seen == fingerprint && badge.is_some() == badges_on && reply.is_some() == replies_on => return,
        // Started before and never finished: the core failed on this card (and was
        // restarted). Leave it alone rather than fail on it again, until it changes.
        Some(seen) if seen == pending => return,
        _ => {}
    }
    let _ = card.set_attribute(SEEN, &pending);
    #[cfg(feature = "fault-injection")]
    if invitation.full_name.as_deref() == Some(FAULT_INJECTED_FOR) {
        panic!("fault injected for the panic-isolation tests");
    }
    let assessment = assess(&invitation, &app::scoring_config());
    crate::history_feed::seen(&invitation, &assessment);
    if !badges_on && !replies_on {
        let _ = card.set_attribute(SEEN, &fingerprint);
        return;
    }
    let Some(row) = ui_row(document, card) else { return };
    match (badge, badges_on) {
        (Some(badge), true) => {
            ui::set_theme(&badge);
            let _ = ui::badge::update(document, &badge, &assessment);
        }
        (None, true) => {
            if let Some(badge) = ui::badge::create(document, &assessment) {
                let _ = row.append_child(&badge);
            }
        }
        (Some(badge), false) => badge.remove(),
        (None, false) => {}
    }
    match (reply, replies_on) {
        (Some(widget), true) => ui::reply::show(&widget, &replies(&invitation, &assessment), 0),
        (None, true) => {
            if let Some(widget) = ui::reply::create(document, &replies(&invitation, &assessment), 0, on_reply_action) {
                let _ = row.append_child(&widget);
            }
        }
        (Some(widget), false) => widget.remove(),
        (None, false) => {}
    }
    let _ = card.set_attribute(SEEN, &fingerprint);
}

/// Replies in the page's language, the user's own templates among them.
fn replies(invitation: &Invitation, assessment: &Assessment) -> Vec<ReplySuggestion> {
    reply::suggest_replies_in(&app::lang(), invitation, assessment, &app::me(), &app::reply_templates())
}

/// Our row of widgets at the end of the card (created once).
fn ui_row(document: &Document, card: &Element) -> Option<Element> {
    if let Some(row) = dom::query(card, UI_ROW) {
        return Some(row);
    }
    let row = document.create_element(UI_ROW).ok()?;
    // A plain light-DOM container styled through the CSSOM, so that no LinkedIn class
    // reaches it and no page CSP refuses it.
    ui::set_style(
        &row,
        &[("display", "flex"), ("flex-wrap", "wrap"), ("align-items", "flex-start"), ("gap", "8px"), ("margin", "8px 0 4px"), ("padding", "0"), ("position", "relative")],
    );
    card.append_child(&row).ok()?;
    Some(row)
}

/// A button of a reply widget was pressed.
fn on_reply_action(widget: &Element, action: &str) {
    app::guard(FEATURE, || {
        let Some(document) = dom::document() else { return };
        let Some(card) = dom::closest(widget, &format!("[{SEEN}]")) else { return };
        match action {
            "next-reply" => {
                let Some(read) = received::read_card(&card) else { return };
                let assessment = assess(&read.invitation, &app::scoring_config());
                let suggestions = replies(&read.invitation, &assessment);
                let index: usize = widget.get_attribute("data-nf-index").and_then(|i| i.parse().ok()).unwrap_or(0);
                ui::reply::show(widget, &suggestions, index + 1);
            }
            "copy-reply" => {
                let text = ui::reply::text(widget);
                let scratch = widget.shadow_root().and_then(|r| r.query_selector("textarea").ok().flatten()).and_then(|a| a.dyn_into().ok());
                let copied = ui::copy_to_clipboard(&document, scratch.as_ref(), &text);
                let status = if copied {
                    app::text("reply_copied", "Copied. Paste it in your reply to them.")
                } else {
                    app::text("reply_copy_failed", "Could not copy here: select the text and copy it yourself.")
                };
                ui::reply::set_status(widget, &status);
            }
            "insert-reply" => {
                let first_name = received::read_card(&card).and_then(|r| r.invitation.first_name().map(str::to_string));
                let text = ui::reply::text(widget);
                match messaging::open_composer(&document, first_name.as_deref()) {
                    Some(composer) if messaging::insert(&document, &composer, &text) => {
                        ui::reply::set_status(widget, &app::text("reply_inserted", "Inserted into LinkedIn's message box. Check it, then press Send there."));
                    }
                    Some(_) => ui::reply::set_status(widget, &app::text("reply_insert_refused", "LinkedIn's message box did not take the text: use Copy instead.")),
                    None => {
                        let insert = app::text("reply_insert", "Insert");
                        let hint = match (messaging::reply_control(&card), first_name.filter(|n| !n.is_empty())) {
                            // LinkedIn's own words on its control, so in the page's language.
                            (Some(control), _) => match dom::collapse_whitespace(&control.text_content().unwrap_or_default()) {
                                label if !label.is_empty() && label.chars().count() <= 60 => app::text_with(
                                    "reply_open_box",
                                    "Open LinkedIn's reply box first (“$1”), then press $2.",
                                    &[&label, &insert],
                                ),
                                _ => app::text_with("reply_open_box_anon", "Open LinkedIn's reply box first, then press $1.", &[&insert]),
                            },
                            (None, Some(who)) => app::text_with(
                                "reply_no_box",
                                "LinkedIn offers no reply box here until you accept; use Copy and send it to $1 as a message.",
                                &[&who],
                            ),
                            (None, None) => app::text(
                                "reply_no_box_anon",
                                "LinkedIn offers no reply box here until you accept; use Copy and send it to them as a message.",
                            ),
                        };
                        ui::reply::set_status(widget, &hint);
                    }
                }
            }
            _ => {}
        }
    });
}

/// A short, stable digest of what was read from a card.
fn fingerprint(inv: &Invitation) -> String {
    // FNV-1a over every field as `Hash` feeds them (lengths and markers included, so
    // text moved from one field to the next still changes it): cheap, deterministic,
    // good enough to notice change. Not over the `Debug` text: the extension's module
    // is built without `Debug` output (build.sh, `-Z fmt-debug=none`).
    let mut hasher = Fnv1a(0xcbf2_9ce4_8422_2325);
    inv.hash(&mut hasher);
    format!("{:016x}", hasher.finish())
}

struct Fnv1a(u64);

impl Hasher for Fnv1a {
    fn write(&mut self, bytes: &[u8]) {
        for &byte in bytes {
            self.0 ^= u64::from(byte);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn finish(&self) -> u64 {
        self.0
    }
}
