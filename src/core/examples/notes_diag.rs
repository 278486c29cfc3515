//! Diagnostics for the phrase lists: scores each note of a labelled TSV (id, label,
//! text) on an ordinary card and prints the rules, cues and evidence, misses first.
//!
//!     cargo run -p notefirst-core --example notes_diag -- FILE.tsv [--all]
use notefirst_core::note::analyse_note;
use notefirst_core::{assess, Band, Invitation, MutualConnections, ScoringConfig};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let all = args.iter().any(|a| a == "--all");
    let cfg = ScoringConfig::default();
    for path in args.iter().filter(|a| !a.starts_with("--")) {
        let text = std::fs::read_to_string(path).expect("a readable TSV");
        for line in text.lines().skip(1) {
            let mut cols = line.splitn(3, '\t');
            let (Some(id), Some(label), Some(note)) = (cols.next(), cols.next(), cols.next()) else { continue };
            let inv = Invitation {
                full_name: Some("Sam Carter".into()),
                headline: Some("Product manager at Northwind Traders".into()),
                note: Some(note.to_string()),
                has_photo: Some(true),
                mutual: MutualConnections { count: Some(3), names: vec![] },
                ..Default::default()
            };
            let a = assess(&inv, &cfg);
            let fair = match label {
                "context" => a.band == Band::Good,
                "sales" => a.band == Band::Spam,
                "recruiter" => a.band != Band::Spam,
                _ => a.band != Band::Good,
            };
            if fair && !all {
                continue;
            }
            println!("{} {id} [{label}] -> {} {}  {}", if fair { " " } else { "X" }, a.band.id(), a.score, note);
            for h in analyse_note(note).hits {
                println!("      {:?} {:?} {:?} «{}»", h.signal, h.strength, h.cues, h.evidence);
            }
        }
    }
}
