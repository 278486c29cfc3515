//! Scoring a received invitation: a sum of named rules, like a spam filter's report.
//!
//! Every rule that fires says who it is (a stable id), how many points it moved the
//! score, why (one line), and the evidence that triggered it. The score starts from a
//! neutral base, is clamped to 0..=100 (higher is better), and two thresholds give the
//! band.

use crate::invitation::Invitation;

/// The band a score falls in; shown on the badge as a word and a colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Band {
    Good,
    Ask,
    Spam,
}

impl Band {
    /// The stable id used in `data-nf-band`.
    pub fn id(self) -> &'static str {
        match self {
            Band::Good => "good",
            Band::Ask => "ask",
            Band::Spam => "spam",
        }
    }
}

/// One rule that fired.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Fired {
    /// Stable id, used in `data-nf-rules` and settings ("no-note", "canned-text", ...).
    pub rule: &'static str,
    /// Points added to (or, when negative, taken from) the score.
    pub points: i32,
    /// One line a person can read: why this matters.
    pub reason: &'static str,
    /// The words or signal that triggered it, quoted from the page where possible.
    pub evidence: Option<String>,
}

/// Weights and thresholds; the user can tune them.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoringConfig {
    /// Score at or above which the band is `good`.
    pub good_at: i32,
    /// Score at or below which the band is `spam`.
    pub spam_at: i32,
}

impl Default for ScoringConfig {
    fn default() -> Self {
        ScoringConfig { good_at: 65, spam_at: 25 }
    }
}

/// The verdict on one invitation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Assessment {
    pub score: u8,
    pub band: Band,
    pub fired: Vec<Fired>,
}

impl Assessment {
    /// Comma-separated rule ids, for `data-nf-rules`.
    pub fn rule_ids(&self) -> String {
        self.fired.iter().map(|f| f.rule).collect::<Vec<_>>().join(",")
    }
}

const BASE: i32 = 50;

/// Scores one invitation.
pub fn assess(inv: &Invitation, cfg: &ScoringConfig) -> Assessment {
    let mut fired = Vec::new();
    match inv.note_text() {
        None => fired.push(Fired { rule: "no-note", points: -20, reason: "No note: they did not say why they want to connect.", evidence: None }),
        Some(note) => {
            let lower = note.to_lowercase();
            if lower.contains("add you to my professional network") {
                fired.push(Fired { rule: "canned-text", points: -20, reason: "LinkedIn's canned text says nothing personal.", evidence: Some(note.to_string()) });
            }
        }
    }
    if inv.has_photo == Some(false) {
        fired.push(Fired { rule: "no-photo", points: -10, reason: "No profile photo.", evidence: None });
    }
    if inv.mutual.count == Some(0) {
        fired.push(Fired { rule: "no-mutual", points: -10, reason: "No mutual connections.", evidence: None });
    }
    let total = BASE + fired.iter().map(|f| f.points).sum::<i32>();
    let score = total.clamp(0, 100);
    let band = if score >= cfg.good_at {
        Band::Good
    } else if score <= cfg.spam_at {
        Band::Spam
    } else {
        Band::Ask
    };
    Assessment { score: score as u8, band, fired }
}
