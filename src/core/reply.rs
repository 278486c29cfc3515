//! Reply suggestions for received invitations.
//!
//! The people NoteFirst follows answer invitations with a few kind, reusable messages:
//! ask a stranger why they want to connect, ask for a real reason when a shared group
//! is the only one, tell a vendor politely that they are not buying, welcome a note
//! with real context, let an unknown down while leaving a door open. This module holds
//! those messages as templates (built-in, per language, plus the user's own), fills
//! them from the invitation card, and orders them by what the scorer found, best
//! first. Every suggestion is a starting point the user edits and sends themselves.
//!
//! Replies are LinkedIn messages, not invitation notes: the 300-character limit does
//! not apply, but the built-ins stay short (well under 500 characters).

use crate::invitation::Invitation;
use crate::score::{Assessment, Band};
use crate::template::{base_language, render, Me, Placeholder, Template, Values};

/// A built-in reply: a stable id (the same in every language, so settings can refer to
/// it), the button's short label, and the text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BuiltinReply {
    pub id: &'static str,
    pub label: &'static str,
    pub text: &'static str,
}

/// A reply template the user wrote.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReplyTemplate {
    pub id: String,
    pub label: String,
    pub text: String,
    /// Band ids ("good", "ask", "spam") and rule ids ("sales", "no-note", ...) this
    /// reply suits. When one matches, it is offered first; empty means "any case".
    pub when: Vec<String>,
}

/// One reply to offer, filled in and ready to edit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplySuggestion {
    pub template_id: String,
    pub label: String,
    pub text: String,
}

/// Built-in reply ids.
pub mod ids {
    pub const ASK_WHY: &str = "ask-why";
    pub const ASK_REASON: &str = "ask-reason";
    pub const NOT_BUYING: &str = "not-buying";
    pub const WELCOME: &str = "welcome";
    pub const POLITE_NO: &str = "polite-no";
    pub const RECRUITER: &str = "recruiter";
    pub const THANK_INTRO: &str = "thank-intro";
    pub const FOLLOWER: &str = "follower";
}

/// Languages with a built-in set. Others fall back to English.
pub const REPLY_LANGUAGES: [&str; 4] = ["en", "fr", "de", "es"];

const EN: [BuiltinReply; 8] = [
    BuiltinReply {
        id: ids::ASK_WHY,
        label: "Ask why",
        text: "Hi {first_name|there},\n\nThank you for the invitation. I don't think our paths have crossed yet, so I'm curious: what made you want to connect?\n\n{sign_off}",
    },
    BuiltinReply {
        id: ids::ASK_REASON,
        label: "Ask for a reason",
        text: "Hi {first_name|there},\n\nThanks for the invitation. Sharing a group or a school is a nice coincidence, but I like to connect when there is something to talk about. Do you have something specific in mind? I'd be glad to hear it.\n\n{sign_off}",
    },
    BuiltinReply {
        id: ids::NOT_BUYING,
        label: "Not buying",
        text: "Hi {first_name|there},\n\nThanks for reaching out. I'm happy to connect, but to be upfront: I'm not looking to buy any products or services, so I'll pass on sales conversations. If that works for you, I'm glad to have you in my network.\n\n{sign_off}",
    },
    BuiltinReply {
        id: ids::WELCOME,
        label: "Welcome",
        text: "Hi {first_name|there},\n\nThank you for the thoughtful note, and welcome to my network! I'm glad you reached out and look forward to staying in touch.\n\n{sign_off}",
    },
    BuiltinReply {
        id: ids::POLITE_NO,
        label: "Polite no",
        text: "Hi {first_name|there},\n\nThank you for thinking of me. I keep my LinkedIn network to people I have worked or spoken with, so I won't accept for now. That said, if there is a particular question or project you'd like to discuss, send me a message and I'll gladly read it.\n\n{sign_off}",
    },
    BuiltinReply {
        id: ids::RECRUITER,
        label: "Recruiter",
        text: "Hi {first_name|there},\n\nThanks for getting in touch; I'm glad to connect. If you have a particular role in mind, could you share the details (team, location and salary range)? I'll tell you honestly whether it's a fit.\n\n{sign_off}",
    },
    BuiltinReply {
        id: ids::THANK_INTRO,
        label: "Thank the intro",
        text: "Hi {first_name|there},\n\nThank you for the invitation, and thanks to {mutual_name|our mutual connection} for putting us in touch. I'm glad to connect. What would you like to talk about?\n\n{sign_off}",
    },
    BuiltinReply {
        id: ids::FOLLOWER,
        label: "Thanks for following",
        text: "Hi {first_name|there},\n\nThank you for following me here, and for the invitation. I'd like to know what brought you: is there a topic you're working on?\n\n{sign_off}",
    },
];

// French: "vous", and wording that does not depend on the writer's gender.
const FR: [BuiltinReply; 8] = [
    BuiltinReply {
        id: ids::ASK_WHY,
        label: "Demander pourquoi",
        text: "Bonjour {first_name|},\n\nMerci pour votre invitation. Je ne crois pas que nous ayons déjà eu l'occasion d'échanger\u{a0}: qu'est-ce qui vous donne envie d'entrer en relation\u{a0}?\n\n{sign_off}",
    },
    BuiltinReply {
        id: ids::ASK_REASON,
        label: "Demander une raison",
        text: "Bonjour {first_name|},\n\nMerci pour votre invitation. Faire partie du même groupe ou de la même école est un joli point commun, mais j'aime entrer en relation quand nous avons un sujet à partager. Aviez-vous quelque chose de précis en tête\u{a0}? Dites-m'en plus, je vous lirai avec plaisir.\n\n{sign_off}",
    },
    BuiltinReply {
        id: ids::NOT_BUYING,
        label: "Pas d'achat",
        text: "Bonjour {first_name|},\n\nMerci de votre prise de contact. J'accepte volontiers, mais autant le dire dès maintenant\u{a0}: je ne cherche à acheter aucun produit ni service, et je ne donnerai pas suite aux propositions commerciales. Si cela vous convient, bienvenue dans mon réseau.\n\n{sign_off}",
    },
    BuiltinReply {
        id: ids::WELCOME,
        label: "Bienvenue",
        text: "Bonjour {first_name|},\n\nMerci pour votre message, et bienvenue dans mon réseau\u{a0}! Au plaisir de rester en contact.\n\n{sign_off}",
    },
    BuiltinReply {
        id: ids::POLITE_NO,
        label: "Refus poli",
        text: "Bonjour {first_name|},\n\nMerci d'avoir pensé à moi. Sur LinkedIn, je me limite aux personnes avec qui j'ai déjà travaillé ou échangé, je ne vais donc pas accepter pour l'instant. En revanche, si vous avez une question ou un projet précis, écrivez-moi\u{a0}: je lirai votre message avec attention.\n\n{sign_off}",
    },
    BuiltinReply {
        id: ids::RECRUITER,
        label: "Recruteur",
        text: "Bonjour {first_name|},\n\nMerci de votre prise de contact, j'accepte avec plaisir. Si vous avez un poste précis en tête, pourriez-vous m'en dire plus (équipe, lieu, fourchette de salaire)\u{a0}? Je vous dirai franchement s'il me correspond.\n\n{sign_off}",
    },
    BuiltinReply {
        id: ids::THANK_INTRO,
        label: "Remercier pour la mise en relation",
        text: "Bonjour {first_name|},\n\nMerci pour votre invitation, et merci à {mutual_name|notre relation commune} de nous avoir mis en contact. J'accepte avec plaisir. De quoi aimeriez-vous que nous parlions\u{a0}?\n\n{sign_off}",
    },
    BuiltinReply {
        id: ids::FOLLOWER,
        label: "Merci de me suivre",
        text: "Bonjour {first_name|},\n\nMerci de me suivre et merci pour votre invitation. Qu'est-ce qui vous intéresse dans mes publications\u{a0}? Travaillez-vous sur un sujet en particulier\u{a0}?\n\n{sign_off}",
    },
];

// German: "Sie"; after the greeting's comma the letter continues in lower case.
const DE: [BuiltinReply; 8] = [
    BuiltinReply {
        id: ids::ASK_WHY,
        label: "Nach dem Anlass fragen",
        text: "Hallo {first_name|},\n\nvielen Dank für Ihre Einladung. Ich glaube, wir hatten bisher noch keinen Kontakt. Darf ich fragen, was Sie zu der Anfrage bewogen hat?\n\n{sign_off}",
    },
    BuiltinReply {
        id: ids::ASK_REASON,
        label: "Nach einem Grund fragen",
        text: "Hallo {first_name|},\n\ndanke für Ihre Einladung. Eine gemeinsame Gruppe oder Hochschule ist ein netter Zufall, aber ich vernetze mich am liebsten, wenn es einen Anlass zum Austausch gibt. Haben Sie etwas Bestimmtes im Sinn? Ich freue mich, davon zu hören.\n\n{sign_off}",
    },
    BuiltinReply {
        id: ids::NOT_BUYING,
        label: "Kein Kaufinteresse",
        text: "Hallo {first_name|},\n\ndanke für Ihre Nachricht. Ich vernetze mich gern, möchte aber gleich offen sagen: Ich suche keine Produkte oder Dienstleistungen und gehe auf Verkaufsgespräche nicht ein. Wenn das für Sie passt, willkommen in meinem Netzwerk.\n\n{sign_off}",
    },
    BuiltinReply {
        id: ids::WELCOME,
        label: "Willkommen",
        text: "Hallo {first_name|},\n\nvielen Dank für Ihre freundliche Nachricht und willkommen in meinem Netzwerk! Ich freue mich auf den Austausch.\n\n{sign_off}",
    },
    BuiltinReply {
        id: ids::POLITE_NO,
        label: "Freundlich absagen",
        text: "Hallo {first_name|},\n\ndanke, dass Sie an mich gedacht haben. Auf LinkedIn vernetze ich mich nur mit Menschen, mit denen ich schon zusammengearbeitet oder gesprochen habe, daher nehme ich die Einladung vorerst nicht an. Wenn Sie aber eine konkrete Frage oder ein Projekt besprechen möchten, schreiben Sie mir gern eine Nachricht.\n\n{sign_off}",
    },
    BuiltinReply {
        id: ids::RECRUITER,
        label: "Recruiting",
        text: "Hallo {first_name|},\n\ndanke für Ihre Nachricht, ich vernetze mich gern. Wenn Sie eine bestimmte Stelle im Blick haben: Könnten Sie mir die Eckdaten schicken (Team, Standort, Gehaltsrahmen)? Ich sage Ihnen dann ehrlich, ob sie zu mir passt.\n\n{sign_off}",
    },
    BuiltinReply {
        id: ids::THANK_INTRO,
        label: "Für die Vorstellung danken",
        text: "Hallo {first_name|},\n\nvielen Dank für Ihre Einladung, und danke an {mutual_name|unseren gemeinsamen Kontakt} für die Vorstellung. Ich vernetze mich gern. Worüber möchten Sie sich austauschen?\n\n{sign_off}",
    },
    BuiltinReply {
        id: ids::FOLLOWER,
        label: "Danke fürs Folgen",
        text: "Hallo {first_name|},\n\ndanke, dass Sie mir folgen, und für Ihre Einladung. Mich würde interessieren, was Sie hierher geführt hat: Arbeiten Sie an einem bestimmten Thema?\n\n{sign_off}",
    },
];

// Spanish: "usted", greeting "Hola, Nombre:" as letters write it.
const ES: [BuiltinReply; 8] = [
    BuiltinReply {
        id: ids::ASK_WHY,
        label: "Preguntar el motivo",
        text: "Hola, {first_name|}:\n\nGracias por la invitación. Creo que aún no hemos coincidido, así que me gustaría saber: ¿qué le ha llevado a querer conectar?\n\n{sign_off}",
    },
    BuiltinReply {
        id: ids::ASK_REASON,
        label: "Pedir un motivo",
        text: "Hola, {first_name|}:\n\nGracias por la invitación. Compartir un grupo o una universidad es una bonita coincidencia, pero prefiero conectar cuando hay algo concreto de lo que hablar. ¿Tiene algo en mente? Me encantará saberlo.\n\n{sign_off}",
    },
    BuiltinReply {
        id: ids::NOT_BUYING,
        label: "Sin ventas",
        text: "Hola, {first_name|}:\n\nGracias por escribirme. Acepto con gusto, pero conviene aclararlo desde el principio: no busco comprar productos ni servicios, así que no entraré en conversaciones comerciales. Si le parece bien, le doy la bienvenida a mi red.\n\n{sign_off}",
    },
    BuiltinReply {
        id: ids::WELCOME,
        label: "Dar la bienvenida",
        text: "Hola, {first_name|}:\n\nMuchas gracias por su mensaje; le doy la bienvenida a mi red. Espero que sigamos en contacto.\n\n{sign_off}",
    },
    BuiltinReply {
        id: ids::POLITE_NO,
        label: "Declinar con cortesía",
        text: "Hola, {first_name|}:\n\nGracias por pensar en mí. En LinkedIn solo conecto con personas con las que he trabajado o hablado, así que por ahora no aceptaré la invitación. Eso sí, si tiene alguna pregunta o un proyecto concreto, escríbame y leeré su mensaje con gusto.\n\n{sign_off}",
    },
    BuiltinReply {
        id: ids::RECRUITER,
        label: "Selección de personal",
        text: "Hola, {first_name|}:\n\nGracias por contactarme; conecto con gusto. Si tiene en mente un puesto concreto, ¿podría enviarme los detalles (equipo, ubicación y rango salarial)? Le diré con sinceridad si encaja conmigo.\n\n{sign_off}",
    },
    BuiltinReply {
        id: ids::THANK_INTRO,
        label: "Agradecer la presentación",
        text: "Hola, {first_name|}:\n\nGracias por la invitación, y gracias a {mutual_name|nuestro contacto en común} por ponernos en contacto. Conecto con mucho gusto. ¿De qué le gustaría hablar?\n\n{sign_off}",
    },
    BuiltinReply {
        id: ids::FOLLOWER,
        label: "Gracias por seguirme",
        text: "Hola, {first_name|}:\n\nGracias por seguirme y por la invitación. Me gustaría saber qué le ha traído hasta aquí: ¿trabaja en algún tema en particular?\n\n{sign_off}",
    },
];

/// The built-in replies for a language ("en", "fr-CA", ...); English when there is no
/// set for it.
pub fn builtin_replies(lang: &str) -> &'static [BuiltinReply] {
    match base_language(lang).as_str() {
        "fr" => &FR,
        "de" => &DE,
        "es" => &ES,
        _ => &EN,
    }
}

/// The closing line used when the user has set no sign-off, per language.
fn default_closing(lang: &str) -> &'static str {
    match base_language(lang).as_str() {
        "fr" => "Bien cordialement,",
        // German letters put no comma after the closing.
        "de" => "Viele Grüße",
        "es" => "Un saludo,",
        _ => "Best regards,",
    }
}

/// Suggestions in English; see [`suggest_replies_in`].
pub fn suggest_replies(inv: &Invitation, assessment: &Assessment, me: &Me, custom: &[ReplyTemplate]) -> Vec<ReplySuggestion> {
    suggest_replies_in("en", inv, assessment, me, custom)
}

/// Every built-in reply for `lang` and every user template that parses, filled in from
/// the card and ordered best first:
/// 1. the user's templates whose `when` names the band or a rule that fired;
/// 2. the built-ins that fit the situation (see [`situation_order`]);
/// 3. the user's templates for any case (empty `when`);
/// 4. the other built-ins, then the user's templates meant for other cases.
///
/// A user template that does not parse, or renders empty, is left out: the options
/// page validates templates as they are written.
pub fn suggest_replies_in(
    lang: &str,
    inv: &Invitation,
    assessment: &Assessment,
    me: &Me,
    custom: &[ReplyTemplate],
) -> Vec<ReplySuggestion> {
    let values = reply_values(lang, inv, me);
    let fired: Vec<&str> = assessment.fired.iter().map(|f| f.rule).collect();
    let suits = |t: &ReplyTemplate| t.when.iter().any(|w| w == assessment.band.id() || fired.contains(&w.as_str()));

    let builtins = builtin_replies(lang);
    let preferred = situation_order(assessment.band, &fired, mutual_named_in_note(inv).is_some());
    let leading = preferred.iter().filter_map(|id| builtins.iter().find(|b| b.id == *id));

    let mut out = Vec::new();
    let push_custom = |out: &mut Vec<ReplySuggestion>, pick: &dyn Fn(&ReplyTemplate) -> bool| {
        for t in custom.iter().filter(|t| pick(t)) {
            let Ok(template) = Template::parse(&t.text) else { continue };
            let text = render(&template, &values).text;
            if !text.is_empty() {
                let label = if t.label.trim().is_empty() { t.id.clone() } else { t.label.clone() };
                out.push(ReplySuggestion { template_id: t.id.clone(), label, text });
            }
        }
    };
    let push_builtin = |out: &mut Vec<ReplySuggestion>, b: &BuiltinReply| {
        // Built-ins are checked by tests; a parse failure would only drop that one.
        if let Ok(template) = Template::parse(b.text) {
            out.push(ReplySuggestion { template_id: b.id.to_string(), label: b.label.to_string(), text: render(&template, &values).text });
        }
    };

    push_custom(&mut out, &|t| suits(t));
    for b in leading {
        push_builtin(&mut out, b);
    }
    push_custom(&mut out, &|t| t.when.is_empty());
    for b in builtins.iter().filter(|b| !preferred.contains(&b.id)) {
        push_builtin(&mut out, b);
    }
    push_custom(&mut out, &|t| !t.when.is_empty() && !suits(t));
    out
}

/// The built-in replies that fit a situation, best first. The strongest signal
/// decides: a pitch gets "not buying" whatever else fired; a recruiter gets the
/// recruiter reply; an introduction by a mutual connection gets thanks; a shared group
/// as the only reason gets a request for a real one; a stranger with neither photo nor
/// note (the spam band) gets the polite letdown; a missing or canned note gets "ask
/// why"; a good note gets a welcome.
pub fn situation_order(band: Band, fired: &[&str], introduced_by_mutual: bool) -> Vec<&'static str> {
    let has = |rule: &str| fired.contains(&rule);
    let mut order: Vec<&'static str> = if has("sales") {
        vec![ids::NOT_BUYING, ids::POLITE_NO]
    } else if has("recruiter") {
        vec![ids::RECRUITER, ids::ASK_WHY]
    } else if introduced_by_mutual && band != Band::Spam {
        vec![ids::THANK_INTRO, ids::WELCOME]
    } else if has("shared-group-only") {
        vec![ids::ASK_REASON, ids::POLITE_NO]
    } else if band == Band::Spam {
        vec![ids::POLITE_NO, ids::ASK_WHY]
    } else if has("no-note") || has("canned-text") || has("flattery") || has("open-networker") {
        vec![ids::ASK_WHY, ids::POLITE_NO]
    } else if band == Band::Good {
        vec![ids::WELCOME]
    } else {
        vec![ids::ASK_WHY, ids::WELCOME]
    };
    // Someone who already follows the user is worth asking what brought them.
    if has("follows-you") && !has("sales") {
        order.insert(1.min(order.len()), ids::FOLLOWER);
    }
    order
}

/// The mutual connection the note names, if it names one the card shows: then the
/// invitation is most likely an introduction.
fn mutual_named_in_note(inv: &Invitation) -> Option<&str> {
    let note = inv.note_text()?.to_lowercase();
    let words: Vec<&str> = note.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    inv.mutual.names.iter().map(String::as_str).find(|name| {
        let lower = name.to_lowercase();
        // The full name, or a first name long enough not to match by chance.
        note.contains(&lower) || lower.split_whitespace().next().is_some_and(|first| first.chars().count() >= 3 && words.contains(&first))
    })
}

/// The values a reply is filled with: the sender's names and headline, the mutual
/// connection (the one the note names, else the first the card shows), the shared
/// organisation, and the user's names and sign-off. With no sign-off set, the user's
/// first name under a closing in the reply's language.
pub fn reply_values(lang: &str, inv: &Invitation, me: &Me) -> Values {
    let mut values = Values::new();
    values
        .set_opt(Placeholder::FirstName, inv.first_name())
        .set_opt(Placeholder::FullName, inv.full_name.as_deref())
        .set_opt(Placeholder::Headline, inv.headline.as_deref())
        .set_opt(Placeholder::MutualName, mutual_named_in_note(inv).or(inv.mutual.names.first().map(String::as_str)))
        .set_opt(Placeholder::SharedOrg, inv.shared_organization.as_deref());
    if let Some(count) = inv.mutual.count {
        values.set(Placeholder::MutualCount, &count.to_string());
    }
    if let Some(found) = inv.headline.as_deref().and_then(crate::compose::role_at_company) {
        values.set(Placeholder::Role, &found.role).set(Placeholder::Company, &found.company);
    }
    me.fill(&mut values);
    let sign_off = match (me.sign_off.as_deref().filter(|s| !s.trim().is_empty()), me.first_name()) {
        (Some(own), _) => own.to_string(),
        (None, Some(first)) => format!("{}\n{first}", default_closing(lang)),
        (None, None) => default_closing(lang).trim_end_matches(',').to_string(),
    };
    values.set(Placeholder::SignOff, &sign_off);
    values
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::invitation::MutualConnections;
    use crate::score::Fired;
    use crate::template::{validate, ELLIPSIS};

    fn assessment(band: Band, rules: &[&'static str]) -> Assessment {
        let fired = rules.iter().map(|&rule| Fired { rule, points: 0, reason: "test", evidence: None }).collect();
        Assessment { score: 50, band, fired }
    }

    fn full_card() -> Invitation {
        Invitation {
            full_name: Some("Dana Whitfield".into()),
            profile_path: Some("/in/dana-whitfield/".into()),
            headline: Some("Head of Data at Acme Analytics".into()),
            note: Some("Casey Ray suggested I reach out about your work on data quality.".into()),
            has_photo: Some(true),
            mutual: MutualConnections { count: Some(9), names: vec!["Casey Ray".into()] },
            follows_you: true,
            shared_organization: Some("Rust Meetup Lisbon".into()),
            sent_when: Some("2 weeks ago".into()),
        }
    }

    fn me() -> Me {
        Me { name: Some("Sam Okafor".into()), sign_off: None, ..Default::default() }
    }

    fn ids_of(s: &[ReplySuggestion]) -> Vec<&str> {
        s.iter().map(|r| r.template_id.as_str()).collect()
    }

    #[test]
    fn every_builtin_set_is_complete_valid_and_consistent() {
        let en_ids: Vec<&str> = EN.iter().map(|b| b.id).collect();
        assert!(en_ids.len() >= 6);
        for lang in REPLY_LANGUAGES {
            let set = builtin_replies(lang);
            assert_eq!(set.iter().map(|b| b.id).collect::<Vec<_>>(), en_ids, "{lang}");
            for b in set {
                assert!(validate(b.text).is_ok(), "{lang}/{}: {:?}", b.id, validate(b.text));
                assert!(!b.label.is_empty() && b.label.chars().count() <= 40, "{lang}/{}", b.id);
            }
        }
        assert_eq!(builtin_replies("fr-CA")[0].label, "Demander pourquoi");
        assert_eq!(builtin_replies("pt")[0].label, "Ask why");
    }

    #[test]
    fn every_reply_renders_cleanly_for_sparse_and_full_cards() {
        let sparse = Invitation::default();
        let cards = [(sparse, Me::default()), (full_card(), me())];
        for lang in REPLY_LANGUAGES {
            for (card, me) in &cards {
                let replies = suggest_replies_in(lang, card, &assessment(Band::Ask, &[]), me, &[]);
                assert_eq!(replies.len(), builtin_replies(lang).len());
                for r in &replies {
                    let t = &r.text;
                    assert!(!t.contains('{') && !t.contains('}'), "{lang}/{}: {t}", r.template_id);
                    assert!(!t.contains("  ") && !t.contains(" ,") && !t.contains(" :\n"), "{lang}/{}: {t:?}", r.template_id);
                    assert!(!t.starts_with(char::is_whitespace) && !t.ends_with(char::is_whitespace));
                    assert!(t.chars().count() < 500, "{lang}/{}: {} chars", r.template_id, t.chars().count());
                    assert!(!r.label.is_empty());
                }
            }
        }
    }

    #[test]
    fn fills_from_the_card() {
        let replies = suggest_replies(&full_card(), &assessment(Band::Good, &["context"]), &me(), &[]);
        let intro = replies.iter().find(|r| r.template_id == ids::THANK_INTRO).map(|r| r.text.as_str()).unwrap_or_default();
        assert!(intro.starts_with("Hi Dana,\n\n"), "{intro}");
        assert!(intro.contains("thanks to Casey Ray for putting us in touch"), "{intro}");
        assert!(intro.ends_with("\n\nBest regards,\nSam"), "{intro:?}");

        let sparse = suggest_replies(&Invitation::default(), &assessment(Band::Ask, &["no-note"]), &Me::default(), &[]);
        assert!(sparse[0].text.starts_with("Hi there,\n\nThank you for the invitation."), "{}", sparse[0].text);
        assert!(sparse[0].text.ends_with("what made you want to connect?\n\nBest regards"), "{:?}", sparse[0].text);

        let es = suggest_replies_in("es", &Invitation::default(), &assessment(Band::Ask, &[]), &Me::default(), &[]);
        assert!(es[0].text.starts_with("Hola:\n\nGracias"), "{}", es[0].text);
        let de = suggest_replies_in("de", &full_card(), &assessment(Band::Ask, &[]), &me(), &[]);
        assert!(de[0].text.starts_with("Hallo Dana,\n\n") && de[0].text.ends_with("Viele Grüße\nSam"), "{}", de[0].text);
    }

    #[test]
    fn own_sign_off_wins() {
        let me = Me { name: Some("Sam Okafor".into()), sign_off: Some("Cheers,\nSam (he/him)".into()), ..Default::default() };
        let r = suggest_replies(&full_card(), &assessment(Band::Ask, &[]), &me, &[]);
        assert!(r.iter().all(|s| s.text.ends_with("\n\nCheers,\nSam (he/him)")));
    }

    #[test]
    fn own_template_fills_the_users_link() {
        let me = Me { name: Some("Sam Okafor".into()), link: Some("https://example.org/blog".into()), ..Default::default() };
        let mine = ReplyTemplate {
            id: "r-blog".into(),
            label: "Blog".into(),
            text: "Hi {first_name}, my notes on this are at {link}. {my_first_name}".into(),
            when: vec!["ask".into()],
        };
        let r = suggest_replies(&full_card(), &assessment(Band::Ask, &[]), &me, &[mine]);
        assert_eq!(r[0].text, "Hi Dana, my notes on this are at https://example.org/blog. Sam");
    }

    #[test]
    fn orders_by_band_and_rules() {
        let card = Invitation { full_name: Some("Lee Park".into()), ..Default::default() };
        let cases: [(Band, &[&'static str], &str); 10] = [
            (Band::Ask, &["no-note"], ids::ASK_WHY),
            (Band::Spam, &["no-note", "no-photo", "no-mutual"], ids::POLITE_NO),
            (Band::Spam, &["sales"], ids::NOT_BUYING),
            (Band::Ask, &["sales", "recruiter"], ids::NOT_BUYING),
            (Band::Ask, &["recruiter"], ids::RECRUITER),
            (Band::Ask, &["shared-group-only"], ids::ASK_REASON),
            (Band::Good, &["context"], ids::WELCOME),
            (Band::Ask, &["canned-text"], ids::ASK_WHY),
            (Band::Ask, &["flattery"], ids::ASK_WHY),
            (Band::Ask, &[], ids::ASK_WHY),
        ];
        for (band, rules, first) in cases {
            let r = suggest_replies(&card, &assessment(band, rules), &me(), &[]);
            assert_eq!(r[0].template_id, first, "{band:?} {rules:?}");
            // Every built-in stays available to cycle through, each once.
            let mut all = ids_of(&r);
            all.sort_unstable();
            all.dedup();
            assert_eq!(all.len(), EN.len());
        }
        // Spam with no note: the letdown first, then asking why.
        let r = suggest_replies(&card, &assessment(Band::Spam, &["no-note"]), &me(), &[]);
        assert_eq!(ids_of(&r)[..2], [ids::POLITE_NO, ids::ASK_WHY]);
        // A note naming a mutual connection reads as an introduction.
        let r = suggest_replies(&full_card(), &assessment(Band::Good, &["context", "follows-you"]), &me(), &[]);
        assert_eq!(ids_of(&r)[..3], [ids::THANK_INTRO, ids::FOLLOWER, ids::WELCOME]);
        // A follower with no note: ask why, then ask what brought them.
        let r = suggest_replies(&card, &assessment(Band::Ask, &["no-note", "follows-you"]), &me(), &[]);
        assert_eq!(ids_of(&r)[..2], [ids::ASK_WHY, ids::FOLLOWER]);
    }

    #[test]
    fn user_templates_take_their_place() {
        let custom = vec![
            ReplyTemplate { id: "mine-sales".into(), label: "No thanks".into(), text: "No thanks, {first_name}.".into(), when: vec!["sales".into()] },
            ReplyTemplate { id: "mine-any".into(), label: "".into(), text: "Hello {first_name|you}! {my_first_name}".into(), when: vec![] },
            ReplyTemplate { id: "mine-good".into(), label: "Yay".into(), text: "Great to meet you.".into(), when: vec!["good".into()] },
            ReplyTemplate { id: "broken".into(), label: "Broken".into(), text: "Hi {frist_name}".into(), when: vec![] },
            ReplyTemplate { id: "blank".into(), label: "Blank".into(), text: " {mutual_name} ".into(), when: vec![] },
        ];
        let card = Invitation { full_name: Some("Lee Park".into()), ..Default::default() };
        let r = suggest_replies(&card, &assessment(Band::Spam, &["sales"]), &me(), &custom);
        let order = ids_of(&r);
        assert_eq!(order[..3], ["mine-sales", ids::NOT_BUYING, ids::POLITE_NO]);
        assert_eq!(order[3], "mine-any");
        assert_eq!(order.last(), Some(&"mine-good"));
        assert!(!order.contains(&"broken") && !order.contains(&"blank"));
        assert_eq!(r[0].text, "No thanks, Lee.");
        assert_eq!(r[3].text, "Hello Lee! Sam");
        assert_eq!(r[3].label, "mine-any");
        assert_eq!(r.len(), EN.len() + 3);
    }

    #[test]
    fn hostile_card_text_stays_text() {
        let card = Invitation {
            full_name: Some("<script>x</script>\u{202E}Eve\n\nNewline {sign_off}".into()),
            note: Some("hi".into()),
            mutual: MutualConnections { count: Some(1), names: vec!["x".repeat(10_000)] },
            ..Default::default()
        };
        let r = suggest_replies(&card, &assessment(Band::Ask, &[]), &me(), &[]);
        assert!(r[0].text.starts_with("Hi <script>x</script>Eve,\n"), "{}", r[0].text);
        let intro = r.iter().find(|s| s.template_id == ids::THANK_INTRO).map(|s| s.text.clone()).unwrap_or_default();
        assert!(intro.contains(ELLIPSIS) && intro.chars().count() < 600, "{}", intro.len());
        assert!(r.iter().all(|s| !s.text.contains('\u{202E}')));
    }
}
