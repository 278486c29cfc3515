//! Native heap use of the core while scoring: what the regexes cost in memory.
//!
//!     cargo run --release -p notefirst-core --example memory [-- NOTES.tsv [PASSES [warm]]]
//!
//! A counting global allocator records the bytes live and their peak. In WebAssembly
//! the module's memory grows to the heap's peak and never shrinks, so the peak (not
//! what stays live) is what a page pays. Prints one line per stage: the first card, the
//! first pass over the benchmark's notes (which compiles the regexes the notes need),
//! then warm passes (20 unless told; the lazy DFAs' caches fill). With `warm`, the
//! whole `warm_up_step` sequence runs first, as the browser runs it before the first
//! card (it should change no figure after the first pass). A figure to read,
//! not a test. Under `valgrind --tool=callgrind` it also counts instructions, which a
//! busy machine does not distort: two runs with different numbers of passes give the
//! cost of one warm pass.
use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use notefirst_core::ScoringConfig;

#[path = "../../bench_cards.rs"]
mod bench_cards;

struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);
static CALLS: AtomicUsize = AtomicUsize::new(0);

fn grew(by: usize) {
    let live = LIVE.fetch_add(by, Ordering::Relaxed) + by;
    PEAK.fetch_max(live, Ordering::Relaxed);
    CALLS.fetch_add(1, Ordering::Relaxed);
}

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        grew(layout.size());
        unsafe { System.alloc(layout) }
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        unsafe { System.dealloc(ptr, layout) }
    }
    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if new_size >= layout.size() {
            grew(new_size - layout.size());
        } else {
            LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
        }
        unsafe { System.realloc(ptr, layout, new_size) }
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

fn report(stage: &str) {
    let mb = |b: usize| b as f64 / (1024.0 * 1024.0);
    println!(
        "{stage:<28} live {:>7.2} MB   peak {:>7.2} MB   allocations {}",
        mb(LIVE.load(Ordering::Relaxed)),
        mb(PEAK.load(Ordering::Relaxed)),
        CALLS.load(Ordering::Relaxed)
    );
}

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/bench/notes.tsv").to_string());
    let passes: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(20);
    let tsv = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {path}: {e}"));
    let notes = bench_cards::parse_notes(&tsv);
    let cards: Vec<_> = notes.iter().enumerate().map(|(i, n)| bench_cards::card(i, n.as_deref())).collect();
    let config = ScoringConfig::default();
    report("cards read");
    if args.next().is_some_and(|a| a == "warm") {
        while notefirst_core::warm_up_step() {}
        report("warmed up");
    }
    let first = cards.iter().position(|c| c.note.is_some()).unwrap_or(0);
    bench_cards::score_all(&cards[first..=first], &config);
    report("first card with a note");
    let checksum = bench_cards::score_all(&cards, &config);
    report("first pass");
    for _ in 0..passes {
        assert_eq!(bench_cards::score_all(&cards, &config), checksum);
    }
    report(&format!("{} passes", passes + 1));
    println!("checksum {checksum}");
}
