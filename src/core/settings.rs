//! The user's settings: a versioned schema, its migrations, the checks an import and
//! the options page run, the three-way merge that keeps two tabs (or two devices) from
//! overwriting each other, and the plan for laying settings out in the browser's
//! storage within its quotas.
//!
//! - [`schema`]: the types, their defaults and [`SCHEMA_VERSION`].
//! - [`migrate`]: any stored or exported JSON, of any earlier version, up to this one;
//!   leniently for what is stored (keep everything readable, never lose a template),
//!   strictly for an import (any error refuses the whole file).
//! - [`validate`]: every problem in a [`Settings`], with a stable code, the values a
//!   message needs, and an English message.
//! - [`merge`]: three-way merge of settings, entity by entity.
//! - [`storage`]: the split into `storage.sync` items under 8 KB each and 100 KB in
//!   all, what overflows to `storage.local`, and the plan for one save.
//!
//! Everything here is pure: the browser side passes JSON in and writes what it gets back.

pub mod merge;
pub mod migrate;
pub mod schema;
pub mod storage;
pub mod validate;

pub use merge::merge3;
pub use migrate::{export, import, load, Imported, Loaded, EXPORT_FORMAT};
pub use schema::*;
pub use storage::{join, plan_write, split, Layout, StoredRaw, WritePlan};
pub use validate::validate;

use serde::Serialize;

/// How bad a problem is. Errors refuse an import and mark a field invalid; warnings
/// are shown but change nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
}

/// One problem found in settings or in an imported file. Serialised (for the
/// extension pages) with its English `message` as well.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where: `noteTemplates[2].text`, `scoring.goodAt`; empty for the file as a whole.
    pub path: String,
    /// A stable id for the kind of problem ("template-unknown-placeholder"); the
    /// extension's message key is `err_` + the code with `-` as `_`.
    pub code: &'static str,
    /// The values the message names, in order ($1, $2, ... in the message).
    pub args: Vec<String>,
    pub severity: Severity,
    /// For template problems: the UTF-16 offset in the text, to select it.
    pub at: Option<usize>,
}

impl Problem {
    pub(crate) fn new(severity: Severity, path: impl Into<String>, code: &'static str, args: Vec<String>) -> Problem {
        Problem { path: path.into(), code, args, severity, at: None }
    }

    pub(crate) fn error(path: impl Into<String>, code: &'static str, args: Vec<String>) -> Problem {
        Problem::new(Severity::Error, path, code, args)
    }

    pub(crate) fn warning(path: impl Into<String>, code: &'static str, args: Vec<String>) -> Problem {
        Problem::new(Severity::Warning, path, code, args)
    }

    pub(crate) fn with_at(mut self, at: usize) -> Problem {
        self.at = Some(at);
        self
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }

    /// The message in English, for logs, tests and any language without a translation.
    /// Written when asked for rather than kept: the content script's module reads
    /// settings (and finds problems) but never shows one, so it carries no message text.
    pub fn message(&self) -> String {
        english(self.code, &self.args)
    }
}

impl Serialize for Problem {
    // As `#[derive(Serialize)]` with camelCase names and `at` skipped when `None` wrote
    // it, `message` included.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let mut out = serializer.serialize_struct("Problem", 5 + usize::from(self.at.is_some()))?;
        out.serialize_field("path", &self.path)?;
        out.serialize_field("code", self.code)?;
        out.serialize_field("args", &self.args)?;
        out.serialize_field("severity", &self.severity)?;
        out.serialize_field("message", &self.message())?;
        match self.at {
            Some(at) => out.serialize_field("at", &at)?,
            None => out.skip_field("at")?,
        }
        out.end()
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message())
        } else {
            write!(f, "{}: {}", self.path, self.message())
        }
    }
}

/// Every problem code, for the tests that check each has a message in every language.
pub const PROBLEM_CODES: [&str; 27] = [
    "json-syntax",
    "not-settings",
    "newer-version",
    "bad-version",
    "wrong-type",
    "unknown-field",
    "too-long",
    "too-many",
    "too-many-lines",
    "required",
    "bad-id",
    "duplicate-id",
    "bad-url",
    "out-of-range",
    "thresholds-order",
    "unknown-rule",
    "unknown-when",
    "unknown-account",
    "template-unknown-placeholder",
    "template-unknown-placeholder-list",
    "template-empty-placeholder",
    "template-unclosed-brace",
    "template-over-limit",
    "note-over-free-limit",
    "bad-history-record",
    "too-many-problems",
    "file-too-large",
];

/// The English message for a problem; `$1`.. in the template are replaced by `args`.
pub(crate) fn english(code: &str, args: &[String]) -> String {
    let template = match code {
        "json-syntax" => "This file is not valid JSON (line $1, column $2): $3.",
        "not-settings" => "This file is not a NoteFirst settings file. Export one from NoteFirst's options to see the expected format.",
        "newer-version" => "This file was made by a newer NoteFirst (settings version $1; this one reads up to $2). Update NoteFirst, then import it.",
        "bad-version" => "The settings version must be a whole number from 1 to $1.",
        "wrong-type" => "Expected $1 here.",
        "unknown-field" => "Unknown setting \"$1\": it will be ignored.",
        "too-long" => "Too long: $1 characters, at most $2.",
        "too-many" => "Too many: $1, at most $2.",
        "too-many-lines" => "Only the first $1 lines are used.",
        "required" => "This cannot be empty.",
        "bad-id" => "\"$1\" is not a valid id: use 1 to 24 letters, digits, - or _.",
        "duplicate-id" => "The id \"$1\" is used twice.",
        "bad-url" => "\"$1\" is not a web address: it must start with https:// or http:// and contain no spaces.",
        "out-of-range" => "$1 is out of range: use a whole number from $2 to $3.",
        "thresholds-order" => "The \"good\" threshold ($1) must be above the \"spam\" threshold ($2).",
        "unknown-rule" => "There is no rule \"$1\" in this version: its weight will be ignored.",
        "unknown-when" => "\"$1\" is neither a band (good, ask, spam) nor a rule: it will be ignored.",
        "unknown-account" => "\"$1\" is not an account type: use detect, free or premium.",
        "template-unknown-placeholder" => "Unknown placeholder {$1} at character $2. Did you mean {$3}?",
        "template-unknown-placeholder-list" => "Unknown placeholder {$1} at character $2. Known placeholders: $3. For literal braces write {{ and }}.",
        "template-empty-placeholder" => "Empty placeholder at character $1. Put a name between the braces, such as {first_name}, or write {{}} for literal braces.",
        "template-unclosed-brace" => "The { at character $1 is never closed. Close it with } on the same line, or write {{ for a literal brace.",
        "template-over-limit" => "This note is $1 characters before any placeholder is filled in, and the limit is $2. Shorten it by at least $3.",
        "note-over-free-limit" => "This note is $1 characters before placeholders are filled in: over the $2 allowed on free accounts. Fine if your account is Premium.",
        "bad-history-record" => "This history entry is not valid: $1.",
        "too-many-problems" => "$1 more problems are not listed.",
        "file-too-large" => "This file is too large ($1 bytes, at most $2).",
        _ => "Invalid value.",
    };
    substitute(template, args)
}

/// Replaces `$1`..`$9` by `args` (missing ones by nothing) and `$$` by `$`, the way
/// browsers fill extension messages.
pub fn substitute(template: &str, args: &[String]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '$' {
            out.push(c);
            continue;
        }
        match chars.peek().copied() {
            Some('$') => {
                chars.next();
                out.push('$');
            }
            Some(d @ '1'..='9') => {
                chars.next();
                let i = d as usize - '1' as usize;
                if let Some(arg) = args.get(i) {
                    out.push_str(arg);
                }
            }
            _ => out.push('$'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn substitute_fills_positions_and_escapes() {
        let args = vec!["a".to_string(), "b".to_string()];
        assert_eq!(substitute("$2-$1 $$5 $3.", &args), "b-a $5 .");
        assert_eq!(substitute("cost: $", &args), "cost: $");
    }

    #[test]
    fn every_code_has_its_own_english_message() {
        let fallback = english("no-such-code", &[]);
        for code in PROBLEM_CODES {
            assert_ne!(english(code, &[]), fallback, "{code} has no message");
        }
    }
}
