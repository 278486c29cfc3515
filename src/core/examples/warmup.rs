//! What `warm_up_step` costs, piece by piece, and what the first invitation scored
//! costs after it (the browser runs the pieces in idle slices before the first card, so
//! the largest piece is the longest task the warm-up adds to a page).
//!
//!     cargo run --release -p notefirst-core --example warmup [-- cold]
//!
//! Prints the wall-clock time of each step, then of the first three invitations scored
//! (with `cold`, no warm-up: the first one compiles everything). A figure to read, not a
//! test. Instructions, which a busy machine does not distort, by callgrind: one profile
//! dumped after each step and each of the three invitations, whose totals are its cost
//! (the first also counts reading the notes before it; the last, the rest of the run):
//!
//!     valgrind --tool=callgrind --dump-after='*timed_step*' --dump-after='*timed_assess*' \
//!         target/release/examples/warmup
//!     for f in $(ls callgrind.out.*.* | sort -t. -k4 -n); do grep -m1 '^summary' $f; done
use std::time::Instant;

use notefirst_core::{assess, warm_up_step, ScoringConfig};

#[path = "../../bench_cards.rs"]
mod bench_cards;

fn main() {
    let cold = std::env::args().nth(1).is_some_and(|a| a == "cold");
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/bench/notes.tsv");
    let tsv = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let notes = bench_cards::parse_notes(&tsv);
    let cards: Vec<_> = notes.iter().enumerate().map(|(i, n)| bench_cards::card(i, n.as_deref())).collect();
    let config = ScoringConfig::default();
    let ms = |since: Instant| since.elapsed().as_secs_f64() * 1e3;

    if !cold {
        let all = Instant::now();
        let mut step = 0;
        loop {
            let t = Instant::now();
            let more = timed_step();
            step += 1;
            println!("warm-up step {step:>2}: {:>7.2} ms", ms(t));
            if !more {
                break;
            }
        }
        println!("warm-up, all {step} steps: {:.1} ms", ms(all));
    }
    let first = cards.iter().position(|c| c.note.is_some()).unwrap_or(0);
    for (n, card) in cards[first..].iter().take(3).enumerate() {
        let t = Instant::now();
        let score = timed_assess(card, &config);
        println!("invitation {}: {:>7.2} ms (score {score})", n + 1, ms(t));
    }
    let t = Instant::now();
    let checksum = bench_cards::score_all(&cards, &config);
    println!("then every card ({}): {:.1} ms, checksum {checksum}", cards.len(), ms(t));
}

// Out of line, so that callgrind can dump a profile after each (the release profile's
// link-time optimisation would otherwise inline `warm_up_step` and `assess` into `main`).
#[inline(never)]
fn timed_step() -> bool {
    warm_up_step()
}

#[inline(never)]
fn timed_assess(card: &notefirst_core::Invitation, config: &ScoringConfig) -> u8 {
    assess(card, config).score
}
