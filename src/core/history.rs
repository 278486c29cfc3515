//! The local history of received invitations the user has seen on LinkedIn, and the
//! weekly figures the toolbar popup shows.
//!
//! One record per person (the key is their profile path, else their name), written to
//! `storage.local` by the extension when a badge is shown ("seen") and when the user
//! clicks Accept or Ignore themselves (the decision). Nothing here reads the page or
//! the clock: the caller passes times in milliseconds since the Unix epoch, and the
//! starts of the weeks to count in the user's own time zone.

use serde::{Deserialize, Serialize};
use serde_json::Value;

/// Storage key prefix of history records.
pub const KEY_PREFIX: &str = "nf.h.";

/// After a decision, seeing the same person's invitation this much later counts as a
/// new invitation (they invited again), not as the old one seen again.
pub const REINVITE_AFTER_MS: i64 = 14 * DAY_MS;

pub const DAY_MS: i64 = 24 * 60 * 60 * 1000;
pub const WEEK_MS: i64 = 7 * DAY_MS;

const MAX_NAME: usize = 200;
const MAX_PATH: usize = 200;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum HistoryBand {
    Good,
    Ask,
    Spam,
}

impl HistoryBand {
    pub fn from_id(id: &str) -> Option<HistoryBand> {
        match id {
            "good" => Some(HistoryBand::Good),
            "ask" => Some(HistoryBand::Ask),
            "spam" => Some(HistoryBand::Spam),
            _ => None,
        }
    }
}

impl From<crate::score::Band> for HistoryBand {
    fn from(b: crate::score::Band) -> Self {
        match b {
            crate::score::Band::Good => HistoryBand::Good,
            crate::score::Band::Ask => HistoryBand::Ask,
            crate::score::Band::Spam => HistoryBand::Spam,
        }
    }
}

/// What the user clicked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Decision {
    Accepted,
    Ignored,
}

/// One invitation, as stored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Record {
    /// Their name as the card showed it (may be empty).
    pub name: String,
    /// Their profile path, `/in/<slug>/`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<String>,
    /// When the invitation was first seen.
    pub seen: i64,
    pub band: HistoryBand,
    pub score: u8,
    /// Whether the invitation had a note.
    pub note: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decision: Option<Decision>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided: Option<i64>,
}

impl Record {
    /// Reads and checks one record (from storage or an imported file); why not, in
    /// words, for an import to report.
    pub fn from_value(v: &Value) -> Result<Record, String> {
        serde_json::from_value(v.clone()).map_err(|e| e.to_string()).and_then(Record::checked)
    }

    /// Like [`Record::from_value`], without saying why not: where a record that does
    /// not read is skipped. The content script reads records only so; without the
    /// words, serde_json's error messages stay out of its module.
    pub fn read(v: &Value) -> Option<Record> {
        serde_json::from_value(v.clone()).ok().and_then(|r| Record::checked(r).ok())
    }

    /// The checks a record passes beyond its types.
    fn checked(r: Record) -> Result<Record, String> {
        if r.seen <= 0 {
            return Err("\"seen\" must be a time after 1970".into());
        }
        if r.name.chars().count() > MAX_NAME {
            return Err(format!("\"name\" is longer than {MAX_NAME} characters"));
        }
        if let Some(path) = &r.path {
            if !path.starts_with("/in/") || path.len() > MAX_PATH || path.chars().any(char::is_whitespace) {
                return Err("\"path\" must be a profile path such as /in/name/".into());
            }
        }
        if r.score > 100 {
            return Err("\"score\" must be from 0 to 100".into());
        }
        if r.decision.is_some() != r.decided.is_some() {
            return Err("\"decision\" and \"decided\" go together".into());
        }
        if r.name.trim().is_empty() && r.path.is_none() {
            return Err("a record needs a name or a path".into());
        }
        Ok(r)
    }

    /// The storage key for this record.
    pub fn key(&self) -> Option<String> {
        key_for(&self.name, self.path.as_deref())
    }

    /// The latest time anything happened to it.
    pub fn last_touched(&self) -> i64 {
        self.decided.unwrap_or(self.seen).max(self.seen)
    }
}

/// The storage key for a person: their profile path (`nf.h.in/dana-w`), else their
/// name (`nf.h.name:dana w`); `None` with neither.
pub fn key_for(name: &str, path: Option<&str>) -> Option<String> {
    if let Some(path) = path.map(|p| p.trim().trim_matches('/')).filter(|p| !p.is_empty()) {
        return Some(format!("{KEY_PREFIX}{path}"));
    }
    let name: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    (!name.is_empty()).then(|| format!("{KEY_PREFIX}name:{}", name.join(" ")))
}

/// What happened, as the browser side reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EventKind {
    Seen,
    Accepted,
    Ignored,
}

/// One thing that happened to an invitation card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Event {
    pub kind: EventKind,
    pub name: String,
    #[serde(default)]
    pub path: Option<String>,
    pub band: HistoryBand,
    pub score: u8,
    pub note: bool,
}

impl Event {
    pub fn key(&self) -> Option<String> {
        key_for(&self.name, self.path.as_deref())
    }
}

/// The record after `event`, or `None` when nothing changes (so nothing is written).
pub fn apply(existing: Option<&Record>, event: &Event, now: i64) -> Option<Record> {
    let fresh = || Record {
        name: event.name.clone(),
        path: event.path.clone(),
        seen: now,
        band: event.band,
        score: event.score,
        note: event.note,
        decision: None,
        decided: None,
    };
    let decision = match event.kind {
        EventKind::Seen => None,
        EventKind::Accepted => Some(Decision::Accepted),
        EventKind::Ignored => Some(Decision::Ignored),
    };
    let reinvited = |r: &Record| r.decided.is_some_and(|d| now - d >= REINVITE_AFTER_MS);
    let mut record = match existing {
        Some(r) if !reinvited(r) => r.clone(),
        _ => fresh(),
    };
    // What the card shows now (a note expanded, a name completed).
    record.band = event.band;
    record.score = event.score;
    record.note = event.note;
    if !event.name.trim().is_empty() {
        record.name = event.name.clone();
    }
    if event.path.is_some() {
        record.path = event.path.clone();
    }
    if let Some(d) = decision {
        if record.decision != Some(d) {
            record.decision = Some(d);
            record.decided = Some(now);
        }
    }
    (existing != Some(&record)).then_some(record)
}

/// For an import: the record to keep when the file and storage both have one for a key
/// (`None`: keep the stored one). The one touched last wins.
pub fn merge_imported(existing: Option<&Record>, imported: &Record) -> Option<Record> {
    match existing {
        Some(e) if e.last_touched() >= imported.last_touched() => None,
        _ => Some(imported.clone()),
    }
}

/// Received invitations in one band, split by whether they had a note.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct NoteSplit {
    pub with_note: u32,
    pub without_note: u32,
}

impl NoteSplit {
    pub fn total(&self) -> u32 {
        self.with_note + self.without_note
    }

    fn add(&mut self, note: bool) {
        if note {
            self.with_note += 1;
        } else {
            self.without_note += 1;
        }
    }
}

/// One week's figures (by the week each invitation was first seen).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct WeekStats {
    /// The week's first millisecond.
    pub start: i64,
    pub total: u32,
    pub good: NoteSplit,
    pub ask: NoteSplit,
    pub spam: NoteSplit,
    pub accepted: u32,
    pub ignored: u32,
    /// Seen that week and not yet accepted or ignored here.
    pub pending: u32,
}

/// What the popup shows.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Summary {
    /// Oldest first; the last is the current week.
    pub weeks: Vec<WeekStats>,
    /// Over all the weeks shown.
    pub pending: u32,
    /// The largest weekly total (the chart's scale).
    pub max_total: u32,
    /// Records stored, and when the oldest was seen.
    pub records: usize,
    pub oldest: Option<i64>,
}

/// Counts records into weeks. `week_starts` are the first millisecond of each week,
/// ascending (the caller computes them in local time, which handles daylight saving);
/// `end` is the end of the last week. Records outside are not counted in a week.
pub fn summarize(records: &[Record], week_starts: &[i64], end: i64) -> Summary {
    let mut weeks: Vec<WeekStats> = week_starts.iter().map(|&start| WeekStats { start, ..Default::default() }).collect();
    for r in records {
        let Some(i) = (0..week_starts.len()).rev().find(|&i| week_starts[i] <= r.seen) else { continue };
        let upper = week_starts.get(i + 1).copied().unwrap_or(end);
        if r.seen >= upper {
            continue;
        }
        let w = &mut weeks[i];
        w.total += 1;
        match r.band {
            HistoryBand::Good => w.good.add(r.note),
            HistoryBand::Ask => w.ask.add(r.note),
            HistoryBand::Spam => w.spam.add(r.note),
        }
        match r.decision {
            Some(Decision::Accepted) => w.accepted += 1,
            Some(Decision::Ignored) => w.ignored += 1,
            None => w.pending += 1,
        }
    }
    Summary {
        pending: weeks.iter().map(|w| w.pending).sum(),
        max_total: weeks.iter().map(|w| w.total).max().unwrap_or(0),
        records: records.len(),
        oldest: records.iter().map(|r| r.seen).min(),
        weeks,
    }
}

/// The most records kept. A record is about 150 to 250 bytes of JSON with its key, so
/// this is at most about 1.25 MB: a quarter of `storage.local`'s smallest quota (5 MB
/// in Chromium before 114, without `unlimitedStorage`, which NoteFirst does not ask
/// for), leaving room for the settings' local copy and the diagnostics. It is some
/// 190 invitations a week over the default 26 weeks kept, and 600 a week over the 8
/// weeks the popup charts: far more than anyone receives, so in practice the age
/// limit the user chose is what prunes.
pub const MAX_RECORDS: usize = 5000;

/// The keys of the records to remove: those nothing has happened to since `before`,
/// then, of the rest, the least recently touched beyond [`MAX_RECORDS`].
pub fn prune<'a>(records: impl IntoIterator<Item = (&'a String, &'a Record)>, before: i64) -> Vec<String> {
    prune_to(records, before, MAX_RECORDS)
}

/// [`prune`] with a cap of `max` records. Oldest first: the record touched longest
/// ago goes first (ties by key, so the result does not depend on storage's order).
pub fn prune_to<'a>(records: impl IntoIterator<Item = (&'a String, &'a Record)>, before: i64, max: usize) -> Vec<String> {
    let (old, mut kept): (Vec<_>, Vec<_>) = records.into_iter().partition(|(_, r)| r.last_touched() < before);
    let mut out: Vec<String> = old.into_iter().map(|(k, _)| k.clone()).collect();
    if kept.len() > max {
        // Newest first; everything after the first `max` goes.
        kept.sort_by(|(ka, a), (kb, b)| b.last_touched().cmp(&a.last_touched()).then_with(|| ka.cmp(kb)));
        out.extend(kept.into_iter().skip(max).map(|(k, _)| k.clone()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    const T0: i64 = 1_767_571_200_000; // Monday 2026-01-05 00:00 UTC

    fn event(kind: EventKind, band: HistoryBand, note: bool) -> Event {
        Event { kind, name: "Dana Whitfield".into(), path: Some("/in/dana-w/".into()), band, score: 70, note }
    }

    fn record(seen: i64, band: HistoryBand, note: bool, decision: Option<Decision>) -> Record {
        Record { name: "X".into(), path: None, seen, band, score: 50, note, decision, decided: decision.map(|_| seen + 1) }
    }

    #[test]
    fn keys() {
        assert_eq!(key_for("Dana", Some("/in/dana-w/")).as_deref(), Some("nf.h.in/dana-w"));
        assert_eq!(key_for("  Dana   Whitfield ", None).as_deref(), Some("nf.h.name:dana whitfield"));
        assert_eq!(key_for(" ", Some("/")), None);
    }

    #[test]
    fn seen_then_decided() {
        let seen = apply(None, &event(EventKind::Seen, HistoryBand::Good, true), T0).unwrap();
        assert_eq!((seen.seen, seen.decision), (T0, None));
        // Seen again, unchanged: nothing to write.
        assert_eq!(apply(Some(&seen), &event(EventKind::Seen, HistoryBand::Good, true), T0 + 5000), None);
        // The note was expanded and the score changed: updated, first-seen time kept.
        let again = apply(Some(&seen), &event(EventKind::Seen, HistoryBand::Ask, false), T0 + 5000).unwrap();
        assert_eq!((again.seen, again.band), (T0, HistoryBand::Ask));
        let accepted = apply(Some(&again), &event(EventKind::Accepted, HistoryBand::Ask, false), T0 + 9000).unwrap();
        assert_eq!((accepted.decision, accepted.decided), (Some(Decision::Accepted), Some(T0 + 9000)));
        // A second click on the same decision changes nothing.
        assert_eq!(apply(Some(&accepted), &event(EventKind::Accepted, HistoryBand::Ask, false), T0 + 9500), None);
        // Seen after the decision, soon after: the same invitation (the page updated).
        assert_eq!(apply(Some(&accepted), &event(EventKind::Seen, HistoryBand::Ask, false), T0 + DAY_MS), None);
        // Weeks later: they invited again.
        let later = T0 + 3 * WEEK_MS;
        let reinvite = apply(Some(&accepted), &event(EventKind::Seen, HistoryBand::Good, true), later).unwrap();
        assert_eq!((reinvite.seen, reinvite.decision), (later, None));
    }

    #[test]
    fn a_decision_with_no_seen_record_creates_one() {
        let r = apply(None, &event(EventKind::Ignored, HistoryBand::Spam, false), T0).unwrap();
        assert_eq!((r.seen, r.decision, r.decided), (T0, Some(Decision::Ignored), Some(T0)));
    }

    #[test]
    fn records_round_trip_and_are_checked() {
        let r = apply(None, &event(EventKind::Accepted, HistoryBand::Good, true), T0).unwrap();
        let v = serde_json::to_value(&r).unwrap();
        assert_eq!(v, json!({"name": "Dana Whitfield", "path": "/in/dana-w/", "seen": T0, "band": "good", "score": 70, "note": true, "decision": "accepted", "decided": T0}));
        assert_eq!(Record::from_value(&v).unwrap(), r);
        assert_eq!(Record::read(&v), Some(r));
        // `read` refuses what `from_value` refuses, without the words.
        let bad = |v: Value| {
            assert_eq!(Record::read(&v), None, "{v}");
            Record::from_value(&v).unwrap_err()
        };
        assert!(bad(json!({"name": "A", "seen": T0, "band": "meh", "score": 1, "note": true})).contains("unknown variant"));
        assert!(bad(json!({"name": "A", "seen": T0, "band": "good", "score": 101, "note": true})).contains("score"));
        assert!(bad(json!({"name": "A", "path": "javascript:x", "seen": T0, "band": "good", "score": 1, "note": true})).contains("path"));
        assert!(bad(json!({"name": "A", "seen": T0, "band": "good", "score": 1, "note": true, "decision": "accepted"})).contains("together"));
        assert!(bad(json!({"name": "A", "seen": T0, "band": "good", "score": 1, "note": true, "extra": 1})).contains("unknown field"));
        assert!(bad(json!({"name": "", "seen": T0, "band": "good", "score": 1, "note": true})).contains("name or a path"));
    }

    #[test]
    fn weeks_count_by_band_note_and_decision() {
        let starts: Vec<i64> = (0..8).map(|i| T0 + i * WEEK_MS).collect();
        let end = T0 + 8 * WEEK_MS;
        let this_week = starts[7];
        let records = vec![
            record(this_week + 10, HistoryBand::Good, true, Some(Decision::Accepted)),
            record(this_week + 20, HistoryBand::Good, false, None),
            record(this_week + 30, HistoryBand::Spam, false, Some(Decision::Ignored)),
            record(this_week + 40, HistoryBand::Ask, true, None),
            record(starts[0], HistoryBand::Ask, false, None),
            record(starts[3] + 3 * DAY_MS, HistoryBand::Spam, false, None),
            record(T0 - 1, HistoryBand::Good, true, None),   // before the window
            record(end, HistoryBand::Good, true, None),      // after it
        ];
        let s = summarize(&records, &starts, end);
        assert_eq!(s.weeks.len(), 8);
        let w = &s.weeks[7];
        assert_eq!((w.start, w.total, w.accepted, w.ignored, w.pending), (this_week, 4, 1, 1, 2));
        assert_eq!(w.good, NoteSplit { with_note: 1, without_note: 1 });
        assert_eq!(w.ask, NoteSplit { with_note: 1, without_note: 0 });
        assert_eq!(w.spam, NoteSplit { with_note: 0, without_note: 1 });
        assert_eq!(s.weeks[0].total, 1);
        assert_eq!(s.weeks[3].spam.total(), 1);
        assert_eq!(s.weeks.iter().map(|w| w.total).sum::<u32>(), 6);
        assert_eq!((s.pending, s.max_total, s.records, s.oldest), (4, 4, 8, Some(T0 - 1)));
        assert_eq!(summarize(&[], &starts, end).max_total, 0);
    }

    #[test]
    fn prune_by_last_activity() {
        let old = record(T0, HistoryBand::Good, true, None);
        let mut decided_late = record(T0, HistoryBand::Good, true, Some(Decision::Accepted));
        decided_late.decided = Some(T0 + 10 * WEEK_MS);
        let recent = record(T0 + 9 * WEEK_MS, HistoryBand::Ask, false, None);
        let keys = ["a".to_string(), "b".to_string(), "c".to_string()];
        let all = [(&keys[0], &old), (&keys[1], &decided_late), (&keys[2], &recent)];
        assert_eq!(prune(all, T0 + 8 * WEEK_MS), ["a"]);
    }

    #[test]
    fn prune_caps_the_count_oldest_first() {
        // Ten records, touched at T0 + i hours; one decided late is recent by its decision.
        let keys: Vec<String> = (0..10).map(|i| format!("nf.h.in/p{i}")).collect();
        let mut records: Vec<Record> = (0..10).map(|i| record(T0 + i * 3_600_000, HistoryBand::Good, true, None)).collect();
        records[0].decision = Some(Decision::Ignored);
        records[0].decided = Some(T0 + 100 * 3_600_000);
        let all = || keys.iter().zip(records.iter());
        // Under the cap, nothing goes.
        assert!(prune_to(all(), 0, 10).is_empty());
        // A cap of 7: the three least recently touched go (p1, p2, p3; p0 was decided last).
        let mut gone = prune_to(all(), 0, 7);
        gone.sort();
        assert_eq!(gone, ["nf.h.in/p1", "nf.h.in/p2", "nf.h.in/p3"]);
        // The age limit applies first and counts towards the cap.
        let mut gone = prune_to(all(), T0 + 2 * 3_600_000, 7);
        gone.sort();
        assert_eq!(gone, ["nf.h.in/p1", "nf.h.in/p2", "nf.h.in/p3"]);
        let mut gone = prune_to(all(), T0 + 5 * 3_600_000, 7);
        gone.sort();
        assert_eq!(gone, ["nf.h.in/p1", "nf.h.in/p2", "nf.h.in/p3", "nf.h.in/p4"]);
        // Equal times: the result does not depend on the order records come in.
        let same: Vec<Record> = (0..4).map(|_| record(T0, HistoryBand::Ask, false, None)).collect();
        let forward = prune_to(keys.iter().zip(same.iter()), 0, 2);
        let backward = prune_to(keys[..4].iter().rev().zip(same.iter()), 0, 2);
        assert_eq!(forward, ["nf.h.in/p2", "nf.h.in/p3"]);
        assert_eq!(backward, forward);
    }

    #[test]
    fn prune_applies_the_default_cap() {
        let keys: Vec<String> = (0..MAX_RECORDS + 3).map(|i| format!("nf.h.in/p{i:05}")).collect();
        let records: Vec<Record> = (0..MAX_RECORDS + 3).map(|i| record(T0 + i as i64, HistoryBand::Spam, false, None)).collect();
        let mut gone = prune(keys.iter().zip(records.iter()), 0);
        gone.sort();
        assert_eq!(gone, ["nf.h.in/p00000", "nf.h.in/p00001", "nf.h.in/p00002"]);
        assert!(prune(keys[..MAX_RECORDS].iter().zip(records.iter()), 0).is_empty());
    }

    #[test]
    fn imports_keep_the_latest() {
        let older = record(T0, HistoryBand::Good, true, None);
        let newer = record(T0, HistoryBand::Good, true, Some(Decision::Accepted));
        assert_eq!(merge_imported(Some(&newer), &older), None);
        assert_eq!(merge_imported(Some(&older), &newer), Some(newer.clone()));
        assert_eq!(merge_imported(None, &older), Some(older));
    }
}
