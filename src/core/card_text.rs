//! Reading the fixed phrases LinkedIn prints on invitation cards: button labels,
//! mutual-connection lines, "follows you", time stamps. Adapters hand over the text;
//! these pure functions say what it means, in the UI languages LinkedIn is seen in.

use crate::invitation::MutualConnections;
use crate::re::{CaptureRegex, Regex};
use std::sync::LazyLock;

// The patterns below read lower-cased text in any script, so they are Unicode regexes
// (`.` is any character; `crate::re`); but they use no Perl class (`\d`, `\s`, `\S`, `\w`, `\b` in
// Unicode mode), whose tables regex-automata would otherwise have to carry (its
// `unicode-perl` feature, off: src/core/Cargo.toml). Digits are ASCII digits, as LinkedIn
// prints counts and time stamps in every language read here; a word boundary is the
// ASCII one, and "not a space" is spelled out below.

/// `\S` in Unicode mode: anything but a character of Unicode's White_Space property.
macro_rules! non_space {
    () => {
        r"[^\t\n\x0B\x0C\r \x{85}\x{A0}\x{1680}\x{2000}-\x{200A}\x{2028}\x{2029}\x{202F}\x{205F}\x{3000}]"
    };
}

/// What an Accept or Ignore control says, read from its aria-label or text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InvitationControl {
    /// Accept, with the sender's name when the label carries it.
    Accept(Option<String>),
    /// Ignore, with the sender's name when the label carries it.
    Ignore(Option<String>),
}

/// One of these (lower case, ASCII) is in every Accept label and text the core reads:
/// adapters use them to skip, cheaply, a part of the page that holds none (the
/// browser side's `received::find_cards`). [`invitation_control`] reads Accept only
/// where one of them is, so the two cannot drift apart.
pub const ACCEPT_WORDS: &[&str] = &["accept", "annehmen", "aceptar", "aceitar", "accetta"];

static ACCEPT_LABEL: LazyLock<CaptureRegex> = LazyLock::new(|| {
    // "Accept Dana Whitfield's invitation" (straight or curly apostrophe), and the
    // same label in other UI languages: "Accepter l'invitation de Dana Whitfield",
    // "Einladung von Dana Whitfield annehmen", "Aceptar la invitación de ...",
    // "Aceitar o convite de ...", "Accetta l'invito di ...", "Uitnodiging van ... accepteren".
    CaptureRegex::new(concat!(
        r"^(?:accept (?P<en>.+?)[’']s? invitation",
        r"|accepter l[’']invitation de (?P<fr>.+)",
        r"|einladung von (?P<de>.+?) annehmen",
        r"|aceptar la invitación de (?P<es>.+)",
        r"|aceitar (?:o )?convite de (?P<pt>.+)",
        r"|accetta (?:l[’'])?invito di (?P<it>.+)",
        r"|uitnodiging van (?P<nl>.+?) accepteren",
        r"|(?P<bare>accept|accepter|annehmen|aceptar|aceitar|accetta|accepteren))$"
    ))
    .expect("static regex")
});

static IGNORE_LABEL: LazyLock<CaptureRegex> = LazyLock::new(|| {
    CaptureRegex::new(concat!(
        r"^(?:ignore an invitation to connect from (?P<en>.+)",
        r"|ignorer l[’']invitation (?:à se connecter )?de (?P<fr>.+)",
        r"|einladung von (?P<de>.+?) ignorieren",
        r"|ignorar (?:la )?invitación (?:para conectar )?de (?P<es>.+)",
        r"|ignorar (?:o )?convite (?:para se conectar )?de (?P<pt>.+)",
        r"|ignora (?:l[’'])?invito (?:a collegarsi )?di (?P<it>.+)",
        r"|uitnodiging van (?P<nl>.+?) negeren",
        r"|(?P<bare>ignore|ignorer|ignorieren|ignorar|ignora|negeren))$"
    ))
    .expect("static regex")
});

fn named_capture(re: &CaptureRegex, text: &str) -> Option<Option<String>> {
    let caps = re.captures(text)?;
    let name = ["en", "fr", "de", "es", "pt", "it", "nl"]
        .iter()
        .find_map(|g| caps.name(g))
        .map(|m| m.as_str().trim().to_string())
        .filter(|n| !n.is_empty());
    Some(name)
}

/// Reads an Accept or Ignore control's label (aria-label, else its text).
pub fn invitation_control(label: &str) -> Option<InvitationControl> {
    let label = label.split_whitespace().collect::<Vec<_>>().join(" ");
    let lower = label.to_lowercase();
    if lower.is_empty() || lower.len() > 300 {
        return None;
    }
    // The regexes run on the lower-cased label; the name is then cut from the
    // original at the same place so that its capitals survive.
    let restore = |name: Option<String>| name.and_then(|n| original_case(&label, &lower, &n));
    if ACCEPT_WORDS.iter().any(|w| lower.contains(w)) {
        if let Some(name) = named_capture(&ACCEPT_LABEL, &lower) {
            return Some(InvitationControl::Accept(restore(name)));
        }
    }
    // Every Ignore label says one of these: most controls are neither, and skip the regex.
    if ["ignor", "negeren"].iter().any(|w| lower.contains(w)) {
        if let Some(name) = named_capture(&IGNORE_LABEL, &lower) {
            return Some(InvitationControl::Ignore(restore(name)));
        }
    }
    None
}

fn original_case(original: &str, lower: &str, lower_part: &str) -> Option<String> {
    // Lower-casing can change byte lengths (rarely, e.g. 'İ'); then keep the lower form.
    let start = lower.find(lower_part)?;
    if original.len() == lower.len() {
        original.get(start..start + lower_part.len()).map(str::to_string)
    } else {
        Some(lower_part.to_string())
    }
}

static MUTUAL_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:mutual connections?|relations? en commun|gemeinsame[rn]? kontakte?",
        r"|(?:contactos?|conexiones?|contatos?|conexões|conexão) en? comúm?|(?:conexões|conexão) em comum",
        r"|collegamenti? in comune|gemeenschappelijke connecties?|gedeelde connecties?)"
    ))
    .expect("static regex")
});

static OTHERS_COUNT: LazyLock<CaptureRegex> = LazyLock::new(|| {
    // "Casey Ray and 8 other mutual connections", "Casey Ray et 8 autres relations..."
    CaptureRegex::new(r"^(?P<names>.+?),? (?:and|et|und|y|e|en) (?P<n>[0-9][0-9,.\u{a0} ]*) (?:other|autres?|weitere|otr[oa]s|outr[oa]s|altr[ie]|andere)(?-u:\b)")
        .expect("static regex")
});

static SINGLE_NAMED: LazyLock<CaptureRegex> = LazyLock::new(|| {
    // "Drew Stone is a mutual connection", "Drew Stone est une relation en commun"
    CaptureRegex::new(r"^(?P<name>.+?) (?:is a|est une?|ist ein(?:e|er)?|es una?|é uma?|è un[a']?|is een) ").expect("static regex")
});

static TWO_NAMED: LazyLock<CaptureRegex> = LazyLock::new(|| {
    // "Casey Ray and Drew Stone are mutual connections"
    CaptureRegex::new(r"^(?P<a>.+?) (?:and|et|und|y|e|en) (?P<b>.+?) (?:are|sont|sind|son|são|sono|zijn) ").expect("static regex")
});

static LEADING_COUNT: LazyLock<CaptureRegex> = LazyLock::new(|| CaptureRegex::new(r"^(?P<n>[0-9][0-9,.\u{a0} ]*) ").expect("static regex"));

fn parse_count(digits: &str) -> Option<u32> {
    let digits: String = digits.chars().filter(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// Reads a mutual-connections line; `None` when the text is not one.
pub fn mutual_connections(text: &str) -> Option<MutualConnections> {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.len() > 300 {
        return None;
    }
    let lower = text.to_lowercase();
    if !MUTUAL_LINE.is_match(&lower) {
        return None;
    }
    let cut = |part: &str| original_case(&text, &lower, part).unwrap_or_else(|| part.to_string());
    if let Some(c) = OTHERS_COUNT.captures(&lower) {
        let names = c.name("names").map(|m| split_names(&cut(m.as_str()))).unwrap_or_default();
        let others = c.name("n").and_then(|m| parse_count(m.as_str())).unwrap_or(0);
        return Some(MutualConnections { count: Some(others.saturating_add(names.len() as u32)), names });
    }
    if let Some(c) = TWO_NAMED.captures(&lower) {
        let names: Vec<String> = ["a", "b"].iter().filter_map(|g| c.name(g)).map(|m| cut(m.as_str())).collect();
        return Some(MutualConnections { count: Some(names.len() as u32), names });
    }
    if let Some(c) = LEADING_COUNT.captures(&lower) {
        return Some(MutualConnections { count: c.name("n").and_then(|m| parse_count(m.as_str())), names: Vec::new() });
    }
    if let Some(c) = SINGLE_NAMED.captures(&lower) {
        let names = c.name("name").map(|m| vec![cut(m.as_str())]).unwrap_or_default();
        return Some(MutualConnections { count: Some(1), names });
    }
    Some(MutualConnections { count: None, names: Vec::new() })
}

fn split_names(list: &str) -> Vec<String> {
    list.split(", ").map(str::trim).filter(|n| !n.is_empty()).map(str::to_string).collect()
}

static INVITING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"(?:is inviting you to connect|invited you to connect|vous invite à (?:vous )?connecter",
        r"|lädt sie (?:zum vernetzen )?ein|möchte sich mit ihnen vernetzen|te invita a conectar|está convidando você",
        r"|ti ha invitato|nodigt u uit)"
    ))
    .expect("static regex")
});

static FOLLOWS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:follows you|vous suit|folgt ihnen|te sigue|segue você|ti segue|volgt u)").expect("static regex")
});

/// The "<Name> is inviting you to connect" line, and whether it says "follows you".
/// Returns `Some(follows_you)` when the text is such a line.
pub fn inviting_line(text: &str) -> Option<bool> {
    if text.len() > 400 {
        return None;
    }
    let lower = text.to_lowercase();
    INVITING.is_match(&lower).then(|| FOLLOWS.is_match(&lower))
}

/// Whether any part of `text` (a whole row's, say) may hold an inviting line: a cheap
/// look before reading the row line by line.
pub fn mentions_inviting(text: &str) -> bool {
    INVITING.is_match(&text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase())
}

static OTHER_INVITATION: LazyLock<Regex> = LazyLock::new(|| {
    // Invitations that are not to connect: a newsletter, a page, an event, a group.
    Regex::new(concat!(
        r"(?:invited you to (?:subscribe|follow|attend|join)|invites you to (?:subscribe|follow|attend|join)",
        r"|vous a invité à (?:vous abonner|suivre|participer|rejoindre)",
        r"|hat sie eingeladen|lädt sie ein,? (?:",
        non_space!(),
        r"+ )?(?:zu abonnieren|zu folgen)",
        r"|te ha invitado a (?:suscribirte|seguir|asistir|unirte)|convidou você para (?:assinar|seguir|participar)",
        r"|ti ha invitato a (?:iscriverti|seguire|partecipare)|heeft u uitgenodigd om)"
    ))
    .expect("static regex")
});

/// Whether a line says the invitation is to a newsletter, page, event or group rather
/// than to connect.
pub fn is_other_invitation(text: &str) -> bool {
    text.len() <= 400 && OTHER_INVITATION.is_match(&text.to_lowercase())
}

static WHEN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r"^(?:today|yesterday|aujourd[’']hui|hier|heute|gestern|hoy|ayer|hoje|ontem|oggi|ieri|vandaag|gisteren",
        r"|[0-9]+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?) ago",
        r"|(?:il y a|vor|hace|há) [0-9]+ ",
        non_space!(),
        r"+|[0-9]+ ",
        non_space!(),
        r"+ (?:fa|geleden)",
        r"|[0-9]+ ?(?:s|m|h|d|w|mo|y|sem\.?|j|t|std\.?)|sent ",
        non_space!(),
        r"+ ago)$"
    ))
    .expect("static regex")
});

/// Whether a short text is a time stamp such as "2 weeks ago", "Today", "12 h".
pub fn is_when(text: &str) -> bool {
    let text = text.trim();
    text.len() <= 40 && WHEN.is_match(&text.to_lowercase())
}

/// Whether a short text is one of LinkedIn's "see more" toggles, not content.
pub fn is_see_more(text: &str) -> bool {
    let t = text.trim().trim_start_matches(['…', '.', ' ']).to_lowercase();
    matches!(
        t.as_str(),
        "see more" | "see less" | "show more" | "more" | "voir plus" | "mehr anzeigen" | "ver más" | "ver mais" | "mostra altro"
            | "meer weergeven" | "…more" | "...more"
    )
}

/// Normalises a profile link to `/in/<slug>/`, or `None` if it is not one.
pub fn profile_path(href: &str) -> Option<String> {
    let rest = ["/in/", "https://www.linkedin.com/in/", "https://linkedin.com/in/"]
        .iter()
        .find_map(|prefix| href.strip_prefix(prefix))?;
    let slug = rest.split(['/', '?', '#']).next()?;
    let valid = !slug.is_empty() && slug.len() <= 100 && slug.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_' || c == '%');
    valid.then(|| format!("/in/{slug}/"))
}

/// This module's regexes, one piece each of `crate::warm_up_step` (compiled ahead of
/// the first card read, in idle time, instead of on it).
pub(crate) const WARM_UP: [fn(); 11] = [
    || {
        ACCEPT_LABEL.is_match(crate::WARM_UP_TEXT);
    },
    || {
        IGNORE_LABEL.is_match(crate::WARM_UP_TEXT);
    },
    || {
        MUTUAL_LINE.is_match(crate::WARM_UP_TEXT);
    },
    || {
        OTHERS_COUNT.is_match(crate::WARM_UP_TEXT);
    },
    || {
        SINGLE_NAMED.is_match(crate::WARM_UP_TEXT);
    },
    || {
        TWO_NAMED.is_match(crate::WARM_UP_TEXT);
    },
    || {
        LEADING_COUNT.is_match(crate::WARM_UP_TEXT);
    },
    || {
        INVITING.is_match(crate::WARM_UP_TEXT);
    },
    || {
        FOLLOWS.is_match(crate::WARM_UP_TEXT);
    },
    || {
        OTHER_INVITATION.is_match(crate::WARM_UP_TEXT);
    },
    || {
        WHEN.is_match(crate::WARM_UP_TEXT);
    },
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_accept_and_ignore_labels_with_names() {
        use InvitationControl::*;
        let cases = [
            ("Accept Dana Whitfield’s invitation", Some(Accept(Some("Dana Whitfield".into())))),
            ("Accept Dana Whitfield's invitation", Some(Accept(Some("Dana Whitfield".into())))),
            ("Accept  Jonas   Ek’s invitation", Some(Accept(Some("Jonas Ek".into())))),
            ("Ignore an invitation to connect from Dana Whitfield", Some(Ignore(Some("Dana Whitfield".into())))),
            ("Accepter l’invitation de Léa Moreau", Some(Accept(Some("Léa Moreau".into())))),
            ("Einladung von Jonas Ek annehmen", Some(Accept(Some("Jonas Ek".into())))),
            ("Aceitar convite de Thiago Prado", Some(Accept(Some("Thiago Prado".into())))),
            ("Accept", Some(Accept(None))),
            ("Aceptar la invitación de Lucía Navarro", Some(Accept(Some("Lucía Navarro".into())))),
            ("Accetta l’invito di Chiara Conti", Some(Accept(Some("Chiara Conti".into())))),
            ("Uitnodiging van Pieter de Vries accepteren", Some(Accept(Some("Pieter de Vries".into())))),
            ("ANNEHMEN", Some(Accept(None))),
            ("Ignore", Some(Ignore(None))),
            ("Connect", None),
            ("Invite Dana Whitfield to connect", None),
            ("", None),
        ];
        for (label, want) in cases {
            assert_eq!(invitation_control(label), want, "{label}");
        }
    }

    #[test]
    fn a_row_mentions_an_inviting_line_wherever_it_is() {
        assert!(mentions_inviting("Dana Whitfield\n  Dana is inviting\n you to connect · 3d"));
        assert!(mentions_inviting("Léa VOUS INVITE À VOUS CONNECTER"));
        assert!(!mentions_inviting("Poster 3 Operations at Company 3 12m + Follow"));
    }

    #[test]
    fn reads_mutual_connection_lines() {
        let m = mutual_connections("Casey Ray and 8 other mutual connections").expect("a mutual line");
        assert_eq!(m.count, Some(9));
        assert_eq!(m.names, vec!["Casey Ray".to_string()]);
        let m = mutual_connections("Drew Stone is a mutual connection").expect("a mutual line");
        assert_eq!((m.count, m.names), (Some(1), vec!["Drew Stone".to_string()]));
        let m = mutual_connections("Casey Ray and Drew Stone are mutual connections").expect("a mutual line");
        assert_eq!(m.count, Some(2));
        assert_eq!(mutual_connections("1 mutual connection").and_then(|m| m.count), Some(1));
        assert_eq!(mutual_connections("  12 mutual connections ").and_then(|m| m.count), Some(12));
        assert_eq!(mutual_connections("1,204 mutual connections").and_then(|m| m.count), Some(1204));
        assert_eq!(mutual_connections("3 relations en commun").and_then(|m| m.count), Some(3));
        assert_eq!(mutual_connections("5 conexões em comum").and_then(|m| m.count), Some(5));
        assert_eq!(mutual_connections("Head of Data at Acme"), None);
        assert_eq!(mutual_connections(""), None);
    }

    #[test]
    fn reads_inviting_lines() {
        assert_eq!(inviting_line("Dana Whitfield is inviting you to connect"), Some(false));
        assert_eq!(inviting_line("Dana Whitfield follows you and is inviting you to connect"), Some(true));
        assert_eq!(inviting_line("Head of Data"), None);
    }

    #[test]
    fn tells_other_invitations_from_connection_ones() {
        assert!(is_other_invitation("Orla Brennan invited you to subscribe to The Quiet Pipeline"));
        assert!(is_other_invitation("Priya Raman invited you to follow Northwind Ceramics"));
        assert!(is_other_invitation("Léa vous a invité à suivre Atelier Nord"));
        assert!(!is_other_invitation("Dana Whitfield is inviting you to connect"));
        assert!(!is_other_invitation("I'd like to follow your work and connect"));
    }

    #[test]
    fn recognises_time_stamps_and_toggles() {
        for t in ["Today", "Yesterday", "12 hours ago", "2 weeks ago", "1 month ago", "3d", "il y a 2 jours"] {
            assert!(is_when(t), "{t}");
        }
        for t in ["Head of Data", "Today I learned a lot about Rust and would like to connect", ""] {
            assert!(!is_when(t), "{t}");
        }
        assert!(is_see_more("… see more"));
        assert!(is_see_more("See more"));
        assert!(!is_see_more("See you at RustConf"));
    }

    #[test]
    fn normalises_profile_paths() {
        assert_eq!(profile_path("/in/dana-whitfield-4b1a/").as_deref(), Some("/in/dana-whitfield-4b1a/"));
        assert_eq!(profile_path("https://www.linkedin.com/in/dana?miniProfileUrn=x").as_deref(), Some("/in/dana/"));
        assert_eq!(profile_path("/company/acme/"), None);
        assert_eq!(profile_path("javascript:alert(1)//in/x"), None);
        assert_eq!(profile_path("/in/"), None);
    }
}
