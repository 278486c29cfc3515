//! Scoring a received invitation: a sum of named rules, like a spam filter's report.
//!
//! Every rule that fires says who it is (a stable id), how many points it moved the
//! score, why (one line), and the evidence that triggered it. The score starts from a
//! neutral base, is clamped to 0..=100 (higher is better), and two thresholds give the
//! band.
//!
//! The rules are one table ([`rules`]): the options page lists it and the user may
//! override any weight ([`ScoringConfig::weights`]). Note rules come from
//! `note::analyse_note`; card rules read the rest of the invitation card.
//!
//! Weights are chosen so that no single weak signal decides alone: with the default
//! thresholds, any one card signal or any one of flattery, vague, shared-group-only,
//! canned text or "no note" leaves a neutral card in `ask`. Only strong evidence moves a
//! band by itself: a note that says how they know you (good), or a clear pitch (spam).
//! Note rules fire at half weight on a single weak cue (see `note::Strength`).

use std::collections::BTreeMap;
use std::sync::LazyLock;

use crate::re::Regex;

use crate::invitation::Invitation;
use crate::lexicon;
use crate::note::{analyse_note, Strength};
use crate::text::{clean_quote, is_invisible};

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

/// Where a rule looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleScope {
    /// The invitation's note.
    Note,
    /// The rest of the card: photo, headline, mutual connections...
    Card,
}

/// A rule as the options page shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleInfo {
    pub id: &'static str,
    pub default_weight: i32,
    pub reason: &'static str,
    pub scope: RuleScope,
}

const fn rule(id: &'static str, default_weight: i32, scope: RuleScope, reason: &'static str) -> RuleInfo {
    RuleInfo { id, default_weight, reason, scope }
}

/// Every rule, in the order they are reported.
static RULES: [RuleInfo; 19] = [
    rule("no-note", -20, RuleScope::Note, "No note: they did not say why they want to connect."),
    rule("canned-text", -20, RuleScope::Note, "Only LinkedIn's canned text or a greeting: nothing personal."),
    rule("context", 25, RuleScope::Note, "Says how they know or found you."),
    rule("reason-given", 10, RuleScope::Note, "Gives a concrete reason to connect."),
    rule("question", 10, RuleScope::Note, "Asks a specific question."),
    rule("recruiter", 10, RuleScope::Note, "Job outreach: names a role or says they are hiring."),
    rule("placeholder", -15, RuleScope::Note, "An unfilled template placeholder: sent in bulk by a tool."),
    rule("sales", -30, RuleScope::Note, "Reads like a sales pitch: a product, service, call, link or scheme."),
    rule("flattery", -10, RuleScope::Note, "Praise with no reason or context."),
    rule("shared-group-only", -10, RuleScope::Note, "The only reason is a shared group, school, place or employer."),
    rule("vague", -10, RuleScope::Note, "Words, but no concrete reason or context."),
    rule("no-photo", -10, RuleScope::Card, "No profile photo."),
    rule("empty-headline", -5, RuleScope::Card, "Blank headline: the profile says nothing about them."),
    rule("open-networker", -10, RuleScope::Card, "Headline says they connect with anyone (LION, open networker)."),
    rule("no-mutual", -10, RuleScope::Card, "No mutual connections."),
    rule("few-mutual", 3, RuleScope::Card, "A few mutual connections."),
    rule("many-mutual", 8, RuleScope::Card, "Many mutual connections."),
    rule("follows-you", 5, RuleScope::Card, "They already follow you."),
    rule("shared-organization", 5, RuleScope::Card, "LinkedIn shows an organisation you share."),
];

/// All rules with their default weights and reasons, for the options page.
pub fn rules() -> &'static [RuleInfo] {
    &RULES
}

/// The rule with this id, if there is one.
pub fn rule_info(id: &str) -> Option<&'static RuleInfo> {
    RULES.iter().find(|r| r.id == id)
}

/// The score every invitation starts from before any rule fires.
pub const NEUTRAL_BASE: i32 = 50;

/// Mutual connections from this many on count as "many".
pub const MANY_MUTUAL_FROM: u32 = 10;

/// Weights and thresholds; the user can tune them.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoringConfig {
    /// Score at or above which the band is `good`.
    pub good_at: i32,
    /// Score at or below which the band is `spam` (`good` wins if the two overlap).
    pub spam_at: i32,
    /// Weight overrides by rule id; rules not listed keep their default weight. A weight
    /// of 0 turns a rule off. Unknown ids (say, from an older settings version) are ignored.
    pub weights: BTreeMap<String, i32>,
}

impl Default for ScoringConfig {
    fn default() -> Self {
        ScoringConfig { good_at: 65, spam_at: 25, weights: BTreeMap::new() }
    }
}

impl ScoringConfig {
    /// The weight in force for a rule: the override, else the default (0 for unknown ids).
    pub fn weight(&self, rule_id: &str) -> i32 {
        self.weights
            .get(rule_id)
            .copied()
            .unwrap_or_else(|| rule_info(rule_id).map_or(0, |r| r.default_weight))
    }

    /// The same config with one weight overridden.
    pub fn with_weight(mut self, rule_id: &str, weight: i32) -> Self {
        self.weights.insert(rule_id.to_string(), weight);
        self
    }

    /// The band for a score under these thresholds.
    pub fn band(&self, score: u8) -> Band {
        let score = i32::from(score);
        if score >= self.good_at {
            Band::Good
        } else if score <= self.spam_at {
            Band::Spam
        } else {
            Band::Ask
        }
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

    /// Whether a rule fired.
    pub fn fired(&self, rule_id: &str) -> bool {
        self.fired.iter().any(|f| f.rule == rule_id)
    }
}

/// A rule found to apply, before weights are looked up.
struct Finding {
    rule: &'static str,
    strength: Strength,
    evidence: Option<String>,
}

/// Scores one invitation.
pub fn assess(inv: &Invitation, cfg: &ScoringConfig) -> Assessment {
    let mut findings = note_findings(inv);
    findings.extend(card_findings(inv));

    let mut fired = Vec::with_capacity(findings.len());
    for info in RULES.iter() {
        for finding in findings.iter().filter(|f| f.rule == info.id) {
            let points = finding.strength.scale(cfg.weight(info.id));
            // A rule the user turned off (or too weak to move a point) is not reported.
            if points != 0 {
                fired.push(Fired { rule: info.id, points, reason: info.reason, evidence: finding.evidence.clone() });
            }
        }
    }
    let total = fired.iter().fold(NEUTRAL_BASE, |sum, f| sum.saturating_add(f.points));
    let score = u8::try_from(total.clamp(0, 100)).unwrap_or(0);
    Assessment { score, band: cfg.band(score), fired }
}

fn note_findings(inv: &Invitation) -> Vec<Finding> {
    let signals = match inv.note_text() {
        Some(note) => analyse_note(note),
        None => return vec![Finding { rule: "no-note", strength: Strength::Full, evidence: None }],
    };
    if signals.empty {
        // Only invisible characters: as good as no note.
        return vec![Finding { rule: "no-note", strength: Strength::Full, evidence: None }];
    }
    signals
        .hits
        .into_iter()
        .map(|hit| Finding { rule: hit.signal.id(), strength: hit.strength, evidence: Some(hit.evidence) })
        .collect()
}

fn card_findings(inv: &Invitation) -> Vec<Finding> {
    let mut found = Vec::new();
    let mut add = |rule: &'static str, evidence: String| {
        found.push(Finding { rule, strength: Strength::Full, evidence: Some(evidence) });
    };

    if inv.has_photo == Some(false) {
        add("no-photo", "no profile photo".to_string());
    }

    // `None` means the adapter could not read a headline: unknown, never a negative.
    // `Some` but blank means the card shows an empty headline, which LinkedIn only
    // allows for profiles nobody filled in.
    if let Some(headline) = inv.headline.as_deref() {
        if is_blank(headline) {
            add("empty-headline", "headline is blank".to_string());
        } else if let Some(evidence) = open_networker_evidence(headline) {
            add("open-networker", evidence);
        }
    }

    // When the card names mutual connections but gives no count, the names are the count.
    let mutual = inv.mutual.count.or_else(|| u32::try_from(inv.mutual.names.len()).ok().filter(|&n| n > 0));
    match mutual {
        Some(0) => add("no-mutual", "0 mutual connections".to_string()),
        Some(n) if n < MANY_MUTUAL_FROM => add("few-mutual", mutual_evidence(n)),
        Some(n) => add("many-mutual", mutual_evidence(n)),
        None => {}
    }

    if inv.follows_you {
        add("follows-you", "follows you and is inviting you".to_string());
    }
    if let Some(org) = inv.shared_organization.as_deref().filter(|o| !is_blank(o)) {
        add("shared-organization", clean_quote(org));
    }
    found
}

fn mutual_evidence(n: u32) -> String {
    if n == 1 {
        "1 mutual connection".to_string()
    } else {
        format!("{n} mutual connections")
    }
}

fn is_blank(text: &str) -> bool {
    text.chars().all(|c| c.is_whitespace() || c.is_control() || is_invisible(c))
}

/// "LION" in capitals, as open networkers write it (not "Lion" the surname or animal).
static LION: LazyLock<Option<Regex>> = LazyLock::new(|| Regex::ascii(r"\bL\.?I\.?O\.?N\b"));
static OPEN_NETWORKER: LazyLock<Option<Regex>> = LazyLock::new(|| {
    let pattern = lexicon::OPEN_NETWORKER
        .iter()
        .flat_map(|f| f.phrases.iter())
        .map(|p| crate::note::with_word_boundaries(p))
        .collect::<Vec<_>>()
        .join("|");
    Regex::ascii(&pattern)
});

/// The headline's regexes, one piece each of `crate::warm_up_step`.
pub(crate) const WARM_UP: [fn(); 2] = [
    || {
        if let Some(regex) = LION.as_ref() {
            regex.is_match(crate::WARM_UP_TEXT);
        }
    },
    || {
        if let Some(regex) = OPEN_NETWORKER.as_ref() {
            regex.is_match(crate::WARM_UP_TEXT);
        }
    },
];

fn open_networker_evidence(headline: &str) -> Option<String> {
    if let Some(m) = LION.as_ref().and_then(|r| r.find(headline)) {
        return Some(clean_quote(m.as_str()));
    }
    let folded = crate::text::Folded::new(headline);
    let m = OPEN_NETWORKER.as_ref()?.find(folded.as_str())?;
    Some(folded.quote(m.start(), m.end(), false))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::invitation::MutualConnections;

    /// A card like the quality targets assume: photo, a normal headline, 3 mutual connections.
    fn normal_card(note: Option<&str>) -> Invitation {
        Invitation {
            full_name: Some("Dana Whitfield".into()),
            headline: Some("Head of Data at Acme Analytics".into()),
            note: note.map(str::to_string),
            has_photo: Some(true),
            mutual: MutualConnections { count: Some(3), names: vec![] },
            ..Default::default()
        }
    }

    /// A card about which the page said nothing at all.
    fn bare_card(note: Option<&str>) -> Invitation {
        Invitation { note: note.map(str::to_string), ..Default::default() }
    }

    fn assess_default(inv: &Invitation) -> Assessment {
        assess(inv, &ScoringConfig::default())
    }

    fn fired_ids(inv: &Invitation) -> Vec<&'static str> {
        assess_default(inv).fired.iter().map(|f| f.rule).collect()
    }

    #[test]
    fn rule_table_is_well_formed() {
        let ids: Vec<&str> = rules().iter().map(|r| r.id).collect();
        for (i, id) in ids.iter().enumerate() {
            assert!(!ids[i + 1..].contains(id), "duplicate rule id {id}");
            assert!(id.chars().all(|c| c.is_ascii_lowercase() || c == '-'), "{id} is not kebab-case");
        }
        for required in [
            "no-note", "canned-text", "no-photo", "no-mutual", "context", "flattery", "sales", "recruiter", "reason-given",
            "question", "shared-group-only", "empty-headline", "open-networker", "few-mutual", "many-mutual", "follows-you",
            "shared-organization", "vague",
        ] {
            assert!(ids.contains(&required), "missing rule {required}");
        }
        // Every note signal has a rule of the same id.
        for signal in crate::note::Signal::ALL {
            assert!(rule_info(signal.id()).is_some(), "signal {} has no rule", signal.id());
        }
        assert!(rules().iter().all(|r| !r.reason.is_empty() && r.reason.ends_with('.')));
    }

    #[test]
    fn no_single_weak_signal_decides_alone() {
        let cfg = ScoringConfig::default();
        for info in rules() {
            if matches!(info.id, "context" | "sales") {
                continue; // strong evidence on purpose; their weak (half) cues are checked below
            }
            let score = u8::try_from((NEUTRAL_BASE + info.default_weight).clamp(0, 100)).unwrap_or(0);
            assert_eq!(cfg.band(score), Band::Ask, "{} alone decides the band", info.id);
        }
        for id in ["context", "sales"] {
            let half = Strength::Weak.scale(cfg.weight(id));
            let score = u8::try_from((NEUTRAL_BASE + half).clamp(0, 100)).unwrap_or(0);
            assert_eq!(cfg.band(score), Band::Ask, "one weak {id} cue alone decides the band");
        }
        // And on real cards: no photo alone, or one compliment alone, stays `ask`.
        let no_photo = Invitation { has_photo: Some(false), ..bare_card(Some("Hi! I run the Tuesday chess club at the Fenwick library.")) };
        assert_eq!(assess_default(&no_photo).band, Band::Ask, "{:?}", assess_default(&no_photo));
        let praise = bare_card(Some("Great profile!"));
        assert_eq!(assess_default(&praise).band, Band::Ask, "{:?}", assess_default(&praise));
    }

    #[test]
    fn no_note_fires_alone_and_with_card_signals() {
        let a = assess_default(&bare_card(None));
        assert_eq!(a.rule_ids(), "no-note");
        assert_eq!(a.band, Band::Ask);
        let stranger = Invitation { has_photo: Some(false), mutual: MutualConnections { count: Some(0), names: vec![] }, ..bare_card(None) };
        let a = assess_default(&stranger);
        assert_eq!(a.rule_ids(), "no-note,no-photo,no-mutual");
        assert_eq!(a.band, Band::Spam);
        // Whitespace and invisible characters only: still no note.
        assert_eq!(fired_ids(&bare_card(Some(" \u{200B}\n"))), vec!["no-note"]);
    }

    #[test]
    fn canned_text_fires_in_many_languages() {
        for note in [
            "I'd like to add you to my professional network on LinkedIn",
            "I'd like to join your LinkedIn network.",
            "Hi",
            "Hoi",
            "Olá, gostaria de conectar",
            "Bonjour, je souhaiterais rejoindre votre réseau.",
            "Ich würde mich gerne mit Ihnen vernetzen.",
            "Me gustaría conectar contigo.",
            "Vorrei collegarmi con te.",
            "Zullen we connecten?",
        ] {
            let a = assess_default(&normal_card(Some(note)));
            assert_eq!(a.rule_ids(), "canned-text,few-mutual", "{note}");
            assert_ne!(a.band, Band::Good, "{note}");
            assert_eq!(a.fired[0].evidence.as_deref(), Some(note.trim()), "{note}");
        }
    }

    #[test]
    fn context_fires_and_makes_a_normal_card_good() {
        for note in [
            "We met at RustConf in Lisbon, thanks for the chat about embedded async.",
            "Hi Dana, I read your article on pricing experiments and tried the method at our bakery.",
            "Bonjour, Hélène Vasseur m'a conseillé de vous contacter.",
            "Hallo Jan, wir haben zusammen bei Stadtwerke Kiel gearbeitet.",
            "Olá! Nos conhecemos no meetup de Python em Recife.",
            "Hola, leí tu artículo sobre riego y me pareció muy útil.",
            "Ciao, ho letto il tuo articolo sulla logistica urbana.",
            "Hoi, we hebben elkaar ontmoet op de beurs in Gorinchem.",
        ] {
            let a = assess_default(&normal_card(Some(note)));
            assert!(a.fired("context"), "{note}: {}", a.rule_ids());
            assert_eq!(a.band, Band::Good, "{note}: {a:?}");
        }
    }

    #[test]
    fn met_at_is_context_not_shared_group() {
        let a = assess_default(&normal_card(Some("We met at RustConf in Lisbon")));
        assert!(a.fired("context"));
        assert!(!a.fired("shared-group-only"));
        let evidence = a.fired.iter().find(|f| f.rule == "context").and_then(|f| f.evidence.clone());
        assert_eq!(evidence.as_deref(), Some("We met at RustConf in Lisbon"));
    }

    #[test]
    fn shared_group_only_fires_and_is_not_good() {
        for note in [
            "We are both members of the Career Coaches group, so I thought we should connect.",
            "Fellow Kestrel University alum here, let's connect!",
            "Hi! We're both based in Porto.",
            "Nous faisons partie du même groupe LinkedIn.",
            "Wir sind beide in der Gruppe Agile Nord.",
            "Vi que também és de Aveiro!",
            "Siamo entrambi ex studenti della Bocconi.",
            "We zitten allebei in de groep Zorg Innovatie.",
        ] {
            let a = assess_default(&normal_card(Some(note)));
            assert!(a.fired("shared-group-only"), "{note}: {}", a.rule_ids());
            assert!(!a.fired("context"), "{note}");
            assert_ne!(a.band, Band::Good, "{note}");
        }
    }

    #[test]
    fn flattery_fires_but_not_with_context() {
        for note in [
            "Your profile is truly inspiring!",
            "It would be an honour to be connected with you.",
            "Votre parcours est impressionnant.",
            "Ihr Profil hat mich beeindruckt.",
            "¡Tu trayectoria es impresionante!",
            "Que perfil incrível!",
            "Il suo percorso è straordinario.",
            "Wat een indrukwekkend profiel!",
        ] {
            let a = assess_default(&normal_card(Some(note)));
            assert!(a.fired("flattery"), "{note}: {}", a.rule_ids());
            assert_ne!(a.band, Band::Good, "{note}");
        }
        let a = assess_default(&normal_card(Some("Your talk at FOSDEM was brilliant and inspiring.")));
        assert!(a.fired("context") && !a.fired("flattery"), "{}", a.rule_ids());
    }

    #[test]
    fn sales_fires_and_a_pitch_is_spam() {
        for note in [
            "We help fintech startups cut their cloud bill by 40%. Do you have 15 minutes for a quick call?",
            "Check out our new invoicing app at www.billfast.io - free trial for LinkedIn members!",
            "Earn $3,000 a week from home, DM me for details.",
            "Nous accompagnons les PME dans leur croissance. Un court échange de 15 minutes ?",
            "Wir unterstützen Kanzleien mit unserer Software. Hätten Sie Zeit für ein kurzes Gespräch?",
            "Ayudamos a clínicas a conseguir pacientes. ¿Una llamada rápida esta semana?",
            "Ajudamos escolas a dobrar as matrículas. Podemos agendar uma conversa rápida?",
            "La nostra agenzia aiuta i ristoranti: le andrebbe una breve call?",
            "Wij helpen installateurs aan meer klanten. Tijd voor een korte kennismaking?",
        ] {
            let a = assess_default(&normal_card(Some(note)));
            assert!(a.fired("sales"), "{note}: {}", a.rule_ids());
            assert_eq!(a.band, Band::Spam, "{note}: {a:?}");
        }
    }

    /// The two context cards of the end-to-end fixtures (tests/fixtures/linkedin/cards.json)
    /// that no phrase list knew: a past encounter told with specifics, and a new working tie.
    #[test]
    fn context_cards_of_the_fixtures_fire_context_and_are_never_spam() {
        let german = Invitation {
            full_name: Some("Lukas Brandt".into()),
            headline: Some("Data Architect bei Nordhafen Logistik".into()),
            note: Some("Hallo Maren, wir haben uns beim Logistik-Meetup in Hamburg über Datenverträge zwischen Teams unterhalten. Ich würde gerne in Kontakt bleiben und Ihnen unser Schema-Register zeigen.".into()),
            has_photo: Some(false),
            mutual: MutualConnections { count: Some(2), names: vec![] },
            ..Default::default()
        };
        let english = Invitation {
            full_name: Some("Grace Whitaker".into()),
            headline: Some("Data Analyst at Larkspur Freight".into()),
            note: Some("Hi Maren, I joined the analytics team at Larkspur last month and I'm working on the carrier scorecard you sponsored. Would be glad to connect before our kickoff on Monday.".into()),
            has_photo: Some(true),
            mutual: MutualConnections { count: Some(6), names: vec!["Drew Stone".into()] },
            shared_organization: Some("Larkspur Freight".into()),
            ..Default::default()
        };
        for inv in [&german, &english] {
            let a = assess_default(inv);
            assert!(a.fired("context"), "{:?}: {}", inv.note, a.rule_ids());
            assert!(!a.fired("sales"), "{:?}: {}", inv.note, a.rule_ids());
            assert_ne!(a.band, Band::Spam, "{a:?}");
            // On an ordinary card, both are good.
            let ordinary = assess_default(&normal_card(inv.note.as_deref()));
            assert_eq!(ordinary.band, Band::Good, "{ordinary:?}");
        }
    }

    #[test]
    fn a_question_or_reason_inside_a_pitch_earns_nothing() {
        for note in [
            "Hi Dana, curious how your team handles onboarding for new sales hires? Asking because I've spent the last 2 years solving exactly that. Open to swapping ideas this week?",
            "Guten Tag Frau Weber, eine kurze Frage: Wie viel Zeit verbringt Ihr Vertrieb mit der Angebotserstellung? Unsere Kunden sparen damit im Schnitt 8 Stunden pro Woche.",
            "Hola Javier, ¿cómo gestionan hoy en tu equipo las facturas de proveedores? Tenemos una herramienta que automatiza el 90% del proceso. ¿Te puedo enseñar una demo de 15 minutos?",
        ] {
            let a = assess_default(&normal_card(Some(note)));
            assert!(a.fired("sales"), "{note}: {}", a.rule_ids());
            assert!(!a.fired("question") && !a.fired("reason-given"), "{note}: {}", a.rule_ids());
            assert_eq!(a.band, Band::Spam, "{note}: {a:?}");
        }
    }

    #[test]
    fn a_many_sided_pitch_is_spam_whatever_its_opener() {
        // A compliment on their post opens the pitch; an offer, a link and "reserve your
        // seat" are three kinds of sales evidence, which outweigh one kind of context.
        let a = assess_default(&normal_card(Some(
            "Hi Priya, loved your recent post! We're inviting a few select leaders to our private CFO roundtable (sponsored by Ledgerly). Reserve your seat here: ledgerly.com/roundtable",
        )));
        assert!(!a.fired("context"), "{}", a.rule_ids());
        assert_eq!(a.band, Band::Spam, "{a:?}");
        // A staffing pitch mentions hiring but is not job outreach.
        let a = assess_default(&normal_card(Some(
            "Goedemorgen, wij zijn een recruitment-marketingbureau en zorgen voor 3x meer sollicitaties via social media. Mag ik u een voorstel sturen?",
        )));
        assert!(!a.fired("recruiter"), "{}", a.rule_ids());
        assert_eq!(a.band, Band::Spam, "{a:?}");
    }

    #[test]
    fn a_short_chat_after_a_referral_is_not_a_pitch() {
        let a = assess_default(&normal_card(Some(
            "Hey Felix, I'm Ava, Jordan Pike's sister. He said you're the person to talk to about getting into sound engineering for theatre. Would you be open to a short chat sometime?",
        )));
        assert!(a.fired("context") && !a.fired("sales"), "{}", a.rule_ids());
        assert_eq!(a.band, Band::Good);
    }

    #[test]
    fn a_job_post_naming_our_role_is_not_a_product_pitch() {
        let a = assess_default(&normal_card(Some(
            "hey! we're growing our design team at Loomly and your portfolio looks like a great fit for our senior product designer role. fully remote, EU time zones. interested?",
        )));
        assert!(!a.fired("sales"), "{}", a.rule_ids());
        assert_ne!(a.band, Band::Spam);
    }

    #[test]
    fn a_link_alone_is_a_weak_sales_cue() {
        let a = assess_default(&normal_card(Some("Here is my portfolio: https://example.org/jo")));
        let sales = a.fired.iter().find(|f| f.rule == "sales").expect("sales fires");
        assert_eq!(sales.points, -15);
        assert_eq!(sales.evidence.as_deref(), Some("https://example.org/jo"));
        assert_eq!(a.band, Band::Ask);
    }

    #[test]
    fn recruiter_fires_and_is_never_spam() {
        for note in [
            "Hi, I'm hiring a senior Rust engineer for a robotics company in Delft. Open to a chat?",
            "I'm a recruiter at Fenwick Health; we have an opening for a data lead.",
            "Je recrute un chef de projet pour un bureau d'études à Nantes.",
            "Für einen Kunden in Köln suche ich einen Teamleiter Einkauf.",
            "Estamos buscando una ingeniera de datos para un proyecto en Bilbao.",
            "Temos uma vaga de analista de dados remota.",
            "Stiamo cercando un responsabile logistico per la sede di Verona.",
            "Voor een klant in Eindhoven zoek ik een embedded engineer. Interesse in deze vacature?",
        ] {
            let a = assess_default(&normal_card(Some(note)));
            assert!(a.fired("recruiter"), "{note}: {}", a.rule_ids());
            assert_ne!(a.band, Band::Spam, "{note}");
        }
    }

    #[test]
    fn reason_and_question_fire() {
        let a = assess_default(&normal_card(Some(
            "I'm writing a thesis on municipal heat networks. Could you tell me how Zwolle chose its supplier?",
        )));
        assert!(a.fired("reason-given"), "{}", a.rule_ids());
        assert!(a.fired("question"), "{}", a.rule_ids());
        assert_eq!(a.band, Band::Good);
        let a = assess_default(&normal_card(Some("J'ai une question sur votre dernier chantier à Rennes.")));
        assert!(a.fired("question"), "{}", a.rule_ids());
    }

    #[test]
    fn vague_fires_on_networking_words_and_on_nothing_concrete() {
        let a = assess_default(&normal_card(Some("I'm looking to expand my network with like-minded professionals.")));
        assert!(a.fired("vague"), "{}", a.rule_ids());
        let f = a.fired.iter().find(|f| f.rule == "vague").map(|f| f.points);
        assert_eq!(f, Some(-10));
        let a = assess_default(&normal_card(Some("Tomorrow the weather in Ghent will be mild and grey.")));
        assert_eq!(a.fired.iter().find(|f| f.rule == "vague").map(|f| f.points), Some(-5));
        assert_eq!(a.band, Band::Ask);
    }

    #[test]
    fn placeholder_fires() {
        let a = assess_default(&normal_card(Some("Hey #firstName#, I added you thanks to a great script! Nice to connect")));
        assert!(a.fired("placeholder"), "{}", a.rule_ids());
    }

    #[test]
    fn card_rules_fire_on_what_the_card_says() {
        let inv = Invitation {
            headline: Some("LION | Open networker | 30K+ connections".into()),
            has_photo: Some(false),
            mutual: MutualConnections { count: Some(0), names: vec![] },
            follows_you: true,
            shared_organization: Some("Kestrel University".into()),
            ..bare_card(None)
        };
        let a = assess_default(&inv);
        assert_eq!(a.rule_ids(), "no-note,no-photo,open-networker,no-mutual,follows-you,shared-organization");
        let evidence = |id: &str| a.fired.iter().find(|f| f.rule == id).and_then(|f| f.evidence.clone());
        assert_eq!(evidence("open-networker").as_deref(), Some("LION"));
        assert_eq!(evidence("no-mutual").as_deref(), Some("0 mutual connections"));
        assert_eq!(evidence("shared-organization").as_deref(), Some("Kestrel University"));

        let open = Invitation { headline: Some("Sales coach - I accept all invitations".into()), ..bare_card(None) };
        assert!(assess_default(&open).fired("open-networker"));
        let lionel = Invitation { headline: Some("Lionel Baker, Lion Capital analyst".into()), ..bare_card(None) };
        assert!(!assess_default(&lionel).fired("open-networker"));
    }

    #[test]
    fn headline_unknown_is_not_blank() {
        assert!(!assess_default(&bare_card(None)).fired("empty-headline"));
        let blank = Invitation { headline: Some("  \u{200B} ".into()), ..bare_card(None) };
        assert!(assess_default(&blank).fired("empty-headline"));
    }

    #[test]
    fn mutual_counts_pick_one_rule() {
        let with = |count: Option<u32>, names: Vec<String>| Invitation { mutual: MutualConnections { count, names }, ..bare_card(None) };
        assert!(assess_default(&with(Some(0), vec![])).fired("no-mutual"));
        assert!(assess_default(&with(Some(1), vec![])).fired("few-mutual"));
        assert!(assess_default(&with(Some(9), vec![])).fired("few-mutual"));
        assert!(assess_default(&with(Some(10), vec![])).fired("many-mutual"));
        assert!(assess_default(&with(None, vec!["Drew Stone".into()])).fired("few-mutual"));
        let unknown = assess_default(&with(None, vec![]));
        assert!(!unknown.fired("no-mutual") && !unknown.fired("few-mutual") && !unknown.fired("many-mutual"));
    }

    #[test]
    fn weights_can_be_overridden_and_rules_turned_off() {
        let inv = normal_card(Some("Hi"));
        let base = assess_default(&inv);
        let cfg = ScoringConfig::default().with_weight("canned-text", -60);
        let a = assess(&inv, &cfg);
        assert_eq!(a.fired[0].points, -60);
        assert_eq!(a.band, Band::Spam);
        let off = assess(&inv, &ScoringConfig::default().with_weight("canned-text", 0));
        assert!(!off.fired("canned-text"));
        assert!(off.score > base.score);
        // Unknown ids are ignored, extreme weights never overflow.
        let wild = ScoringConfig::default().with_weight("no-such-rule", 5).with_weight("few-mutual", i32::MAX).with_weight("canned-text", i32::MAX);
        assert_eq!(assess(&inv, &wild).score, 100);
        let wild = ScoringConfig::default().with_weight("few-mutual", i32::MIN).with_weight("canned-text", i32::MIN);
        assert_eq!(assess(&inv, &wild).score, 0);
    }

    #[test]
    fn thresholds_set_the_band() {
        let inv = normal_card(Some("Hi"));
        let a = assess_default(&inv);
        let strict = ScoringConfig { spam_at: i32::from(a.score), ..ScoringConfig::default() };
        assert_eq!(assess(&inv, &strict).band, Band::Spam);
        let lenient = ScoringConfig { good_at: i32::from(a.score), ..ScoringConfig::default() };
        assert_eq!(assess(&inv, &lenient).band, Band::Good);
    }

    #[test]
    fn score_and_evidence_stay_in_bounds_for_hostile_notes() {
        let huge = "We help founders grow revenue 3x faster! Book a quick call: https://x.io ".repeat(140);
        let many_praise = "Impressive profile. ".repeat(600);
        let emoji = "🙂".repeat(100);
        for note in [huge.as_str(), many_praise.as_str(), "\u{202E}!olleh", "<img src=x onerror=alert(1)>", emoji.as_str()] {
            let a = assess_default(&normal_card(Some(note)));
            assert!(a.score <= 100);
            for f in &a.fired {
                if let Some(e) = &f.evidence {
                    assert!(e.chars().count() <= crate::text::QUOTE_MAX_CHARS, "{}: {e}", f.rule);
                    assert!(!e.chars().any(is_invisible), "{}: evidence keeps invisible characters", f.rule);
                }
            }
        }
    }
}
