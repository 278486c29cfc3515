//! `warm_up_step`: it ends after a bounded number of steps, and the core gives the same
//! results warmed up, warming up while it scores, or not warmed up at all.
//!
//! What a piece compiles stays compiled for the life of a process, so each way of
//! warming up runs in a fresh process: this test binary, run again for one test
//! (`scores_one_way`) with `NF_WARM_UP_WAY` set; it prints a fingerprint of everything
//! it computed, which must not depend on the way. Run alone, without the variable,
//! `scores_one_way` does nothing.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
use std::process::Command;

use notefirst_core::{assess, card_text, warm_up_step, Invitation, MutualConnections, ScoringConfig};

/// More steps than this is a warm-up that does not end (there are a few dozen pieces).
const MAX_STEPS: usize = 200;

/// Labelled notes of several sets (third column of each line after the header).
fn notes() -> Vec<&'static str> {
    [include_str!("data/notes-holdout.tsv"), include_str!("data/notes-probes.tsv"), include_str!("data/notes-blind.tsv")]
        .iter()
        .flat_map(|tsv| tsv.lines().skip(1).filter_map(|line| line.splitn(3, '\t').nth(2)))
        .collect()
}

/// Card lines read by `card_text` (so that its regexes are compared too).
const CARD_LINES: &[&str] = &[
    "Accept Dana Whitfield's invitation",
    "Ignorer l'invitation de Dana Whitfield",
    "Priya Raman and 12 other mutual connections",
    "Jonas Feld is a mutual connection",
    "Dana Whitfield follows you and is inviting you to connect",
    "Tomás Ibarra te invita a conectar",
    "2 weeks ago",
    "vor 3 Tagen",
    "Invited you to follow Acme Analytics",
];

const HEADLINES: &[&str] =
    &["LION | Open networker | 30K+ connections", "Head of Data at Acme Analytics", "Open to connect with everyone, 30k+ network"];

/// Scores every note (on cards that vary), reads every card line; `before_each` runs
/// first each time. Returns a hash of every result.
fn fingerprint(mut before_each: impl FnMut()) -> u64 {
    let config = ScoringConfig::default();
    let mut hasher = DefaultHasher::new();
    for (i, note) in notes().into_iter().enumerate() {
        before_each();
        let card = Invitation {
            full_name: Some("Sam Carter".into()),
            headline: Some(HEADLINES[i % HEADLINES.len()].to_string()),
            note: Some(note.to_string()),
            has_photo: Some(i % 3 != 0),
            mutual: MutualConnections { count: Some((i % 4) as u32), names: vec![] },
            ..Default::default()
        };
        format!("{:?}", assess(&card, &config)).hash(&mut hasher);
    }
    for line in CARD_LINES {
        before_each();
        let lower = line.to_lowercase();
        format!(
            "{:?} {:?} {:?} {} {} {}",
            card_text::invitation_control(line),
            card_text::mutual_connections(line),
            card_text::inviting_line(&lower),
            card_text::mentions_inviting(&lower),
            card_text::is_other_invitation(&lower),
            card_text::is_when(&lower)
        )
        .hash(&mut hasher);
    }
    hasher.finish()
}

/// Calls `warm_up_step` until it says nothing remains; returns how many calls it took.
fn warm_up_fully() -> usize {
    let mut steps = 1;
    while warm_up_step() {
        steps += 1;
        assert!(steps <= MAX_STEPS, "warm-up did not end within {MAX_STEPS} steps");
    }
    steps
}

/// Runs in a fresh process when `NF_WARM_UP_WAY` is set (see the module comment).
#[test]
fn scores_one_way() {
    let Ok(way) = std::env::var("NF_WARM_UP_WAY") else { return };
    let print = match way.as_str() {
        "cold" => fingerprint(|| {}),
        "warmed" => {
            warm_up_fully();
            fingerprint(|| {})
        }
        // One step before each note: some pieces are compiled by scoring before the
        // warm-up reaches them, others by the warm-up first. `during-24` takes 24
        // steps first: half-way, with a scan group's patterns parsed and not yet
        // compiled when scoring needs them (as the pieces are laid out today).
        "during" | "during-24" => {
            let mut steps = 0;
            if way == "during-24" {
                while steps < 24 && warm_up_step() {
                    steps += 1;
                }
            }
            let print = fingerprint(|| {
                if steps < MAX_STEPS {
                    steps += 1;
                    warm_up_step();
                }
            });
            assert!(!warm_up_step(), "warm-up not over after {steps} steps");
            print
        }
        other => panic!("unknown NF_WARM_UP_WAY {other}"),
    };
    println!("fingerprint {print}");
}

fn fingerprint_in_fresh_process(way: &str) -> String {
    let exe = std::env::current_exe().expect("the test binary's path");
    let out = Command::new(exe)
        .args(["--exact", "scores_one_way", "--nocapture", "--test-threads=1"])
        .env("NF_WARM_UP_WAY", way)
        .output()
        .expect("the test binary runs again");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{way}: {stdout}{}", String::from_utf8_lossy(&out.stderr));
    stdout
        .lines()
        // The test harness may print its own words before ours on the same line.
        .find_map(|l| l.split_once("fingerprint ").and_then(|(_, rest)| rest.split_whitespace().next()))
        .unwrap_or_else(|| panic!("{way}: no fingerprint in {stdout}"))
        .to_string()
}

#[test]
fn warming_up_changes_no_result() {
    let cold = fingerprint_in_fresh_process("cold");
    assert_eq!(fingerprint_in_fresh_process("warmed"), cold, "warmed up first");
    assert_eq!(fingerprint_in_fresh_process("during"), cold, "warmed up while scoring");
    assert_eq!(fingerprint_in_fresh_process("during-24"), cold, "half warmed up, then warmed up while scoring");
}

#[test]
fn warm_up_ends_and_stays_ended() {
    let steps = warm_up_fully();
    assert!(steps > 1, "a warm-up of one piece: the scan groups are not pieces of their own");
    for _ in 0..3 {
        assert!(!warm_up_step());
    }
}
