//! How scoring time grows with a note's length: 1k, 10k and 100k characters, in shapes
//! chosen to make pattern matching work hard. Linear growth shows as a 100k/10k factor
//! near 10 at most (notes are analysed up to `note::MAX_ANALYSED_CHARS` characters, so
//! past that the factor falls towards 1); a quadratic path would show as about 100.
//!
//!     cargo run -p notefirst-core --release --example linearity
//!
//! A figure to read, not a test: wall time on a shared machine is too noisy to assert
//! on, and the project's machines expose no hardware instruction counter (the
//! count-based check is `long_notes_cost_what_their_first_part_costs` in
//! tests/fuzz.rs). For instruction counts, run one case under valgrind and compare
//! sizes (the first figure includes compiling the patterns, the same for every size):
//!
//!     cargo build -p notefirst-core --release --example linearity
//!     valgrind --tool=cachegrind --cache-sim=no target/release/examples/linearity one "long domain" 100000
use notefirst_core::{assess, Invitation, ScoringConfig};
use std::time::Instant;

fn fill(unit: &str, n: usize) -> String {
    unit.chars().cycle().take(n).collect()
}

/// Makes a note of about `n` characters.
type Make = fn(usize) -> String;

/// Each shape: a name and how to make it.
const SHAPES: &[(&str, Make)] = &[
    ("prose", |n| fill("We met at RustConf in Lisbon and I loved your talk on async. ", n)),
    ("pitch", |n| fill("We help SaaS founders double pipeline: book a call at acme.io/demo today! ", n)),
    ("one long word", |n| fill("a", n)),
    ("long domain", |n| format!("{}.com", fill("a", n.saturating_sub(4)))),
    ("hyphen run", |n| format!("{}s like yours", fill("a-", n.saturating_sub(12)))),
    ("word run", |n| fill("gratis-", n)),
    ("long url", |n| format!("https://x.io/{}", fill("a/", n.saturating_sub(13)))),
    ("questions", |n| fill("how did you do the migration of the big data? ", n)),
    ("commas", |n| fill("we met, ", n)),
    ("negations", |n| fill("not we met never ", n)),
    ("emoji+bidi", |n| fill("👋\u{202E}é\u{200B}ß ", n)),
    ("placeholders", |n| fill("#first_name# {{company}} ", n)),
];

fn score(note: String, cfg: &ScoringConfig) -> u8 {
    let inv = Invitation { headline: Some(note.clone()), note: Some(note), ..Default::default() };
    assess(&inv, cfg).score
}

/// The fastest of three runs, in milliseconds.
fn time(note: &str, cfg: &ScoringConfig) -> f64 {
    (0..3)
        .map(|_| {
            let note = note.to_string();
            let start = Instant::now();
            let s = score(note, cfg);
            let took = start.elapsed().as_secs_f64() * 1000.0;
            assert!(s <= 100);
            took
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let cfg = ScoringConfig::default();
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let [one, shape, chars] = args.as_slice() {
        // One case, for valgrind: `one SHAPE CHARS`.
        assert_eq!(one, "one", "usage: linearity [one SHAPE CHARS]");
        let make = SHAPES.iter().find(|(name, _)| name == shape).map(|(_, make)| make).expect("a shape from the table");
        let chars: usize = chars.parse().expect("a number of characters");
        println!("{shape} {chars}: score {}", score(make(chars), &cfg));
        return;
    }
    let _ = score("warm up: compile the patterns once".into(), &cfg);
    println!("{:<14} {:>9} {:>9} {:>9} {:>9}", "shape", "1k ms", "10k ms", "100k ms", "100k/10k");
    for (name, make) in SHAPES {
        let t: Vec<f64> = [1_000, 10_000, 100_000].iter().map(|&n| time(&make(n), &cfg)).collect();
        println!("{:<14} {:>9.3} {:>9.3} {:>9.3} {:>9.1}", name, t[0], t[1], t[2], t[2] / t[1].max(1e-6));
    }
}
