//! Native throughput of the core: invitations scored per second (note analysis and
//! every rule), on the benchmark's notes (`tests/bench/notes.tsv`).
//!
//!     cargo run --release -p notefirst-core --example throughput [-- NOTES.tsv [MILLISECONDS]]
//!
//! Prints one JSON line; `./build.sh bench` runs it between the WebAssembly and
//! JavaScript runs of the same cards (`src/bench_entry.rs`) and compares them.
//! A figure to read, not a test. Besides the wall-clock rate it reports the rate per
//! second of CPU time this thread got (Linux), which holds up on a machine busy with
//! other work; wall-clock rates there can be several times lower.
use std::time::Instant;

use notefirst_core::ScoringConfig;

#[path = "../../bench_cards.rs"]
mod bench_cards;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/bench/notes.tsv").to_string());
    let millis: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let tsv = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let notes = bench_cards::parse_notes(&tsv);
    let cards: Vec<_> = notes.iter().enumerate().map(|(i, n)| bench_cards::card(i, n.as_deref())).collect();
    let config = ScoringConfig::default();

    // The first pass compiles every regex (once per process, as in a page).
    let cold = Instant::now();
    let checksum = bench_cards::score_all(&cards, &config);
    let cold_ms = cold.elapsed().as_secs_f64() * 1e3;

    let start = Instant::now();
    let cpu_start = thread_cpu_ns();
    let mut rounds = 0u64;
    while start.elapsed().as_millis() < u128::from(millis) {
        for _ in 0..10 {
            assert_eq!(bench_cards::score_all(&cards, &config), checksum);
        }
        rounds += 10;
    }
    let secs = start.elapsed().as_secs_f64();
    let cpu_secs = match (cpu_start, thread_cpu_ns()) {
        (Some(a), Some(b)) if b > a => Some((b - a) as f64 / 1e9),
        _ => None,
    };
    let scored = rounds * cards.len() as u64;
    let cpu = cpu_secs.map_or(String::from("null"), |c| format!("{:.1}", c * 1e3));
    let per_cpu = cpu_secs.map_or(String::from("null"), |c| format!("{:.0}", scored as f64 / c));
    println!(
        "{{\"flavour\":\"native\",\"notes\":{},\"rounds\":{rounds},\"scored\":{scored},\"ms\":{:.1},\"cpuMs\":{cpu},\"notesPerSec\":{:.0},\"notesPerCpuSec\":{per_cpu},\"coldMs\":{cold_ms:.2},\"checksum\":{checksum}}}",
        cards.len(),
        secs * 1e3,
        scored as f64 / secs
    );
}

/// Nanoseconds this thread has run on a CPU (Linux's schedstat), if the system says.
fn thread_cpu_ns() -> Option<u64> {
    std::fs::read_to_string("/proc/thread-self/schedstat").ok()?.split_whitespace().next()?.parse().ok()
}
