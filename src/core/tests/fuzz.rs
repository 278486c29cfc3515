//! Property tests ("fuzzing") of everything in the core that reads text a stranger, a
//! page or a file controls: note analysis and scoring, LinkedIn's card phrases,
//! templates, note and reply composition, and settings import and migration.
//!
//! Inputs mix arbitrary Unicode with pieces chosen to hurt: markup and script,
//! `javascript:` URLs, template braces and mail-merge placeholders, bidi overrides and
//! zero-width characters, emoji sequences, characters whose lower case is longer than
//! themselves, the phrases the rules look for, and runs built to make pattern matching
//! work hard, up to 20,000 characters. Every property says: no panic, and the output
//! keeps its promises (scores 0..=100, lengths within limits, no placeholder left
//! unfilled, no control or bidi character carried from a value into text we show).
//!
//! A run is bounded: PROPTEST_CASES cases per property (proptest's default, 256), well
//! under a minute natively even unoptimised, as part of `cargo test -p notefirst-core`.
//! A longer run (about 15 minutes on 2 cores):
//!
//!     PROPTEST_CASES=100000 cargo test -p notefirst-core --release --test fuzz
//!
//! Nothing here asserts on time. The cost of each case is kept linear by the code
//! itself (see `note::MAX_ANALYSED_CHARS` and the other caps); `linear_shapes_*` below
//! run the shapes that were once quadratic, at a size where a regression would show
//! as a test that takes minutes, and `examples/linearity.rs` prints the figures.

use std::collections::BTreeMap;

use notefirst_core::card_text::{self, InvitationControl};
use notefirst_core::compose::{self, role_at_company, suggest_notes_in, FoundVia, NoteTemplate, Person, MIN_SUGGESTIONS};
use notefirst_core::note::{Signal, MAX_ANALYSED_CHARS};
use notefirst_core::reply::{builtin_replies, suggest_replies_in, ReplyTemplate};
use notefirst_core::score::{rules, NEUTRAL_BASE};
use notefirst_core::settings::{self, Settings, SCHEMA_VERSION};
use notefirst_core::template::{self, clean_value, linkedin_len, render, truncate, validate, validate_within, Placeholder, Template, Values, ELLIPSIS, MAX_VALUE_LEN};
use notefirst_core::text::QUOTE_MAX_CHARS;
use notefirst_core::{analyse_note, assess, note_is_contentless, Invitation, Me, MutualConnections, PageKind, ScoringConfig};
use proptest::prelude::*;
use proptest::test_runner::FileFailurePersistence;
use serde_json::{json, Map, Value};

// ------------------------------------------------------------------------- inputs

/// Pieces of hostile or tricky text.
const PIECES: &[&str] = &[
    // markup, script, URLs, entities
    "<script>window.__pwned=1</script>",
    "<img src=x onerror=alert(1)>",
    "<b>",
    "</b>",
    "&lt;b&gt;",
    "&amp;",
    "&#x202E;",
    "<!-- x -->",
    "]]>",
    "javascript:alert(1)",
    "https://tallyhaul.io/demo?x=1&y=2",
    "www.acme-widgets.com",
    "acme.io/",
    "\"",
    "'",
    "`",
    "\\",
    // templates and mail merge
    "{",
    "}",
    "{{",
    "}}",
    "|",
    "{first_name}",
    "{first_name|there}",
    "{company|}",
    "{ sign_off }",
    "{nope}",
    "{}",
    "{|x}",
    "{{my_name}}",
    "#firstName#",
    "%FIRSTNAME%",
    "[name]",
    "$1",
    // invisible, bidi and control characters
    "\u{202E}",
    "\u{202C}",
    "\u{202A}",
    "\u{2066}",
    "\u{2069}",
    "\u{200B}",
    "\u{200C}",
    "\u{200D}",
    "\u{200E}",
    "\u{2060}",
    "\u{FEFF}",
    "\u{00AD}",
    "\u{FE0F}",
    "\u{0000}",
    "\u{0007}",
    "\u{001B}[31m",
    "\u{0085}",
    "\u{2028}",
    "\u{FFFD}",
    "\u{FFF9}",
    "\u{E0001}",
    "\u{10FFFF}",
    "\r\n",
    "\n",
    "\r",
    "\t",
    " ",
    "   ",
    "\u{a0}",
    "\u{202F}",
    // emoji and scripts
    "👋🏽",
    "👩‍👩‍👧",
    "🇫🇷🇩🇪",
    "1\u{FE0F}\u{20E3}",
    "🏴\u{E0067}\u{E0062}\u{E0073}\u{E0063}\u{E0074}\u{E007F}",
    "e\u{301}",
    "ß",
    "İ",
    "ﬁ",
    "ΐ",
    "Ǆ",
    "ẞ",
    "中文",
    "مرحبا",
    "עברית",
    "क्षि",
    "ไทย",
    "한국어",
    // punctuation the code cuts and tidies on
    "?",
    ".",
    "!",
    ",",
    ";",
    ":",
    "(",
    ")",
    "…",
    "—",
    "’",
    "-",
    "@",
    "10\u{a0}000",
    "1,204",
    // what the rules and card readers look for
    "Hi Maren",
    "we met at RustConf in Lisbon",
    "We have never met",
    "I'd like to add you to my professional network on LinkedIn.",
    "Let's connect",
    "book a quick call",
    "free audit",
    "We help SaaS founders double their pipeline",
    "we're hiring a senior engineer",
    "great profile",
    "we are both members of the Rust group",
    "how did you handle the migration off Oracle?",
    "Casey Ray suggested I reach out",
    "Accept Dana Whitfield’s invitation",
    "Ignore an invitation to connect from Dana",
    "Casey Ray and 8 other mutual connections",
    "Drew Stone is a mutual connection",
    " is inviting you to connect",
    " follows you and",
    "invited you to subscribe to",
    "2 weeks ago",
    "/in/dana-whitfield/",
    "https://www.linkedin.com/in/x?y=1",
    "/mynetwork/invitation-manager/received/",
    "Head of Data at Acme Analytics",
    "Ingeniera en Zeta",
    "LION",
    "open networker",
    "Works at Acme",
    "Also studied at Fenwick",
    // runs that make matching work hard
    "gratis-",
    "a-",
    "aaaa",
    "5 ",
    "not ",
    "http://",
    "k",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => proptest::sample::select(PIECES).prop_map(str::to_string),
        2 => any::<char>().prop_map(String::from),
        1 => "[a-zA-Z ]{1,12}",
        1 => "\\PC{1,8}",
    ]
}

/// Short text: a few pieces.
fn short_text() -> impl Strategy<Value = String> {
    proptest::collection::vec(piece(), 0..24).prop_map(|p| p.concat())
}

/// Long text: one piece (or a few) repeated up to 20,000 characters, with an optional
/// tail, which is the shape that makes pattern matching work hardest.
fn long_text() -> impl Strategy<Value = String> {
    (proptest::collection::vec(piece(), 1..4), 1usize..=20_000, short_text()).prop_map(|(unit, chars, tail)| {
        let unit = unit.concat();
        let mut text: String = unit.chars().cycle().take(chars).collect();
        text.push_str(&tail);
        text
    })
}

/// Mostly short text, sometimes long.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![12 => short_text(), 1 => long_text()]
}

fn opt_text() -> impl Strategy<Value = Option<String>> {
    proptest::option::weighted(0.8, text())
}

fn invitation() -> impl Strategy<Value = Invitation> {
    (
        (opt_text(), opt_text(), opt_text(), opt_text()),
        (proptest::option::of(any::<bool>()), proptest::option::of(prop_oneof![0u32..20, any::<u32>()])),
        proptest::collection::vec(text(), 0..4),
        (any::<bool>(), opt_text(), opt_text()),
    )
        .prop_map(|((full_name, profile_path, headline, note), (has_photo, count), names, (follows_you, shared_organization, sent_when))| {
            Invitation {
                full_name,
                profile_path,
                headline,
                note,
                has_photo,
                mutual: MutualConnections { count, names },
                follows_you,
                shared_organization,
                sent_when,
            }
        })
}

fn scoring_config() -> impl Strategy<Value = ScoringConfig> {
    let rule_id = prop_oneof![4 => proptest::sample::select(rules().iter().map(|r| r.id).collect::<Vec<_>>()).prop_map(str::to_string), 1 => text()];
    let weight = prop_oneof![4 => -100i32..=100, 1 => any::<i32>(), 1 => Just(i32::MIN), 1 => Just(i32::MAX)];
    prop_oneof![
        3 => Just(ScoringConfig::default()),
        2 => (any::<i32>(), any::<i32>(), proptest::collection::btree_map(rule_id, weight, 0..8))
            .prop_map(|(good_at, spam_at, weights)| ScoringConfig { good_at, spam_at, weights }),
    ]
}

fn me() -> impl Strategy<Value = Me> {
    (opt_text(), opt_text(), opt_text()).prop_map(|(name, sign_off, link)| Me { name, sign_off, link })
}

fn found_via() -> impl Strategy<Value = FoundVia> {
    prop_oneof![
        Just(FoundVia::Profile),
        Just(FoundVia::Unknown),
        Just(FoundVia::PeopleYouMayKnow),
        text().prop_map(|keywords| FoundVia::Search { keywords }),
        text().prop_map(|title| FoundVia::Post { title }),
    ]
}

fn person() -> impl Strategy<Value = Person> {
    (
        (opt_text(), opt_text(), opt_text(), opt_text(), opt_text()),
        (proptest::collection::vec(text(), 0..3), proptest::option::of(any::<u32>()), opt_text(), found_via()),
    )
        .prop_map(|((full_name, first_name, headline, role, company), (mutual_names, mutual_count, suggested_reason, found_via))| Person {
            full_name,
            first_name,
            headline,
            role,
            company,
            mutual_names,
            mutual_count,
            suggested_reason,
            found_via,
        })
}

fn lang() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => proptest::sample::select(&["en", "fr", "de", "es", "fr-CA", "pt-BR", "", "EN_gb", "zz"][..]).prop_map(str::to_string),
        1 => text(),
    ]
}

const PLACEHOLDER_NAMES: &[&str] = &[
    "first_name", "full_name", "my_name", "my_first_name", "company", "role", "headline", "mutual_count", "mutual_name", "found_via",
    "shared_org", "sign_off", "link",
];

/// A user's template: mostly well formed, sometimes not at all.
fn template_source() -> impl Strategy<Value = String> {
    let part = prop_oneof![
        3 => piece(),
        2 => proptest::sample::select(PLACEHOLDER_NAMES).prop_map(|n| format!("{{{n}}}")),
        1 => (proptest::sample::select(PLACEHOLDER_NAMES), "[a-z ,.]{0,12}").prop_map(|(n, f)| format!("{{{n}|{f}}}")),
    ];
    prop_oneof![8 => proptest::collection::vec(part, 0..20).prop_map(|p| p.concat()), 1 => long_text()]
}

// ------------------------------------------------------------------------- checks

/// Characters that reorder or hide text: the bidi controls of "Trojan Source", marks
/// and zero-width characters.
fn is_bidi_or_invisible(c: char) -> bool {
    matches!(c,
        '\u{061C}' | '\u{200B}' | '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}' | '\u{FEFF}')
}

/// The interlinear annotation characters, which template values drop too (quoted
/// evidence keeps them, inert as text: SECURITY.md, "Known limits").
fn is_annotation(c: char) -> bool {
    matches!(c, '\u{FFF9}'..='\u{FFFB}')
}

/// Whether text we compose is clean: no control character but a line break, nothing
/// that reorders or hides text.
fn shows_clean(text: &str) -> bool {
    !has_trick(text)
}

fn is_trick(c: char) -> bool {
    (c.is_control() && c != '\n') || is_bidi_or_invisible(c) || is_annotation(c)
}

fn has_trick(text: &str) -> bool {
    text.chars().any(is_trick)
}

fn has_brace(text: &str) -> bool {
    text.contains(['{', '}'])
}

fn check_evidence(evidence: &str) -> Result<(), TestCaseError> {
    prop_assert!(evidence.chars().count() <= QUOTE_MAX_CHARS, "evidence too long: {} chars", evidence.chars().count());
    prop_assert!(evidence.chars().all(|c| !c.is_control() && !is_bidi_or_invisible(c)), "evidence not one clean line: {evidence:?}");
    prop_assert_eq!(evidence, evidence.trim());
    Ok(())
}

/// PROPTEST_CASES and the other PROPTEST_* variables apply; a failing case is saved in
/// `tests/fuzz.proptest-regressions` and replayed first on every later run (commit it).
fn config() -> ProptestConfig {
    ProptestConfig {
        failure_persistence: Some(Box::new(FileFailurePersistence::Direct(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fuzz.proptest-regressions")))),
        ..ProptestConfig::default()
    }
}

// ------------------------------------------------------------------------- note analysis and scoring

proptest! {
    #![proptest_config(config())]

    #[test]
    fn fuzz_analyse_note(note in text()) {
        let s = analyse_note(&note);
        prop_assert_eq!(s.char_count, note.trim().chars().count());
        prop_assert_eq!(note_is_contentless(&note), s.contentless);
        if s.empty {
            prop_assert!(s.contentless);
        }
        // Hits: each signal once, in report order; contentless notes say nothing else.
        let signals: Vec<Signal> = s.hits.iter().map(|h| h.signal).collect();
        let mut sorted = signals.clone();
        sorted.sort();
        sorted.dedup();
        prop_assert_eq!(&signals, &sorted);
        if s.contentless {
            prop_assert!(signals.iter().all(|&g| g == Signal::Canned), "{:?}", signals);
        }
        for hit in &s.hits {
            check_evidence(&hit.evidence)?;
            prop_assert!(!hit.cues.is_empty());
        }
        // Same note, same answer.
        prop_assert_eq!(analyse_note(&note), s);
    }

    #[test]
    fn fuzz_assess(inv in invitation(), cfg in scoring_config()) {
        let a = assess(&inv, &cfg);
        prop_assert!(a.score <= 100);
        prop_assert_eq!(a.band, cfg.band(a.score));
        let total = a.fired.iter().fold(NEUTRAL_BASE, |sum, f| sum.saturating_add(f.points));
        prop_assert_eq!(i32::from(a.score), total.clamp(0, 100));
        // Fired rules are known, each once, in the table's order, and moved the score.
        let order: Vec<&str> = rules().iter().map(|r| r.id).collect();
        let positions: Vec<usize> = a.fired.iter().map(|f| order.iter().position(|id| *id == f.rule).unwrap_or(usize::MAX)).collect();
        prop_assert!(positions.iter().all(|&p| p != usize::MAX), "unknown rule in {}", a.rule_ids());
        prop_assert!(positions.windows(2).all(|w| w[0] < w[1]), "rules repeated or out of order: {}", a.rule_ids());
        for f in &a.fired {
            prop_assert!(f.points != 0);
            prop_assert!(!f.reason.is_empty());
            if let Some(evidence) = &f.evidence {
                check_evidence(evidence)?;
            }
        }
        // data-nf-rules is a plain comma-separated list of kebab-case ids.
        prop_assert!(a.rule_ids().chars().all(|c| c.is_ascii_lowercase() || c == '-' || c == ','));
        prop_assert_eq!(assess(&inv, &cfg), a);
    }

    // ------------------------------------------------------------------------- card phrases

    #[test]
    fn fuzz_card_text(label in text(), href in text()) {
        if let Some(InvitationControl::Accept(Some(name)) | InvitationControl::Ignore(Some(name))) = card_text::invitation_control(&label) {
            prop_assert!(!name.is_empty() && name == name.trim(), "{name:?}");
        }
        if let Some(m) = card_text::mutual_connections(&label) {
            prop_assert!(m.names.iter().all(|n| !n.trim().is_empty()), "{:?}", m.names);
            if let Some(count) = m.count {
                prop_assert!(count as usize >= m.names.len() || count == u32::MAX, "{count} < {:?}", m.names);
            }
        }
        let _ = card_text::inviting_line(&label);
        let _ = card_text::is_other_invitation(&label);
        let _ = card_text::is_when(&label);
        let _ = card_text::is_see_more(&label);
        // A profile path is only ever /in/<slug>/: never a URL with a scheme, a query or
        // anything a link could run.
        for candidate in [&label, &href, &format!("/in/{href}"), &format!("https://www.linkedin.com/in/{label}")] {
            if let Some(path) = card_text::profile_path(candidate) {
                let slug = path.strip_prefix("/in/").and_then(|p| p.strip_suffix('/'));
                prop_assert!(slug.is_some_and(|s| !s.is_empty() && s.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_' || c == '%')), "{path:?}");
                prop_assert!(!path.contains(':') && !path.contains("//"), "{path:?}");
                prop_assert_eq!(card_text::profile_path(&path), Some(path.clone()), "normalising is idempotent");
            }
        }
        let kind = PageKind::from_path(&href);
        prop_assert!(!kind.name().is_empty());
    }

    #[test]
    fn fuzz_role_at_company(headline in text()) {
        if let Some(found) = role_at_company(&headline) {
            prop_assert!(!found.role.is_empty() && !found.company.is_empty());
            prop_assert!(linkedin_len(&found.role) <= 80 && linkedin_len(&found.company) <= 60);
            prop_assert!(!has_trick(&found.role) && !has_trick(&found.company));
        }
    }

    // ------------------------------------------------------------------------- templates

    #[test]
    fn fuzz_template_parse_and_validate(source in template_source(), limit in 0usize..400) {
        let utf16 = linkedin_len(&source);
        match Template::parse(&source) {
            Ok(t) => {
                prop_assert!(validate(&source).is_ok());
                let r = render(&t, &Values::new());
                prop_assert_eq!(r.text.trim(), r.text.as_str());
                if validate_within(&source, limit).is_ok() {
                    prop_assert!(r.len() <= limit);
                }
            }
            Err(errors) => {
                prop_assert!(!errors.is_empty());
                prop_assert!(validate(&source).is_err());
                for e in &errors {
                    prop_assert!(!e.to_string().is_empty());
                    let at = match e {
                        template::TemplateError::UnknownPlaceholder { at, .. }
                        | template::TemplateError::EmptyPlaceholder { at }
                        | template::TemplateError::UnclosedBrace { at } => *at,
                        template::TemplateError::OverLimit { .. } => 0,
                    };
                    prop_assert!(at < utf16.max(1), "{e:?} beyond {utf16}");
                }
            }
        }
    }

    /// Templates built from brace-free text and placeholders render in one pass: every
    /// placeholder is replaced, a value is written exactly as cleaned (a value that
    /// looks like `{first_name}` or `<b>` stays those characters), and nothing a value
    /// holds can bring a control or bidi character into the text.
    #[test]
    fn fuzz_template_render(
        parts in proptest::collection::vec(
            prop_oneof![
                short_text().prop_map(|t| (None, t.replace(['{', '}'], "").chars().filter(|&c| !is_trick(c)).collect::<String>())),
                (proptest::sample::select(&Placeholder::ALL[..]), proptest::option::of("[a-z ,.!]{0,30}")).prop_map(|(p, f)| (Some((p, f)), String::new())),
            ],
            0..12,
        ),
        values in proptest::collection::vec(proptest::option::of(text()), Placeholder::ALL.len()),
    ) {
        let mut source = String::new();
        for (slot, text) in &parts {
            match slot {
                Some((p, Some(fallback))) => source.push_str(&format!("{{{}|{fallback}}}", p.name())),
                Some((p, None)) => source.push_str(&format!("{{{}}}", p.name())),
                None => source.push_str(text),
            }
        }
        let template = Template::parse(&source);
        prop_assert!(template.is_ok(), "{source:?}: {:?}", template);
        let template = template.unwrap_or_else(|_| unreachable!());
        let mut v = Values::new();
        for (p, value) in Placeholder::ALL.iter().zip(&values) {
            v.set_opt(*p, value.as_deref());
            if let Some(cleaned) = v.get(*p) {
                prop_assert!(linkedin_len(cleaned) <= MAX_VALUE_LEN, "{p}: {} units", linkedin_len(cleaned));
                prop_assert!(shows_clean(cleaned), "{p}: {cleaned:?}");
                if *p != Placeholder::SignOff {
                    prop_assert!(!cleaned.contains('\n'));
                }
            }
        }
        let r = render(&template, &v);
        prop_assert!(shows_clean(&r.text), "{:?}", r.text);
        let values_have_braces = Placeholder::ALL.iter().any(|p| v.get(*p).is_some_and(has_brace));
        if !values_have_braces {
            prop_assert!(!has_brace(&r.text), "left-over braces in {:?} from {source:?}", r.text);
        }
        // Missing: placeholders with neither value nor fallback, once each, in order.
        let mut missing = Vec::new();
        for (slot, _) in &parts {
            if let Some((p, None)) = slot {
                if v.get(*p).is_none() && !missing.contains(p) {
                    missing.push(*p);
                }
            }
        }
        prop_assert_eq!(&r.missing, &missing);
        // With every placeholder filled, rendering is plain concatenation.
        let all_filled = parts.iter().all(|(slot, _)| slot.as_ref().is_none_or(|(p, _)| v.get(*p).is_some()));
        if all_filled {
            let expected: String = parts
                .iter()
                .map(|(slot, text)| match slot {
                    Some((p, _)) => v.get(*p).unwrap_or_default().to_string(),
                    None => text.clone(),
                })
                .collect();
            prop_assert_eq!(r.text, expected.trim().to_string());
        }
    }

    #[test]
    fn fuzz_clean_and_truncate(raw in text(), limit in 0usize..600) {
        if let Some(v) = clean_value(&raw) {
            prop_assert!(!v.is_empty() && linkedin_len(&v) <= MAX_VALUE_LEN);
            prop_assert!(v.chars().all(|c| !c.is_control() && !is_bidi_or_invisible(c) && !is_annotation(c)), "{v:?}");
            prop_assert!(!v.starts_with(char::is_whitespace) && !v.ends_with(char::is_whitespace), "{v:?}");
        }
        let cut = truncate(&raw, limit);
        prop_assert!(linkedin_len(&cut) <= limit);
        if linkedin_len(&raw) <= limit {
            prop_assert_eq!(&cut, &raw);
        } else if limit > 0 {
            prop_assert!(cut.ends_with(ELLIPSIS));
            let kept = cut.strip_suffix(ELLIPSIS).unwrap_or(&cut);
            prop_assert!(raw.starts_with(kept), "{cut:?} is not a prefix of the text");
        }
    }

    // ------------------------------------------------------------------------- composition

    #[test]
    fn fuzz_suggest_notes(
        lang in lang(),
        person in person(),
        me in me(),
        custom in proptest::collection::vec((text(), template_source()), 0..4),
        limit in prop_oneof![4 => proptest::sample::select(&[200usize, 300][..]), 1 => 0usize..1000],
    ) {
        let custom: Vec<NoteTemplate> = custom.into_iter().enumerate().map(|(i, (label, text))| NoteTemplate { id: format!("mine-{i}"), label, text }).collect();
        let notes = suggest_notes_in(&lang, &person, &me, &custom, limit);
        let builtin_ids: Vec<&str> = compose::builtin_notes(&lang).iter().map(|b| b.id).collect();
        let values_have_braces = [&person.full_name, &person.first_name, &person.headline, &person.role, &person.company, &person.suggested_reason, &me.name, &me.sign_off]
            .iter()
            .any(|v| v.as_deref().is_some_and(has_brace))
            || person.mutual_names.iter().any(|n| has_brace(n))
            || matches!(&person.found_via, FoundVia::Search { keywords: t } | FoundVia::Post { title: t } if has_brace(t));
        for (i, n) in notes.iter().enumerate() {
            prop_assert!(linkedin_len(&n.text) <= limit, "{} units > {limit}: {:?}", linkedin_len(&n.text), n.text);
            prop_assert!(!n.text.is_empty());
            prop_assert!(notes[..i].iter().all(|m| m.text != n.text), "offered twice: {:?}", n.text);
            if builtin_ids.contains(&n.template_id.as_str()) {
                prop_assert!(shows_clean(&n.text) && !n.text.contains('\n'), "{:?}", n.text);
                if !values_have_braces {
                    prop_assert!(!has_brace(&n.text), "{:?}", n.text);
                }
            } else {
                prop_assert!(custom.iter().any(|t| t.id == n.template_id), "unknown id {}", n.template_id);
            }
        }
        if limit >= 100 {
            prop_assert!(notes.len() >= MIN_SUGGESTIONS, "{} notes at limit {limit}: {:?}", notes.len(), notes);
        }
    }

    #[test]
    fn fuzz_suggest_replies(
        lang in lang(),
        inv in invitation(),
        cfg in scoring_config(),
        me in me(),
        custom in proptest::collection::vec((template_source(), proptest::collection::vec(prop_oneof![Just("spam".to_string()), Just("sales".to_string()), text()], 0..3)), 0..4),
    ) {
        let custom: Vec<ReplyTemplate> = custom
            .into_iter()
            .enumerate()
            .map(|(i, (text, when))| ReplyTemplate { id: format!("mine-{i}"), label: String::new(), text, when })
            .collect();
        let assessment = assess(&inv, &cfg);
        let replies = suggest_replies_in(&lang, &inv, &assessment, &me, &custom);
        let builtins = builtin_replies(&lang);
        for b in builtins {
            prop_assert_eq!(replies.iter().filter(|r| r.template_id == b.id).count(), 1, "built-in {} offered once", b.id);
        }
        let values_have_braces = [&inv.full_name, &inv.headline, &inv.shared_organization, &me.name, &me.sign_off]
            .iter()
            .any(|v| v.as_deref().is_some_and(has_brace))
            || inv.mutual.names.iter().any(|n| has_brace(n));
        for r in &replies {
            prop_assert!(!r.text.is_empty() && r.text == r.text.trim());
            prop_assert!(!r.label.is_empty());
            if builtins.iter().any(|b| b.id == r.template_id) {
                prop_assert!(shows_clean(&r.text), "{:?}", r.text);
                prop_assert!(linkedin_len(&r.text) < 3000, "{} units", linkedin_len(&r.text));
                if !values_have_braces {
                    prop_assert!(!has_brace(&r.text), "{:?}", r.text);
                }
            }
        }
    }
}

// ------------------------------------------------------------------------- settings

/// JSON of any shape, a few levels deep.
fn any_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<f64>().prop_map(|f| json!(f)),
        prop_oneof![Just(1e300), Just(-0.0), Just(2.5), Just(1.0), Just(4_294_967_296.0)].prop_map(|f| json!(f)),
        text().prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 6, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::from),
            proptest::collection::btree_map(text(), inner, 0..6).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Something shaped like stored or exported settings, with every field sometimes of
/// the wrong type, sometimes hostile, sometimes missing.
fn settings_json() -> impl Strategy<Value = Value> {
    let string = prop_oneof![3 => text().prop_map(Value::from), 1 => any_json()];
    let template = (proptest::option::of(prop_oneof![Just(json!("note-1")), Just(json!("")), "[a-z0-9_-]{1,30}".prop_map(Value::from), any_json()]), proptest::option::of(string.clone()), proptest::option::of(prop_oneof![4 => template_source().prop_map(Value::from), 1 => any_json()]), proptest::option::of(prop_oneof![proptest::collection::vec(string.clone(), 0..3).prop_map(Value::from), any_json()]))
        .prop_map(|(id, label, text, when)| {
            let mut o = Map::new();
            for (k, v) in [("id", id), ("label", label), ("text", text), ("when", when)] {
                if let Some(v) = v {
                    o.insert(k.into(), v);
                }
            }
            Value::Object(o)
        });
    let templates = prop_oneof![6 => proptest::collection::vec(prop_oneof![8 => template.clone(), 1 => any_json()], 0..8).prop_map(Value::from), 1 => any_json()];
    let int = prop_oneof![4 => (-200i64..200).prop_map(Value::from), 1 => any_json()];
    (
        proptest::option::of(prop_oneof![4 => Just(json!(SCHEMA_VERSION)), 1 => Just(json!(SCHEMA_VERSION + 1)), 1 => any_json()]),
        proptest::option::of(prop_oneof![3 => (string.clone(), string.clone()).prop_map(|(n, s)| json!({"name": n, "signOff": s})), 1 => any_json()]),
        proptest::option::of(prop_oneof![proptest::collection::vec((string.clone(), string.clone()).prop_map(|(l, u)| json!({"label": l, "url": u})), 0..7).prop_map(Value::from), any_json()]),
        proptest::option::of(prop_oneof![Just(json!("detect")), Just(json!("free")), Just(json!("premium")), any_json()]),
        (proptest::option::of(templates.clone()), proptest::option::of(templates)),
        proptest::option::of((int.clone(), int.clone(), proptest::collection::btree_map(text(), int.clone(), 0..6)).prop_map(|(g, s, w)| json!({"goodAt": g, "spamAt": s, "weights": Value::Object(w.into_iter().collect())}))),
        proptest::option::of(any_json()),
        proptest::option::of(prop_oneof![int.prop_map(|k| json!({"keepWeeks": k})), any_json()]),
        proptest::collection::btree_map("[a-zA-Z]{1,10}", any_json(), 0..3),
    )
        .prop_map(|(version, me, links, account, (notes, replies), scoring, features, history, extra)| {
            let mut o: Map<String, Value> = extra.into_iter().collect();
            for (k, v) in [("version", version), ("me", me), ("links", links), ("account", account), ("noteTemplates", notes), ("replyTemplates", replies), ("scoring", scoring), ("features", features), ("history", history)] {
                if let Some(v) = v {
                    o.insert(k.into(), v);
                }
            }
            Value::Object(o)
        })
}

/// The texts of the templates in `value[key]`, for templates that are objects with a
/// string `text`: what "templates are never lost" is about.
fn template_texts(value: &Value, key: &str) -> Vec<String> {
    value
        .get(key)
        .and_then(Value::as_array)
        .map(|items| items.iter().filter_map(|t| t.get("text").and_then(Value::as_str)).map(str::to_string).collect())
        .unwrap_or_default()
}

fn check_loaded(s: &Settings) -> Result<(), TestCaseError> {
    prop_assert_eq!(s.version, SCHEMA_VERSION);
    let ids: Vec<&str> = s.note_templates.iter().map(|t| t.id.as_str()).chain(s.reply_templates.iter().map(|t| t.id.as_str())).collect();
    for (i, id) in ids.iter().enumerate() {
        prop_assert!(settings::validate::is_valid_id(id), "bad id {id:?}");
        prop_assert!(!ids[..i].contains(id), "repeated id {id:?}");
    }
    // What the rest of the extension derives from settings never panics either.
    let cfg = s.scoring_config();
    prop_assert!((0..=100).contains(&cfg.good_at) && (0..=100).contains(&cfg.spam_at));
    let _ = s.me();
    let _ = s.note_templates();
    let _ = s.reply_templates();
    let _ = settings::validate(s);
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    /// What is stored is read leniently: never a panic, every template kept (with a
    /// safe, unique id), and what is read exports and imports back the same.
    #[test]
    fn fuzz_settings_load(value in prop_oneof![4 => settings_json(), 1 => any_json()]) {
        let loaded = settings::load(&value);
        check_loaded(&loaded.settings)?;
        if value.is_object() {
            let notes: Vec<&str> = loaded.settings.note_templates.iter().map(|t| t.text.as_str()).collect();
            for text in template_texts(&value, "noteTemplates") {
                prop_assert!(notes.contains(&text.as_str()), "note template lost: {text:?}");
            }
            let replies: Vec<&str> = loaded.settings.reply_templates.iter().map(|t| t.text.as_str()).collect();
            for text in template_texts(&value, "replyTemplates") {
                prop_assert!(replies.contains(&text.as_str()), "reply template lost: {text:?}");
            }
        }
        prop_assert_eq!(settings::load(&serde_json::to_value(&loaded.settings).unwrap_or(Value::Null)).settings, loaded.settings.clone());
        let exported = settings::export(&loaded.settings, &[], "2026-01-01T00:00:00Z");
        match settings::import(&exported) {
            Ok(back) => prop_assert_eq!(back.settings, loaded.settings),
            // Only settings with errors (too long, bad URL...) are refused, never lost silently.
            Err(problems) => prop_assert!(settings::validate(&loaded.settings).iter().any(|p| p.is_error()), "{problems:?}"),
        }
    }

    /// An import reads any file: a result only when nothing is wrong, else the problems.
    #[test]
    fn fuzz_settings_import(
        settings in prop_oneof![4 => settings_json(), 1 => any_json()],
        history in proptest::option::of(any_json()),
        envelope_extra in proptest::collection::btree_map("[a-z]{1,8}", any_json(), 0..2),
        raw in prop_oneof![4 => Just(None), 1 => text().prop_map(Some)],
    ) {
        let mut envelope: Map<String, Value> = envelope_extra.into_iter().collect();
        envelope.insert("format".into(), json!(settings::EXPORT_FORMAT));
        envelope.insert("settings".into(), settings);
        if let Some(history) = history {
            envelope.insert("history".into(), history);
        }
        let file = raw.unwrap_or_else(|| Value::Object(envelope).to_string());
        match settings::import(&file) {
            Ok(imported) => {
                check_loaded(&imported.settings)?;
                prop_assert!(settings::validate(&imported.settings).iter().all(|p| !p.is_error()));
                prop_assert!(imported.from_version <= SCHEMA_VERSION);
            }
            Err(problems) => {
                prop_assert!(!problems.is_empty());
                prop_assert!(problems.iter().all(|p| p.is_error() && !p.message().is_empty()));
            }
        }
    }
}

// ------------------------------------------------------------------------- linearity

/// Shapes that once made note analysis quadratic (a long run every position of which
/// could start a match), at 20,000 characters. This asserts nothing about time: with
/// the cap in place each takes milliseconds even unoptimised; a regression makes this
/// test take minutes, which `cargo test` shows plainly.
#[test]
fn linear_shapes_of_20k_characters_finish() {
    let runs = ["gratis-", "a-", "a", "5-", "x.", "http://a.io/", "#ab# ", "{{ab}} ", "we met, ", "? ", "ß\u{200B}", "not we met "];
    for unit in runs {
        let mut note: String = unit.chars().cycle().take(20_000).collect();
        for tail in ["", ".com", "s like yours", "?"] {
            note.push_str(tail);
            let inv = Invitation { note: Some(note.clone()), headline: Some(note.clone()), ..Default::default() };
            let a = assess(&inv, &ScoringConfig::default());
            assert!(a.score <= 100);
            let _ = suggest_replies_in("en", &inv, &a, &Me::default(), &[]);
        }
    }
}

/// The count-based half of the linearity check (the project's machines have no
/// hardware instruction counter, so the timed half is `examples/linearity.rs`): a note
/// of any length is analysed as its first `MAX_ANALYSED_CHARS` characters, so a 100k
/// note costs one linear pass (trimming and counting characters) on top of what a 1k
/// note costs. Asserted as equal results, which cannot flake.
#[test]
fn long_notes_cost_what_their_first_part_costs() {
    let unit = "We met at RustConf. Free audit: book a call at acme.io! gratis-gratis ";
    for chars in [1_000usize, 10_000, 100_000] {
        let note: String = unit.chars().cycle().take(chars).collect();
        let head: String = note.chars().take(MAX_ANALYSED_CHARS).collect();
        let (full, part) = (analyse_note(&note), analyse_note(&head));
        assert_eq!(full.char_count, note.trim().chars().count());
        assert_eq!((full.hits, full.contentless, full.word_count), (part.hits, part.contentless, part.word_count), "{chars} chars");
    }
    // And what is past the cap is never quoted.
    let tail_only = format!("{}Buy now at acme.io", "x ".repeat(MAX_ANALYSED_CHARS));
    assert!(analyse_note(&tail_only).hits.iter().all(|h| !h.evidence.contains("acme")));
}

/// Scores stay in range for the extremes of the weights.
#[test]
fn extreme_weights_keep_the_score_in_range() {
    let inv = Invitation { note: Some("We met at RustConf. Free audit: book a call at acme.io".into()), has_photo: Some(false), ..Default::default() };
    for w in [i32::MIN, -1, 0, 1, i32::MAX] {
        let weights: BTreeMap<String, i32> = rules().iter().map(|r| (r.id.to_string(), w)).collect();
        for (good_at, spam_at) in [(65, 25), (i32::MIN, i32::MAX), (i32::MAX, i32::MIN), (0, 0)] {
            let a = assess(&inv, &ScoringConfig { good_at, spam_at, weights: weights.clone() });
            assert!(a.score <= 100, "{w}: {}", a.score);
        }
    }
}

/// A settings file with thousands of templates and no ids is read in linear time (it
/// once took 200 s for 4,000 templates, 11 KB, because each fresh id searched from
/// `note-1` through a list): refused as an import, and loaded from storage with every
/// template kept, each with its own id.
#[test]
fn thousands_of_templates_without_ids_import_and_load() {
    let items = vec![r#"{"text":"Hi {first_name}"}"#; 20_000].join(",");
    let stored = format!(r#"{{"version":{SCHEMA_VERSION},"noteTemplates":[{items}],"replyTemplates":[{items}]}}"#);
    let file = format!(r#"{{"format":"{}","settings":{stored}}}"#, settings::EXPORT_FORMAT);
    let problems = settings::import(&file).expect_err("too many templates");
    assert!(problems.iter().any(|p| p.path.starts_with("settings.noteTemplates")), "{problems:?}");
    let value: Value = serde_json::from_str(&stored).expect("valid JSON");
    let loaded = settings::load(&value);
    assert_eq!((loaded.settings.note_templates.len(), loaded.settings.reply_templates.len()), (20_000, 20_000));
    let ids: std::collections::HashSet<&str> =
        loaded.settings.note_templates.iter().map(|t| t.id.as_str()).chain(loaded.settings.reply_templates.iter().map(|t| t.id.as_str())).collect();
    assert_eq!(ids.len(), 40_000);
}
