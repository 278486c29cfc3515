//! Note analysis: what a connection note says, as named signals with quoted evidence.
//!
//! Used twice: by the scorer for received invitations (`score.rs`), and by the note
//! helper for the user's own outgoing note (does it say how you know them, and why?).
//!
//! How it works:
//! 1. The note is folded once (`text.rs`): lower-case, accents removed, invisible
//!    characters dropped, with a map back to the original for quoting.
//! 2. Each signal has one compiled regex: all its phrase families (`lexicon.rs`) joined
//!    into a single alternation, ASCII-only so the lazy DFA stays fast and the wasm
//!    build needs no Unicode tables. Regexes are built once, on first use.
//! 3. A signal's strength comes from how many distinct *kinds* of evidence agree: one
//!    weak cue is [`Strength::Weak`] (half weight), a strong cue or two weak ones is
//!    [`Strength::Full`], and for signals that accumulate (context, sales) more is
//!    [`Strength::Stacked`]. Repeating the same kind of cue never adds up.
//! 4. Structural cues that are not phrases: a specific question (a long-enough question
//!    that is not about connecting or calling), unfilled mail-merge placeholders, and a
//!    contentless note (once greetings, courtesies, LinkedIn's canned lines and "let's
//!    connect" are removed, at most a name is left).
//! 5. Interactions are a small table: praise *with* context is not flattery, a shared
//!    group *with* a reason is not "shared group only", and so on.
//!
//! Everything is linear in the note's length, and nothing here panics on any input.

use std::sync::LazyLock;

use regex::{Regex, RegexBuilder};

use crate::lexicon::{self, Cue, Family};
use crate::text::{clean_quote, Folded};

/// A kind of thing a note can say. Each has a rule of the same id in `score.rs`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Signal {
    /// Says how they know or found the person.
    Context,
    /// States a concrete reason to connect.
    ReasonGiven,
    /// Asks a specific question.
    Question,
    /// Genuine job outreach.
    Recruiter,
    /// Empty of content: LinkedIn's canned text, a greeting, "let's connect".
    Canned,
    /// An unfilled mail-merge placeholder ("#firstName#").
    Placeholder,
    /// A pitch for a product, service, call, partnership or scheme.
    Sales,
    /// Praise with no reason.
    Flattery,
    /// The only reason is a shared group, school, place or employer.
    SharedGroupOnly,
    /// Words, but nothing concrete.
    Vague,
}

impl Signal {
    /// Every signal, in report order.
    pub const ALL: [Signal; 10] = [
        Signal::Context,
        Signal::ReasonGiven,
        Signal::Question,
        Signal::Recruiter,
        Signal::Canned,
        Signal::Placeholder,
        Signal::Sales,
        Signal::Flattery,
        Signal::SharedGroupOnly,
        Signal::Vague,
    ];

    /// The stable id, shared with the scoring rule of the same meaning.
    pub fn id(self) -> &'static str {
        match self {
            Signal::Context => "context",
            Signal::ReasonGiven => "reason-given",
            Signal::Question => "question",
            Signal::Recruiter => "recruiter",
            Signal::Canned => "canned-text",
            Signal::Placeholder => "placeholder",
            Signal::Sales => "sales",
            Signal::Flattery => "flattery",
            Signal::SharedGroupOnly => "shared-group-only",
            Signal::Vague => "vague",
        }
    }
}

/// How sure a signal is, which scales its rule's weight.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// One weak cue: half the weight.
    Weak,
    /// A strong cue, or two kinds of weak cue: the full weight.
    Full,
    /// Several kinds of cue agree, for signals that accumulate: one and a half times.
    Stacked,
}

impl Strength {
    /// The points a rule of `weight` earns at this strength (rounded toward zero).
    pub fn scale(self, weight: i32) -> i32 {
        let weight = i64::from(weight);
        let scaled = match self {
            Strength::Weak => weight / 2,
            Strength::Full => weight,
            Strength::Stacked => weight * 3 / 2,
        };
        i32::try_from(scaled).unwrap_or(if scaled < 0 { i32::MIN } else { i32::MAX })
    }
}

/// One signal found in a note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SignalHit {
    pub signal: Signal,
    pub strength: Strength,
    /// The quoted words that triggered it (about 80 characters at most), or for
    /// structural signals a short description of what was seen.
    pub evidence: String,
    /// The kinds of evidence that agreed (family names from `lexicon.rs`), for diagnostics.
    pub cues: Vec<&'static str>,
}

/// What a note says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NoteSignals {
    /// The note is empty or only whitespace and invisible characters.
    pub empty: bool,
    /// Nothing but canned text, greetings, courtesies and names (also true when empty).
    pub contentless: bool,
    /// Words in the note (in its analysed part, the first [`MAX_ANALYSED_CHARS`] characters).
    pub word_count: usize,
    /// Characters in the note as typed (LinkedIn's limit is 300, or 200 on free accounts).
    pub char_count: usize,
    /// Signals found, in [`Signal::ALL`] order, after interactions were applied.
    pub hits: Vec<SignalHit>,
}

impl NoteSignals {
    pub fn get(&self, signal: Signal) -> Option<&SignalHit> {
        self.hits.iter().find(|h| h.signal == signal)
    }

    pub fn has(&self, signal: Signal) -> bool {
        self.get(signal).is_some()
    }

    /// The note says how the sender knows or found the person.
    pub fn says_how_you_know(&self) -> bool {
        self.has(Signal::Context)
    }

    /// The note says why connecting makes sense: a reason, a question or a job.
    pub fn says_why(&self) -> bool {
        self.has(Signal::ReasonGiven) || self.has(Signal::Question) || self.has(Signal::Recruiter)
    }

    /// The note reads like a pitch, or was sent by a bulk tool.
    pub fn looks_like_sales(&self) -> bool {
        self.has(Signal::Sales) || self.has(Signal::Placeholder)
    }
}

/// Whether a note says nothing: empty, LinkedIn's canned text, a greeting, or a
/// contentless line such as "I'd like to connect" (a name or two may remain).
pub fn note_is_contentless(text: &str) -> bool {
    analyse_note(text).contentless
}

/// How much of a note is analysed, in characters. LinkedIn's note box takes 300; a
/// longer "note" on a page is not one LinkedIn sent. The cap bounds the cost whatever
/// a page holds: overlapping-match searches (see `Matcher::hit`) and the regex crate's
/// match iteration can be quadratic on crafted text (a 10,000-character "aaaa…a.com"
/// took 0.7 s natively, 100,000 characters nearly 2 minutes).
pub const MAX_ANALYSED_CHARS: usize = 1_000;

/// Analyses one note (its first [`MAX_ANALYSED_CHARS`] characters). Linear in its
/// length; never panics.
pub fn analyse_note(text: &str) -> NoteSignals {
    let char_count = text.trim().chars().count();
    let text = match text.char_indices().nth(MAX_ANALYSED_CHARS) {
        Some((end, _)) => &text[..end],
        None => text,
    };
    let folded = Folded::new(text);
    let haystack = folded.as_str();
    let word_count = count_words(haystack);
    if is_only_symbols(haystack) {
        return NoteSignals { empty: haystack.is_empty(), contentless: true, word_count, char_count, hits: Vec::new() };
    }

    let mut raw: Vec<SignalHit> = Vec::new();
    for (signal, matcher) in PHRASE_MATCHERS.iter() {
        if let Some(hit) = matcher.hit(*signal, &folded) {
            raw.push(hit);
        }
    }
    if let Some(question) = specific_question(&folded) {
        merge(&mut raw, question);
    }

    let content_signals = [
        Signal::Context,
        Signal::ReasonGiven,
        Signal::Question,
        Signal::Recruiter,
        Signal::Placeholder,
        Signal::Sales,
        Signal::Flattery,
        Signal::SharedGroupOnly,
    ];
    let says_something = raw.iter().any(|h| content_signals.contains(&h.signal));
    let contentless = !says_something && leftover_words(haystack) <= CONTENTLESS_MAX_LEFTOVER_WORDS;
    if contentless {
        raw.push(SignalHit {
            signal: Signal::Canned,
            strength: Strength::Full,
            evidence: clean_quote(text),
            cues: vec!["contentless"],
        });
    } else if raw.is_empty() {
        // Words, and not one kind of evidence: vague, but only weakly so, because it
        // may as well be a good note in words no list knows.
        raw.push(SignalHit {
            signal: Signal::Vague,
            strength: Strength::Weak,
            evidence: "no reason, question or context found".to_string(),
            cues: vec!["nothing-concrete"],
        });
    }

    let hits = apply_interactions(raw);
    NoteSignals { empty: false, contentless, word_count, char_count, hits }
}

/// An empty note, or one made only of emoji and punctuation, is contentless and not
/// analysed further.
fn is_only_symbols(haystack: &str) -> bool {
    !haystack.chars().any(char::is_alphanumeric)
}

/// At most this many words may remain once everything contentless is removed: room for
/// a first and last name, or a name and a stray word, but not for a sentence.
const CONTENTLESS_MAX_LEFTOVER_WORDS: usize = 3;

/// A question needs this many words, besides greetings and courtesies, to count as
/// specific ("Are you hiring?" and "Hi Thiago, how are you?" do not).
const SPECIFIC_QUESTION_MIN_WORDS: usize = 6;

/// Matches shorter than this (in bytes) are quoted with the rest of their clause.
const QUOTE_CLAUSE_BELOW: usize = 24;

/// How signals interact. A signal is dropped when one of the listed signals is also
/// present (in the note's raw findings). `only_if_weak` limits the rule to weak hits of
/// the dropped signal; `by_needs_full` counts only suppressors of at least full strength
/// (so two weak hits never cancel each other out).
struct Suppression {
    dropped: Signal,
    only_if_weak: bool,
    by_needs_full: bool,
    by: &'static [Signal],
}

static SUPPRESSIONS: &[Suppression] = &[
    // Praise that comes with how they know you, or with a job, is not empty flattery.
    Suppression { dropped: Signal::Flattery, only_if_weak: false, by_needs_full: false, by: &[Signal::Context, Signal::Recruiter] },
    // "Shared group" only counts when it is the *only* reason; a thin thread of context
    // (a mutual named, a conference mentioned) does not make it more than that.
    Suppression { dropped: Signal::SharedGroupOnly, only_if_weak: false, by_needs_full: true, by: &[Signal::Context] },
    Suppression {
        dropped: Signal::SharedGroupOnly,
        only_if_weak: false,
        by_needs_full: false,
        by: &[Signal::ReasonGiven, Signal::Question, Signal::Sales, Signal::Recruiter],
    },
    // A pitch's question or "reason" is part of the pitch.
    Suppression { dropped: Signal::Question, only_if_weak: false, by_needs_full: false, by: &[Signal::Sales] },
    Suppression { dropped: Signal::ReasonGiven, only_if_weak: false, by_needs_full: false, by: &[Signal::Sales] },
    // One weak sales cue (a link, "co-founder") in a note with real context is not a pitch...
    Suppression { dropped: Signal::Sales, only_if_weak: true, by_needs_full: true, by: &[Signal::Context, Signal::Recruiter] },
    // ...and a thin bit of context ("congrats on the Series A") in a clear pitch is its opener.
    Suppression { dropped: Signal::Context, only_if_weak: true, by_needs_full: true, by: &[Signal::Sales] },
    // Vague is what is left when nothing more specific explains the note.
    Suppression {
        dropped: Signal::Vague,
        only_if_weak: false,
        by_needs_full: false,
        by: &[
            Signal::Context,
            Signal::ReasonGiven,
            Signal::Question,
            Signal::Recruiter,
            Signal::Canned,
            Signal::Placeholder,
            Signal::Sales,
            Signal::Flattery,
            Signal::SharedGroupOnly,
        ],
    },
];

fn apply_interactions(raw: Vec<SignalHit>) -> Vec<SignalHit> {
    let present: Vec<(Signal, Strength)> = raw.iter().map(|h| (h.signal, h.strength)).collect();
    let suppressor_present = |signal: Signal, needs_full: bool| {
        present.iter().any(|&(s, strength)| s == signal && (!needs_full || strength >= Strength::Full))
    };
    let mut kept: Vec<SignalHit> = raw
        .into_iter()
        .filter(|hit| {
            !SUPPRESSIONS.iter().any(|s| {
                s.dropped == hit.signal
                    && (!s.only_if_weak || hit.strength == Strength::Weak)
                    && s.by.iter().any(|&b| suppressor_present(b, s.by_needs_full))
            })
        })
        .collect();
    kept.sort_by_key(|h| h.signal);
    kept
}

/// Adds `extra` to the findings, merging with an existing hit of the same signal.
fn merge(hits: &mut Vec<SignalHit>, extra: SignalHit) {
    match hits.iter_mut().find(|h| h.signal == extra.signal) {
        Some(existing) => {
            existing.strength = existing.strength.max(extra.strength);
            for cue in extra.cues {
                if !existing.cues.contains(&cue) {
                    existing.cues.push(cue);
                }
            }
        }
        None => hits.push(extra),
    }
}

// ---------------------------------------------------------------------------------
// Phrase matching
// ---------------------------------------------------------------------------------

/// One signal's compiled families.
struct Matcher {
    /// All families in one alternation: one pass finds every match. `None` only if the
    /// phrase data failed to compile, which a unit test rules out; at run time the
    /// signal then quietly never fires rather than panicking.
    regex: Option<Regex>,
    /// Each family alone, only to tell which family a match came from. (Capture groups
    /// would do the same, but need the slow PikeVM without the regex crate's
    /// backtracking features, which the wasm build leaves out.)
    family_regexes: Vec<Option<Regex>>,
    families: &'static [Family],
    /// Skip matches right after a negation ("we have never met", "nao nos conhecemos").
    negatable: bool,
    /// Whether agreeing kinds of evidence may go beyond the full weight.
    stacks: bool,
}

static PHRASE_MATCHERS: LazyLock<Vec<(Signal, Matcher)>> = LazyLock::new(|| {
    vec![
        (Signal::Context, Matcher::new(lexicon::CONTEXT, true, true)),
        (Signal::ReasonGiven, Matcher::new(lexicon::REASON, true, false)),
        (Signal::Question, Matcher::new(lexicon::QUESTION, false, false)),
        (Signal::Recruiter, Matcher::new(lexicon::RECRUITER, false, false)),
        (Signal::Placeholder, Matcher::new(lexicon::PLACEHOLDER, false, false)),
        (Signal::Sales, Matcher::new(lexicon::SALES, false, true)),
        (Signal::Flattery, Matcher::new(lexicon::FLATTERY, false, false)),
        (Signal::SharedGroupOnly, Matcher::new(lexicon::SHARED_GROUP, true, false)),
        (Signal::Vague, Matcher::new(lexicon::VAGUE, false, false)),
    ]
});

static CONTENTLESS: LazyLock<Option<Regex>> = LazyLock::new(|| compile(lexicon::CONTENTLESS));
static META_QUESTION: LazyLock<Option<Regex>> = LazyLock::new(|| compile(lexicon::META_QUESTION));

/// A negation just before a match, within the same clause, at most two words away.
static NEGATION_BEFORE: LazyLock<Option<Regex>> = LazyLock::new(|| {
    build(r"(?:\b(?:not|never|nao|no|nunca|pas|jamais|nicht|nie|niet|nooit|non|mai|geen|kein\w*)|n't) (?:[\w']+ ){0,2}$")
});

/// How far back to look for a negation, in bytes of folded text.
const NEGATION_WINDOW: usize = 32;

/// How many matches starting inside another match are looked for (see `Matcher::hit`).
const MAX_INNER_MATCHES: usize = 4;

fn next_char_boundary(text: &str, at: usize) -> usize {
    let mut next = at + 1;
    while next < text.len() && !text.is_char_boundary(next) {
        next += 1;
    }
    next.min(text.len())
}

impl Matcher {
    fn new(families: &'static [Family], negatable: bool, stacks: bool) -> Matcher {
        let family_regexes = families.iter().map(|f| compile_anchored(std::slice::from_ref(f))).collect();
        Matcher { regex: compile(families), family_regexes, families, negatable, stacks }
    }

    /// Notes, for each family not yet seen, whether it has a match starting at `start`
    /// (and where that match ends). The family regexes are anchored, so each check reads
    /// only as far as its phrase could.
    fn record_families_at(&self, haystack: &str, start: usize, first_match: &mut [Option<(usize, usize)>]) {
        let rest = haystack.get(start..).unwrap_or("");
        for (slot, regex) in first_match.iter_mut().zip(&self.family_regexes) {
            if slot.is_some() {
                continue;
            }
            if let Some(m) = regex.as_ref().and_then(|r| r.find(rest)) {
                *slot = Some((start, start + m.end()));
            }
        }
    }

    fn hit(&self, signal: Signal, folded: &Folded<'_>) -> Option<SignalHit> {
        let regex = self.regex.as_ref()?;
        let haystack = folded.as_str();
        // Per family: whether it matched, and where it first did.
        let mut first_match: Vec<Option<(usize, usize)>> = vec![None; self.families.len()];
        let record = |start: usize, first_match: &mut [Option<(usize, usize)>]| {
            if !(self.negatable && negated_before(haystack, start)) {
                self.record_families_at(haystack, start, first_match);
            }
        };
        let mut from = 0;
        while let Some(found) = regex.find_at(haystack, from) {
            if first_match.iter().all(Option::is_some) {
                break; // every kind of evidence seen: more matches change nothing
            }
            record(found.start(), &mut first_match);
            // Matches that start inside this one, so that one family's match ("richiedi
            // un preventivo") cannot hide another's ("preventivo"). Searching only up to
            // this match's end, and only a few times per match, keeps the whole scan
            // linear even when every word of a long run could start a match.
            let inside = haystack.get(..found.end()).unwrap_or("");
            let mut inner_from = next_char_boundary(haystack, found.start());
            for _ in 0..MAX_INNER_MATCHES {
                if inner_from >= found.end() {
                    break;
                }
                let Some(inner) = regex.find_at(inside, inner_from) else { break };
                record(inner.start(), &mut first_match);
                inner_from = next_char_boundary(haystack, inner.start());
            }
            from = if found.end() > found.start() { found.end() } else { next_char_boundary(haystack, found.start()) };
            if from > haystack.len() {
                break;
            }
        }
        let mut weight_units = 0usize;
        let mut cues = Vec::new();
        let mut evidence: Option<(u8, usize, usize)> = None;
        for (family, found) in self.families.iter().zip(&first_match) {
            let Some((start, end)) = *found else { continue };
            let (units, rank) = match family.cue {
                Cue::Strong => (2, 2),
                Cue::Weak => (1, 1),
                Cue::Supporting => (1, 0),
            };
            weight_units += units;
            cues.push(family.name);
            // Quote the earliest match of the strongest kind.
            let better = match evidence {
                None => true,
                Some((best, at, _)) => rank > best || (rank == best && start < at),
            };
            if better {
                evidence = Some((rank, start, end));
            }
        }
        let (best_rank, start, end) = evidence?;
        if best_rank == 0 {
            return None; // supporting cues only
        }
        let strength = match weight_units {
            0 | 1 => Strength::Weak,
            2 => Strength::Full,
            _ if self.stacks => Strength::Stacked,
            _ => Strength::Full,
        };
        // A short match ("we met") reads better with the rest of its clause; a long one
        // (a URL, a whole canned line) already says it all.
        let with_clause = !matches!(signal, Signal::Placeholder) && end - start < QUOTE_CLAUSE_BELOW;
        Some(SignalHit { signal, strength, evidence: folded.quote(start, end, with_clause), cues })
    }
}

fn negated_before(haystack: &str, start: usize) -> bool {
    let Some(regex) = NEGATION_BEFORE.as_ref() else { return false };
    let mut from = start.saturating_sub(NEGATION_WINDOW);
    while from < start && !haystack.is_char_boundary(from) {
        from += 1;
    }
    let window = haystack.get(from..start).unwrap_or("");
    // Only within the same clause.
    let clause_start = window.rfind(['.', '!', '?', ';', ',']).map_or(0, |i| i + 1);
    regex.is_match(window.get(clause_start..).unwrap_or(""))
}

/// Joins families into one alternation, in order, one group per family. The groups are
/// never read, but the combined regex measured about three times faster with them than
/// with non-capturing groups (the regex crate then picks a different search strategy).
fn compile(families: &[Family]) -> Option<Regex> {
    let mut pattern = String::new();
    for (i, family) in families.iter().enumerate() {
        if i > 0 {
            pattern.push('|');
        }
        pattern.push('(');
        for (j, phrase) in family.phrases.iter().enumerate() {
            if j > 0 {
                pattern.push('|');
            }
            pattern.push_str(&with_word_boundaries(phrase));
        }
        pattern.push(')');
    }
    build(&pattern)
}

/// One family, matched only at the start of the text it is given (the caller slices
/// the note at a match's start; a slice's start counts as a word boundary, as the
/// combined regex already required there).
fn compile_anchored(families: &[Family]) -> Option<Regex> {
    let alternation: Vec<String> = families.iter().flat_map(|f| f.phrases.iter()).map(|p| with_word_boundaries(p)).collect();
    build(&format!("^(?:{})", alternation.join("|")))
}

/// ASCII-only matching: the note is folded to ASCII for every language the lists
/// know, so Unicode classes would only cost size (in wasm) and speed.
fn build(pattern: &str) -> Option<Regex> {
    RegexBuilder::new(pattern).unicode(false).build().ok()
}

/// Adds `\b` before a phrase that starts with a word or a group, and after one that
/// ends with a word, a group or an optional part (see the notes in `lexicon.rs`).
pub(crate) fn with_word_boundaries(phrase: &str) -> String {
    let first = phrase.chars().next().unwrap_or(' ');
    let last = phrase.chars().last().unwrap_or(' ');
    let starts_wordish = first.is_ascii_alphanumeric() || first == '(' || phrase.starts_with(r"\d") || phrase.starts_with(r"\w");
    let ends_wordish = last.is_ascii_alphanumeric() || last == ')' || last == '?';
    format!(
        "{}(?:{}){}",
        if starts_wordish { r"\b" } else { "" },
        phrase,
        if ends_wordish { r"\b" } else { "" }
    )
}

// ---------------------------------------------------------------------------------
// Structural cues
// ---------------------------------------------------------------------------------

/// Words left once greetings, courtesies, canned lines and "let's connect" are removed.
fn leftover_words(haystack: &str) -> usize {
    let Some(regex) = CONTENTLESS.as_ref() else { return count_words(haystack) };
    let mut words = 0;
    let mut last = 0;
    for m in regex.find_iter(haystack) {
        words += count_words(haystack.get(last..m.start()).unwrap_or(""));
        last = m.end();
    }
    words + count_words(haystack.get(last..).unwrap_or(""))
}

fn count_words(text: &str) -> usize {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).count()
}

/// The first question that asks something specific: long enough, and not about
/// connecting, calling or being interested (those are requests, not questions).
fn specific_question(folded: &Folded<'_>) -> Option<SignalHit> {
    let haystack = folded.as_str();
    let meta = META_QUESTION.as_ref();
    let mut sentence_start = 0;
    for (at, c) in haystack.char_indices() {
        match c {
            '?' => {
                let sentence = haystack.get(sentence_start..at).unwrap_or("");
                let is_meta = meta.is_none_or(|m| m.is_match(sentence));
                if !is_meta && leftover_words(sentence) >= SPECIFIC_QUESTION_MIN_WORDS {
                    let lead = sentence.len() - sentence.trim_start().len();
                    return Some(SignalHit {
                        signal: Signal::Question,
                        strength: Strength::Full,
                        evidence: folded.quote(sentence_start + lead, at + 1, false),
                        cues: vec!["specific-question"],
                    });
                }
                sentence_start = at + 1;
            }
            '.' | '!' => sentence_start = at + 1,
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fires(note: &str, signal: Signal) -> bool {
        analyse_note(note).has(signal)
    }

    #[test]
    fn every_phrase_list_compiles_and_is_folded_ascii() {
        let lists: [(&str, &[Family]); 12] = [
            ("contentless", lexicon::CONTENTLESS),
            ("context", lexicon::CONTEXT),
            ("reason", lexicon::REASON),
            ("question", lexicon::QUESTION),
            ("meta-question", lexicon::META_QUESTION),
            ("shared-group", lexicon::SHARED_GROUP),
            ("sales", lexicon::SALES),
            ("recruiter", lexicon::RECRUITER),
            ("flattery", lexicon::FLATTERY),
            ("vague", lexicon::VAGUE),
            ("placeholder", lexicon::PLACEHOLDER),
            ("open-networker", lexicon::OPEN_NETWORKER),
        ];
        for (name, families) in lists {
            for family in families {
                for phrase in family.phrases {
                    assert!(phrase.is_ascii(), "{name}/{}: phrase is not folded ASCII: {phrase}", family.name);
                    assert!(
                        phrase.chars().all(|c| !c.is_ascii_uppercase()) || phrase.contains(r"\d") || phrase.contains(r"\w"),
                        "{name}/{}: phrase has capitals, but notes are lower-cased: {phrase}",
                        family.name
                    );
                    let alone = build(&with_word_boundaries(phrase));
                    assert!(alone.is_some(), "{name}/{}: phrase does not compile: {phrase}", family.name);
                    if let Some(regex) = alone {
                        assert_eq!(regex.captures_len(), 1, "{name}/{}: phrase has a capture group: {phrase}", family.name);
                    }
                }
            }
            assert!(compile(families).is_some(), "{name}: the combined regex does not compile");
        }
        assert!(NEGATION_BEFORE.is_some());
        assert!(PHRASE_MATCHERS.iter().all(|(_, m)| m.regex.is_some()));
    }

    #[test]
    fn empty_and_blank_notes_are_contentless() {
        for note in ["", "   ", "\n\t", "\u{200B}\u{202E}", "👋", "🙂🙂!", "..."] {
            let s = analyse_note(note);
            assert!(s.contentless, "{note:?}");
            assert!(s.hits.is_empty(), "{note:?}: {:?}", s.hits);
            assert!(note_is_contentless(note));
        }
        assert!(analyse_note("").empty);
        assert!(analyse_note(" \u{200B} ").empty);
    }

    #[test]
    fn canned_lines_in_many_languages_are_contentless() {
        let canned = [
            "I'd like to add you to my professional network on LinkedIn.",
            "I’d like to join your LinkedIn network.",
            "Hi Dana, I'd like to connect",
            "Would you like to connect?",
            "Hi",
            "Hoi",
            "Hello Priya!",
            "Olá, gostaria de conectar",
            "Olá, gostaria de conectar para expandir network",
            "Bonjour Claude, je souhaiterais rejoindre votre réseau sur LinkedIn.",
            "Ich möchte Sie gerne zu meinem beruflichen Netzwerk auf LinkedIn hinzufügen.",
            "Me gustaría añadirte a mi red profesional en LinkedIn.",
            "Gostaria de adicioná-lo à minha rede profissional no LinkedIn.",
            "Vorrei aggiungerti alla mia rete professionale su LinkedIn.",
            "Ik wil je graag toevoegen aan mijn professionele netwerk op LinkedIn.",
            "Chciałbym dodać Cię do mojej sieci zawodowej na LinkedIn.",
            "Since you are a person I trust, I wanted to invite you to join my network on LinkedIn.",
            "Hi Ken, hope you're well. Would love to connect! Best, Tom Baxter",
            "Let's connect 🙂",
        ];
        for note in canned {
            let s = analyse_note(note);
            assert!(s.contentless, "{note}: {:?}", s.hits);
            assert_eq!(s.hits.iter().map(|h| h.signal).collect::<Vec<_>>(), vec![Signal::Canned], "{note}");
        }
    }

    #[test]
    fn a_note_with_words_is_not_contentless() {
        for note in [
            "Hi Dana, we met at RustConf in Lisbon last week.",
            "I'd like to add you to my network: your talk on borrow checking at FOSDEM helped me a lot.",
            "Hallo, ich habe eine Frage zu Ihrem Vortrag über Wärmepumpen.",
        ] {
            assert!(!note_is_contentless(note), "{note}");
        }
    }

    #[test]
    fn context_is_found_in_several_languages() {
        for note in [
            "We met at RustConf in Lisbon, great chat about async.",
            "Great meeting you at the Leeds data meetup yesterday!",
            "I listened to your podcast episode on cold-chain logistics.",
            "We worked together at Fernhill Bank ten years ago.",
            "Imogen Walsh suggested I reach out to you about the choir's tour.",
            "Nous nous sommes rencontrés au salon de Nantes mardi.",
            "Wir haben uns auf der Hannover Messe kennengelernt.",
            "Nos conocimos en el congreso de Valencia.",
            "Li o seu artigo sobre energia solar em condomínios.",
            "Ci siamo conosciuti al workshop di Trento.",
            "We hebben elkaar gesproken op het congres in Utrecht.",
            "Ik heb uw artikel over dijkversterking gelezen.",
        ] {
            let s = analyse_note(note);
            assert!(s.says_how_you_know(), "{note}: {:?}", s.hits);
        }
    }

    #[test]
    fn negated_meetings_are_not_context() {
        for note in [
            "We have never met, but I'd like to connect.",
            "I don't think we've met. Let's connect!",
            "Não nos conhecemos, mas gostaria de conectar.",
            "Non ci siamo mai conosciuti, ma vorrei collegarmi con te.",
        ] {
            assert!(!fires(note, Signal::Context), "{note}: {:?}", analyse_note(note).hits);
        }
    }

    #[test]
    fn shared_group_alone_is_only_a_shared_group() {
        let s = analyse_note("We are both members of the Lisbon Rust group, so let's connect.");
        assert!(s.has(Signal::SharedGroupOnly), "{:?}", s.hits);
        assert!(!s.has(Signal::Context));
        let s = analyse_note("We met at RustConf in Lisbon");
        assert!(s.has(Signal::Context) && !s.has(Signal::SharedGroupOnly), "{:?}", s.hits);
        let s = analyse_note("We're both in the Rust group and I'd like to ask you about your talk on unsafe code.");
        assert!(!s.has(Signal::SharedGroupOnly), "{:?}", s.hits);
    }

    #[test]
    fn specific_questions_count_and_connect_questions_do_not() {
        assert!(fires("How did you handle the data migration when you moved off Oracle?", Signal::Question));
        assert!(!fires("Would you like to connect with me?", Signal::Question));
        assert!(!fires("Are you hiring?", Signal::Question));
        assert!(!fires("Would you be open to a quick call next week about this?", Signal::Question));
    }

    #[test]
    fn evidence_quotes_the_original_words() {
        let s = analyse_note("Hi Ana! We MET at RustConf in Lisbon, and I loved your talk.");
        let hit = s.get(Signal::Context).expect("context fires");
        assert_eq!(hit.evidence, "We MET at RustConf in Lisbon");
        assert_eq!(hit.strength, Strength::Stacked, "two kinds of context agree: {:?}", hit.cues);
    }

    #[test]
    fn placeholders_are_found_but_angle_brackets_are_text() {
        let s = analyse_note("Hey #firstName#, great to connect!");
        assert_eq!(s.get(Signal::Placeholder).map(|h| h.evidence.as_str()), Some("#firstName#"));
        assert!(fires("Hi {{first_name}}, quick question", Signal::Placeholder));
        assert!(!fires("We did that project together for <name of org>", Signal::Placeholder));
    }

    #[test]
    fn weak_sales_cues_count_half_and_strong_ones_in_full() {
        let one_link = analyse_note("Nice to connect, see acme-widgets.com for what I do.");
        assert_eq!(one_link.get(Signal::Sales).map(|h| h.strength), Some(Strength::Weak));
        let pitch = analyse_note("We help SaaS founders double their pipeline. Free audit this week: book a quick call at acme.io");
        assert_eq!(pitch.get(Signal::Sales).map(|h| h.strength), Some(Strength::Stacked));
    }

    #[test]
    fn no_phrase_matches_the_empty_string() {
        for (signal, matcher) in PHRASE_MATCHERS.iter() {
            for (family, regex) in matcher.families.iter().zip(&matcher.family_regexes) {
                let matches_empty = regex.as_ref().is_some_and(|r| r.is_match(""));
                assert!(!matches_empty, "{}/{} matches an empty note", signal.id(), family.name);
            }
        }
    }

    #[test]
    fn a_cue_inside_another_cue_still_counts() {
        // "richiedi un preventivo" (a call to action) contains "preventivo" (price talk):
        // two kinds of weak sales evidence, so the full weight.
        let s = analyse_note("Traduzioni in 20 lingue. Richiedi un preventivo!");
        let sales = s.get(Signal::Sales).expect("sales fires");
        assert!(sales.cues.contains(&"price-talk") && sales.cues.contains(&"collateral"), "{:?}", sales.cues);
        assert!(sales.strength >= Strength::Full);
    }

    #[test]
    fn outgoing_note_quality_can_be_read_off_the_signals() {
        let good = analyse_note("Hi Sam, we met at the Leeds Rust meetup. I'd like to ask you about your embedded HAL work.");
        assert!(good.says_how_you_know() && good.says_why() && !good.looks_like_sales(), "{:?}", good.hits);
        let bare = analyse_note("Hi Sam, I'd like to connect.");
        assert!(bare.contentless && !bare.says_how_you_know() && !bare.says_why());
        assert_eq!(bare.char_count, 28);
        assert_eq!(bare.word_count, 7);
    }

    #[test]
    fn hostile_input_does_not_panic() {
        let long = "We met at RustConf. ".repeat(500);
        let eszett = "ß".repeat(3000);
        let inputs = [
            long.as_str(),
            "\u{202E}tcennoc s'tel\u{202C}",
            "<script>alert('hi')</script><b>we met</b>",
            "\u{200B}\u{200C}\u{200D}\u{FEFF}",
            "İstanbul'da tanıştık 🇹🇷",
            eszett.as_str(),
            "??????????",
            "....!!!!????",
            "e\u{0301}\u{0301}\u{0301}",
            "\0\u{1}\u{7f}",
        ];
        for input in inputs {
            let _ = analyse_note(input);
            let _ = note_is_contentless(input);
        }
        assert!(fires("<b>We met</b> at <i>RustConf</i>", Signal::Context));
    }
}
