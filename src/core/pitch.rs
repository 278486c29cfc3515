//! A learned cue for sales pitches: which words a note shares with the pitches people
//! have labelled, as one more kind of sales evidence beside the phrase families.
//!
//! Phrase families (`lexicon.rs`) say *what kind* of evidence a note holds, but every
//! new pitch is worded a little differently, and on notes nobody had seen they caught
//! only 60-70% of pitches. This cue looks at the words instead: a naive Bayes weight
//! per word and word pair (how much more often it appears in the labelled pitches than
//! in the other labelled notes), summed over the note. It is trained offline from the
//! labelled sets (`examples/train_pitch.rs`) into a table (`pitch_table.rs`) that a unit
//! test keeps in step with the data.
//!
//! It never decides alone: `note.rs` counts it as one *weak* kind of sales evidence, so
//! it turns one weak cue into a full pitch, and a note with no other sales evidence
//! into at most a weak one. Its evidence is the note's own words that weighed most.

use std::collections::BTreeSet;
use std::sync::LazyLock;

use crate::text::Folded;

#[path = "pitch_table.rs"]
mod table;

/// One feature of a note: a word or a pair of neighbouring words, with where it is in
/// the folded note.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Feature {
    text: String,
    start: usize,
    end: usize,
}

/// A folded note's words, as `features` and `read` both cut them: runs of ASCII letters
/// and digits, a number as `<n>`, each with where it starts and ends.
fn words(folded: &str) -> Vec<(&str, usize, usize)> {
    let bytes = folded.as_bytes();
    let mut words = Vec::new();
    let mut at = 0;
    while at < bytes.len() {
        if !bytes[at].is_ascii_alphanumeric() {
            at += 1;
            continue;
        }
        let start = at;
        while at < bytes.len() && bytes[at].is_ascii_alphanumeric() {
            at += 1;
        }
        let word = &folded[start..at];
        words.push((if word.bytes().all(|b| b.is_ascii_digit()) { "<n>" } else { word }, start, at));
    }
    words
}

/// The words of a folded note (runs of ASCII letters and digits; a number becomes `<n>`,
/// so that "40%" and "15 million" weigh as amounts, whatever the amount) and every pair
/// of neighbouring words, each once, first occurrence kept.
fn features(folded: &str) -> Vec<Feature> {
    let words: Vec<(String, usize, usize)> = words(folded).into_iter().map(|(word, start, end)| (word.to_string(), start, end)).collect();
    let mut all: Vec<Feature> = Vec::with_capacity(words.len() * 2);
    for (i, (word, start, end)) in words.iter().enumerate() {
        all.push(Feature { text: word.clone(), start: *start, end: *end });
        if let Some((next, _, next_end)) = words.get(i + 1) {
            all.push(Feature { text: format!("{word} {next}"), start: *start, end: *next_end });
        }
    }
    // Each once, in one pass (a note may have a few hundred features).
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    let first: Vec<bool> = all.iter().map(|f| seen.insert(f.text.as_str())).collect();
    all.into_iter().zip(first).filter_map(|(f, first)| first.then_some(f)).collect()
}

/// The table, parsed once from its text form (one "feature<TAB>weight" line per
/// feature, sorted): with 3,512 features, as text it added 21 KB gzipped to the
/// WebAssembly module, as a static array of string slices 32 KB. A malformed line is
/// skipped (a unit test rules it out).
static WEIGHTS: LazyLock<Vec<(&'static str, i16)>> = LazyLock::new(|| {
    table::WEIGHTS
        .lines()
        .filter_map(|line| {
            let (feature, weight) = line.split_once('\t')?;
            Some((feature, weight.parse().ok()?))
        })
        .collect()
});

/// The weight of one feature in hundredths of a natural log-odds unit, if the table has
/// it: the definition `read` must agree with (its test compares them), by binary search.
#[cfg(test)]
fn weight(feature: &str) -> Option<i32> {
    let weights = &*WEIGHTS;
    weights.binary_search_by(|(f, _)| (*f).cmp(feature)).ok().and_then(|i| weights.get(i)).map(|(_, w)| i32::from(*w))
}

/// A hash index over `WEIGHTS`, so that `read` finds a word or a pair of words without
/// building it as a String first: every note looks up about twice as many features as
/// it has words, and allocating and binary-searching each was a third of the time spent
/// scoring an invitation. Open addressing: each slot holds an index into `WEIGHTS`, or
/// `EMPTY`; at most half the slots are used, so a miss ends after a probe or two.
struct Index {
    slots: Vec<u16>,
    mask: usize,
}

const EMPTY: u16 = u16::MAX;

/// FNV-1a over the bytes of `parts` in order (a pair is hashed as word, space, word).
fn hash(parts: &[&[u8]]) -> usize {
    let mut h: u32 = 0x811c_9dc5;
    for part in parts {
        for &b in *part {
            h = (h ^ u32::from(b)).wrapping_mul(0x0100_0193);
        }
    }
    h as usize
}

/// Whether `feature` is the concatenation of `parts`.
fn is_concat(feature: &str, parts: &[&[u8]]) -> bool {
    let mut rest = feature.as_bytes();
    for part in parts {
        match rest.strip_prefix(*part) {
            Some(r) => rest = r,
            None => return false,
        }
    }
    rest.is_empty()
}

static INDEX: LazyLock<Index> = LazyLock::new(|| {
    let weights = &*WEIGHTS;
    // A table too big for 16-bit indices gets no index: every lookup then misses, which
    // a test rules out (the generated table has a few thousand features).
    let n = if weights.len() < usize::from(EMPTY) { weights.len() } else { 0 };
    let size = (n * 2).next_power_of_two().max(2);
    let mut slots = vec![EMPTY; size];
    let mask = size - 1;
    for (i, (feature, _)) in weights.iter().enumerate().take(n) {
        let mut at = hash(&[feature.as_bytes()]) & mask;
        while slots[at] != EMPTY {
            at = (at + 1) & mask;
        }
        slots[at] = i as u16;
    }
    Index { slots, mask }
});

/// The parsed table and its index, one piece each of `crate::warm_up_step` (built
/// ahead of the first note, in idle time, instead of on it).
pub(crate) const WARM_UP: [fn(); 2] = [
    || {
        LazyLock::force(&WEIGHTS);
    },
    || {
        LazyLock::force(&INDEX);
    },
];

/// The table entry (index into `WEIGHTS`) of the feature made of `parts`, if any.
fn entry(parts: &[&[u8]]) -> Option<usize> {
    let index = &*INDEX;
    let weights = &*WEIGHTS;
    let mut at = hash(parts) & index.mask;
    loop {
        let slot = *index.slots.get(at)?;
        if slot == EMPTY {
            return None;
        }
        let i = usize::from(slot);
        if weights.get(i).is_some_and(|(feature, _)| is_concat(feature, parts)) {
            return Some(i);
        }
        at = (at + 1) & index.mask;
    }
}

/// How a note reads against the labelled pitches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PitchWords {
    /// Sum of the weights of the note's features, in hundredths.
    pub score: i32,
    /// Whether the score reaches the trained threshold.
    pub fires: bool,
    /// The spans (in the folded note) of the features that weighed most toward a pitch.
    pub top: Vec<(usize, usize)>,
}

/// Word statistics need words: a note with fewer distinct words ("Would you be open to
/// a short chat?") is left to the phrase families, which already weigh its few words.
pub const MIN_WORDS: usize = 12;

/// How many distinct words (not pairs) a feature list holds.
fn word_count(features: &[Feature]) -> usize {
    features.iter().filter(|f| !f.text.contains(' ')).count()
}

/// How many of the heaviest features are quoted as evidence.
const QUOTED_FEATURES: usize = 3;

/// Scores a folded note: the same as summing the weights of `features`, each feature
/// once, but with no String built per word or pair (see `Index`).
pub fn read(folded: &Folded<'_>) -> PitchWords {
    let words = words(folded.as_str());
    // Enough distinct words? Counting stops at the minimum, so this stays linear.
    let mut distinct: Vec<&str> = Vec::with_capacity(MIN_WORDS);
    for &(word, _, _) in &words {
        if distinct.len() == MIN_WORDS {
            break;
        }
        if !distinct.contains(&word) {
            distinct.push(word);
        }
    }
    let long_enough = distinct.len() >= MIN_WORDS;
    // Weighed features in `features`' order (each word, then the pair it starts), each
    // table entry once, first occurrence kept.
    let mut seen = vec![0u64; WEIGHTS.len().div_ceil(64)];
    let mut weighed: Vec<(i32, usize, usize)> = Vec::new();
    let mut weigh = |parts: &[&[u8]], start: usize, end: usize| {
        let Some(i) = entry(parts) else { return };
        let (word, bit) = (i / 64, 1u64 << (i % 64));
        if seen.get(word).is_some_and(|w| w & bit == 0) {
            seen[word] |= bit;
            weighed.push((i32::from(WEIGHTS[i].1), start, end));
        }
    };
    for (i, &(word, start, end)) in words.iter().enumerate() {
        weigh(&[word.as_bytes()], start, end);
        if let Some(&(next, _, next_end)) = words.get(i + 1) {
            weigh(&[word.as_bytes(), b" ", next.as_bytes()], start, next_end);
        }
    }
    let score = weighed.iter().map(|(w, _, _)| *w).sum::<i32>();
    weighed.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    // The heaviest words, each quoted once: a word inside a pair already chosen adds nothing.
    let mut top: Vec<(usize, usize)> = Vec::with_capacity(QUOTED_FEATURES);
    for &(_, start, end) in weighed.iter().filter(|(w, _, _)| *w > 0) {
        if top.len() == QUOTED_FEATURES {
            break;
        }
        if !top.iter().any(|&(s, e)| start < e && s < end) {
            top.push((start, end));
        }
    }
    PitchWords { score, fires: long_enough && score >= table::THRESHOLD, top }
}

/// The evidence line: the heaviest words, quoted from the note, in the note's order.
pub fn evidence(folded: &Folded<'_>, top: &[(usize, usize)]) -> String {
    let mut spans = top.to_vec();
    spans.sort_unstable();
    spans.iter().map(|&(s, e)| folded.quote(s, e, false)).collect::<Vec<_>>().join(" … ")
}

/// Training, run offline by `examples/train_pitch.rs` and checked by a test; the
/// extension only ever reads the table.
pub mod train {
    use std::collections::BTreeMap;

    use super::features;
    use crate::text::Folded;

    /// A feature enters the table if this many labelled notes hold it...
    const MIN_NOTES: usize = 3;
    /// ...and it leans at least this far either way (hundredths of a log-odds unit).
    /// Measured on 1,535 notes: at 50 the table had 3,512 features (18 KB gzipped) and
    /// caught 87.2% of pitches in cross-validation; at 80, 2,199 (12 KB) and 85.8%; at
    /// 120, 1,536 (8.5 KB) and 85.0%, all at 4% of other notes.
    const MIN_LEAN: i32 = 80;
    /// Cross-validation folds for choosing the threshold.
    const FOLDS: usize = 5;
    /// The threshold is the lowest score at which at most this share of the notes that
    /// are not pitches (in cross-validation) would fire the cue.
    const MAX_FALSE_SHARE: f64 = 0.04;

    /// A trained table: weights sorted by feature, the threshold, and what
    /// cross-validation saw at that threshold (share of pitches and of others firing).
    pub struct Trained {
        pub weights: Vec<(String, i16)>,
        pub threshold: i32,
        pub pitch_share: f64,
        pub false_share: f64,
    }

    /// Each note's features, and whether it has words enough for the cue to read it.
    fn feature_sets(notes: &[(bool, &str)]) -> Vec<(bool, Vec<String>, bool)> {
        notes
            .iter()
            .map(|&(pitch, text)| {
                let fs = features(Folded::new(text).as_str());
                let long_enough = super::word_count(&fs) >= super::MIN_WORDS;
                (pitch, fs.into_iter().map(|f| f.text).collect(), long_enough)
            })
            .collect()
    }

    fn weights_of(sets: &[&(bool, Vec<String>, bool)]) -> BTreeMap<String, i16> {
        let pitches = sets.iter().filter(|(p, _, _)| *p).count() as f64;
        let others = sets.len() as f64 - pitches;
        let mut counts: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
        for (pitch, fs, _) in sets {
            for f in fs {
                let c = counts.entry(f.as_str()).or_default();
                if *pitch { c.0 += 1 } else { c.1 += 1 }
            }
        }
        counts
            .into_iter()
            .filter(|(_, (p, o))| p + o >= MIN_NOTES)
            .filter_map(|(f, (p, o))| {
                let lean = ((p as f64 + 1.0) / (pitches + 2.0) / ((o as f64 + 1.0) / (others + 2.0))).ln();
                let hundredths = (lean * 100.0).round() as i32;
                (hundredths.abs() >= MIN_LEAN).then(|| (f.to_string(), hundredths.clamp(i16::MIN.into(), i16::MAX.into()) as i16))
            })
            .collect()
    }

    fn score(weights: &BTreeMap<String, i16>, fs: &[String]) -> i32 {
        fs.iter().filter_map(|f| weights.get(f)).map(|w| i32::from(*w)).sum()
    }

    /// Trains on labelled notes (`true` for a pitch).
    pub fn train(notes: &[(bool, &str)]) -> Trained {
        let sets = feature_sets(notes);
        // Scores of each note by a table trained without its fold.
        let mut held_out: Vec<(bool, i32)> = Vec::with_capacity(sets.len());
        for fold in 0..FOLDS {
            let training: Vec<&(bool, Vec<String>, bool)> = sets.iter().enumerate().filter(|(i, _)| i % FOLDS != fold).map(|(_, s)| s).collect();
            let weights = weights_of(&training);
            // A note too short for the cue never reaches any threshold.
            held_out.extend(
                sets.iter()
                    .enumerate()
                    .filter(|(i, _)| i % FOLDS == fold)
                    .map(|(_, (p, fs, long_enough))| (*p, if *long_enough { score(&weights, fs) } else { i32::MIN })),
            );
        }
        let mut other_scores: Vec<i32> = held_out.iter().filter(|(p, _)| !p).map(|(_, s)| *s).collect();
        other_scores.sort_unstable_by(|a, b| b.cmp(a));
        let allowed = (other_scores.len() as f64 * MAX_FALSE_SHARE).floor() as usize;
        // Just above the score of the first "other" note past the allowance.
        let threshold = other_scores.get(allowed).map_or(0, |s| s.saturating_add(1));
        let share = |pitch: bool| {
            let all = held_out.iter().filter(|(p, _)| *p == pitch).count().max(1) as f64;
            held_out.iter().filter(|(p, s)| *p == pitch && *s >= threshold).count() as f64 / all
        };
        let everything: Vec<&(bool, Vec<String>, bool)> = sets.iter().collect();
        Trained {
            weights: weights_of(&everything).into_iter().collect(),
            threshold,
            pitch_share: share(true),
            false_share: share(false),
        }
    }

    /// The labelled sets the table is trained on, in a fixed order: the team's dev set
    /// (beside the clone, as for the quality tests) and every set in `tests/data`.
    /// Returns each set's name (for the table's header) and path.
    pub fn sources(core_dir: &std::path::Path) -> Vec<(String, std::path::PathBuf)> {
        let mut out = vec![("shared/data/notes-dev.tsv".to_string(), core_dir.join("../../../shared/data/notes-dev.tsv"))];
        let data = core_dir.join("tests/data");
        let mut names: Vec<String> = std::fs::read_dir(&data)
            .map(|dir| dir.filter_map(|e| e.ok()).map(|e| e.file_name().to_string_lossy().into_owned()).collect())
            .unwrap_or_default();
        names.retain(|n| n.starts_with("notes-") && n.ends_with(".tsv"));
        names.sort();
        out.extend(names.into_iter().map(|n| (format!("src/core/tests/data/{n}"), data.join(&n))));
        out
    }

    /// The notes of a labelled TSV (id, label, text; a header line), `true` for `sales`.
    pub fn labelled(tsv: &str) -> Vec<(bool, String)> {
        tsv.lines()
            .skip(1)
            .filter_map(|line| {
                let mut cols = line.splitn(3, '\t');
                let (_, label, text) = (cols.next()?, cols.next()?, cols.next()?);
                Some((label == "sales", text.to_string()))
            })
            .collect()
    }

    /// Trains on every labelled set (`sources`); returns the table, the sets' names and
    /// how many notes and pitches it saw. Errors name a set that could not be read.
    pub fn train_from_sources(core_dir: &std::path::Path) -> Result<(Trained, Vec<String>, usize, usize), String> {
        let sources = sources(core_dir);
        let mut notes: Vec<(bool, String)> = Vec::new();
        for (name, path) in &sources {
            let tsv = std::fs::read_to_string(path).map_err(|e| format!("cannot read {name} ({}): {e}", path.display()))?;
            notes.extend(labelled(&tsv));
        }
        let refs: Vec<(bool, &str)> = notes.iter().map(|(p, t)| (*p, t.as_str())).collect();
        let pitches = refs.iter().filter(|(p, _)| *p).count();
        Ok((train(&refs), sources.into_iter().map(|(n, _)| n).collect(), notes.len(), pitches))
    }

    /// The table as the Rust source of `pitch_table.rs`.
    pub fn render(trained: &Trained, sources: &[String]) -> String {
        let mut out = String::new();
        out.push_str("//! Generated by `cargo run --release -p notefirst-core --example train_pitch`: do not edit.\n");
        out.push_str("//! Naive Bayes weights (hundredths of a log-odds unit; positive leans toward a pitch)\n");
        out.push_str("//! for words and word pairs of connection notes, trained on the labelled sets:\n");
        for s in sources {
            out.push_str(&format!("//! - {s}\n"));
        }
        out.push_str(&format!(
            "//!\n//! Cross-validated at the threshold: {:.1}% of pitches and {:.1}% of other notes reach it.\n\n",
            100.0 * trained.pitch_share,
            100.0 * trained.false_share
        ));
        out.push_str(&format!("pub(super) const THRESHOLD: i32 = {};\n\n", trained.threshold));
        out.push_str(&format!("/// {} features, one per line, sorted: the feature, a tab, its weight.\n", trained.weights.len()));
        out.push_str("pub(super) static WEIGHTS: &str = \"\\\n");
        for (f, w) in &trained.weights {
            // Features are ASCII letters, digits, spaces and "<n>": nothing to escape.
            out.push_str(&format!("{f}\\t{w}\\n\\\n"));
        }
        out.push_str("\";\n");
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn features_are_words_numbers_and_pairs_each_once() {
        let f: Vec<String> = features("we cut costs by 40% - we cut").into_iter().map(|f| f.text).collect();
        assert_eq!(f, ["we", "we cut", "cut", "cut costs", "costs", "costs by", "by", "by <n>", "<n>", "<n> we"]);
    }

    /// `read` as first written: the features as Strings, each weighed by binary search.
    fn read_by_definition(folded: &Folded<'_>) -> PitchWords {
        let features = features(folded.as_str());
        let long_enough = word_count(&features) >= MIN_WORDS;
        let mut weighed: Vec<(i32, usize, usize)> = features.into_iter().filter_map(|f| weight(&f.text).map(|w| (w, f.start, f.end))).collect();
        let score = weighed.iter().map(|(w, _, _)| *w).sum::<i32>();
        weighed.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        let mut top: Vec<(usize, usize)> = Vec::new();
        for &(_, start, end) in weighed.iter().filter(|(w, _, _)| *w > 0) {
            if top.len() == QUOTED_FEATURES {
                break;
            }
            if !top.iter().any(|&(s, e)| start < e && s < end) {
                top.push((start, end));
            }
        }
        PitchWords { score, fires: long_enough && score >= table::THRESHOLD, top }
    }

    #[test]
    fn read_agrees_with_the_definition_on_every_labelled_note() {
        let core = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut notes: Vec<String> = Vec::new();
        for (_, path) in train::sources(core) {
            if let Ok(tsv) = std::fs::read_to_string(&path) {
                notes.extend(train::labelled(&tsv).into_iter().map(|(_, note)| note));
            }
        }
        assert!(notes.len() > 1000, "the labelled sets were not found");
        notes.extend(["", "12 34 12 34", "we we we we", "a b c d e f g h i j k l", "a b c d e f g h i j k k"].map(String::from));
        for note in &notes {
            let folded = Folded::new(note);
            assert_eq!(read(&folded), read_by_definition(&folded), "{note}");
        }
        // Every feature of the table is found by the index, with its own weight.
        for (feature, w) in WEIGHTS.iter() {
            let parts: Vec<&[u8]> = feature.as_bytes().split(|&b| b == b' ').flat_map(|p| [p, b" "]).collect();
            let parts = &parts[..parts.len() - 1];
            assert_eq!(entry(parts).map(|i| WEIGHTS[i].1), Some(*w), "{feature}");
        }
    }

    #[test]
    fn the_table_parses_whole_and_is_sorted_for_lookup() {
        let weights = &*WEIGHTS;
        assert_eq!(weights.len(), table::WEIGHTS.lines().count(), "a line of pitch_table.rs did not parse");
        assert!(weights.windows(2).all(|w| w[0].0 < w[1].0));
        assert!(!weights.is_empty());
    }

    #[test]
    fn evidence_quotes_each_heavy_word_once() {
        let note = "Most new managers I coach struggle with delegation in the first 90 days. I'm running a small cohort next month, want the details?";
        let folded = Folded::new(note);
        let read = read(&folded);
        assert!(read.top.len() <= QUOTED_FEATURES);
        for (i, a) in read.top.iter().enumerate() {
            for b in &read.top[i + 1..] {
                assert!(a.1 <= b.0 || b.1 <= a.0, "overlapping quotes {a:?} {b:?} in {:?}", evidence(&folded, &read.top));
            }
        }
    }

    #[test]
    fn hostile_and_empty_notes_read_quietly() {
        for note in ["", " ", "🙂🙂", "\u{202e}abc", &"x".repeat(10_000), "a b c d e f g"] {
            let folded = Folded::new(note);
            let read = read(&folded);
            let _ = evidence(&folded, &read.top);
        }
    }
}
