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
pub mod reply;
pub mod score;
pub mod settings;
pub mod template;
pub mod text;

pub use compose::{suggest_notes, FoundVia, NoteSuggestion, NoteTemplate, Person};
pub use invitation::{Invitation, MutualConnections};
pub use page::PageKind;
pub use reply::{suggest_replies, ReplySuggestion, ReplyTemplate};
pub use score::{assess, Assessment, Band, Fired, ScoringConfig};
pub use note::{analyse_note, note_is_contentless, NoteSignals, Signal, SignalHit, Strength};
pub use score::{rules, RuleInfo, RuleScope};
pub use template::{linkedin_len, Me};
