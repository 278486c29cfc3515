//! The core's regular expressions, on two of regex-automata's engines rather than the
//! `regex` crate: the lazy DFA (`hybrid`, forward and reverse) for every search, and the
//! PikeVM for the few card lines whose parts are read by capture groups.
//!
//! Why not `regex` (regex-automata's `meta` engine beneath it): `meta` picks among
//! strategies and engines at run time, and all of them are linked in whatever a program
//! uses. Its builder alone was 60 KB of the content script's module; with the regex
//! crate's layer, literal extraction and capture bookkeeping, about 90 KB of code
//! (README, "Performance", "What makes the module big"). NoteFirst's patterns need
//! none of those strategies: the lazy DFA is what `meta` ran for them anyway (no
//! prefilter: the crate is built without `perf-literal`), with the same leftmost-first
//! semantics, so every match is the same.
//!
//! What `meta` did and this does differently:
//! - it let the lazy DFA give up when its cache thrashed and fell back to the PikeVM;
//!   here the lazy DFA never gives up (the default), it clears its cache and goes on.
//!   The caches stay well under their 2 MB capacity for these patterns.
//! - it split empty matches that fell inside a UTF-8 character; none of these patterns
//!   can match empty (the tests check the phrase families).
//!
//! A search takes a cache from the regex's pool (as `meta` did), so that the statics
//! holding these regexes can be shared between threads (natively; WebAssembly has one).

use std::panic::{RefUnwindSafe, UnwindSafe};
use std::sync::Arc;

use regex_automata::hybrid::dfa::DFA;
use regex_automata::hybrid::regex::{Cache, Regex as Hybrid};
use regex_automata::nfa::thompson::{self, pikevm, pikevm::PikeVM, WhichCaptures};
use regex_automata::util::captures::Captures as RawCaptures;
use regex_automata::util::pool::Pool;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, MatchKind, PatternID};
use regex_syntax::hir::Hir;

type CacheFn<T> = Box<dyn Fn() -> T + Send + Sync + UnwindSafe + RefUnwindSafe>;

/// A match: where it starts and ends in the haystack, and its text.
#[derive(Clone, Copy)]
pub(crate) struct Match<'h> {
    haystack: &'h str,
    start: usize,
    end: usize,
}

impl<'h> Match<'h> {
    pub(crate) fn start(&self) -> usize {
        self.start
    }

    pub(crate) fn end(&self) -> usize {
        self.end
    }

    pub(crate) fn as_str(&self) -> &'h str {
        self.haystack.get(self.start..self.end).unwrap_or("")
    }
}

/// One or several patterns (one per phrase family in a scan group), searched with the
/// lazy DFA: leftmost-first, as an alternation of the patterns in order would match.
pub(crate) struct Regex {
    re: Arc<Hybrid>,
    pool: Pool<Cache, CacheFn<Cache>>,
}

impl Regex {
    /// A pattern in Unicode mode (`.` is any character).
    pub(crate) fn new(pattern: &str) -> Option<Regex> {
        Regex::from_hirs(&[syntax::parse(pattern).ok()?])
    }

    /// A pattern in ASCII mode (`\b`, `\w`, `(?i)` are ASCII's): for folded notes.
    pub(crate) fn ascii(pattern: &str) -> Option<Regex> {
        Regex::from_hirs(&[syntax::parse_with(pattern, &syntax::Config::new().unicode(false)).ok()?])
    }

    /// Parsed patterns, one per pattern ID, in order. Each pattern can also be searched
    /// for alone, anchored ([`Regex::end_of`]).
    pub(crate) fn from_hirs(hirs: &[Hir]) -> Option<Regex> {
        let forward_nfa = thompson::Compiler::new().build_many_from_hir(hirs).ok()?;
        let forward = DFA::builder().configure(DFA::config().starts_for_each_pattern(true)).build_from_nfa(forward_nfa).ok()?;
        // As `hybrid::regex::Builder` builds its reverse DFA: all matches, no captures.
        let reverse_nfa = thompson::Compiler::new()
            .configure(thompson::Config::new().reverse(true).which_captures(WhichCaptures::None))
            .build_many_from_hir(hirs)
            .ok()?;
        let reverse = DFA::builder()
            .configure(DFA::config().prefilter(None).specialize_start_states(false).match_kind(MatchKind::All))
            .build_from_nfa(reverse_nfa)
            .ok()?;
        let re = Arc::new(Hybrid::builder().build_from_dfas(forward, reverse));
        let for_pool = Arc::clone(&re);
        let pool = Pool::new(Box::new(move || for_pool.create_cache()) as CacheFn<Cache>);
        Some(Regex { re, pool })
    }

    /// How many patterns it holds.
    #[cfg(test)]
    pub(crate) fn pattern_len(&self) -> usize {
        self.re.pattern_len()
    }

    /// How many capture groups the first pattern has, the whole match included.
    #[cfg(test)]
    pub(crate) fn group_len(&self) -> usize {
        self.re.forward().get_nfa().group_info().group_len(PatternID::ZERO)
    }

    fn search(&self, input: &Input<'_>) -> Option<(usize, usize)> {
        let mut cache = self.pool.get();
        // Errors only come from configurations not used here (quit bytes, giving up).
        self.re.try_search(&mut cache, input).ok().flatten().map(|m| (m.start(), m.end()))
    }

    pub(crate) fn is_match(&self, haystack: &str) -> bool {
        let mut cache = self.pool.get();
        let input = Input::new(haystack).earliest(true);
        self.re.forward().try_search_fwd(cache.forward_mut(), &input).ok().flatten().is_some()
    }

    /// The leftmost match of any pattern.
    pub(crate) fn find<'h>(&self, haystack: &'h str) -> Option<Match<'h>> {
        self.find_at(haystack, 0)
    }

    /// The leftmost match of any pattern starting at or after `from` (the text before
    /// it still counts for `\b`).
    pub(crate) fn find_at<'h>(&self, haystack: &'h str, from: usize) -> Option<Match<'h>> {
        if from > haystack.len() {
            return None;
        }
        let (start, end) = self.search(&Input::new(haystack).range(from..))?;
        Some(Match { haystack, start, end })
    }

    /// Where pattern `pattern`'s match from the very start of `haystack` ends, if it
    /// matches there.
    pub(crate) fn end_of(&self, pattern: usize, haystack: &str) -> Option<usize> {
        let pattern = PatternID::new(pattern).ok()?;
        Some(self.search(&Input::new(haystack).anchored(Anchored::Pattern(pattern)))?.1)
    }

    /// Every match, left to right, none overlapping.
    pub(crate) fn find_iter<'h>(&self, haystack: &'h str) -> impl Iterator<Item = Match<'h>> + use<'h, '_> {
        let mut from = 0;
        std::iter::from_fn(move || {
            let m = self.find_at(haystack, from)?;
            // No pattern here matches empty; were one to, step over a character.
            from = if m.end > m.start { m.end } else { next_boundary(haystack, m.end) };
            Some(m)
        })
    }
}

fn next_boundary(text: &str, at: usize) -> usize {
    let mut next = at + 1;
    while next < text.len() && !text.is_char_boundary(next) {
        next += 1;
    }
    next
}

/// A Unicode-mode pattern whose named groups are read (card lines: a name, a count),
/// run by the PikeVM: these lines are short (at most a few hundred bytes).
pub(crate) struct CaptureRegex {
    re: Arc<PikeVM>,
    pool: Pool<pikevm::Cache, CacheFn<pikevm::Cache>>,
}

/// The groups of one match.
pub(crate) struct Captures<'h> {
    haystack: &'h str,
    caps: RawCaptures,
}

impl<'h> Captures<'h> {
    /// The text of the named group, if it took part in the match.
    pub(crate) fn name(&self, name: &str) -> Option<Match<'h>> {
        let span = self.caps.get_group_by_name(name)?;
        Some(Match { haystack: self.haystack, start: span.start, end: span.end })
    }
}

impl CaptureRegex {
    pub(crate) fn new(pattern: &str) -> Option<CaptureRegex> {
        let re = Arc::new(PikeVM::new(pattern).ok()?);
        let for_pool = Arc::clone(&re);
        let pool = Pool::new(Box::new(move || for_pool.create_cache()) as CacheFn<pikevm::Cache>);
        Some(CaptureRegex { re, pool })
    }

    pub(crate) fn is_match(&self, haystack: &str) -> bool {
        self.re.is_match(&mut self.pool.get(), haystack)
    }

    /// The leftmost-first match and its groups.
    pub(crate) fn captures<'h>(&self, haystack: &'h str) -> Option<Captures<'h>> {
        let mut cache = self.pool.get();
        let mut caps = self.re.create_captures();
        self.re.captures(&mut cache, haystack, &mut caps);
        caps.is_match().then_some(Captures { haystack, caps })
    }
}
