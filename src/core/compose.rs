//! The suggested note for an outgoing invitation.
//!
//! A courteous note names the person, says how the writer found them and why
//! connecting makes sense, and fits LinkedIn's box (300 characters, 200 on free
//! accounts). NoteFirst can only know what the page shows, so the built-in notes say
//! only that: a mutual connection by name when the page names one, how the user found
//! the person when the user's path says so (a search, a post, LinkedIn's
//! suggestions), their organisation when their headline states it. They never claim a
//! meeting, a talk or a shared past, and never invent what the user does; the user's
//! own templates can say all of that, because the user knows it.
//!
//! Every suggestion fits the limit (counted by [`linkedin_len`]) and is a starting
//! point: the user edits it in LinkedIn's box and sends it themselves.

use crate::card_text::mutual_connections;
use crate::template::{base_language, clean_value, linkedin_len, render, truncate, Me, Placeholder, Template, Values};

/// How the user came to this person, as the page or the user's path shows it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum FoundVia {
    /// On their profile; says nothing about how the user got there.
    Profile,
    /// From a people search with these keywords (blank: unknown keywords).
    Search { keywords: String },
    /// From one of their posts; `title` is its title or opening words.
    Post { title: String },
    /// From LinkedIn's "People you may know".
    PeopleYouMayKnow,
    /// Not known.
    #[default]
    Unknown,
}

/// What the page shows about the person the user wants to invite.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Person {
    pub full_name: Option<String>,
    /// When `None`, the first word of `full_name`.
    pub first_name: Option<String>,
    pub headline: Option<String>,
    /// When `None`, taken from the headline if it clearly says (see [`role_at_company`]).
    pub role: Option<String>,
    /// As for `role`.
    pub company: Option<String>,
    /// Mutual connections the page names.
    pub mutual_names: Vec<String>,
    pub mutual_count: Option<u32>,
    /// Why "People you may know" suggests them: "12 mutual connections", "Works at
    /// Acme", "Also studied at X".
    pub suggested_reason: Option<String>,
    pub found_via: FoundVia,
}

/// A note template the user wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NoteTemplate {
    pub id: String,
    pub label: String,
    pub text: String,
}

/// One note to offer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteSuggestion {
    pub template_id: String,
    pub text: String,
    /// The text was cut (with "…") to fit the limit; the UI can say so.
    pub shortened: bool,
}

/// A built-in note. `min_mutual_count` keeps a plural sentence ("we have 12
/// connections in common") away from a count of one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuiltinNote {
    pub id: &'static str,
    pub text: &'static str,
    pub min_mutual_count: u32,
}

const fn note(id: &'static str, text: &'static str) -> BuiltinNote {
    BuiltinNote { id, text, min_mutual_count: 0 }
}

const fn plural_note(id: &'static str, text: &'static str) -> BuiltinNote {
    BuiltinNote { id, text, min_mutual_count: 2 }
}

/// Built-in notes, most specific first. A note is offered only when every placeholder
/// it uses has a value, so each sentence is backed by something the page shows. The
/// last three need nothing but (optionally) a first name: there are always at least
/// three suggestions.
const EN: [BuiltinNote; 8] = [
    note("found-and-mutual", "Hi {first_name|there}, I found your profile through {found_via}, and I see we're both connected to {mutual_name}. I'd be glad to connect."),
    note("mutual", "Hi {first_name|there}, I see we're both connected to {mutual_name}, so I thought I'd reach out. I'd be glad to connect."),
    note("found-via", "Hi {first_name|there}, I found your profile through {found_via} and would be glad to connect."),
    plural_note("mutual-count", "Hi {first_name|there}, I see we have {mutual_count} connections in common, so I thought I'd reach out. I'd be glad to connect."),
    note("work", "Hi {first_name|there}, I'd like to connect and follow your work at {company}."),
    note("profile", "Hi {first_name|there}, I came across your profile and would be glad to connect."),
    note("keep-up", "Hi {first_name|there}, I'd be glad to connect and keep up with what you share here."),
    note("open", "Hi {first_name|there}, would you be open to connecting? I'd welcome the chance to follow your work."),
];

// French: "vous", wording independent of the writer's gender.
const FR: [BuiltinNote; 8] = [
    note("found-and-mutual", "Bonjour {first_name|}, j'ai découvert votre profil via {found_via}, et je vois que {mutual_name} fait partie de nos relations communes. Ce serait un plaisir d'être en relation avec vous."),
    note("mutual", "Bonjour {first_name|}, je vois que {mutual_name} fait partie de nos relations communes. Ce serait un plaisir d'être en relation avec vous."),
    note("found-via", "Bonjour {first_name|}, j'ai découvert votre profil via {found_via}. Ce serait un plaisir d'être en relation avec vous."),
    plural_note("mutual-count", "Bonjour {first_name|}, je vois que nous avons {mutual_count} relations en commun. Ce serait un plaisir d'être en relation avec vous."),
    note("work", "Bonjour {first_name|}, j'aimerais entrer en relation avec vous et suivre votre travail chez {company}."),
    note("profile", "Bonjour {first_name|}, j'ai découvert votre profil et ce serait un plaisir d'être en relation avec vous."),
    note("keep-up", "Bonjour {first_name|}, j'aimerais entrer en relation avec vous pour suivre ce que vous partagez ici."),
    note("open", "Bonjour {first_name|}, accepteriez-vous que nous soyons en relation\u{a0}? Ce serait l'occasion de suivre votre travail."),
];

// German: "Sie".
const DE: [BuiltinNote; 8] = [
    note("found-and-mutual", "Hallo {first_name|}, ich bin über {found_via} auf Ihr Profil gestoßen und sehe, dass wir beide mit {mutual_name} vernetzt sind. Ich würde mich über die Vernetzung freuen."),
    note("mutual", "Hallo {first_name|}, ich sehe, dass wir beide mit {mutual_name} vernetzt sind. Ich würde mich über die Vernetzung freuen."),
    note("found-via", "Hallo {first_name|}, ich bin über {found_via} auf Ihr Profil gestoßen und würde mich über die Vernetzung freuen."),
    plural_note("mutual-count", "Hallo {first_name|}, ich sehe, dass wir {mutual_count} gemeinsame Kontakte haben. Ich würde mich über die Vernetzung freuen."),
    note("work", "Hallo {first_name|}, ich würde mich gern mit Ihnen vernetzen und Ihre Arbeit bei {company} verfolgen."),
    note("profile", "Hallo {first_name|}, ich bin auf Ihr Profil gestoßen und würde mich gern mit Ihnen vernetzen."),
    note("keep-up", "Hallo {first_name|}, ich würde mich gern mit Ihnen vernetzen, um mitzubekommen, was Sie hier teilen."),
    note("open", "Hallo {first_name|}, hätten Sie Interesse, sich zu vernetzen? Ich würde Ihre Arbeit gern verfolgen."),
];

// Spanish: "usted".
const ES: [BuiltinNote; 8] = [
    note("found-and-mutual", "Hola, {first_name|}. Encontré su perfil a través de {found_via} y veo que tenemos a {mutual_name} como contacto en común. Me gustaría conectar con usted."),
    note("mutual", "Hola, {first_name|}. Veo que tenemos a {mutual_name} como contacto en común. Me gustaría conectar con usted."),
    note("found-via", "Hola, {first_name|}. Encontré su perfil a través de {found_via} y me gustaría conectar con usted."),
    plural_note("mutual-count", "Hola, {first_name|}. Veo que tenemos {mutual_count} contactos en común. Me gustaría conectar con usted."),
    note("work", "Hola, {first_name|}. Me gustaría conectar con usted y seguir su trabajo en {company}."),
    note("profile", "Hola, {first_name|}. Vi su perfil y me gustaría conectar con usted."),
    note("keep-up", "Hola, {first_name|}. Me gustaría conectar con usted para seguir lo que comparte por aquí."),
    note("open", "Hola, {first_name|}. ¿Le parece bien que conectemos? Me gustaría seguir su trabajo."),
];

/// Languages with a built-in set. Others fall back to English.
pub const NOTE_LANGUAGES: [&str; 4] = ["en", "fr", "de", "es"];

/// The built-in notes for a language; English when there is no set for it.
pub fn builtin_notes(lang: &str) -> &'static [BuiltinNote] {
    match base_language(lang).as_str() {
        "fr" => &FR,
        "de" => &DE,
        "es" => &ES,
        _ => &EN,
    }
}

/// The fewest suggestions [`suggest_notes`] returns, for any limit of 100 or more
/// (LinkedIn's are 200 and 300; far smaller limits can cut notes to the same text).
pub const MIN_SUGGESTIONS: usize = 3;

// Caps for values inside a note, in UTF-16 units: tighter than the general value cap
// so that the sentence around a value still fits 200 characters.
const FIRST_NAME_CAP: usize = 40;
const NAME_CAP: usize = 60;
const ORG_CAP: usize = 50;
const ROLE_CAP: usize = 60;
const TITLE_CAP: usize = 70;
const KEYWORDS_CAP: usize = 50;
const HEADLINE_CAP: usize = 120;

fn capped(raw: &str, cap: usize) -> Option<String> {
    clean_value(raw).map(|v| truncate(&v, cap))
}

/// How the user found the person, as a phrase that fits "I found your profile
/// through ___" in the language. `None` when the page does not say.
fn found_via_phrase(lang: &str, found_via: &FoundVia) -> Option<String> {
    let lang = base_language(lang);
    match found_via {
        FoundVia::Search { keywords } => capped(keywords, KEYWORDS_CAP).map(|k| match lang.as_str() {
            "fr" => format!("une recherche sur «\u{a0}{k}\u{a0}»"),
            "de" => format!("eine Suche nach „{k}“"),
            "es" => format!("una búsqueda de «{k}»"),
            _ => format!("a search for “{k}”"),
        }),
        FoundVia::Post { title } => capped(title, TITLE_CAP).map(|t| match lang.as_str() {
            "fr" => format!("votre publication «\u{a0}{t}\u{a0}»"),
            "de" => format!("Ihren Beitrag „{t}“"),
            "es" => format!("su publicación «{t}»"),
            _ => format!("your post “{t}”"),
        }),
        FoundVia::PeopleYouMayKnow => Some(
            match lang.as_str() {
                "fr" => "les suggestions de LinkedIn",
                "de" => "die Vorschläge von LinkedIn",
                "es" => "las sugerencias de LinkedIn",
                _ => "LinkedIn's suggestions",
            }
            .to_string(),
        ),
        FoundVia::Profile | FoundVia::Unknown => None,
    }
}

/// A role and an organisation read from a headline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleAtCompany {
    pub role: String,
    pub company: String,
}

/// Words joining a role to an organisation: English "at" and "@", French "chez",
/// German "bei", Spanish "en", Portuguese "na".
const CONNECTORS: [&str; 6] = ["at", "@", "chez", "bei", "en", "na"];

/// First words that make "<x> at <y>" a slogan or a past, not a current role.
const NOT_A_ROLE: [&str; 22] = [
    "i", "i'm", "im", "we", "helping", "helps", "passionate", "building", "love", "loving", "looking", "seeking",
    "making", "driving", "empowering", "obsessed", "former", "ex", "ex-", "retired", "previously", "formerly",
];

/// Last words of a role after which "en"/"na" introduces a field, not an employer
/// ("Especialista en Marketing", "Consultant en Stratégie").
const FIELD_BEFORE: [&str; 20] = [
    "especialista", "spécialiste", "specialiste", "experto", "experta", "expert", "experte", "consultor",
    "consultora", "consultant", "consultante", "licenciado", "licenciada", "graduado", "graduada", "máster",
    "master", "docteur", "doctor", "doutor",
];

/// Reads "Head of Data at Acme Analytics", "Engineer @ Foo | Speaker", "Ingénieure
/// chez X", "Entwicklerin bei Y", "Ingeniera en Z", "Engenheira na W". Only the part
/// before the first separator (`|`, `·`, `•`, `,`, `;`, " - ") is read. `None`
/// whenever it is unsure: a lower-case "organisation" ("at scale"), a slogan or a past
/// role, a field of expertise after "en", anything long.
pub fn role_at_company(headline: &str) -> Option<RoleAtCompany> {
    let headline = clean_value(headline)?;
    let first_part = [" - ", " – ", " — ", "|", "·", "•", ",", ";"]
        .iter()
        .filter_map(|sep| headline.find(sep))
        .min()
        .map_or(headline.as_str(), |end| &headline[..end]);
    let words: Vec<&str> = first_part.split_whitespace().collect();
    let at = (1..words.len()).find(|&i| {
        let w = words[i].to_lowercase();
        CONNECTORS.contains(&w.as_str()) || (w.starts_with('@') && w.len() > 1)
    })?;
    let connector = words[at].to_lowercase();
    let role = words[..at].join(" ");
    let company = match words[at].strip_prefix('@').filter(|rest| !rest.is_empty()) {
        Some(glued) => std::iter::once(glued).chain(words[at + 1..].iter().copied()).collect::<Vec<_>>().join(" "),
        None => words[at + 1..].join(" "),
    };
    let company = company.trim_end_matches(['.', ',', ';', ':', '!']).to_string();

    let role_words: Vec<String> = role.split_whitespace().map(str::to_lowercase).collect();
    let company_starts_well = company.chars().next().is_some_and(|c| c.is_alphanumeric() && !c.is_lowercase());
    let sure = at <= 8
        && linkedin_len(&role) <= 80
        && role.chars().any(char::is_alphabetic)
        && !role_words.first().is_some_and(|w| NOT_A_ROLE.contains(&w.as_str()))
        && company_starts_well
        && company.split_whitespace().count() <= 6
        && linkedin_len(&company) <= 60
        && !(matches!(connector.as_str(), "en" | "na") && role_words.last().is_some_and(|w| FIELD_BEFORE.contains(&w.as_str())));
    sure.then_some(RoleAtCompany { role, company })
}

/// Reads "Works at Acme", "Also works at Acme" and "Also studied at X" from a People
/// You May Know reason: the organisation, and whether the reason says it is shared
/// with the user ("Also ...").
fn organisation_in_reason(reason: &str) -> Option<(String, bool)> {
    let reason = clean_value(reason)?;
    // ASCII lower-casing keeps every byte offset, so an offset found in `lower` is
    // valid in `reason` too.
    let lower = reason.to_ascii_lowercase();
    let shared = lower.starts_with("also ");
    let rest_at = ["works at ", "studied at ", "worked at "].iter().find_map(|p| lower.find(p).map(|i| i + p.len()))?;
    reason.get(rest_at..).and_then(clean_value).map(|org| (org, shared))
}

/// The user's sign-off on one line, as a note has room for: "Best regards,\nSam"
/// becomes "Best regards, Sam".
fn one_line_sign_off(me: &Me) -> Option<String> {
    let raw = me.sign_off.as_deref()?;
    let mut line = String::new();
    for part in raw.lines().filter_map(clean_value) {
        if !line.is_empty() {
            line.push_str(if line.ends_with([',', '.', ';', ':', '!', '?', '-', '–', '—']) { " " } else { ", " });
        }
        line.push_str(&part);
    }
    (!line.is_empty()).then_some(line)
}

/// The values a note is filled with, each capped to leave room for its sentence.
pub fn note_values(lang: &str, person: &Person, me: &Me) -> Values {
    let mut values = Values::new();
    let first_name = person
        .first_name
        .as_deref()
        .filter(|n| !n.trim().is_empty())
        .or_else(|| person.full_name.as_deref().and_then(|n| n.split_whitespace().next()));
    let from_headline = person.headline.as_deref().and_then(role_at_company);
    let from_reason = person.suggested_reason.as_deref().and_then(organisation_in_reason);
    let reason_mutuals = person.suggested_reason.as_deref().and_then(mutual_connections).unwrap_or_default();
    let mutual_name = person.mutual_names.iter().chain(&reason_mutuals.names).find_map(|n| capped(n, NAME_CAP));
    let mutual_count = person.mutual_count.or(reason_mutuals.count);
    let role = person.role.clone().or_else(|| from_headline.as_ref().map(|f| f.role.clone()));
    let company = person
        .company
        .clone()
        .or_else(|| from_headline.as_ref().map(|f| f.company.clone()))
        .or_else(|| from_reason.as_ref().map(|(org, _)| org.clone()));
    let shared_org = from_reason.as_ref().filter(|(_, shared)| *shared).map(|(org, _)| org.as_str());

    let mut set_capped = |placeholder, raw: Option<&str>, cap| {
        values.set_opt(placeholder, raw.and_then(|r| capped(r, cap)).as_deref());
    };
    set_capped(Placeholder::FirstName, first_name, FIRST_NAME_CAP);
    set_capped(Placeholder::FullName, person.full_name.as_deref(), NAME_CAP);
    set_capped(Placeholder::Headline, person.headline.as_deref(), HEADLINE_CAP);
    set_capped(Placeholder::Role, role.as_deref(), ROLE_CAP);
    set_capped(Placeholder::Company, company.as_deref(), ORG_CAP);
    set_capped(Placeholder::SharedOrg, shared_org, ORG_CAP);
    values.set_opt(Placeholder::MutualName, mutual_name.as_deref());
    if let Some(count) = mutual_count.filter(|&c| c > 0) {
        values.set(Placeholder::MutualCount, &count.to_string());
    }
    values.set_opt(Placeholder::FoundVia, found_via_phrase(lang, &person.found_via).as_deref());
    me.fill(&mut values);
    values.set_opt(Placeholder::SignOff, one_line_sign_off(me).as_deref());
    values
}

/// Suggested notes in English; see [`suggest_notes_in`].
pub fn suggest_notes(person: &Person, me: &Me, custom: &[NoteTemplate], limit: usize) -> Vec<NoteSuggestion> {
    suggest_notes_in("en", person, me, custom, limit)
}

/// Suggested notes for an invitation, best first, each within `limit` as LinkedIn
/// counts (300, or 200 on free accounts).
///
/// - The user's templates come first, in their order: they are the user's own words.
///   One whose placeholders the page cannot fill (`{company}` with no company shown,
///   and no fallback) is left out rather than sent with a hole; one that does not
///   parse is left out too (the options page validates templates as they are typed).
///   One that is too long is cut at a word and marked `shortened`.
/// - Then the built-ins whose every placeholder has a value, most specific first,
///   each ending with the user's sign-off when one is set and there is room. A
///   specific built-in that does not fit is dropped, since shorter ones follow; the
///   general ones are cut if they must be, so that there are always at least
///   [`MIN_SUGGESTIONS`] (texts that come out identical are offered once).
pub fn suggest_notes_in(lang: &str, person: &Person, me: &Me, custom: &[NoteTemplate], limit: usize) -> Vec<NoteSuggestion> {
    let values = note_values(lang, person, me);
    let sign_off = values.get(Placeholder::SignOff);
    let mutual_count: u32 = values.get(Placeholder::MutualCount).and_then(|c| c.parse().ok()).unwrap_or(0);
    let mut out: Vec<NoteSuggestion> = Vec::new();
    let push = |out: &mut Vec<NoteSuggestion>, id: &str, text: String| {
        let shortened = linkedin_len(&text) > limit;
        let text = if shortened { truncate(&text, limit) } else { text };
        // A limit of 0 (a page that says so) cuts every note to nothing: offer none.
        if !text.is_empty() && !out.iter().any(|s| s.text == text) {
            out.push(NoteSuggestion { template_id: id.to_string(), text, shortened });
        }
    };

    for t in custom {
        let Ok(template) = Template::parse(&t.text) else { continue };
        let rendered = render(&template, &values);
        if rendered.is_complete() && !rendered.is_empty() {
            push(&mut out, &t.id, rendered.text);
        }
    }

    let mut too_long = Vec::new();
    for b in builtin_notes(lang) {
        if mutual_count < b.min_mutual_count {
            continue;
        }
        let Ok(template) = Template::parse(b.text) else { continue };
        let rendered = render(&template, &values);
        if !rendered.is_complete() {
            continue;
        }
        let signed = sign_off.map(|s| format!("{} {s}", rendered.text));
        match signed.filter(|s| linkedin_len(s) <= limit) {
            Some(signed) => push(&mut out, b.id, signed),
            None if rendered.len() <= limit => push(&mut out, b.id, rendered.text),
            None => too_long.push((b.id, rendered.text)),
        }
    }
    // Only with very long values or a tiny limit: better a cut note than too few. The
    // most general notes (last in the list) lose least when cut, so they go first.
    for (id, text) in too_long.into_iter().rev() {
        if out.len() >= MIN_SUGGESTIONS {
            break;
        }
        push(&mut out, id, text);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::validate;

    fn me() -> Me {
        Me { name: Some("Sam Okafor".into()), sign_off: Some("Best,\nSam".into()), ..Default::default() }
    }

    fn dana() -> Person {
        Person {
            full_name: Some("Dana Whitfield".into()),
            headline: Some("Head of Data at Acme Analytics | Speaker".into()),
            mutual_names: vec!["Casey Ray".into()],
            mutual_count: Some(9),
            found_via: FoundVia::Post { title: "Five lessons from our data migration".into() },
            ..Default::default()
        }
    }

    fn texts(s: &[NoteSuggestion]) -> Vec<&str> {
        s.iter().map(|n| n.text.as_str()).collect()
    }

    #[test]
    fn builtins_are_valid_and_consistent() {
        let en_ids: Vec<&str> = EN.iter().map(|b| b.id).collect();
        for lang in NOTE_LANGUAGES {
            let set = builtin_notes(lang);
            assert_eq!(set.iter().map(|b| b.id).collect::<Vec<_>>(), en_ids, "{lang}");
            for b in set {
                assert!(validate(b.text).is_ok(), "{lang}/{}", b.id);
                assert!(!b.text.contains("{sign_off"), "sign-offs are added by code, only when they fit");
            }
        }
    }

    #[test]
    fn full_person_gets_specific_notes_first() {
        let notes = suggest_notes(&dana(), &me(), &[], 300);
        let ids: Vec<&str> = notes.iter().map(|n| n.template_id.as_str()).collect();
        assert_eq!(ids, ["found-and-mutual", "mutual", "found-via", "mutual-count", "work", "profile", "keep-up", "open"]);
        assert_eq!(
            notes[0].text,
            "Hi Dana, I found your profile through your post “Five lessons from our data migration”, and I see we're both connected to Casey Ray. I'd be glad to connect. Best, Sam"
        );
        assert_eq!(notes[3].text, "Hi Dana, I see we have 9 connections in common, so I thought I'd reach out. I'd be glad to connect. Best, Sam");
        assert_eq!(notes[4].text, "Hi Dana, I'd like to connect and follow your work at Acme Analytics. Best, Sam");
        assert!(notes.iter().all(|n| !n.shortened));
    }

    #[test]
    fn first_name_only_still_gets_three_honest_notes() {
        let person = Person { first_name: Some("Dana".into()), ..Default::default() };
        let notes = suggest_notes(&person, &Me::default(), &[], 200);
        assert_eq!(
            texts(&notes),
            [
                "Hi Dana, I came across your profile and would be glad to connect.",
                "Hi Dana, I'd be glad to connect and keep up with what you share here.",
                "Hi Dana, would you be open to connecting? I'd welcome the chance to follow your work.",
            ]
        );
        let nobody = suggest_notes(&Person::default(), &Me::default(), &[], 200);
        assert_eq!(nobody.len(), 3);
        assert!(nobody[0].text.starts_with("Hi there, I came across"));
    }

    #[test]
    fn says_how_they_were_found_only_when_known() {
        let mut p = Person { first_name: Some("Lee".into()), found_via: FoundVia::Search { keywords: "rust embedded".into() }, ..Default::default() };
        assert_eq!(suggest_notes(&p, &Me::default(), &[], 200)[0].text, "Hi Lee, I found your profile through a search for “rust embedded” and would be glad to connect.");
        p.found_via = FoundVia::PeopleYouMayKnow;
        assert!(suggest_notes(&p, &Me::default(), &[], 200)[0].text.contains("through LinkedIn's suggestions"));
        for via in [FoundVia::Profile, FoundVia::Unknown, FoundVia::Search { keywords: "  ".into() }, FoundVia::Post { title: String::new() }] {
            p.found_via = via;
            assert!(suggest_notes(&p, &Me::default(), &[], 200).iter().all(|n| !n.text.contains("found your profile")));
        }
    }

    #[test]
    fn mutuals_only_by_name_when_named_and_plural_only_when_plural() {
        let p = Person { first_name: Some("Lee".into()), mutual_count: Some(1), ..Default::default() };
        let notes = suggest_notes(&p, &Me::default(), &[], 200);
        assert!(notes.iter().all(|n| !n.text.contains("connections in common") && !n.text.contains("connected to")));
        let p = Person { first_name: Some("Lee".into()), suggested_reason: Some("Casey Ray and 11 other mutual connections".into()), ..Default::default() };
        let notes = suggest_notes(&p, &Me::default(), &[], 200);
        assert!(notes[0].text.contains("connected to Casey Ray"), "{}", notes[0].text);
        assert!(notes.iter().any(|n| n.text.contains("we have 12 connections in common")));
        let p = Person { first_name: Some("Lee".into()), suggested_reason: Some("Works at Globex".into()), ..Default::default() };
        assert_eq!(suggest_notes(&p, &Me::default(), &[], 200)[0].text, "Hi Lee, I'd like to connect and follow your work at Globex.");
    }

    #[test]
    fn user_templates_first_and_only_when_filled() {
        let custom = vec![
            NoteTemplate { id: "met".into(), label: "Met".into(), text: "Hi {first_name}, great to have met you at {shared_org}!".into() },
            NoteTemplate { id: "mine".into(), label: "Mine".into(), text: "Hi {first_name}, I build data tools for hospitals and would value your view. {sign_off}".into() },
            NoteTemplate { id: "long".into(), label: "Long".into(), text: format!("Hi {{first_name}}, {}", "lorem ipsum ".repeat(40)) },
            NoteTemplate { id: "broken".into(), label: "Broken".into(), text: "Hi {frist_name}".into() },
        ];
        let notes = suggest_notes(&dana(), &me(), &custom, 200);
        assert_eq!(notes[0].template_id, "mine");
        assert_eq!(notes[0].text, "Hi Dana, I build data tools for hospitals and would value your view. Best, Sam");
        assert_eq!(notes[1].template_id, "long");
        assert!(notes[1].shortened && linkedin_len(&notes[1].text) <= 200);
        assert!(notes.iter().all(|n| n.template_id != "met" && n.template_id != "broken"));
        // With a shared organisation on the page, the user's own "met" template is theirs to use.
        let p = Person { suggested_reason: Some("Also studied at Lisbon University".into()), ..dana() };
        assert_eq!(suggest_notes(&p, &me(), &custom, 200)[0].text, "Hi Dana, great to have met you at Lisbon University!");
    }

    #[test]
    fn other_languages() {
        let fr = suggest_notes_in("fr-FR", &dana(), &Me::default(), &[], 300);
        assert!(fr[0].text.starts_with("Bonjour Dana, j'ai découvert votre profil via votre publication «\u{a0}Five"), "{}", fr[0].text);
        let es = suggest_notes_in("es", &Person::default(), &Me::default(), &[], 200);
        assert_eq!(es[0].text, "Hola. Vi su perfil y me gustaría conectar con usted.");
        let de = suggest_notes_in("de", &Person { first_name: Some("Jonas".into()), company: Some("SAP".into()), ..Default::default() }, &Me::default(), &[], 200);
        assert_eq!(de[0].text, "Hallo Jonas, ich würde mich gern mit Ihnen vernetzen und Ihre Arbeit bei SAP verfolgen.");
    }

    #[test]
    fn reads_role_and_company_from_headlines() {
        let yes = [
            ("Head of Data at Acme Analytics", "Head of Data", "Acme Analytics"),
            ("Engineer @ Foo | Speaker", "Engineer", "Foo"),
            ("Engineer @Foo", "Engineer", "Foo"),
            ("Ingénieure chez Dassault Systèmes", "Ingénieure", "Dassault Systèmes"),
            ("Softwareentwicklerin bei SAP SE · Mentorin", "Softwareentwicklerin", "SAP SE"),
            ("Ingeniera de software en Google", "Ingeniera de software", "Google"),
            ("Engenheira de Dados na Nubank", "Engenheira de Dados", "Nubank"),
            ("Founder & CEO at Northwind, ex-Google", "Founder & CEO", "Northwind"),
            ("Student at University at Buffalo", "Student", "University at Buffalo"),
        ];
        for (headline, role, company) in yes {
            assert_eq!(role_at_company(headline), Some(RoleAtCompany { role: role.into(), company: company.into() }), "{headline}");
        }
        let unsure = [
            "Helping founders at Scale",
            "Data engineering at scale",
            "Especialista en Marketing Digital",
            "Former CTO at Initech",
            "Open to work",
            "at Acme",
            "Engineer at",
            "",
            "Chief Everything Officer of Many Things and Even More Things at Acme",
            "Speaker at Big Conference Of The Year For Data People Everywhere",
        ];
        for headline in unsure {
            assert_eq!(role_at_company(headline), None, "{headline}");
        }
    }

    /// A tiny deterministic generator, so the property test needs no extra crate.
    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self) -> usize {
            self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (self.0 >> 33) as usize
        }
        fn pick<'a>(&mut self, options: &[&'a str]) -> &'a str {
            options[self.next() % options.len()]
        }
        fn text(&mut self) -> String {
            let pieces = ["Dana", "Maximiliane", "李", "👩‍💻", "🇫🇷", "Renée", " ", "-", "O'Neil", "\u{202E}", "\n", "<b>", "Zoë", "Ğ"];
            let len = [0, 1, 3, 12, 60, 400, 5_000][self.next() % 7];
            (0..len).map(|_| self.pick(&pieces)).collect()
        }
    }

    #[test]
    fn always_within_limit_named_and_honest() {
        let mut rng = Lcg(42);
        // Words that would claim a past the page cannot show, in the four languages.
        let claims = ["met", "meet", "meeting", "talk", "talked", "enjoyed", "spoke", "rencontré", "rencontrés", "getroffen", "kennengelernt", "conocimos"];
        for round in 0..600 {
            let first = rng.text();
            let person = Person {
                full_name: Some(format!("{first} {}", rng.text())),
                first_name: if round % 3 == 0 { None } else { Some(first.clone()) },
                headline: Some(format!("{} at {}", rng.text(), rng.pick(&["Acme", "Big Co Analytics International", ""]))),
                role: (round % 4 == 0).then(|| rng.text()),
                company: (round % 5 == 0).then(|| rng.text()),
                mutual_names: (0..rng.next() % 3).map(|_| rng.text()).collect(),
                mutual_count: [None, Some(0), Some(1), Some(2), Some(500)][rng.next() % 5],
                suggested_reason: Some(rng.pick(&["12 mutual connections", "Works at Acme", "Also studied at X", ""]).to_string()),
                found_via: match rng.next() % 5 {
                    0 => FoundVia::Search { keywords: rng.text() },
                    1 => FoundVia::Post { title: rng.text() },
                    2 => FoundVia::PeopleYouMayKnow,
                    3 => FoundVia::Profile,
                    _ => FoundVia::Unknown,
                },
            };
            let me = Me { name: Some(rng.text()), sign_off: (round % 2 == 0).then(|| rng.text()), ..Default::default() };
            let lang = NOTE_LANGUAGES[round % NOTE_LANGUAGES.len()];
            for limit in [200, 300] {
                let notes = suggest_notes_in(lang, &person, &me, &[], limit);
                assert!(notes.len() >= MIN_SUGGESTIONS, "{round}: {notes:?}");
                let shown_name = person.first_name.as_deref().and_then(clean_value);
                for n in &notes {
                    assert!(linkedin_len(&n.text) <= limit, "{round}/{limit}: {} > limit: {:?}", linkedin_len(&n.text), n.text);
                    assert!(!n.text.contains('\u{202E}') && !n.text.contains('\n'), "{round}: {:?}", n.text);
                    assert!(!n.text.contains("  "), "{round}: {:?}", n.text);
                    if let Some(name) = shown_name.as_deref().filter(|n| linkedin_len(n) <= 20) {
                        assert!(n.text.contains(name), "{round}: {name:?} not in {:?}", n.text);
                    }
                    let lower = n.text.to_lowercase();
                    let words: Vec<&str> = lower.split(|c: char| !c.is_alphanumeric()).collect();
                    assert!(claims.iter().all(|c| !words.contains(c)), "{round}: {:?}", n.text);
                }
            }
        }
    }

    #[test]
    fn long_values_stay_within_free_limit() {
        let long = "Wolfeschlegelsteinhausenbergerdorff ".repeat(20);
        let person = Person {
            full_name: Some(long.clone()),
            first_name: Some(long.clone()),
            company: Some(long.clone()),
            mutual_names: vec![long.clone()],
            mutual_count: Some(4_000_000),
            found_via: FoundVia::Post { title: long.clone() },
            ..Default::default()
        };
        let me = Me { name: Some(long.clone()), sign_off: Some(long), ..Default::default() };
        for limit in [200, 300] {
            let notes = suggest_notes(&person, &me, &[], limit);
            assert!(notes.len() >= MIN_SUGGESTIONS);
            assert!(notes.iter().all(|n| linkedin_len(&n.text) <= limit && n.text.starts_with("Hi Wolfeschlegel")));
        }
        // A tiny limit still gives short, cut notes rather than nothing.
        let tiny = suggest_notes(&dana(), &Me::default(), &[], 30);
        assert!(tiny.len() >= MIN_SUGGESTIONS && tiny.iter().all(|n| linkedin_len(&n.text) <= 30), "{tiny:?}");
    }
}
