//! DOM adapters: one per LinkedIn surface. Each reads the page into the core's plain
//! data types and never panics: what it cannot find is `None`, and it reports which
//! of its strategies matched so that diagnostics can say what changed on LinkedIn.

pub mod invite;
pub mod messaging;
pub mod received;
