//! NoteFirst's pure core: everything that can be decided without a browser.
//!
//! Adapters (in the browser crate) read LinkedIn's pages into the plain data types
//! here; the core classifies pages, analyses notes, scores invitations and composes
//! text; the UI renders what the core returns. Nothing in this crate may touch a
//! browser API (see `tests/purity.rs`), so all of it is tested natively and fast.

pub mod card_text;
pub mod compose;
pub mod history;
pub mod invitation;
pub mod lexicon;
pub mod note;
pub mod page;
pub mod pitch;
mod re;
pub mod reply;
pub mod score;
pub mod settings;
pub mod template;
pub mod text;

use std::sync::atomic::{AtomicUsize, Ordering};

pub use compose::{suggest_notes, FoundVia, NoteSuggestion, NoteTemplate, Person};
pub use invitation::{Invitation, MutualConnections};
pub use page::PageKind;
pub use reply::{suggest_replies, ReplySuggestion, ReplyTemplate};
pub use score::{assess, Assessment, Band, Fired, ScoringConfig};
pub use note::{analyse_note, note_is_contentless, NoteSignals, Signal, SignalHit, Strength};
pub use score::{rules, RuleInfo, RuleScope};
pub use template::{linkedin_len, Me};

/// What each regex warmed up searches once, which makes the cache its searches use (a
/// few hundred thousand instructions a regex, otherwise spent by the first card): long
/// enough for any regex's shortest match, so that the search is not skipped.
pub(crate) const WARM_UP_TEXT: &str = "hi dana, we met at the data meetup in berlin: would you like to connect? 2 weeks ago";

/// The next piece `warm_up_step` does (pieces are numbered across the modules below).
static WARM_UP_NEXT: AtomicUsize = AtomicUsize::new(0);

/// Does one bounded piece of the core's one-time set-up and says whether pieces remain.
///
/// What for: the core compiles its regexes (the phrase families' scan groups, the card
/// phrases, the structural cues) and parses the pitch table on first use. All at once,
/// that made the first invitation scored one task of about 460 ms in WebAssembly and
/// 1.8 s in the JavaScript flavour, freezing the page. The browser side calls this in
/// idle slices before the first card, one piece a slice, until it returns `false`; then
/// the first `assess` has nothing left to compile. A piece builds one of those lazily
/// built statics, or half of one for the largest (a scan group's patterns are parsed in
/// one piece and compiled in the next): at most 49 M instructions natively, against
/// 774 M for the first call cold (`examples/warmup.rs`). Each is built exactly as first
/// use would build it, so scoring gives the same results warmed up, half warmed up or
/// not at all (`tests/warm_up.rs`). Pieces already built by scoring cost next to
/// nothing. Safe to call from several threads; after the last piece it returns `false`
/// at once, forever.
pub fn warm_up_step() -> bool {
    let fixed: [&[fn()]; 3] = [&card_text::WARM_UP, &pitch::WARM_UP, &score::WARM_UP];
    let note_pieces = note::warm_up_pieces();
    let total = note_pieces + fixed.iter().map(|pieces| pieces.len()).sum::<usize>();
    let Ok(mut piece) = WARM_UP_NEXT.fetch_update(Ordering::Relaxed, Ordering::Relaxed, |n| (n < total).then_some(n + 1)) else {
        return false;
    };
    let last = piece + 1 == total;
    // Card phrases first (cards are read before they are scored), then the notes'.
    let (cards, rest) = (fixed[0], &fixed[1..]);
    if let Some(warm) = cards.get(piece) {
        warm();
        return !last;
    }
    piece -= cards.len();
    if piece < note_pieces {
        note::warm_up(piece);
        return !last;
    }
    piece -= note_pieces;
    for pieces in rest {
        if let Some(warm) = pieces.get(piece) {
            warm();
            break;
        }
        piece -= pieces.len();
    }
    !last
}
