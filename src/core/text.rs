//! Text normalisation for note analysis: one pass that turns a stranger's note into a
//! form simple patterns can match, while remembering where every byte came from so the
//! evidence shown to the user is quoted from the original words.
//!
//! The folded form is lower-case, with Latin accents removed ("réseau" -> "reseau",
//! "Grüße" -> "grusse"), typographic apostrophes, quotes and dashes made plain,
//! invisible characters (zero-width, bidi controls, soft hyphens, variation selectors)
//! dropped, the euro and pound signs spelled "eur" and "gbp", and every run of whitespace or control characters collapsed to one space.
//! Phrase lists (`lexicon.rs`) are written against this form, which is why they are
//! plain ASCII and why the matcher needs no case-insensitive or Unicode regex features.

/// A note in folded form, plus the map back to the original text.
#[derive(Debug, Clone)]
pub struct Folded<'a> {
    original: &'a str,
    folded: String,
    /// For each byte of `folded`, the byte offset in `original` of the character it came from.
    origin: Vec<usize>,
}

/// How long a quoted piece of evidence may be, in characters.
pub const QUOTE_MAX_CHARS: usize = 80;

impl<'a> Folded<'a> {
    /// Folds `original` in one linear pass.
    pub fn new(original: &'a str) -> Folded<'a> {
        let bytes = original.as_bytes();
        let mut folded: Vec<u8> = Vec::with_capacity(bytes.len());
        let mut origin: Vec<usize> = Vec::with_capacity(bytes.len());
        let mut at = 0;
        while let Some(&b) = bytes.get(at) {
            // Most notes are mostly ASCII: letters, digits and plain punctuation go
            // straight through, a byte at a time.
            if b.is_ascii_graphic() {
                // A run of printable ASCII, single spaces included, goes in one copy.
                let start = at;
                at += 1;
                while let Some(&next) = bytes.get(at) {
                    if next.is_ascii_graphic() || (next == b' ' && bytes.get(at - 1).is_some_and(|p| *p != b' ')) {
                        at += 1;
                    } else {
                        break;
                    }
                }
                let run = bytes.get(start..at).unwrap_or(&[]);
                folded.extend(run.iter().map(u8::to_ascii_lowercase));
                origin.extend(start..at);
                continue;
            }
            if b.is_ascii() {
                if b.is_ascii_graphic() {
                    folded.push(b.to_ascii_lowercase());
                    origin.push(at);
                } else if !folded.is_empty() && folded.last() != Some(&b' ') {
                    // ASCII whitespace and control characters: collapse runs, and never
                    // start with a space.
                    folded.push(b' ');
                    origin.push(at);
                }
                at += 1;
                continue;
            }
            let Some(c) = original.get(at..).and_then(|rest| rest.chars().next()) else { break };
            fold_char(c, at, &mut folded, &mut origin);
            at += c.len_utf8();
        }
        if folded.last() == Some(&b' ') {
            folded.pop();
            origin.pop();
        }
        // Only whole characters were pushed, so this is always valid UTF-8.
        let folded = String::from_utf8(folded).unwrap_or_default();
        Folded { original, folded, origin }
    }

    /// The folded text, for matching.
    pub fn as_str(&self) -> &str {
        &self.folded
    }

    /// The text as it was given.
    pub fn original(&self) -> &'a str {
        self.original
    }

    /// Byte offset in the original where the character behind folded byte `at` starts.
    fn origin_start(&self, at: usize) -> usize {
        self.origin.get(at).copied().unwrap_or(self.original.len())
    }

    /// Byte offset in the original just after the character behind folded byte `end - 1`.
    fn origin_end(&self, end: usize) -> usize {
        if end == 0 {
            return 0;
        }
        match self.origin.get(end - 1) {
            Some(&start) => {
                let width = self.original.get(start..).and_then(|rest| rest.chars().next()).map_or(0, char::len_utf8);
                start + width
            }
            None => self.original.len(),
        }
    }

    /// The original words behind the folded byte range `start..end`.
    pub fn original_span(&self, start: usize, end: usize) -> &'a str {
        let from = self.origin_start(start);
        let to = self.origin_end(end).max(from);
        self.original.get(from..to).unwrap_or("")
    }

    /// Evidence for a match at folded `start..end`: the original words, and, when
    /// `to_clause_end` is set, the rest of their clause (so "we met" is quoted as
    /// "We met at RustConf in Lisbon"), cleaned to one line and cut to about 80 characters.
    pub fn quote(&self, start: usize, end: usize, to_clause_end: bool) -> String {
        let from = self.origin_start(start);
        let mut to = self.origin_end(end).max(from);
        if to_clause_end {
            if let Some(rest) = self.original.get(to..) {
                to += clause_len(rest);
            }
        }
        clean_quote(self.original.get(from..to).unwrap_or(""))
    }
}

/// Where a quoted clause stops: at sentence punctuation, a colon or a dash. A full
/// stop, comma or colon only counts when a space follows, so "www.acme.io",
/// "$5,000" and "St. Brendan's" are not cut in the middle... mostly: "St." is.
fn clause_len(rest: &str) -> usize {
    // Every character that can end a clause is ASCII but the em dash, so the text is read
    // a byte at a time (an ASCII byte is always a whole character in UTF-8); only a
    // character after a full stop, comma or colon is decoded, to ask if it is a space.
    let bytes = rest.as_bytes();
    for (at, &b) in bytes.iter().enumerate() {
        let ends = match b {
            b'.' | b',' | b':' => rest.get(at + 1..).and_then(|next| next.chars().next()).is_none_or(char::is_whitespace),
            b'!' | b'?' | b';' | b'\n' | b'\r' => true,
            // U+2014, the em dash, in UTF-8.
            0xE2 => bytes.get(at + 1..at + 3) == Some(&[0x80, 0x94]),
            _ => false,
        };
        if ends {
            return at;
        }
    }
    rest.len()
}

/// Where the character after the one at byte `at` starts: the next character boundary
/// past `at`, or `at + 1` at the end of the text.
pub(crate) fn next_char_boundary(text: &str, at: usize) -> usize {
    let mut next = at + 1;
    while next < text.len() && !text.is_char_boundary(next) {
        next += 1;
    }
    next
}

/// One line of at most [`QUOTE_MAX_CHARS`] characters: invisible characters dropped,
/// whitespace collapsed, cut at a word boundary with an ellipsis when too long.
pub fn clean_quote(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len().min(QUOTE_MAX_CHARS * 4));
    let mut chars = 0usize;
    let mut cut = false;
    let mut rest = raw;
    while let Some(c) = rest.chars().next() {
        // A run of printable ASCII (most of every quote) goes in one copy, as far as the
        // length allows: nothing in it is dropped or changed.
        if c.is_ascii_graphic() {
            let room = QUOTE_MAX_CHARS - 1 - chars;
            if room == 0 {
                cut = true;
                break;
            }
            let run = rest.bytes().take(room).take_while(u8::is_ascii_graphic).count();
            out.push_str(rest.get(..run).unwrap_or(""));
            chars += run;
            rest = rest.get(run..).unwrap_or("");
            continue;
        }
        rest = rest.get(c.len_utf8()..).unwrap_or("");
        // Then the space and ASCII controls (its only whitespace), before the tests
        // for invisible characters and Unicode whitespace.
        let c = if c.is_ascii() {
            if c.is_ascii_control() { ' ' } else { c }
        } else if is_invisible(c) {
            continue;
        } else if c.is_whitespace() || c.is_control() {
            ' '
        } else {
            c
        };
        if c == ' ' && (out.is_empty() || out.ends_with(' ')) {
            continue;
        }
        if chars == QUOTE_MAX_CHARS - 1 {
            cut = true;
            break;
        }
        out.push(c);
        chars += 1;
    }
    if cut {
        // Prefer ending on a whole word when one ends reasonably close.
        if let Some(space) = out.rfind(' ') {
            if out[space..].chars().count() < 20 {
                out.truncate(space);
            }
        }
        let trimmed_len = out.trim_end().len();
        out.truncate(trimmed_len);
        out.push('\u{2026}');
    } else {
        let trimmed_len = out.trim_end().len();
        out.truncate(trimmed_len);
    }
    out
}

/// Folds one non-ASCII character, found at byte `at` of the original.
fn fold_char(c: char, at: usize, folded: &mut Vec<u8>, origin: &mut Vec<usize>) {
    if is_invisible(c) {
        return;
    }
    if c.is_whitespace() || c.is_control() {
        // Collapse runs, and never start with a space.
        if !folded.is_empty() && folded.last() != Some(&b' ') {
            push(folded, origin, ' ', at);
        }
        return;
    }
    if let Some(plain) = plain_punctuation(c) {
        for p in plain.chars() {
            push(folded, origin, p, at);
        }
        return;
    }
    for lower in c.to_lowercase() {
        match fold_letter(lower) {
            Fold::Drop => {}
            Fold::Keep => push(folded, origin, lower, at),
            Fold::One(p) => push(folded, origin, p, at),
            Fold::Two(p, q) => {
                push(folded, origin, p, at);
                push(folded, origin, q, at);
            }
        }
    }
}

fn push(folded: &mut Vec<u8>, origin: &mut Vec<usize>, c: char, at: usize) {
    let mut buf = [0u8; 4];
    let encoded = c.encode_utf8(&mut buf);
    folded.extend_from_slice(encoded.as_bytes());
    for _ in 0..encoded.len() {
        origin.push(at);
    }
}

/// Characters that render as nothing (or only reorder text) and so must not split or
/// hide words: zero-width spaces and joiners, bidi embeddings, overrides and isolates,
/// the soft hyphen, the word joiner family, variation selectors and the BOM.
pub fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}' | '\u{034F}' | '\u{061C}' | '\u{180E}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FE00}'..='\u{FE0F}'
        | '\u{FEFF}')
}

/// Typographic punctuation that people (and phones) type in place of the plain kind.
fn plain_punctuation(c: char) -> Option<&'static str> {
    Some(match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{02BC}' | '\u{00B4}' | '\u{0060}' | '\u{2032}' => "'",
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' | '\u{2039}' | '\u{203A}' => "\"",
        '\u{2010}'..='\u{2015}' | '\u{2212}' => "-",
        '\u{2026}' => "...",
        // Currency signs, so phrase lists can stay ASCII.
        '\u{20AC}' => "eur",
        '\u{00A3}' => "gbp",
        '\u{FF1F}' => "?",
        '\u{FF01}' => "!",
        _ => return None,
    })
}

enum Fold {
    Keep,
    Drop,
    One(char),
    Two(char, char),
}

/// Strips accents from lower-case Latin letters (Latin-1 and Latin Extended-A, which
/// cover the languages NoteFirst's phrase lists know), and drops combining marks so
/// that decomposed text ("e" + U+0301) folds like precomposed text.
fn fold_letter(c: char) -> Fold {
    use Fold::*;
    if c.is_ascii() {
        return Keep;
    }
    match c {
        '\u{0300}'..='\u{036F}' => Drop,
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => One('a'),
        'æ' => Two('a', 'e'),
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => One('c'),
        'ď' | 'đ' | 'ð' => One('d'),
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => One('e'),
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => One('g'),
        'ĥ' | 'ħ' => One('h'),
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => One('i'),
        'ĳ' => Two('i', 'j'),
        'ĵ' => One('j'),
        'ķ' => One('k'),
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => One('l'),
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ŋ' => One('n'),
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => One('o'),
        'œ' => Two('o', 'e'),
        'ŕ' | 'ŗ' | 'ř' => One('r'),
        'ś' | 'ŝ' | 'ş' | 'š' | 'ſ' => One('s'),
        'ß' => Two('s', 's'),
        'ţ' | 'ť' | 'ŧ' => One('t'),
        'þ' => Two('t', 'h'),
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => One('u'),
        'ŵ' => One('w'),
        'ý' | 'ÿ' | 'ŷ' => One('y'),
        'ź' | 'ż' | 'ž' => One('z'),
        _ => Keep,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_char_boundary_steps_over_whole_characters() {
        let text = "aé€";
        assert_eq!(next_char_boundary(text, 0), 1);
        assert_eq!(next_char_boundary(text, 1), 3);
        assert_eq!(next_char_boundary(text, 3), 6);
        assert_eq!(next_char_boundary(text, 6), 7, "past the end: one more");
    }

    #[test]
    fn folds_case_accents_and_punctuation() {
        let f = Folded::new("  Bonjour Hélène,\u{00A0}j’ai lu « votre » ARTICLE — Grüße\u{200B}!  ");
        assert_eq!(f.as_str(), "bonjour helene, j'ai lu \" votre \" article - grusse!");
    }

    #[test]
    fn drops_invisible_and_bidi_characters() {
        let f = Folded::new("we\u{200B} m\u{200D}et \u{202E}at\u{202C} Rust\u{FEFF}Conf");
        assert_eq!(f.as_str(), "we met at rustconf");
    }

    #[test]
    fn decomposed_accents_fold_like_precomposed() {
        assert_eq!(Folded::new("re\u{0301}seau").as_str(), "reseau");
    }

    #[test]
    fn spans_map_back_to_the_original_words() {
        let original = "Olá! Nós nos CONHECEMOS no evento em Braga.";
        let f = Folded::new(original);
        let at = f.as_str().find("conhecemos").expect("folded text contains the word");
        assert_eq!(f.original_span(at, at + "conhecemos".len()), "CONHECEMOS");
        assert_eq!(f.quote(at, at + "conhecemos".len(), true), "CONHECEMOS no evento em Braga");
    }

    #[test]
    fn expansions_never_split_a_character() {
        let f = Folded::new("Straße");
        let at = f.as_str().find("ss").expect("ß folds to ss");
        // Half of the expansion still quotes the whole original letter.
        assert_eq!(f.original_span(at, at + 1), "ß");
        assert_eq!(f.original_span(0, f.as_str().len()), "Straße");
    }

    #[test]
    fn quotes_are_one_line_and_short() {
        let long = "word ".repeat(60);
        let q = clean_quote(&long);
        assert!(q.chars().count() <= QUOTE_MAX_CHARS, "{q}");
        assert!(q.ends_with('\u{2026}'));
        assert_eq!(clean_quote("a\n\tb\u{202E}c "), "a bc");
    }

    #[test]
    fn empty_and_blank_inputs_fold_to_nothing() {
        assert_eq!(Folded::new("").as_str(), "");
        assert_eq!(Folded::new(" \n\t\u{200B} ").as_str(), "");
        assert_eq!(Folded::new("").quote(0, 0, true), "");
    }
}
