//! Trains the learned pitch cue (`src/core/pitch.rs`) from the labelled note sets and
//! writes its table, `src/core/pitch_table.rs`. Run after adding or relabelling notes:
//!
//!     cargo run --release -p notefirst-core --example train_pitch
//!
//! `tests/notes_eval.rs` fails while the committed table differs from what this writes.
use std::path::Path;

use notefirst_core::pitch::train;

fn main() {
    let core = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (trained, names, notes, pitches) = train::train_from_sources(core).unwrap_or_else(|e| panic!("{e}"));
    let out = core.join("pitch_table.rs");
    std::fs::write(&out, train::render(&trained, &names)).unwrap_or_else(|e| panic!("cannot write {}: {e}", out.display()));
    println!(
        "{notes} notes ({pitches} pitches): {} weights, threshold {}; cross-validated: {:.1}% of pitches and {:.1}% of others reach it",
        trained.weights.len(),
        trained.threshold,
        100.0 * trained.pitch_share,
        100.0 * trained.false_share
    );
}
