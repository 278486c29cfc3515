//! The benchmark's entry point into the core (`./build.sh bench`, tests/bench/): scores
//! the same cards as the native harness (`src/core/examples/throughput.rs`), so the
//! WebAssembly and JavaScript flavours can be timed against native code. Compiled only
//! with the `bench` feature: the shipped extension does not carry it.

use notefirst_core::ScoringConfig;
use wasm_bindgen::prelude::*;

#[path = "bench_cards.rs"]
mod cards;

/// Scores the cards built from `notes` (strings; `null` = no note) `rounds` times and
/// returns the checksum of one round (equal to the native harness's for the same notes).
#[wasm_bindgen]
pub fn bench_score_notes(notes: js_sys::Array, rounds: u32) -> u32 {
    let cards: Vec<_> = notes.iter().enumerate().map(|(i, n)| cards::card(i, n.as_string().as_deref())).collect();
    let config = ScoringConfig::default();
    let mut checksum = 0;
    for _ in 0..rounds {
        checksum = cards::score_all(&cards, &config);
    }
    checksum
}

/// Bytes of linear memory the module holds now.
#[wasm_bindgen]
pub fn bench_memory_bytes() -> u32 {
    #[cfg(target_arch = "wasm32")]
    {
        (core::arch::wasm32::memory_size(0) * 65536) as u32
    }
    #[cfg(not(target_arch = "wasm32"))]
    {
        0
    }
}
