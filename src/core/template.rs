//! Placeholder templates for notes and replies, and LinkedIn-style text length.
//!
//! A template is the user's own text with placeholders filled from the page:
//!
//! ```text
//! Hi {first_name|there}, I found your profile through {found_via}. {sign_off}
//! ```
//!
//! - `{name}` is replaced by a value (see [`Placeholder`] for the names).
//! - `{name|fallback}` uses `fallback` when the page gave no value. The fallback is
//!   plain text and cannot contain braces. `{name|}` (empty fallback) says "leaving
//!   this out is fine".
//! - `{{` and `}}` write literal braces. A lone `}` is also kept as text.
//! - A placeholder with no value and no fallback renders as nothing, and the text
//!   around it is tidied so that no "Hi ," or double space is left ("Hi {first_name},
//!   thanks" becomes "Hi, thanks"). [`Rendered::missing`] lists such placeholders, so a
//!   caller can prefer templates whose every placeholder was filled.
//!
//! This is one mechanism (per-placeholder fallback) rather than optional bracketed
//! segments, because brackets are ordinary characters in notes and would need escaping.
//!
//! Values are untrusted page text: [`Values::set`] collapses whitespace, strips control
//! and bidirectional-override characters and caps each value's length. Rendering is a
//! single pass over the parsed template, so a value that looks like `{first_name}` or
//! `<b>` stays exactly those characters.
//!
//! Lengths are counted like LinkedIn's note box counts them: see [`linkedin_len`].

use std::fmt;

/// The placeholders a template may use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Placeholder {
    /// The other person's first name ("Dana").
    FirstName,
    /// The other person's full name ("Dana Whitfield").
    FullName,
    /// The user's own full name.
    MyName,
    /// The user's own first name.
    MyFirstName,
    /// The other person's organisation ("Acme Analytics").
    Company,
    /// The other person's role ("Head of Data").
    Role,
    /// The other person's headline as shown.
    Headline,
    /// How many mutual connections the page shows, as digits ("12").
    MutualCount,
    /// One mutual connection the page names ("Casey Ray").
    MutualName,
    /// Where the user found them ("your post “…”", "a search for “…”").
    FoundVia,
    /// An organisation both share, as the page states it.
    SharedOrg,
    /// The user's sign-off ("Best regards,\nSam"); may span lines.
    SignOff,
    /// A link the user wants to share.
    Link,
}

impl Placeholder {
    /// Every placeholder, in the order the user documentation lists them.
    pub const ALL: [Placeholder; 13] = [
        Placeholder::FirstName,
        Placeholder::FullName,
        Placeholder::MyName,
        Placeholder::MyFirstName,
        Placeholder::Company,
        Placeholder::Role,
        Placeholder::Headline,
        Placeholder::MutualCount,
        Placeholder::MutualName,
        Placeholder::FoundVia,
        Placeholder::SharedOrg,
        Placeholder::SignOff,
        Placeholder::Link,
    ];

    /// The name written between braces.
    pub fn name(self) -> &'static str {
        match self {
            Placeholder::FirstName => "first_name",
            Placeholder::FullName => "full_name",
            Placeholder::MyName => "my_name",
            Placeholder::MyFirstName => "my_first_name",
            Placeholder::Company => "company",
            Placeholder::Role => "role",
            Placeholder::Headline => "headline",
            Placeholder::MutualCount => "mutual_count",
            Placeholder::MutualName => "mutual_name",
            Placeholder::FoundVia => "found_via",
            Placeholder::SharedOrg => "shared_org",
            Placeholder::SignOff => "sign_off",
            Placeholder::Link => "link",
        }
    }

    /// The placeholder with exactly this name, if any.
    pub fn from_name(name: &str) -> Option<Placeholder> {
        Placeholder::ALL.into_iter().find(|p| p.name() == name)
    }

    fn index(self) -> usize {
        self as usize
    }
}

impl fmt::Display for Placeholder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{{{}}}", self.name())
    }
}

/// Why a template cannot be used as written. Positions (`at`) are offsets in UTF-16
/// code units from the start of the template, which is what a browser text field's
/// selection uses; messages show them 1-based.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateError {
    /// `{frist_name}`: not a known placeholder; `suggestion` is the nearest known one.
    UnknownPlaceholder { name: String, at: usize, suggestion: Option<Placeholder> },
    /// `{}` or `{|fallback}`.
    EmptyPlaceholder { at: usize },
    /// A `{` with no `}` before the end of the line.
    UnclosedBrace { at: usize },
    /// Even with every placeholder empty, the text is longer than the limit.
    OverLimit { len: usize, limit: usize },
}

impl fmt::Display for TemplateError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            TemplateError::UnknownPlaceholder { name, at, suggestion: Some(s) } => {
                write!(f, "Unknown placeholder {{{name}}} at character {}. Did you mean {s}?", at + 1)
            }
            TemplateError::UnknownPlaceholder { name, at, suggestion: None } => {
                let known: Vec<String> = Placeholder::ALL.iter().map(|p| p.to_string()).collect();
                write!(
                    f,
                    "Unknown placeholder {{{name}}} at character {}. Known placeholders: {}. For literal braces write {{{{ and }}}}.",
                    at + 1,
                    known.join(", ")
                )
            }
            TemplateError::EmptyPlaceholder { at } => write!(
                f,
                "Empty placeholder at character {}. Put a name between the braces, such as {{first_name}}, or write {{{{}}}} for literal braces.",
                at + 1
            ),
            TemplateError::UnclosedBrace { at } => write!(
                f,
                "The {{ at character {} is never closed. Close it with }} on the same line, or write {{{{ for a literal brace.",
                at + 1
            ),
            TemplateError::OverLimit { len, limit } => write!(
                f,
                "This text is {len} characters before any placeholder is filled in, and the limit is {limit}. Shorten it by at least {}.",
                len.saturating_sub(*limit)
            ),
        }
    }
}

impl std::error::Error for TemplateError {}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Text(String),
    Slot { placeholder: Placeholder, fallback: Option<String> },
}

/// A parsed template, ready to render any number of times.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Template {
    parts: Vec<Part>,
}

/// The longest a placeholder's name may be before a `{` is taken as unclosed: keeps a
/// stray `{` from swallowing a whole sentence into one confusing "unknown placeholder".
const MAX_SLOT_CHARS: usize = 80;

impl Template {
    /// Parses a template, reporting every problem found (not just the first).
    pub fn parse(source: &str) -> Result<Template, Vec<TemplateError>> {
        let chars: Vec<char> = source.chars().collect();
        let mut parts = Vec::new();
        let mut text = String::new();
        let mut errors = Vec::new();
        let mut i = 0;
        let mut at = 0; // UTF-16 offset of chars[i]
        while let Some(&c) = chars.get(i) {
            let next = chars.get(i + 1).copied();
            match (c, next) {
                ('{', Some('{')) | ('}', Some('}')) => {
                    text.push(c);
                    i += 2;
                    at += 2;
                }
                ('{', _) => {
                    let close = chars[i + 1..]
                        .iter()
                        .take(MAX_SLOT_CHARS)
                        .position(|&d| matches!(d, '}' | '{' | '\n' | '\r'))
                        .map(|k| i + 1 + k)
                        .filter(|&j| chars.get(j) == Some(&'}'));
                    let Some(close) = close else {
                        errors.push(TemplateError::UnclosedBrace { at });
                        text.push('{');
                        i += 1;
                        at += 1;
                        continue;
                    };
                    let inner: String = chars[i + 1..close].iter().collect();
                    let (name, fallback) = match inner.split_once('|') {
                        Some((n, f)) => (n.trim(), Some(f.trim().to_string())),
                        None => (inner.trim(), None),
                    };
                    if name.is_empty() {
                        errors.push(TemplateError::EmptyPlaceholder { at });
                    } else if let Some(placeholder) = Placeholder::from_name(name) {
                        if !text.is_empty() {
                            parts.push(Part::Text(std::mem::take(&mut text)));
                        }
                        parts.push(Part::Slot { placeholder, fallback });
                    } else {
                        errors.push(TemplateError::UnknownPlaceholder {
                            name: name.to_string(),
                            at,
                            suggestion: suggest_placeholder(name),
                        });
                    }
                    at += chars[i..=close].iter().map(|c| c.len_utf16()).sum::<usize>();
                    i = close + 1;
                }
                _ => {
                    text.push(c);
                    i += 1;
                    at += c.len_utf16();
                }
            }
        }
        if !text.is_empty() {
            parts.push(Part::Text(text));
        }
        if errors.is_empty() {
            Ok(Template { parts })
        } else {
            Err(errors)
        }
    }

    /// The placeholders this template uses, in order of first use.
    pub fn placeholders(&self) -> Vec<Placeholder> {
        let mut seen = Vec::new();
        for part in &self.parts {
            if let Part::Slot { placeholder, .. } = part {
                if !seen.contains(placeholder) {
                    seen.push(*placeholder);
                }
            }
        }
        seen
    }
}

/// Checks a template as the user typed it.
pub fn validate(source: &str) -> Result<(), Vec<TemplateError>> {
    Template::parse(source).map(|_| ())
}

/// Checks a template and that its fixed text (every placeholder empty or at its
/// fallback) fits within `limit` as LinkedIn counts it. Filled-in names make the real
/// text longer still; callers fit the rendered text separately.
pub fn validate_within(source: &str, limit: usize) -> Result<(), Vec<TemplateError>> {
    let template = Template::parse(source)?;
    let len = linkedin_len(&render(&template, &Values::new()).text);
    if len > limit {
        return Err(vec![TemplateError::OverLimit { len, limit }]);
    }
    Ok(())
}

/// The nearest known placeholder to a misspelt one, when the match is convincing.
fn suggest_placeholder(typed: &str) -> Option<Placeholder> {
    let normalized: String = typed
        .trim()
        .chars()
        .map(|c| if c == ' ' || c == '-' { '_' } else { c })
        .flat_map(char::to_lowercase)
        .collect();
    if let Some(exact) = Placeholder::from_name(&normalized) {
        return Some(exact);
    }
    let (best, distance) = Placeholder::ALL
        .into_iter()
        .map(|p| (p, edit_distance(&normalized, p.name())))
        .min_by_key(|&(_, d)| d)?;
    let tolerance = (best.name().chars().count() / 3).max(2);
    if distance <= tolerance {
        return Some(best);
    }
    // "company_name" -> {company}: accept containment only when it points one way.
    let containing: Vec<Placeholder> = Placeholder::ALL
        .into_iter()
        .filter(|p| normalized.contains(p.name()) || (normalized.len() >= 4 && p.name().contains(normalized.as_str())))
        .collect();
    match containing.as_slice() {
        [only] => Some(*only),
        _ => None,
    }
}

/// Levenshtein distance over characters; inputs here are short placeholder names.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut current = vec![i + 1; b.len() + 1];
        for (j, &cb) in b.iter().enumerate() {
            let substitution = previous[j] + usize::from(ca != cb);
            current[j + 1] = substitution.min(previous[j + 1] + 1).min(current[j] + 1);
        }
        previous = current;
    }
    previous[b.len()]
}

/// The longest a single value may be, in UTF-16 code units. LinkedIn's own longest
/// card field, the headline, allows 220; anything longer is not a real value.
pub const MAX_VALUE_LEN: usize = 220;

/// How many lines a sign-off may keep ("Best regards," / "Sam" / "Acme").
const MAX_SIGN_OFF_LINES: usize = 3;

/// The values a template is filled with. Every value is cleaned on the way in.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Values {
    slots: [Option<String>; Placeholder::ALL.len()],
}

impl Values {
    /// No values at all.
    pub fn new() -> Values {
        Values::default()
    }

    /// Sets a value from untrusted text (see [`clean_value`]); a value that is blank
    /// after cleaning leaves the placeholder unset. The sign-off alone keeps its line
    /// breaks, because it comes from the user's settings and is written as lines.
    pub fn set(&mut self, placeholder: Placeholder, raw: &str) -> &mut Values {
        self.slots[placeholder.index()] = if placeholder == Placeholder::SignOff {
            clean_multiline(raw, MAX_SIGN_OFF_LINES)
        } else {
            clean_value(raw)
        };
        self
    }

    /// Sets a value when there is one, otherwise unsets it.
    pub fn set_opt(&mut self, placeholder: Placeholder, raw: Option<&str>) -> &mut Values {
        match raw {
            Some(raw) => self.set(placeholder, raw),
            None => self.unset(placeholder),
        }
    }

    /// Builder form of [`Values::set`].
    pub fn with(mut self, placeholder: Placeholder, raw: &str) -> Values {
        self.set(placeholder, raw);
        self
    }

    /// Removes a value.
    pub fn unset(&mut self, placeholder: Placeholder) -> &mut Values {
        self.slots[placeholder.index()] = None;
        self
    }

    /// The cleaned value, if any.
    pub fn get(&self, placeholder: Placeholder) -> Option<&str> {
        self.slots[placeholder.index()].as_deref()
    }
}

/// Characters that reorder or hide text without being visible: bidirectional
/// embeddings, overrides and isolates (the "Trojan Source" set), and invisible
/// separators. Joiners (U+200C, U+200D) stay: scripts and emoji need them.
fn is_invisible_trick(c: char) -> bool {
    matches!(c,
        '\u{061C}' | '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{FEFF}' | '\u{FFF9}'..='\u{FFFB}')
}

fn is_no_break_space(c: char) -> bool {
    matches!(c, '\u{A0}' | '\u{202F}')
}

/// Cleans one line of untrusted text: whitespace runs (newlines included) become one
/// space (no-break spaces stay), control and bidi-override characters go, the ends
/// are trimmed, and the result is capped at [`MAX_VALUE_LEN`]. `None` when nothing
/// is left.
pub fn clean_value(raw: &str) -> Option<String> {
    let mut out = String::with_capacity(raw.len().min(4 * MAX_VALUE_LEN));
    let mut pending_space = false;
    for c in raw.chars() {
        // No-break spaces are typography (French "« x »", "10\u{a0}000"): kept as
        // they are, except at the ends.
        if c.is_whitespace() && !is_no_break_space(c) {
            pending_space = true;
        } else if c.is_control() || is_invisible_trick(c) {
            // Dropped without a trace, so "a\u{202E}b" reads "ab".
        } else if out.is_empty() && is_no_break_space(c) {
            // Leading no-break spaces are as blank as any other.
        } else {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            out.push(c);
            // Stop reading early: a 10,000-character value is cut anyway.
            if out.len() > 8 * MAX_VALUE_LEN {
                break;
            }
        }
    }
    // trim(), not only the no-break spaces: "A \u{a0}" must not leave "A " behind.
    let capped = truncate(out.trim(), MAX_VALUE_LEN);
    (!capped.is_empty()).then_some(capped)
}

/// Like [`clean_value`], but keeps up to `max_lines` non-blank lines.
fn clean_multiline(raw: &str, max_lines: usize) -> Option<String> {
    let lines: Vec<String> = raw
        .lines()
        .filter_map(clean_value)
        .take(max_lines)
        .collect();
    (!lines.is_empty()).then(|| truncate(&lines.join("\n"), MAX_VALUE_LEN))
}

/// The result of rendering a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// The text, tidied where a placeholder was left empty, trimmed at both ends.
    pub text: String,
    /// Placeholders that had neither a value nor a fallback, in order of first use.
    pub missing: Vec<Placeholder>,
}

impl Rendered {
    /// Whether every placeholder got a value or a fallback.
    pub fn is_complete(&self) -> bool {
        self.missing.is_empty()
    }

    /// The text's length as LinkedIn counts it.
    pub fn len(&self) -> usize {
        linkedin_len(&self.text)
    }

    /// Whether the text is empty.
    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }
}

/// Fills a template with values.
pub fn render(template: &Template, values: &Values) -> Rendered {
    let mut out = String::new();
    let mut gaps = Vec::new();
    let mut missing = Vec::new();
    for part in &template.parts {
        match part {
            Part::Text(text) => out.push_str(text),
            Part::Slot { placeholder, fallback } => {
                let value = values.get(*placeholder).or(fallback.as_deref()).unwrap_or("");
                if value.is_empty() {
                    gaps.push(out.len());
                    if fallback.is_none() && !missing.contains(placeholder) {
                        missing.push(*placeholder);
                    }
                } else {
                    out.push_str(value);
                }
            }
        }
    }
    // Right to left, so that closing one gap never moves the ones still to do.
    for &gap in gaps.iter().rev() {
        close_gap(&mut out, gap);
    }
    Rendered { text: out.trim().to_string(), missing }
}

fn is_line_start(left: &str) -> bool {
    left.is_empty() || left.ends_with('\n')
}

/// Tidies the text around the byte offset where an empty placeholder was, so that
/// "Hi {first_name}, thanks" reads "Hi, thanks", "{first_name}, thanks" reads
/// "Thanks", "Thanks, {first_name}." reads "Thanks." and "Hola, {first_name}:" reads
/// "Hola:". Only spaces and the punctuation right at the gap are touched.
fn close_gap(out: &mut String, gap: usize) {
    let mut gap = gap.min(out.len());
    while !out.is_char_boundary(gap) {
        gap -= 1;
    }
    let (left, right) = out.split_at(gap);
    let mut left = left.trim_end_matches([' ', '\t']).to_string();
    let right_unspaced = right.trim_start_matches([' ', '\t']);
    let mut right = right.to_string();
    let mut capitalize = false;
    match right.chars().next() {
        None | Some('\n' | '\r') => {}
        Some(')') if left.ends_with('(') => {
            // "We spoke ({x}) today": the empty parentheses and the space before them go.
            left.pop();
            left.truncate(left.trim_end_matches([' ', '\t']).len());
            right.remove(0);
        }
        Some(c @ (',' | '.' | ';' | ':' | '!' | '?' | ')')) => {
            if left.ends_with([',', ';', ':']) {
                // The gap's own punctuation ends the sentence: the comma before it goes.
                left.pop();
            } else if is_line_start(&left) && matches!(c, ',' | ';' | ':') {
                // A greeting with nothing before it: drop its punctuation entirely.
                right = right[1..].trim_start_matches([' ', '\t']).to_string();
                capitalize = true;
            }
        }
        Some(' ' | '\t') => {
            capitalize = is_line_start(&left);
            if !is_line_start(&left) && !left.ends_with('(') {
                left.push(' ');
            }
            right = right_unspaced.to_string();
        }
        Some(_) => {
            // A word follows directly ("{first_name}'s"): restore the space we trimmed.
            let had_space = out[..gap].ends_with([' ', '\t']);
            if had_space && !is_line_start(&left) {
                left.push(' ');
            }
        }
    }
    let mut rest = right.chars();
    if capitalize {
        if let Some(first) = rest.next() {
            left.extend(first.to_uppercase());
        }
    }
    left.push_str(rest.as_str());
    *out = left;
}

/// The length of a text as LinkedIn's note box counts it.
///
/// A browser textarea's `maxlength` and LinkedIn's "N/300" counter use the JavaScript
/// string length, which is the number of UTF-16 code units: most characters count 1,
/// an emoji outside the Basic Multilingual Plane counts 2, a family emoji joined with
/// ZWJs counts all of its parts. A newline counts 1 (the value as the page sees it);
/// composed notes are single paragraphs, so this never matters for them.
pub fn linkedin_len(text: &str) -> usize {
    text.chars().map(char::len_utf16).sum()
}

/// The mark added where text was cut; one UTF-16 unit.
pub const ELLIPSIS: char = '…';

/// Cuts `text` so that it fits `limit` as [`linkedin_len`] counts, adding "…" when
/// it cuts. Never splits a character, a surrogate pair or an emoji sequence (flags,
/// skin tones, ZWJ families, keycaps), nor a letter from its combining accents; prefers
/// to cut at a space when one is in the last half of what fits.
pub fn truncate(text: &str, limit: usize) -> String {
    if linkedin_len(text) <= limit {
        return text.to_string();
    }
    if limit == 0 {
        return String::new();
    }
    let budget = limit - ELLIPSIS.len_utf16();
    let mut used = 0;
    let mut hard_end = 0; // byte end of the last whole cluster that fits
    let mut word_end = None; // byte end of the text before the last space that fits
    let mut offset = 0;
    for cluster in Clusters::new(text) {
        let width = linkedin_len(cluster);
        if used + width > budget {
            break;
        }
        if cluster.chars().all(char::is_whitespace) {
            word_end = Some(offset);
        }
        used += width;
        offset += cluster.len();
        hard_end = offset;
    }
    let end = match word_end {
        Some(w) if linkedin_len(&text[..w]) * 2 >= budget => w,
        _ => hard_end,
    };
    let mut cut = text[..end].trim_end_matches(|c: char| c.is_whitespace() || ",;:-–—(".contains(c)).to_string();
    cut.push(ELLIPSIS);
    cut
}

/// Iterates over approximate extended grapheme clusters: what a reader sees as one
/// character. Approximate because the core carries no Unicode tables; it knows the
/// joiners, modifiers and marks that matter for cutting safely (emoji sequences,
/// regional-indicator flags, tag sequences, common combining marks, Indic and Thai
/// vowel signs, Hangul jamo).
struct Clusters<'a> {
    rest: &'a str,
}

impl<'a> Clusters<'a> {
    fn new(text: &'a str) -> Clusters<'a> {
        Clusters { rest: text }
    }
}

impl<'a> Iterator for Clusters<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        let mut chars = self.rest.char_indices();
        let (_, first) = chars.next()?;
        let mut end = first.len_utf8();
        let mut previous = first;
        let mut regional_run = usize::from(is_regional_indicator(first));
        for (i, c) in chars {
            let joins = if previous == '\r' {
                c == '\n'
            } else if is_regional_indicator(c) {
                // Flags are pairs: the second indicator joins, a third starts anew.
                let joins = regional_run % 2 == 1;
                regional_run += 1;
                joins
            } else {
                c == '\u{200D}' || is_extender(c) || (previous == '\u{200D}' && !c.is_whitespace())
            };
            if !joins {
                break;
            }
            end = i + c.len_utf8();
            previous = c;
        }
        let (cluster, rest) = self.rest.split_at(end);
        self.rest = rest;
        Some(cluster)
    }
}

fn is_regional_indicator(c: char) -> bool {
    ('\u{1F1E6}'..='\u{1F1FF}').contains(&c)
}

/// Characters that attach to the one before them.
fn is_extender(c: char) -> bool {
    let u = c as u32;
    // Devanagari to Malayalam share one layout: vowel signs and viramas sit at the
    // same offsets in each 128-character block.
    if (0x0900..=0x0D7F).contains(&u) {
        let offset = (u - 0x0900) % 0x80;
        return matches!(offset, 0x00..=0x03 | 0x3A..=0x3C | 0x3E..=0x4F | 0x51..=0x57 | 0x62..=0x63);
    }
    matches!(u,
        0x0300..=0x036F | 0x0483..=0x0489 | 0x0591..=0x05BD | 0x05BF | 0x05C1..=0x05C2
        | 0x05C4..=0x05C5 | 0x05C7 | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670
        | 0x06D6..=0x06DC | 0x06DF..=0x06E4 | 0x06E7..=0x06E8 | 0x06EA..=0x06ED
        | 0x0E31 | 0x0E34..=0x0E3A | 0x0E47..=0x0E4E | 0x1160..=0x11FF
        | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0x3099..=0x309A
        | 0xFE00..=0xFE0F | 0xFE20..=0xFE2F | 0x1F3FB..=0x1F3FF | 0xE0020..=0xE007F
        | 0xE0100..=0xE01EF)
}

/// The base of a language tag: "fr-CA", "fr_FR" and "FR" are all "fr".
pub fn base_language(lang: &str) -> String {
    lang.split(['-', '_']).next().unwrap_or("").trim().to_ascii_lowercase()
}

/// The user: who signs the notes and replies.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Me {
    /// The user's name as they want it written ("Sam Okafor").
    pub name: Option<String>,
    /// How the user signs messages ("Best regards,\nSam"); may span lines.
    pub sign_off: Option<String>,
    /// The link `{link}` stands for (the first of the user's links with a URL).
    pub link: Option<String>,
}

impl Me {
    /// The first word of the user's name, if any.
    pub fn first_name(&self) -> Option<&str> {
        self.name.as_deref().and_then(|n| n.split_whitespace().next())
    }

    /// Puts `{my_name}` and `{my_first_name}` into `values`. The sign-off is left to
    /// the caller: replies and notes sign differently.
    pub fn fill(&self, values: &mut Values) {
        values.set_opt(Placeholder::MyName, self.name.as_deref());
        values.set_opt(Placeholder::MyFirstName, self.first_name());
        values.set_opt(Placeholder::Link, self.link.as_deref());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Placeholder::*;

    fn render_str(source: &str, values: &Values) -> Rendered {
        match Template::parse(source) {
            Ok(t) => render(&t, values),
            Err(e) => panic!("{source:?} should parse: {e:?}"),
        }
    }

    #[test]
    fn placeholder_names_round_trip() {
        for (i, p) in Placeholder::ALL.into_iter().enumerate() {
            assert_eq!(p.index(), i, "ALL must list the variants in declaration order");
            assert_eq!(Placeholder::from_name(p.name()), Some(p));
        }
    }

    #[test]
    fn renders_values_and_escapes() {
        let v = Values::new().with(FirstName, "Dana").with(Company, "Acme");
        let r = render_str("Hi {first_name}, {{literal}} and }} at {company}.", &v);
        assert_eq!(r.text, "Hi Dana, {literal} and } at Acme.");
        assert!(r.is_complete());
        assert_eq!(render_str("{{first_name}}", &v).text, "{first_name}");
        assert_eq!(render_str("a } b", &v).text, "a } b");
        assert_eq!(render_str("{ first_name }!", &v).text, "Dana!");
    }

    #[test]
    fn fallback_is_used_only_without_value() {
        let empty = Values::new();
        let v = Values::new().with(MutualName, "Casey Ray");
        let src = "We both know {mutual_name|a mutual connection}.";
        assert_eq!(render_str(src, &v).text, "We both know Casey Ray.");
        let r = render_str(src, &empty);
        assert_eq!(r.text, "We both know a mutual connection.");
        assert!(r.is_complete());
        // An empty fallback means "fine to leave out": not reported as missing.
        let r = render_str("Hello {first_name|}, welcome", &empty);
        assert_eq!(r.text, "Hello, welcome");
        assert!(r.is_complete());
    }

    #[test]
    fn missing_values_leave_no_stray_punctuation_or_spaces() {
        let none = Values::new();
        let cases = [
            ("Hi {first_name}, thanks for the note.", "Hi, thanks for the note."),
            ("Hi {first_name}!", "Hi!"),
            ("{first_name}, thanks for the note.", "Thanks for the note."),
            ("Thanks, {first_name}.", "Thanks."),
            ("Hola, {first_name}:\n\nGracias.", "Hola:\n\nGracias."),
            ("Dear {first_name} {full_name},", "Dear,"),
            ("Hi {first_name} and welcome", "Hi and welcome"),
            ("We spoke (via {mutual_name}) last week", "We spoke (via) last week"),
            ("We spoke ({mutual_name}) last week", "We spoke last week"),
            ("Thanks!\n\n{sign_off}", "Thanks!"),
            ("{first_name} {full_name} hello", "Hello"),
            ("Hi {first_name}'s friend", "Hi 's friend"),
        ];
        for (src, want) in cases {
            let r = render_str(src, &none);
            assert_eq!(r.text, want, "{src:?}");
            assert!(!r.text.contains("  "), "{src:?}");
            assert!(!r.is_complete());
        }
        assert_eq!(render_str("Hi {first_name}, {company}.", &none).missing, vec![FirstName, Company]);
    }

    #[test]
    fn validation_messages_are_actionable() {
        let errors = validate("Hi {frist_name}, from {Company} at {companyname}").unwrap_err();
        assert_eq!(errors.len(), 3);
        assert_eq!(errors[0], TemplateError::UnknownPlaceholder { name: "frist_name".into(), at: 3, suggestion: Some(FirstName) });
        assert_eq!(errors[0].to_string(), "Unknown placeholder {frist_name} at character 4. Did you mean {first_name}?");
        assert!(matches!(errors[1], TemplateError::UnknownPlaceholder { suggestion: Some(Company), .. }));
        assert!(matches!(errors[2], TemplateError::UnknownPlaceholder { suggestion: Some(Company), .. }));

        let errors = validate("Hi {weather}").unwrap_err();
        assert!(matches!(errors[0], TemplateError::UnknownPlaceholder { suggestion: None, .. }));
        assert!(errors[0].to_string().contains("Known placeholders: {first_name}"), "{}", errors[0]);

        let errors = validate("Hi {first_name, thanks\nBye").unwrap_err();
        assert_eq!(errors, vec![TemplateError::UnclosedBrace { at: 3 }]);
        assert!(errors[0].to_string().contains("never closed"));

        assert_eq!(validate("oops {}").unwrap_err(), vec![TemplateError::EmptyPlaceholder { at: 5 }]);
        assert!(validate("{first name}").unwrap_err()[0].to_string().contains("Did you mean {first_name}?"));
        assert!(validate("Hi {first_name|there}, {{ok}}").is_ok());
        // Positions count UTF-16 units, like the text field that shows them.
        assert_eq!(validate("👋 {x").unwrap_err(), vec![TemplateError::UnclosedBrace { at: 3 }]);
    }

    #[test]
    fn over_limit_counts_fixed_text_only() {
        let long = "a".repeat(210);
        assert!(validate_within(&format!("{long} {{first_name}}"), 300).is_ok());
        let errors = validate_within(&format!("{long} {{first_name}}"), 200).unwrap_err();
        assert_eq!(errors, vec![TemplateError::OverLimit { len: 210, limit: 200 }]);
        assert!(errors[0].to_string().contains("Shorten it by at least 10"));
        // A parse error is reported before any length.
        assert!(matches!(validate_within("{nope}", 10).unwrap_err()[0], TemplateError::UnknownPlaceholder { .. }));
    }

    #[test]
    fn hostile_values_stay_plain_text() {
        let v = Values::new()
            .with(FirstName, "<img src=x onerror=alert(1)>")
            .with(Company, "Acme\u{202E}gnp.exe\u{202C} & <b>Co</b>")
            .with(Role, "Head\n\nof\t\u{0007}Data\u{200B}  ")
            .with(Headline, "{first_name} {{ }}");
        let r = render_str("{first_name}|{company}|{role}|{headline}", &v);
        assert_eq!(r.text, "<img src=x onerror=alert(1)>|Acmegnp.exe & <b>Co</b>|Head of Data|{first_name} {{ }}");
        assert_eq!(Values::new().with(FirstName, " \n\u{202E} ").get(FirstName), None);
    }

    #[test]
    fn huge_values_are_capped() {
        let huge = "word ".repeat(2000);
        let v = Values::new().with(Headline, &huge).with(Company, &"x".repeat(10_000));
        for p in [Headline, Company] {
            let value = v.get(p).unwrap_or_default();
            assert!(linkedin_len(value) <= MAX_VALUE_LEN, "{p}: {}", linkedin_len(value));
            assert!(value.ends_with(ELLIPSIS));
        }
    }

    #[test]
    fn sign_off_keeps_lines() {
        let v = Values::new().with(SignOff, "Best regards,\r\n\n  Sam\u{202E}\n").with(FirstName, "a\nb");
        assert_eq!(v.get(SignOff), Some("Best regards,\nSam"));
        assert_eq!(v.get(FirstName), Some("a b"));
    }

    #[test]
    fn counts_like_javascript() {
        assert_eq!(linkedin_len("abc"), 3);
        assert_eq!(linkedin_len("é"), 1);
        assert_eq!(linkedin_len("e\u{301}"), 2);
        assert_eq!(linkedin_len("👋"), 2);
        assert_eq!(linkedin_len("👩‍👩‍👧"), 8);
        assert_eq!(linkedin_len("🇫🇷"), 4);
        assert_eq!(linkedin_len("中文"), 2);
    }

    #[test]
    fn truncation_respects_limit_words_and_emoji() {
        assert_eq!(truncate("short", 10), "short");
        assert_eq!(truncate("anything", 0), "");
        assert_eq!(truncate("hello wonderful world", 16), "hello wonderful…");
        assert_eq!(truncate("abcdefghij", 5), "abcd…");
        // Never half an emoji: the family (8 units) is dropped whole.
        let family = "ab 👩‍👩‍👧";
        for limit in 0..linkedin_len(family) {
            let cut = truncate(family, limit);
            assert!(linkedin_len(&cut) <= limit, "{limit}: {cut:?}");
            assert!(!cut.contains('\u{200D}'), "{limit}: {cut:?}");
        }
        let flags = "🇫🇷🇩🇪🇪🇸";
        assert_eq!(truncate(flags, 9), "🇫🇷🇩🇪…");
        assert_eq!(truncate("👍🏽👍🏽", 5), "👍🏽…");
        assert_eq!(truncate("Cafe\u{301}s!", 6), "Cafe\u{301}…");
        assert_eq!(truncate("Cafe\u{301}s!", 5), "Caf…");
        assert_eq!(truncate("keycap 1\u{FE0F}\u{20E3}2", 10), "keycap…");
    }

    #[test]
    fn truncation_property_over_many_texts() {
        let pieces = ["a", "é", "e\u{301}", "👋", "👍🏽", "🇫🇷", "👩‍💻", " ", "  ", "中", "x\u{200D}", "\u{FE0F}"];
        let mut seed: u32 = 7;
        for _ in 0..400 {
            let mut text = String::new();
            for _ in 0..40 {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                text.push_str(pieces[(seed >> 16) as usize % pieces.len()]);
            }
            for limit in [0, 1, 2, 3, 7, 20, 50] {
                let cut = truncate(&text, limit);
                assert!(linkedin_len(&cut) <= limit, "{text:?} {limit} -> {cut:?}");
                let kept = cut.strip_suffix(ELLIPSIS).unwrap_or(&cut);
                assert!(text.starts_with(kept.trim_end()), "{text:?} -> {cut:?}");
            }
        }
    }

    #[test]
    fn any_template_parses_or_errors_and_renders_without_panicking() {
        let pieces = ["{", "}", "|", "{first_name}", "{company|}", "{role|a role}", "{nope}", ",", ".", " ", "(", ")", "\n", "👋", "é", "x", "{{", "}}", ":"];
        let full = Values::new().with(FirstName, "Dana").with(Company, "Acme").with(Role, "Lead");
        let mut seed: u32 = 3;
        for _ in 0..3000 {
            let mut source = String::new();
            for _ in 0..(seed % 24) {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                source.push_str(pieces[(seed >> 16) as usize % pieces.len()]);
            }
            seed = seed.wrapping_add(1);
            match Template::parse(&source) {
                Ok(t) => {
                    for values in [&Values::new(), &full] {
                        let r = render(&t, values);
                        assert_eq!(r.text, r.text.trim());
                    }
                    assert!(render(&t, &full).is_complete());
                }
                Err(errors) => {
                    assert!(!errors.is_empty());
                    assert!(errors.iter().all(|e| !e.to_string().is_empty()));
                }
            }
        }
    }

    #[test]
    fn me_fills_my_names() {
        let me = Me { name: Some("Sam Okafor".into()), sign_off: None, ..Default::default() };
        let mut v = Values::new();
        me.fill(&mut v);
        assert_eq!(v.get(MyFirstName), Some("Sam"));
        assert_eq!(v.get(MyName), Some("Sam Okafor"));
    }
}
