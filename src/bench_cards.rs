//! The benchmark's invitations (`./build.sh bench`), shared word for word by the native
//! harness (`src/core/examples/throughput.rs`) and the WebAssembly / JavaScript entry
//! point (`src/bench_entry.rs`, feature `bench`), so that every flavour scores exactly the
//! same cards. Pure Rust on the core's types only: no browser crate.

use notefirst_core::{assess, Invitation, MutualConnections, ScoringConfig};

const NAMES: [&str; 8] =
    ["Dana Whitfield", "Tomás Ibarra", "Priya Raman", "Jonas Feld", "Amara Okafor", "Lucía Navarro", "Henrik Aalto", "Mei Lin Zhao"];
const HEADLINES: [&str; 8] = [
    "Head of Data at Acme Analytics",
    "Founder | Investor | Speaker | Web3 | AI Evangelist",
    "",
    "Staff Engineer, Data Infrastructure at Kestrel Cargo",
    "LION | Open networker | 30K+ connections",
    "Consultora de selección en Talento Austral",
    "Account Executive at Quillstone Software",
    "Teamleiterin Datenplattform bei Nordhafen Logistik",
];

/// The card around note number `i` (`None` = no note): every fact varies with `i`, so
/// the card rules (photo, headline, mutual connections, follows you) fire in a mix.
pub fn card(i: usize, note: Option<&str>) -> Invitation {
    Invitation {
        full_name: Some(NAMES[i % NAMES.len()].to_string()),
        profile_path: Some(format!("/in/bench-person-{i}/")),
        headline: (i % 11 != 10).then(|| HEADLINES[i % HEADLINES.len()].to_string()),
        note: note.map(str::to_string),
        has_photo: [Some(true), Some(true), Some(false), None][i % 4],
        mutual: MutualConnections { count: [Some(0), Some(3), Some(12), None, Some(1)][i % 5], names: Vec::new() },
        follows_you: i.is_multiple_of(6),
        shared_organization: i.is_multiple_of(9).then(|| "Harbourline Logistics".to_string()),
        sent_when: Some("2 weeks ago".to_string()),
    }
}

/// Scores every card once; returns a checksum of the results (scores and fired rules),
/// equal across flavours when they compute the same thing.
pub fn score_all(cards: &[Invitation], config: &ScoringConfig) -> u32 {
    let mut sum: u32 = 0;
    for (i, inv) in cards.iter().enumerate() {
        let a = assess(inv, config);
        let mut h = u32::from(a.score).wrapping_mul(31).wrapping_add(a.fired.len() as u32);
        for f in &a.fired {
            h = h.wrapping_mul(131).wrapping_add(f.rule.len() as u32).wrapping_add(f.points as u32);
        }
        sum = sum.wrapping_add(h.wrapping_mul(i as u32 + 1));
    }
    sum
}

/// Reads `tests/bench/notes.tsv`: a header line, `#` comments, then `kind<TAB>note`
/// (kind `none` = no note).
#[allow(dead_code)] // used by the native harness only
pub fn parse_notes(tsv: &str) -> Vec<Option<String>> {
    tsv.lines()
        .skip(1)
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| l.split_once('\t'))
        .map(|(kind, note)| (kind != "none").then(|| note.to_string()))
        .collect()
}
