//! The core's regular expressions, on two of regex-automata's engines rather than the
//! `regex` crate: the forward lazy DFA (`hybrid`) for every search, and the PikeVM for
//! the few card lines whose parts are read by capture groups.
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
//! Where a match starts: `meta` (and `hybrid::regex`) ran a second, reversed program
//! back from the match's end. Compiled programs and their caches are most of the memory
//! the core takes, and the reversed ones were a third of it, so a match's start is
//! found forwards instead ([`Regex::find_at`]): the leftmost-first match starts at the
//! leftmost position from which the pattern matches anchored, so the positions before
//! its end are tried in order, anchored, each walk stopping when the DFA dies (after a
//! byte or two, mostly). A table built once says, for what precedes a position (a word
//! byte, a space, the text's start...), which bytes can begin a match at all, so most
//! positions (mid-word ones, for word-led phrases) are not even tried. Should the walks
//! of one search grow long (a pattern with long optional parts, over text that keeps
//! it alive), the search gives the rest to the PikeVM, which is slower but linear, and
//! gives the same match.
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
use std::sync::{Arc, OnceLock};

use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::hybrid::LazyStateID;
use regex_automata::nfa::thompson::{self, pikevm, pikevm::PikeVM};
use regex_automata::util::captures::Captures as RawCaptures;
use regex_automata::util::pool::Pool;
use regex_automata::util::start;
use regex_automata::util::syntax;
use regex_automata::{Anchored, Input, PatternID};
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
    dfa: Arc<DFA>,
    pool: Pool<Cache, CacheFn<Cache>>,
    /// Which bytes can begin a match after which bytes: built on the first search that
    /// looks for a start. `None` inside if it could not be built (then the PikeVM
    /// finds every start).
    starts: OnceLock<Option<Starts>>,
    /// For the rare search whose forward walks grow long: built then, from the same NFA.
    pike: OnceLock<Option<PikeVM>>,
}

/// How many steps of anchored walking one search may spend per byte it searched before
/// it hands over to the PikeVM (plus a few, for short texts). The walks of ordinary
/// notes stay far below it.
const WALK_STEPS_PER_BYTE: usize = 8;
const WALK_STEPS_MIN: usize = 64;

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
        let nfa = thompson::Compiler::new().build_many_from_hir(hirs).ok()?;
        let dfa = Arc::new(DFA::builder().configure(DFA::config().starts_for_each_pattern(true)).build_from_nfa(nfa).ok()?);
        let for_pool = Arc::clone(&dfa);
        let pool = Pool::new(Box::new(move || for_pool.create_cache()) as CacheFn<Cache>);
        Some(Regex { dfa, pool, starts: OnceLock::new(), pike: OnceLock::new() })
    }

    /// How many patterns it holds.
    #[cfg(test)]
    pub(crate) fn pattern_len(&self) -> usize {
        self.dfa.pattern_len()
    }

    /// How many capture groups the first pattern has, the whole match included.
    #[cfg(test)]
    pub(crate) fn group_len(&self) -> usize {
        self.dfa.get_nfa().group_info().group_len(PatternID::ZERO)
    }

    /// Where the search's leftmost-first match ends. Errors only come from
    /// configurations not used here (quit bytes, giving up).
    fn end(&self, cache: &mut Cache, input: &Input<'_>) -> Option<usize> {
        self.dfa.try_search_fwd(cache, input).ok().flatten().map(|m| m.offset())
    }

    pub(crate) fn is_match(&self, haystack: &str) -> bool {
        self.end(&mut self.pool.get(), &Input::new(haystack).earliest(true)).is_some()
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
        let mut cache = self.pool.get();
        let end = self.end(&mut cache, &Input::new(haystack).range(from..))?;
        let start = match self.walk_to_start(&mut cache, haystack.as_bytes(), from, end) {
            Some(start) => start,
            None => return self.pike_find_at(haystack, from),
        };
        Some(Match { haystack, start, end })
    }

    /// Where the match that ends at `end` starts: the first position from `from` at
    /// which the patterns match anchored (with `\b` and the like seeing the bytes
    /// around it, as the unanchored search did). `None` when the walks ran over their
    /// budget, or the DFA failed (it cannot here), or no start was found (it must be):
    /// the caller then asks the PikeVM.
    fn walk_to_start(&self, cache: &mut Cache, haystack: &[u8], from: usize, end: usize) -> Option<usize> {
        let starts = self.starts.get_or_init(|| Starts::build(&self.dfa, cache)).as_ref()?;
        let mut budget = WALK_STEPS_PER_BYTE * (end - from) + WALK_STEPS_MIN;
        // Start states fetched in this search, by kind of what precedes (fetching one
        // costs more than the walk's first steps). A cache that is cleared renumbers
        // its states, so they are forgotten then.
        let mut start_states: [Option<LazyStateID>; 8] = [None; 8];
        let mut clears = cache.clear_count();
        let mut look_behind = from.checked_sub(1).and_then(|i| haystack.get(i).copied());
        for (at, &byte) in (from..).zip(haystack.get(from..end)?) {
            let behind = look_behind.replace(byte);
            let Some(kind) = starts.kind_if_may_start(behind, byte) else { continue };
            if cache.clear_count() != clears {
                start_states = [None; 8];
                clears = cache.clear_count();
            }
            let state = match start_states.get(kind).copied().flatten() {
                Some(state) => state,
                None => {
                    let config = start::Config::new().anchored(Anchored::Yes).look_behind(behind);
                    let state = self.dfa.start_state(cache, &config).ok()?;
                    if let Some(slot) = start_states.get_mut(kind) {
                        *slot = Some(state);
                    }
                    state
                }
            };
            if self.matches_anchored(cache, haystack, state, at, end, &mut budget)? {
                return Some(at);
            }
        }
        None
    }

    /// Whether the patterns match anchored at `at` (the walk begins in `state`, the
    /// start state for what precedes `at`), ending at or before `end`. `None` when the
    /// budget ran out (or the DFA failed).
    fn matches_anchored(&self, cache: &mut Cache, haystack: &[u8], mut state: LazyStateID, at: usize, end: usize, budget: &mut usize) -> Option<bool> {
        // A lazy DFA reports a match one byte late: the state after the byte at `i` is
        // a match state when a match ends at `i`. So the walk reads one byte past
        // `end` (or the end of the text) to see a match that ends there.
        for i in at..=end {
            *budget = budget.checked_sub(1)?;
            state = match haystack.get(i) {
                Some(&byte) => self.dfa.next_state(cache, state, byte).ok()?,
                None => self.dfa.next_eoi_state(cache, state).ok()?,
            };
            if state.is_tagged() {
                if state.is_match() {
                    return Some(true);
                }
                if state.is_dead() || state.is_quit() {
                    return Some(false);
                }
            }
        }
        Some(false)
    }

    /// The same search as `find_at`, by the PikeVM: for the rare search whose walks
    /// grow long.
    fn pike_find_at<'h>(&self, haystack: &'h str, from: usize) -> Option<Match<'h>> {
        let pike = self.pike.get_or_init(|| PikeVM::new_from_nfa(self.dfa.get_nfa().clone()).ok()).as_ref()?;
        let found = pike.find(&mut pike.create_cache(), Input::new(haystack).range(from..))?;
        Some(Match { haystack, start: found.start(), end: found.end() })
    }

    /// The PikeVM's leftmost-first match from `from`: what `find_at` must agree with.
    #[cfg(test)]
    pub(crate) fn find_at_by_pikevm(&self, haystack: &str, from: usize) -> Option<(usize, usize)> {
        self.pike_find_at(haystack, from).map(|m| (m.start, m.end))
    }

    /// Where pattern `pattern`'s match from the very start of `haystack` ends, if it
    /// matches there.
    pub(crate) fn end_of(&self, pattern: usize, haystack: &str) -> Option<usize> {
        let pattern = PatternID::new(pattern).ok()?;
        self.end(&mut self.pool.get(), &Input::new(haystack).anchored(Anchored::Pattern(pattern)))
    }

    /// Every match, left to right, none overlapping.
    pub(crate) fn find_iter<'h>(&self, haystack: &'h str) -> impl Iterator<Item = Match<'h>> + use<'h, '_> {
        let mut from = 0;
        std::iter::from_fn(move || {
            let m = self.find_at(haystack, from)?;
            // No pattern here matches empty; were one to, step over a character.
            from = if m.end > m.start { m.end } else { crate::text::next_char_boundary(haystack, m.end) };
            Some(m)
        })
    }
}

/// Which bytes can begin a match, by what precedes them. The anchored start state
/// depends only on the byte before a position (its kind: a word byte or not, a line
/// end, the text's start); from each distinct start state, a byte can begin a match
/// unless it leads straight to the dead state.
struct Starts {
    /// For each byte before a position, and at index 256 for the text's start: which
    /// of `first_bytes` applies.
    kind_of: [u8; 257],
    /// Per kind, 256 entries: whether each byte may begin a match (1) or not (0).
    first_bytes: Vec<u8>,
}

impl Starts {
    fn build(dfa: &DFA, cache: &mut Cache) -> Option<Starts> {
        let clears = cache.clear_count();
        let mut start_states: Vec<LazyStateID> = Vec::new();
        let mut first_bytes = Vec::new();
        let mut kind_of = [0u8; 257];
        for (look_behind, kind) in kind_of.iter_mut().enumerate() {
            let config = start::Config::new().anchored(Anchored::Yes).look_behind(u8::try_from(look_behind).ok());
            let state = dfa.start_state(cache, &config).ok()?;
            let index = match start_states.iter().position(|&s| s == state) {
                Some(index) => index,
                None => {
                    start_states.push(state);
                    first_bytes.extend(Starts::first_bytes_from(dfa, cache, state)?);
                    start_states.len() - 1
                }
            };
            *kind = u8::try_from(index).ok()?;
        }
        // State IDs change when a cache is cleared: a table built across a clear could
        // have merged different starts. (It cannot happen this early; were it to, the
        // PikeVM would find every start.)
        (cache.clear_count() == clears).then_some(Starts { kind_of, first_bytes })
    }

    fn first_bytes_from(dfa: &DFA, cache: &mut Cache, state: LazyStateID) -> Option<[u8; 256]> {
        let mut may_begin = [0u8; 256];
        // Bytes of one class lead to the same state: one look per class.
        let mut class_alive: [Option<bool>; 257] = [None; 257];
        for byte in 0..=255u8 {
            let class = usize::from(dfa.byte_classes().get(byte));
            let alive = match class_alive.get(class).copied().flatten() {
                Some(alive) => alive,
                None => {
                    let alive = !dfa.next_state(cache, state, byte).ok()?.is_dead();
                    if let Some(slot) = class_alive.get_mut(class) {
                        *slot = Some(alive);
                    }
                    alive
                }
            };
            may_begin[usize::from(byte)] = u8::from(alive);
        }
        Some(may_begin)
    }

    /// The kind of start at a position (an index into `first_bytes`), if `byte` there
    /// may begin a match after `look_behind`.
    fn kind_if_may_start(&self, look_behind: Option<u8>, byte: u8) -> Option<usize> {
        let kind = usize::from(*self.kind_of.get(look_behind.map_or(256, usize::from))?);
        (*self.first_bytes.get(kind * 256 + usize::from(byte))? != 0).then_some(kind)
    }
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

#[cfg(test)]
mod tests {
    use super::*;

    /// `find_at` from every character boundary of `text` finds the match the PikeVM
    /// finds (the PikeVM tracks where each match starts as it goes, so it is the
    /// reference for the forward walks).
    fn agrees_with_pikevm(regex: &Regex, text: &str) {
        for from in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            let found = regex.find_at(text, from).map(|m| (m.start(), m.end()));
            assert_eq!(found, regex.find_at_by_pikevm(text, from), "{text:?} from {from}");
        }
    }

    #[test]
    fn matches_start_where_the_pikevm_says() {
        let word_led = Regex::ascii(r"\b(?:we met|met you|you)\b").expect("compiles");
        agrees_with_pikevm(&word_led, "we met, then i met you at the meetup; somet youth, you");
        assert_eq!(word_led.find("i met you").map(|m| m.as_str()), Some("met you"));
        // Not led by a word: any position may start one.
        let symbols = Regex::ascii(r"@\w+|\+\d+|\.\.\.").expect("compiles");
        agrees_with_pikevm(&symbols, "mail me@home or +351 22... x@y+1");
        // Unicode mode, a match after multi-byte characters.
        let unicode = Regex::new("(?:vous suit|segue você)").expect("compiles");
        agrees_with_pikevm(&unicode, "élodie segue você et vous suit, ça");
        // Several patterns: leftmost first, then the first pattern in order.
        let hirs = ["abc", "b", "abcd"].iter().map(|p| syntax::parse(p).expect("parses")).collect::<Vec<_>>();
        let several = Regex::from_hirs(&hirs).expect("compiles");
        agrees_with_pikevm(&several, "xabcd ab b abc");
        assert_eq!(several.find("xabcd").map(|m| (m.start(), m.end())), Some((1, 4)));
        // A match at the text's start, after a line end, at its very end.
        let lines = Regex::ascii(r"(?m)^foo|bar$").expect("compiles");
        agrees_with_pikevm(&lines, "foo x\nfoo bar\nbar");
    }

    #[test]
    fn long_walks_hand_over_to_the_pikevm_with_the_same_match() {
        // Every "a" starts a walk that stays alive for up to 40 words: over this text
        // the walks from the early "a"s run past their budget.
        let gap = Regex::ascii(r"\ba(?: \w+){0,40} z\b").expect("compiles");
        let text = format!("{}a z", "a b ".repeat(60));
        let found = gap.find(&text).map(|m| (m.start(), m.end()));
        assert_eq!(found, gap.find_at_by_pikevm(&text, 0));
        assert_eq!(found.map(|(start, _)| start), Some(text.len() - 3 - 40 * 2));
        agrees_with_pikevm(&gap, &text[text.len() - 40..]);
    }
}
