//! Every check on settings, for the options page (inline, as the user types) and for
//! imports (any error refuses the file). Problems carry paths like
//! `noteTemplates[2].text`, a stable code and the values their message needs.

use std::collections::HashSet;

use super::schema::*;
use super::Problem;
use crate::score::rule_info;
use crate::template::{linkedin_len, validate_within, Placeholder, Template, TemplateError};

/// Which list a template belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TemplateKind {
    Note,
    Reply,
}

impl TemplateKind {
    pub fn from_id(id: &str) -> Option<TemplateKind> {
        match id {
            "note" => Some(TemplateKind::Note),
            "reply" => Some(TemplateKind::Reply),
            _ => None,
        }
    }
}

/// Every problem in `s`, in the order of the options page.
pub fn validate(s: &Settings) -> Vec<Problem> {
    let mut out = Vec::new();
    too_long(&mut out, "me.name", &s.me.name, limits::NAME);
    too_long(&mut out, "me.signOff", &s.me.sign_off, limits::SIGN_OFF);
    if s.me.sign_off.lines().filter(|l| !l.trim().is_empty()).count() > limits::SIGN_OFF_LINES {
        out.push(Problem::warning("me.signOff", "too-many-lines", vec![limits::SIGN_OFF_LINES.to_string()]));
    }

    if s.links.len() > limits::LINKS {
        out.push(too_many("links", s.links.len(), limits::LINKS));
    }
    for (i, link) in s.links.iter().enumerate() {
        let path = format!("links[{i}]");
        too_long(&mut out, &format!("{path}.label"), &link.label, limits::LINK_LABEL);
        let url = link.url.trim();
        if url.is_empty() {
            if !link.label.trim().is_empty() {
                out.push(Problem::error(format!("{path}.url"), "required", Vec::new()));
            }
        } else if !is_web_address(url) {
            out.push(Problem::error(format!("{path}.url"), "bad-url", vec![url.to_string()]));
        } else {
            too_long(&mut out, &format!("{path}.url"), url, limits::URL);
        }
    }

    // A set, not a list: an imported file may hold thousands of templates.
    let mut ids: HashSet<&str> = HashSet::new();
    if s.note_templates.len() > limits::TEMPLATES {
        out.push(too_many("noteTemplates", s.note_templates.len(), limits::TEMPLATES));
    }
    for (i, t) in s.note_templates.iter().enumerate() {
        let path = format!("noteTemplates[{i}]");
        check_id(&mut out, &path, &t.id, &mut ids);
        check_label(&mut out, &path, &t.label);
        out.extend(check_template(TemplateKind::Note, &t.text, s.account).into_iter().map(|p| at_path(p, &format!("{path}.text"))));
    }
    if s.reply_templates.len() > limits::TEMPLATES {
        out.push(too_many("replyTemplates", s.reply_templates.len(), limits::TEMPLATES));
    }
    for (i, t) in s.reply_templates.iter().enumerate() {
        let path = format!("replyTemplates[{i}]");
        check_id(&mut out, &path, &t.id, &mut ids);
        check_label(&mut out, &path, &t.label);
        out.extend(check_template(TemplateKind::Reply, &t.text, s.account).into_iter().map(|p| at_path(p, &format!("{path}.text"))));
        if t.when.len() > limits::WHEN {
            out.push(too_many(&format!("{path}.when"), t.when.len(), limits::WHEN));
        }
        for (j, w) in t.when.iter().enumerate() {
            if !["good", "ask", "spam"].contains(&w.as_str()) && rule_info(w).is_none() {
                out.push(Problem::warning(format!("{path}.when[{j}]"), "unknown-when", vec![w.clone()]));
            }
        }
    }

    let sc = &s.scoring;
    let mut thresholds_ok = true;
    for (field, value) in [("goodAt", sc.good_at), ("spamAt", sc.spam_at)] {
        if !(0..=100).contains(&value) {
            thresholds_ok = false;
            out.push(out_of_range(&format!("scoring.{field}"), value, 0, 100));
        }
    }
    if thresholds_ok && sc.spam_at >= sc.good_at {
        out.push(Problem::error("scoring", "thresholds-order", vec![sc.good_at.to_string(), sc.spam_at.to_string()]));
    }
    if sc.weights.len() > limits::WEIGHTS {
        out.push(too_many("scoring.weights", sc.weights.len(), limits::WEIGHTS));
    }
    for (id, &w) in &sc.weights {
        let path = format!("scoring.weights.{id}");
        if !is_valid_id(id) {
            out.push(Problem::error(path, "bad-id", vec![id.clone()]));
        } else if rule_info(id).is_none() {
            out.push(Problem::warning(path, "unknown-rule", vec![id.clone()]));
        } else if !(-limits::WEIGHT..=limits::WEIGHT).contains(&w) {
            out.push(out_of_range(&path, w, -limits::WEIGHT, limits::WEIGHT));
        }
    }

    let weeks = s.history.keep_weeks;
    if !(limits::KEEP_WEEKS_MIN..=limits::KEEP_WEEKS_MAX).contains(&weeks) {
        out.push(Problem::error(
            "history.keepWeeks",
            "out-of-range",
            vec![weeks.to_string(), limits::KEEP_WEEKS_MIN.to_string(), limits::KEEP_WEEKS_MAX.to_string()],
        ));
    }
    out
}

/// The problems in one template's text, with an empty path: its syntax (every
/// problem, not just the first), its length, and for a note whether its fixed text
/// fits the note limit of `account`.
pub fn check_template(kind: TemplateKind, text: &str, account: AccountType) -> Vec<Problem> {
    let mut out = Vec::new();
    if text.trim().is_empty() {
        out.push(Problem::error("", "required", Vec::new()));
        return out;
    }
    let max = match kind {
        TemplateKind::Note => limits::NOTE_SOURCE,
        TemplateKind::Reply => limits::REPLY_TEXT,
    };
    too_long(&mut out, "", text, max);
    if let Err(errors) = Template::parse(text) {
        out.extend(errors.iter().map(template_problem));
        return out;
    }
    if kind == TemplateKind::Note {
        let limit = account.template_limit();
        if let Err(errors) = validate_within(text, limit) {
            out.extend(errors.iter().map(template_problem));
        } else if account == AccountType::Detect {
            if let Err(errors) = validate_within(text, FREE_NOTE_LIMIT) {
                if let Some(TemplateError::OverLimit { len, limit }) = errors.first() {
                    out.push(Problem::warning("", "note-over-free-limit", vec![len.to_string(), limit.to_string()]));
                }
            }
        }
    }
    out
}

/// A template error as a problem with its message values.
pub fn template_problem(e: &TemplateError) -> Problem {
    match e {
        TemplateError::UnknownPlaceholder { name, at, suggestion: Some(s) } => {
            Problem::error("", "template-unknown-placeholder", vec![name.clone(), (at + 1).to_string(), s.name().to_string()]).with_at(*at)
        }
        TemplateError::UnknownPlaceholder { name, at, suggestion: None } => {
            let known: Vec<String> = Placeholder::ALL.iter().map(|p| p.to_string()).collect();
            Problem::error("", "template-unknown-placeholder-list", vec![name.clone(), (at + 1).to_string(), known.join(", ")]).with_at(*at)
        }
        TemplateError::EmptyPlaceholder { at } => Problem::error("", "template-empty-placeholder", vec![(at + 1).to_string()]).with_at(*at),
        TemplateError::UnclosedBrace { at } => Problem::error("", "template-unclosed-brace", vec![(at + 1).to_string()]).with_at(*at),
        TemplateError::OverLimit { len, limit } => Problem::error(
            "",
            "template-over-limit",
            vec![len.to_string(), limit.to_string(), len.saturating_sub(*limit).to_string()],
        ),
    }
}

fn at_path(mut p: Problem, path: &str) -> Problem {
    p.path = path.to_string();
    p
}

fn too_long(out: &mut Vec<Problem>, path: &str, text: &str, max: usize) {
    let len = linkedin_len(text);
    if len > max {
        out.push(Problem::error(path, "too-long", vec![len.to_string(), max.to_string()]));
    }
}

fn too_many(path: &str, n: usize, max: usize) -> Problem {
    Problem::error(path, "too-many", vec![n.to_string(), max.to_string()])
}

fn out_of_range(path: &str, value: i32, min: i32, max: i32) -> Problem {
    Problem::error(path, "out-of-range", vec![value.to_string(), min.to_string(), max.to_string()])
}

fn check_label(out: &mut Vec<Problem>, path: &str, label: &str) {
    if label.trim().is_empty() {
        out.push(Problem::error(format!("{path}.label"), "required", Vec::new()));
    } else {
        too_long(out, &format!("{path}.label"), label, limits::TEMPLATE_LABEL);
    }
}

fn check_id<'a>(out: &mut Vec<Problem>, path: &str, id: &'a str, seen: &mut HashSet<&'a str>) {
    let path = format!("{path}.id");
    if id.is_empty() {
        out.push(Problem::error(path, "required", Vec::new()));
    } else if !is_valid_id(id) {
        out.push(Problem::error(path, "bad-id", vec![id.to_string()]));
    } else if !seen.insert(id) {
        out.push(Problem::error(path, "duplicate-id", vec![id.to_string()]));
    }
}

/// 1 to 24 ASCII letters, digits, `-` or `_`: safe in a storage key.
pub fn is_valid_id(id: &str) -> bool {
    (1..=limits::TEMPLATE_ID).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// An http(s) address with something after the scheme and no whitespace or controls.
pub fn is_web_address(url: &str) -> bool {
    // Scheme, colon and slashes are matched apart: a whole "https://" literal would sit
    // in the compiled core's data, where the package's security test looks for URLs.
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https")
        .or_else(|| lower.strip_prefix("http"))
        .and_then(|r| r.strip_prefix(':'))
        .and_then(|r| r.strip_prefix("//"));
    rest.is_some_and(|r| !r.is_empty() && !r.starts_with('/')) && !url.chars().any(|c| c.is_whitespace() || c.is_control())
}

/// Gives every template with an empty, malformed or repeated id a fresh one
/// (`note-N`, `reply-N`), keeping the first of any repeated id. Used when loading what
/// is stored, so that every template has a safe, unique storage key and none is lost.
pub fn fix_ids(s: &mut Settings) {
    let mut used: HashSet<String> = HashSet::new();
    let keep = |id: &str, used: &mut HashSet<String>| is_valid_id(id) && used.insert(id.to_string());
    let mut bad_notes = Vec::new();
    for (i, t) in s.note_templates.iter().enumerate() {
        if !keep(&t.id, &mut used) {
            bad_notes.push(i);
        }
    }
    let mut bad_replies = Vec::new();
    for (i, t) in s.reply_templates.iter().enumerate() {
        if !keep(&t.id, &mut used) {
            bad_replies.push(i);
        }
    }
    // Fresh ids avoid every id in use, including ones kept later in the lists. Each
    // prefix counts on from its last fresh id, so thousands of templates take linear time.
    let (mut next_note, mut next_reply) = (0, 0);
    for i in bad_notes {
        s.note_templates[i].id = fresh_id("note", &mut next_note, &mut used);
    }
    for i in bad_replies {
        s.reply_templates[i].id = fresh_id("reply", &mut next_reply, &mut used);
    }
}

/// The first `<prefix>-<n>` not in `used`, with `n` after `*last`; marks it used.
pub(crate) fn fresh_id(prefix: &str, last: &mut u64, used: &mut HashSet<String>) -> String {
    loop {
        *last += 1;
        let id = format!("{prefix}-{last}");
        if used.insert(id.clone()) {
            return id;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn codes(problems: &[Problem]) -> Vec<&str> {
        problems.iter().map(|p| p.code).collect()
    }

    #[test]
    fn defaults_are_valid() {
        assert_eq!(validate(&Settings::default()), Vec::new());
    }

    #[test]
    fn templates_report_every_syntax_problem_with_positions() {
        let p = check_template(TemplateKind::Reply, "Hi {frist_name}, {} and {x", AccountType::Detect);
        assert_eq!(codes(&p), ["template-unknown-placeholder", "template-empty-placeholder", "template-unclosed-brace"]);
        assert_eq!(p.iter().map(|p| p.at).collect::<Vec<_>>(), [Some(3), Some(17), Some(24)]);
        let p = check_template(TemplateKind::Reply, "Hi {zodiac}", AccountType::Detect);
        assert_eq!(codes(&p), ["template-unknown-placeholder-list"]);
        assert!(p[0].args[2].contains("{first_name}, {full_name}"), "{:?}", p[0].args);
        assert_eq!(codes(&check_template(TemplateKind::Note, "  ", AccountType::Free)), ["required"]);
    }

    #[test]
    fn note_length_depends_on_the_account() {
        let text = format!("Hi {{first_name|}}, {}", "a".repeat(240));
        assert_eq!(codes(&check_template(TemplateKind::Note, &text, AccountType::Premium)), Vec::<&str>::new());
        let free = check_template(TemplateKind::Note, &text, AccountType::Free);
        assert_eq!(codes(&free), ["template-over-limit"]);
        assert_eq!(free[0].args, ["244", "200", "44"]);
        let detect = check_template(TemplateKind::Note, &text, AccountType::Detect);
        assert_eq!(codes(&detect), ["note-over-free-limit"]);
        assert!(!detect[0].is_error());
        // Replies are messages: no note limit.
        assert_eq!(codes(&check_template(TemplateKind::Reply, &"word ".repeat(100), AccountType::Free)), Vec::<&str>::new());
        let long = "x".repeat(limits::REPLY_TEXT + 1);
        assert_eq!(codes(&check_template(TemplateKind::Reply, &long, AccountType::Free)), ["too-long"]);
    }

    #[test]
    #[allow(clippy::field_reassign_with_default)]
    fn ids_labels_links_and_numbers() {
        let mut s = Settings::default();
        s.note_templates = vec![
            UserNoteTemplate { id: "a".into(), label: "A".into(), text: "Hi".into() },
            UserNoteTemplate { id: "bad id!".into(), label: " ".into(), text: "Hi".into() },
        ];
        s.reply_templates = vec![UserReplyTemplate { id: "a".into(), label: "R".into(), text: "Hi".into(), when: vec![] }];
        s.links = vec![
            SharedLink { label: "Blog".into(), url: "https://example.org".into() },
            SharedLink { label: "News".into(), url: "".into() },
            SharedLink { label: "".into(), url: "javascript:alert(1)".into() },
            SharedLink { label: "".into(), url: "".into() },
        ];
        s.scoring.good_at = 101;
        s.history.keep_weeks = 0;
        let got: Vec<(&str, String)> = validate(&s).into_iter().map(|p| (p.code, p.path)).collect();
        let want = [
                ("required", "links[1].url"),
                ("bad-url", "links[2].url"),
                ("bad-id", "noteTemplates[1].id"),
                ("required", "noteTemplates[1].label"),
                ("duplicate-id", "replyTemplates[0].id"),
                ("out-of-range", "scoring.goodAt"),
                ("out-of-range", "history.keepWeeks"),
            ];
        assert_eq!(got, want.map(|(c, p)| (c, p.to_string())));
    }

    #[test]
    fn web_addresses() {
        for ok in ["https://example.org", "http://x.io/a?b=c", "HTTPS://Example.org/Path"] {
            assert!(is_web_address(ok), "{ok}");
        }
        for bad in ["example.org", "https://", "https:///x", "ftp://x", "javascript:alert(1)", "https://a b", "https://a\u{7}"] {
            assert!(!is_web_address(bad), "{bad}");
        }
    }

    #[test]
    fn fix_ids_renames_only_what_it_must() {
        let mut s = Settings::default();
        let t = |id: &str| UserNoteTemplate { id: id.into(), label: "L".into(), text: "T".into() };
        s.note_templates = vec![t("note-2"), t(""), t("note-2"), t("ok")];
        s.reply_templates = vec![UserReplyTemplate { id: "ok".into(), ..Default::default() }];
        fix_ids(&mut s);
        let ids: Vec<&str> = s.note_templates.iter().map(|t| t.id.as_str()).chain(s.reply_templates.iter().map(|t| t.id.as_str())).collect();
        assert_eq!(ids, ["note-2", "note-1", "note-3", "ok", "reply-1"]);
    }
}
