//! Features: each joins an adapter (what the page says), the core (what it means)
//! and the UI (what the user sees). One feature, one module.

pub mod outgoing;
pub mod received;
