//! Multilingual phrase lists for note analysis, kept as data so they can be read,
//! reviewed and extended without touching the matching code.
//!
//! Each signal (context, sales, flattery...) has a list of *families*: kinds of
//! evidence such as "they say where we met" or "they offer a free audit". A family has
//! a name (shown in tests and diagnostics), a cue strength, and phrases in several
//! languages (English, French, German, Spanish, Portuguese, Italian, Dutch, and a few
//! Polish and Swedish lines for LinkedIn's own canned texts).
//!
//! How phrases are written:
//! - They are regular-expression fragments matched against the *folded* note
//!   (`text.rs`): lower-case, accents removed, plain apostrophes (`'`) and dashes, single
//!   spaces. So phrases are plain ASCII: write "reseau", not "réseau".
//! - The matcher compiles each signal's families into one ASCII-only regex (no Unicode
//!   tables: fast, and small in WebAssembly), so `\w`, `\b` and `\d` are ASCII.
//! - A word boundary is added before every phrase, and after it when the phrase ends in
//!   a letter, digit, `)` or `?`. End a phrase with `\w*` to match a stem ("impress\w*").
//! - Use `(?:...)` for grouping: capture groups are reserved for the matcher.
//! - Prefer kinds of evidence with a few open slots (`(?:\w+ ){0,3}`) over whole
//!   sentences: the goal is to recognise notes nobody has seen yet.

/// How much a single match of a family says on its own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// Only adds weight to other cues of the same signal; never fires it alone
    /// ("your background stood out" supports a job offer, but is not one).
    Supporting,
    /// Suggestive but common in innocent notes too: counts half unless another cue agrees.
    Weak,
    /// Clear evidence on its own.
    Strong,
}

/// One kind of evidence for a signal.
#[derive(Debug)]
pub struct Family {
    pub name: &'static str,
    pub cue: Cue,
    pub phrases: &'static [&'static str],
}

use Cue::{Strong, Supporting, Weak};

// ---------------------------------------------------------------------------------
// Contentless notes: LinkedIn's canned texts, greetings, courtesies and "let's connect"
// lines. A note made only of these (plus a name or two) says nothing.
// ---------------------------------------------------------------------------------

/// Phrases that carry no reason to connect. `note::note_is_contentless` removes them all
/// and looks at what is left.
pub static CONTENTLESS: &[Family] = &[
    Family {
        name: "linkedin-default",
        cue: Strong,
        phrases: &[
            // English, old and new defaults and their common edits.
            r"(?:i'?d|i would|i want to|i wanted to|i'?d love to|i would love to|i wish to) (?:like to )?(?:add you to|invite you to join|have you (?:in|join)|welcome you to|join) (?:my|your) (?:professional |linkedin |personal )?network(?: on linkedin)?",
            r"since you are a person i trust",
            r"(?:invite|inviting) you to (?:join|connect with) (?:my|me on) (?:linkedin|professional network|network)(?: on linkedin)?",
            r"(?:please )?(?:accept|approve) my (?:invitation|invite|request|connection request)",
            // French
            r"(?:je (?:souhaite|souhaiterais|voudrais|veux|aimerais)|merci de|puis-je) (?:vous ajouter|t'ajouter|m'ajouter|rejoindre|faire partie de|integrer|vous inviter a rejoindre|vous compter parmi)(?: a| dans)? (?:votre|ton|mon) reseau(?: professionnel)?(?: (?:sur|de) linkedin)?",
            r"(?:je (?:souhaite|souhaiterais|voudrais|veux|aimerais)) (?:me connecter|entrer en (?:contact|relation)|etre en relation|me mettre en relation|me relier) avec (?:vous|toi)",
            // German
            r"(?:ich (?:mochte|wurde|will)|gerne wurde ich) (?:sie|dich) (?:gerne? )?(?:zu|in) mein(?:em|es)? (?:beruflichen |berufliches |professionellen |linkedin[- ])?netzwerk(?: auf linkedin)? (?:hinzufugen|aufnehmen|einladen)",
            r"(?:ich (?:mochte|wurde)) mich (?:gerne? )?mit (?:ihnen|dir) (?:vernetzen|verbinden|verknupfen)",
            // Spanish
            r"(?:me gustaria|quisiera|quiero|deseo) (?:anadirte|agregarte|anadirle|agregarle|incluirte|invitarte a unirte) (?:a|en) (?:mi|tu|su) red(?: profesional| de contactos)?(?: (?:en|de) linkedin)?",
            r"(?:me gustaria|quisiera|quiero|deseo) (?:conectar|conectarme|contactar) (?:contigo|con usted|con vos)",
            // Portuguese
            r"(?:gostaria|queria|quero|desejo) de (?:adiciona-lo|adiciona-la|adicionar voce|te adicionar|adicionar-te|o adicionar|incluir voce|incluir-te|convida-lo) (?:a|na|em) (?:minha|sua) rede(?: profissional| de contatos| de contactos)?(?: (?:no|do) linkedin)?",
            r"(?:gostaria|queria|quero|desejo) de (?:me )?(?:conectar|ligar|adicionar)(?:-me)?(?: com (?:voce|vc|o senhor|a senhora|voces|contigo))?",
            r"gostaria de fazer parte da sua rede(?: profissional)?",
            // Italian
            r"(?:vorrei|mi piacerebbe|desidero|voglio) (?:aggiungerti|aggiungerla|invitarti|invitarla) (?:alla|nella|a) (?:mia|tua|sua) rete(?: professionale| di contatti)?(?: (?:su|di) linkedin)?",
            r"(?:vorrei|mi piacerebbe|desidero) (?:collegarmi|connettermi|entrare in contatto) con (?:te|lei|voi)",
            // Dutch
            r"(?:ik wil|ik zou|graag wil ik|ik zou graag) (?:je|jou|u) (?:graag )?(?:toevoegen aan|uitnodigen voor) (?:mijn|jouw|uw) (?:professionele |zakelijke )?netwerk(?: op linkedin)?(?: toevoegen)?",
            r"(?:ik wil|ik zou) (?:graag )?(?:met (?:je|jou|u) )?(?:connecten|linken|verbinden)(?: met (?:je|jou|u))?",
            // Polish ("Chcialbym dodac Cie do mojej sieci kontaktow na LinkedIn")
            r"chcial(?:bym|abym) (?:cie |pana |pania )?(?:dodac|zaprosic|dolaczyc)(?: cie| pana| pania)? do (?:mojej|swojej|twojej|pana|pani) sieci(?: zawodowej| kontaktow| profesjonalnej)?(?: na linkedin)?",
            // Swedish ("Jag skulle vilja lagga till dig i mitt professionella natverk pa LinkedIn")
            r"jag (?:skulle vilja|vill) (?:lagga till dig|bjuda in dig|ansluta mig) (?:i|till) (?:mitt|ditt) (?:professionella )?natverk(?: pa linkedin)?",
        ],
    },
    Family {
        name: "connect-line",
        cue: Strong,
        phrases: &[
            r"(?:i'?d|i would|would|i'?ll|i will|i'?m|i am|i was|i'?ve been|i have been|we should|it would be|it'?d be|be) (?:really |so |very )?(?:like|love|keen|happy|glad|delighted|pleased|great|nice|good|wanting|hoping|meaning) (?:to )?(?:connect|be connected|get connected|link up|network)(?:ing)?(?: (?:with|to) you)?(?: here)?(?: on linkedin)?",
            r"(?:let'?s|lets|shall we|can we|could we|may we|why not) (?:get )?(?:connect|link up|network)(?:ed)?",
            r"would you (?:like|want|care|mind|be (?:open|willing)) to (?:connect|connecting|link up|be connected)",
            r"(?:looking forward to|look forward to|hope to|hoping to|wanted to|want to|like to|love to) (?:connect|connecting|be connected|staying connected)(?: with you)?",
            r"connect(?:ing)? with you(?: here)?(?: on linkedin)?",
            r"(?:hope|i hope) (?:you'?ll|you will|you can|you would|you'?d) (?:accept|consider connecting|connect)",
            r"(?:thought|think|figured) (?:we|it) (?:should|would be (?:good|great|nice) to|could|might as well) (?:connect|link up)",
            r"add(?:ing)? (?:you|me) (?:to|as) (?:my |your |a )?(?:network|connection|contact)",
            // French
            r"(?:connectons-nous|restons (?:en contact|connectes)|(?:au plaisir|ravie?|heureux|heureuse) de (?:se connecter|vous compter|vous avoir dans|faire partie de votre reseau|me connecter)|(?:se|me|nous) connecter avec (?:vous|toi)|on se connecte)",
            // German
            r"(?:lass|lasst|lassen) (?:uns|sie uns) (?:gerne |doch )?(?:vernetzen|verbinden|verknupfen|connecten)|(?:wurde mich|freue mich) (?:sehr )?(?:freuen,? )?(?:uber die|auf die)? ?(?:vernetzung|verbindung|kontakt)|gerne (?:vernetzen|verbinden)",
            // Spanish
            r"(?:conectamos|conectemos|conectar contigo|conectar con usted|nos conectamos|sumarte a mi red)",
            // Portuguese
            r"(?:vamos (?:nos )?(?:conectar|ligar)(?:-nos)?|conecta|conectar(?:-me)? com (?:voce|vc)|bora conectar)",
            // Italian
            r"(?:colleghiamoci|connettiamoci|restiamo in contatto|collegarci|collegarmi con (?:te|lei))",
            // Dutch
            r"(?:laten we|zullen we|laten wij) (?:even |graag )?(?:connecten|linken|verbinden)|graag (?:connecten|linken)",
        ],
    },
    Family {
        name: "greeting",
        cue: Strong,
        phrases: &[
            r"(?:hi|hii+|hello|hey|heya|hiya|dear|greetings|good (?:morning|afternoon|evening|day)|howdy|yo)",
            r"(?:hallo|moin|servus|gruss gott|guten (?:morgen|tag|abend)|liebe|lieber|sehr geehrte|sehr geehrter|sehr geehrtes?)",
            r"(?:bonjour|bonsoir|salut|coucou|cher|chere|madame|monsieur)",
            r"(?:hola|buenas(?: tardes| noches)?|buenos dias|estimad[oa]|querid[oa])",
            r"(?:ola|oi|bom dia|boa (?:tarde|noite)|prezad[oa]|car[oa])",
            r"(?:ciao|salve|buongiorno|buonasera|gentile|egregi[oa])",
            r"(?:hoi|hallo|goedemorgen|goedemiddag|goedenavond|beste|dag|hee)",
            r"(?:hej|czesc|dzien dobry|witam)",
            // Courtesy titles that follow a greeting.
            r"(?:mr|mrs|ms|miss|dr|prof|sr|sra|herr|frau|mme|mlle|dott|dott\.ssa|sig|sig\.ra|meneer|mevrouw|dhr|mevr)\.?",
        ],
    },
    Family {
        name: "courtesy",
        cue: Strong,
        phrases: &[
            r"(?:i )?hope (?:you'?re|you are|this (?:message |note )?finds you|all is|everything is)(?: doing)? (?:well|great|good|fine)(?: today)?",
            r"(?:how are you(?: doing)?|how'?s it going|how have you been)",
            r"(?:have|enjoy) a (?:great|nice|good|wonderful|lovely) (?:day|week|weekend|evening)",
            r"(?:thanks|thank you|thx|many thanks|thanks in advance|cheers|best(?: regards| wishes)?|kind regards|warm regards|warmly|regards|sincerely|all the best|respectfully|take care)",
            r"(?:nice|great|good|pleased|glad) to (?:meet|e-?meet) you",
            // French, German, Spanish, Portuguese, Italian, Dutch courtesies and sign-offs.
            r"(?:merci(?: beaucoup| d'avance)?|cordialement|bien (?:a vous|cordialement)|belle journee|bonne (?:journee|soiree|semaine)|j'espere que vous allez bien|comment allez-vous|ca va)",
            r"(?:danke(?: schon)?|vielen dank|viele grusse|beste grusse|liebe grusse|freundliche grusse|mit freundlichen grussen|lg|vg|mfg|schonen tag|wie geht'?s|wie geht es (?:ihnen|dir))",
            r"(?:gracias|muchas gracias|saludos(?: cordiales)?|un saludo|abrazo|que tengas un (?:buen|gran) dia|como estas|espero que (?:estes|este) bien)",
            r"(?:obrigad[oa]|abracos?|att|atenciosamente|tudo bem|tudo bom|como vai|espero que (?:esteja|estejas) bem|e um prazer(?: entrar em contato)?|prazer)",
            r"(?:grazie(?: mille)?|cordiali saluti|un saluto|saluti|buona giornata|come stai|spero (?:tu stia|che tu stia|stia) bene)",
            r"(?:bedankt|dank je(?: wel)?|dank u(?: wel)?|groeten|met vriendelijke groet|hartelijke groet|groetjes|fijne dag|hoe gaat het)",
        ],
    },
    Family {
        name: "network-growth",
        cue: Strong,
        phrases: &[
            // "...and expand my professional network": no reason, only a wish for numbers.
            r"(?:and |to |para |pour |et |und |e |y |en |om )?(?:expand|expanding|grow|growing|build|building|extend|broaden|widen|increase|expandir|ampliar|aumentar|crescer|developper|elargir|agrandir|etendre|erweitern|ausbauen|vergrossern|ampliare|allargare|espandere|uitbreiden|vergroten) (?:my|our|minha|mi|mon|notre|mein|unser|la mia|mijn|onze) (?:professional |profissional |professionnel |berufliches |professionale |professionele )?(?:network|networks|rede|red|reseau|netzwerk|rete|netwerk|circle|connections)",
            r"(?:para|pour|to|um|om) (?:expandir|ampliar|aumentar|developper|elargir|expand|grow) (?:o |le |mein |het )?(?:network|networking|rede|reseau|netzwerk|netwerk)",
            r"(?:mein|mijn|unser) (?:berufliches |professionele )?(?:netzwerk|netwerk) (?:zu )?(?:erweitern|ausbauen|vergrossern|uitbreiden|vergroten)",
        ],
    },
    Family {
        name: "linkedin-word",
        cue: Strong,
        phrases: &[r"(?:on|sur|auf|en|no|na|su|op|pa|in|via|de|do|di) linkedin", r"linkedin", r"(?:my|your|mon|votre|mein|ihr|mi|tu|su|minha|sua|mijn|je|uw|la mia|la tua|la sua) (?:network|reseau|netzwerk|red|rede|rete|netwerk)"],
    },
];

// ---------------------------------------------------------------------------------
// Context: how they know or found the person.
// ---------------------------------------------------------------------------------

pub static CONTEXT: &[Family] = &[
    Family {
        name: "met-or-spoke",
        cue: Strong,
        phrases: &[
            r"we(?:'ve| have)? (?:first |briefly |actually |just |already )?(?:met|spoke|talked|chatted|crossed paths)",
            r"(?:i )?(?:met|saw) you (?:at|in|during|last|yesterday|on|earlier|through|after)",
            r"met (?:at|during|in) (?:the |your )",
            r"(?:great|good|nice|lovely|wonderful|a pleasure|pleasure|fun|glad) (?:meeting|seeing|talking(?: to| with)?|chatting(?: with)?|speaking(?: with)?|catching up(?: with)?) you",
            r"(?:it was|was) (?:great|good|nice|lovely|a pleasure) (?:to )?(?:meet|see|talk to|chat with|speak with|speaking with|meeting) you",
            r"(?:enjoyed|loved|appreciated) (?:our|the) (?:chat|conversation|discussion|exchange|call|meeting|lunch|coffee|session|talk)",
            r"(?:enjoyed|loved) (?:meeting|talking|chatting|speaking) (?:to |with )?you",
            r"(?:our|the) (?:chat|conversation|discussion|exchange|meeting|call|coffee|lunch) (?:at|yesterday|last|this|earlier|on|during|after|about|in)",
            r"(?:sat|were sitting|was sitting|stood) (?:next to|beside|near|together|at the same table)",
            r"(?:we|i) (?:were|was) (?:both |on the same )?(?:panel|table|flight|train|bus|course|workshop|session) (?:at|in|together)",
            r"thanks? (?:you )?(?:again |so much )?for (?:the (?:chat|tip|tips|advice|help|talk|conversation|intro|introduction|session|call|coffee|tour|visit|lesson|class|workshop|patience|ride|lift)|answering|taking my question|your (?:time|help|advice|answer|reply|questions?|talk|session|patience))",
            r"(?:merci pour|danke fur|gracias por|obrigad[oa] pel[oa]|grazie per|bedankt voor) (?:la|le|l'|die|den|das|el|la|o|a|il|lo|de|het) ?(?:visite|visita|tour|rondleiding|fuhrung|cours|clase|aula|lezione|les|atelier|taller|workshop|oficina|degustation|degustacion|degustazione|proeverij|accueil|empfang)",
            r"(?:following up|follow up) (?:on|from|after) (?:our|the|my|your)",
            r"as (?:promised|discussed|agreed)",
            // What they promised when they met: "je vous envoie comme promis le nom du traiteur".
            r"comme (?:promis|convenu)|wie (?:versprochen|besprochen|vereinbart)|como (?:prometido|prometi|prometimos|combinado|combinamos|acordamos|hablamos|falamos)|come (?:promesso|d'accordo|concordato)|zoals (?:beloofd|afgesproken|besproken)",
            // French
            r"(?:nous nous sommes|on s'est|nous avons) (?:\w+ )?(?:rencontre|croise|parle|vu|connu|echange|discute)\w*",
            r"(?:ravie?|heureux|heureuse|content|contente|enchantee?) (?:d'avoir|de vous avoir|de t'avoir) (?:echange|discute|rencontre|croise|fait (?:votre|ta) connaissance|parle)\w*",
            r"(?:suite a|apres|merci pour) (?:notre|nos|cet|cette|l') ?(?:echange|discussion|conversation|rencontre|rendez-vous|appel|entretien)\w*",
            r"(?:je vous ai|je t'ai) (?:rencontre|croise|vu|ecoute|entendu)\w*",
            // German
            r"wir haben uns (?:[\w-]+ ){0,15}(?:kennengelernt|getroffen|gesprochen|unterhalten|gesehen|ausgetauscht)",
            r"wir kennen uns (?:von|aus|vom|seit)",
            r"(?:unser(?:em|es)?|nach unserem|danke fur das|danke fur unser(?:en)?) (?:gesprach|austausch|treffen|telefonat|kennenlernen)",
            r"(?:schon|toll|nett|freut mich),? (?:sie|dich) (?:[\w-]+ ){0,3}(?:kennengelernt|getroffen|gesprochen) zu haben",
            // Spanish
            r"nos (?:conocimos|vimos|cruzamos|encontramos)",
            // Past and present look alike ("hablamos?" is also "shall we talk?"): ask for a when or where.
            r"(?:hablamos|coincidimos|charlamos|conversamos) (?:\w+ ){0,3}(?:ayer|el otro dia|la semana pasada|el mes pasado|hace|en el|en la|durante)",
            r"(?:nuestra|la|tras nuestra|gracias por la) (?:conversacion|charla|reunion|llamada) (?:de|en|del|sobre|durante|ayer|la semana)",
            r"(?:fue un placer|encantad[oa] de|un gusto) (?:conocerte|conocerle|hablar contigo|hablar con usted|coincidir)",
            // Portuguese
            r"nos (?:conhecemos|vimos|encontramos|cruzamos)",
            r"a gente (?:se )?(?:conheceu|viu|encontrou|cruzou|falou|conversou)",
            r"(?:conversamos|falamos|batemos um papo) (?:\w+ ){0,3}(?:ontem|semana passada|mes passado|no|na|durante|ha)",
            r"(?:nossa|a|apos a nossa|obrigad[oa] pela) conversa (?:de|no|na|em|sobre|ontem|da semana)",
            r"(?:foi um prazer|prazer em) (?:te |o |a |lhe )?(?:conhecer|conversar|falar)",
            // Italian
            r"ci siamo (?:\w+ )?(?:conosciut|incontrat|vist|sentit|parlat)\w*",
            r"abbiamo (?:parlato|chiacchierato|discusso)",
            r"(?:la nostra|dopo la nostra|grazie per la) (?:conversazione|chiacchierata|telefonata|discussione)",
            r"(?:e stato un piacere|piacere di averti|piacere di averla) (?:conoscerti|conoscerla|incontrarti|conosciuto|incontrato)",
            // Dutch
            r"(?:we|wij) (?:hebben )?elkaar (?:[\w-]+ ){0,5}(?:ontmoet|gesproken|gezien|leren kennen)",
            r"(?:we|wij) (?:spraken|zagen|ontmoetten) elkaar",
            r"(?:ons|het) gesprek (?:van|op|tijdens|gisteren|vorige|bij)",
            r"(?:we|wij) kennen elkaar (?:van|uit|via)",
            r"(?:leuk|fijn|goed) (?:je|jou|u) (?:gesproken|ontmoet|gezien) te hebben",
        ],
    },
    Family {
        name: "their-content",
        cue: Strong,
        phrases: &[
            // "your post / article / talk / podcast / book..." with up to two words between.
            r"(?:your|ur) (?:[\w'-]+ ){0,3}(?:posts?|articles?|keynote|presentation|podcast|episode|newsletter|webinar|paper|thread|video|interview|blog|essay|piece|research|thesis|lecture|lectures|slides|column|op-ed|report|documentary|song|album|exhibition|open[- ]source|library|repo|repository|lab|course|class|seminar|lessons?|talk|book|workshop|masterclass|tutorial|handbook|handover (?:doc|notes)|dataset|livestream|performance|sermon|exhibit)",
            r"(?:your|ur) (?:[\w'-]+ ){0,2}(?:demo|stand|booth)",
            r"your (?:talk|book|course|workshop|panel|session|answer|comment|reply|study|e-?book|guide|class|masterclass|training|tutorial)",
            r"(?:posts?|article|talk|keynote|presentation|podcast|episode|book|paper|video|interview|thread|piece|newsletter|session|workshop) (?:that |which )?you (?:wrote|gave|published|shared|posted|recorded|did|presented|hosted|ran|led|authored)",
            // Verbs that imply content; "saw your profile" is not context.
            r"(?:read|watched|heard|listened to|attended|reading|watching|listening to|attending) (?:your|you (?:speak|talk|present)|you on)",
            r"(?:thanks|thank you) for (?:writing|sharing|posting|recording|hosting|speaking)",
            r"(?:you|u) (?:gave|wrote|published|hosted|presented|ran|led|taught|organi[sz]ed|moderated|chaired) (?:the|that|a|an|your|this)",
            // Thanks for their answer or help: they have been in touch before.
            r"merci pour (?:votre|ta|ton) (?:reponse|reaction|retour|aide|conseil|commentaire)",
            r"danke fur (?:ihre|deine|ihren|deinen) (?:antwort|ruckmeldung|hilfe|tipps?|kommentar)",
            r"gracias por (?:tu|su) (?:respuesta|ayuda|consejo|comentario)",
            r"obrigad[oa] pel[oa] (?:sua|tua|seu|teu) (?:resposta|ajuda|dica|comentario)",
            r"grazie per (?:la tua|la sua|il tuo|il suo) (?:risposta|aiuto|consiglio|commento)",
            r"bedankt voor (?:je|jouw|uw) (?:reactie|antwoord|hulp|tip|advies)",
            // French
            r"(?:votre|vos|ton|ta|tes) (?:[\w'-]+ ){0,3}(?:articles?|posts?|publications?|conferences?|intervention|presentation|podcast|episode|livre|ouvrage|newsletter|webinaire|webinar|video|interview|billet|these|etude|tribune|expose|keynote|talk|atelier|cours|chronique|formation|masterclass|e-?book|guide|stand|laboratoire|labo|fil|seminaire)",
            r"(?:j'ai|je viens de|j'ai bien) (?:lu|ecoute|assiste a) (?:votre|ton|ta|vos|tes)",
            // German
            r"(?:ihr|ihre|ihren|ihrem|ihres|dein|deine|deinen|deinem|deines|euer|eure|euren|eurem) (?:[\w-]+ ){0,3}(?:beitrag|beitrags|artikel|artikels|vortrag|vortrags|post|posting|buch|buches|podcast|prasentation|keynote|webinar|talk|interview|video|newsletter|aufsatz|studie|kolumne|workshop|panel|kurs|kurses|vorlesung|seminar|stand|labor|folge|episode)",
            r"(?:habe|hab) (?:[\w-]+ ){0,3}(?:gelesen|gehort)",
            // Spanish
            r"(?:tu|tus|su|sus) (?:[\w-]+ ){0,3}(?:articulos?|publicacion|publicaciones|posts?|charla|ponencia|presentacion|libro|podcast|episodio|conferencia|webinar|video|entrevista|newsletter|tesis|estudio|taller|columna|curso|clases?|stand|laboratorio|hilo)",
            r"(?:lei|escuche|asisti a) (?:tu|su|tus|sus)",
            r"(?:te|le|lo|la) (?:escuche|lei|vi hablar|vi presentar) en",
            // Portuguese
            r"(?:seu|sua|seus|suas|teu|tua|o seu|a sua|o teu|a tua) (?:[\w-]+ ){0,3}(?:artigos?|posts?|publicacao|publicacoes|palestra|apresentacao|livro|podcast|episodio|webinar|video|entrevista|newsletter|tese|estudo|workshop|coluna|curso|aulas?|stand|laboratorio)",
            r"(?:li|ouvi|assisti (?:a|ao)) (?:o seu|a sua|seu|sua|teu|tua)",
            // Italian
            r"(?:il suo|il tuo|la sua|la tua|i suoi|i tuoi|le sue|le tue|suo|tuo|sua|tua|alle sue|alle tue|ai suoi|ai tuoi) (?:[\w-]+ ){0,3}(?:articolo|articoli|post|intervento|talk|libro|podcast|presentazione|webinar|video|intervista|newsletter|tesi|studio|relazione|pubblicazione|workshop|rubrica|lezione|lezioni|corso|corsi|seminario|stand|laboratorio|episodio)",
            r"(?:ho letto|ho ascoltato|ho assistito a) (?:il suo|il tuo|la sua|la tua|i suoi|i tuoi)",
            // Dutch
            r"(?:jouw|uw|jullie) (?:[\w-]+ ){0,3}(?:artikel|post|bericht|presentatie|lezing|boek|podcast|talk|webinar|video|interview|nieuwsbrief|column|blog|keynote|onderzoek|workshop|masterclass|cursus|training|e-?book|colleges?|lessen|stand|lab|aflevering|open-?source|pakket|bibliotheek)",
            // "je" is also French for "I": one word between at most.
            r"je (?:[\w-]+ )?(?:artikel|post|bericht|presentatie|lezing|boek|podcast|talk|webinar|video|interview|nieuwsbrief|column|blog|keynote|onderzoek|workshop|masterclass|cursus|training|colleges?|lessen|aflevering)",
            r"(?:ik heb|heb ik) (?:je|jouw|uw) (?:[\w-]+ ){0,3}(?:gelezen|gehoord|beluisterd)",
        ],
    },
    Family {
        // Placing themselves in a moment both shared: "I was the one asking about tides",
        // "I'm the intern who shadowed you", "would be great to reconnect".
        name: "shared-moment",
        cue: Strong,
        phrases: &[
            r"i(?:'m| am| was) the (?:[\w-]+ ){0,2}(?:one|guy|woman|man|person|girl|boy|intern|student|volunteer|cousin|neighbou?r|friend|colleague|trainee|parent|dad|mum|mom) (?:who|that|with|asking|from|in|at|you)",
            r"re-?connect(?:ing)? (?:with you|here|again)|(?:great|good|nice|lovely|glad|happy|love|like|hope|hoping|wanted|want|would love|let'?s) (?:to )?re-?connect|get back in touch|long time no see|been (?:a while|ages|years) since|(?:do you |you might )?remember (?:me|the|our|when)",
            r"(?:we sat|wir sassen|nous etions assis\w*|estabamos sentad\w*|estavamos sentad\w*|eravamo sedut\w*|we zaten) (?:[\w-]+ ){0,5}(?:table|tisch|mesa|tavolo|tafel|next to|naast|a cote|neben|accanto|al lado|ao lado)",
            // Neighbours for an evening or a fair: at the same table, on the next stand, the next poster.
            r"(?:table|seat|desk|stand|booth|poster) neighbou?rs?|neighbou?rs? at (?:the )?(?:[\w-]+ )?(?:table|dinner|stand|booth|fair)|(?:right |just |directly )?(?:next to|beside|opposite|across from) yours\b|voisin(?:e|es|s)? de (?:table|siege|stand|bureau|poster|chambre)|a cote (?:du|de la) (?:votre|tienne|tien)|(?:tisch|sitz|stand|poster)nachbar\w*|neben (?:ihrem|deinem|ihrer|deiner)|(?:vecin|companer)[oa]s? de (?:mesa|asiento|stand)|al lado (?:del tuyo|de la tuya|del suyo|de la suya)|vizinh[oa]s? de (?:mesa|assento|stand|poster)|ao lado (?:do seu|da sua|do teu|da tua)|vicin[oiae] di (?:tavolo|posto|stand|poster)|accanto (?:al tuo|alla tua|al suo|alla sua)|tafelgeno(?:ot|te|ten)|naast (?:de jouwe|het jouwe|die van jou|die van u)",
            r"(?:you|u) (?:gave|ran|taught|led|hosted) (?:[\w-]+ ){0,2}(?:the|that|a|your)|(?:jij|je|u) (?:gaf|leidde|presenteerde) (?:[\w-]+ ){0,2}(?:de|het|een)|vous avez (?:donne|anime|presente)|(?:sie haben|du hast) (?:[\w-]+ ){0,3}(?:gehalten|moderiert|geleitet)|(?:diste|dio|impartiste|impartio) (?:el|la|un|una)|(?:deu|deste|ministrou|apresentou) (?:o|a|um|uma)|(?:hai|ha) (?:tenuto|presentato|condotto)",
            // They wrote or called before.
            r"i (?:wrote|emailed|messaged|called|phoned) (?:to )?you (?:last|in|a few|about|back|earlier)|je vous ai (?:ecrit|contacte|appele|envoye)|je t'ai (?:ecrit|contacte|appele)|ich hatte (?:ihnen|dir) (?:[\w-]+ )?(?:geschrieben|gemailt)|(?:te|le) escribi|(?:te|lhe) escrevi|(?:ti|le) ho scritto|ik (?:heb|had) (?:je|u) (?:[\w-]+ ){0,2}(?:gemaild|geschreven)|ik mailde (?:je|u)",
            r"(?:c'etait moi|je suis (?:la|le) (?:[\w-]+ ){1,2}qui|reprendre contact|(?:te|vous) (?:souviens|souvenez)|(?:content(?:e)?|ravie?|heureux|heureuse) de (?:te|vous) retrouver)",
            r"(?:ich (?:bin|war) (?:die|der) (?:[\w-]+ ){1,2}(?:die|der|mit|aus)|wieder (?:in )?kontakt|erinnerst du dich|erinnern sie sich)",
            r"(?:soy (?:el|la) (?:[\w-]+ ){0,2}que|retomar (?:el )?contacto|te acuerdas|se acuerda)",
            r"(?:sou (?:o|a) (?:[\w-]+ ){0,2}que|retomar (?:o )?contato|lembra de mim|te lembras|voce lembra)",
            r"(?:sono (?:il|la|quello|quella) (?:[\w-]+ ){0,2}che|ritrovarti|ritrovarla|ritrovarci|ti ricordi|si ricorda)",
            r"(?:ik (?:ben|was) (?:de|die) (?:[\w-]+ ){1,2}die|weer contact|herinner je|weet je nog)",
        ],
    },
    Family {
        name: "worked-or-studied-together",
        cue: Strong,
        phrases: &[
            r"(?:worked|studied|volunteered|served|trained|played|sang|built|shipped|launched|organi[sz]ed|taught|co-?founded|did|collaborated|coached|interned|were) (?:[\w'-]+ ){0,6}together",
            // Shared work told as a fact about both: "we both worked on Northgate", "we're
            // both on the Harbourview redevelopment" (a project, not a group).
            r"(?:we both|you and i) (?:worked|collaborated|were|served) on (?:the same|the|a|an|[a-z]\w*)|we (?:worked|collaborated|were) on the same\b|(?:we'?re|we are) both (?:working |staffed )?on (?:the )?(?:[\w'&-]+ ){0,3}(?:project|redevelopment|development|build|bid|tender|account|programme|program|rollout|migration|launch|case|trial|study|site|contract|deal|job|refurb\w*|renovation|extension|scheme|audit|integration)\b",
            r"(?:we|you and i) (?:were|used to be) (?:\w+ )?(?:colleagues|classmates|teammates|coworkers|co-workers|roommates|neighbou?rs|flatmates|in the same (?:team|class|cohort|project|department|office|lab|squad))",
            r"(?:former|ex-|old) (?:colleague|classmate|teammate|coworker|co-worker|manager|boss|student|teacher|professor|client|mentor|intern|report)",
            r"you (?:were|used to be) my (?:manager|boss|teacher|professor|mentor|lecturer|tutor|supervisor|colleague|client|coach|instructor|lead)",
            r"i (?:was|used to be) (?:in )?your (?:student|intern|colleague|mentee|class|team|course|report)",
            r"(?:j'etais|j'ai ete) (?:votre|ton|ta) (?:eleve|etudiante?|stagiaire|collegue|alternante?)",
            r"(?:ich war|war ich) (?:ihr|dein|ihre|deine) (?:student|studentin|praktikant|praktikantin|kollege|kollegin|azubi)",
            r"(?:fui|era) (?:tu|su) (?:alumn[oa]|becari[oa]|companer[oa]|estudiante)",
            r"(?:fui|era) (?:seu|sua|teu|tua|o seu|a sua) (?:alun[oa]|estagiari[oa]|colega|orientand[oa])",
            r"ero (?:il tuo|il suo|la tua|la sua|tuo|suo|tua|sua) (?:studente|studentessa|stagista|allievo|allieva|collega)",
            r"(?:ik was|was ik) (?:je|jouw|uw) (?:student|studente|stagiair|stagiaire|collega)",
            // French
            r"(?:travaille|etudie|bosse|collabore|milite|joue|etions|etait|etaient|fait|suivi|organise) (?:[\w'-]+ ){0,3}ensemble",
            r"(?:ancien|ancienne|ex)[ -]?(?:collegue|camarade|stagiaire|eleve|etudiant|manager|client|prof)\w*",
            r"(?:nous etions|on etait) (?:\w+ )?(?:collegues|dans la meme (?:equipe|classe|promo|promotion))",
            r"(?:vous etiez|tu etais) (?:mon|ma) (?:manager|professeure?|prof|tutrice|tuteur|mentor|responsable)",
            // German
            r"(?:zusammen|gemeinsam) (?:[\w-]+ ){0,6}(?:gearbeitet|studiert|gespielt|organisiert|entwickelt|betreut|gelernt|gemacht|besucht|absolviert)",
            r"(?:gearbeitet|studiert) (?:\w+ )?zusammen",
            r"(?:ehemaliger|ehemalige|ehemaligen|frueherer|fruhere|alter|alte) (?:kollege|kollegin|kommilitone|kommilitonin|chef|chefin|mitarbeiter|mitarbeiterin)",
            r"(?:wir )?waren (?:\w+ )?(?:kollegen|kolleginnen|kommilitonen)",
            // Spanish
            r"(?:trabajamos|estudiamos|coincidimos|colaboramos|hicimos|organizamos) (?:\w+ ){0,5}(?:juntos|juntas)",
            r"(?:fuimos|eramos) (?:companer[oa]s|colegas)",
            r"(?:ex|antigu[oa]) ?(?:companer[oa]|colega|jefe|jefa|profesor|profesora|alumn[oa])",
            // Portuguese
            r"(?:trabalhamos|estudamos|colaboramos|fizemos|organizamos) (?:\w+ ){0,5}(?:juntos|juntas)",
            // "A gente trabalhou junto" (we, in the third person singular).
            r"(?:a gente|nos dois|nos duas) (?:\w+ )?(?:trabalhou|estudou|jogou|colaborou|fez) (?:\w+ ){0,3}junt[oa]s?",
            r"(?:fomos|eramos) (?:colegas|companheir[oa]s)",
            r"(?:ex|antig[oa])[ -]?(?:colega|chefe|professora?|alun[oa])",
            // Italian
            r"(?:lavorato|studiato|collaborato|lavorati|fatto|frequentato|seguito|organizzato) (?:\w+ ){0,4}insieme",
            r"insieme (?:\w+ ){0,4}(?:lavorato|studiato|fatto|frequentato|seguito)",
            r"(?:ex|vecchi[oa]) ?(?:collega|compagn[oa] di (?:corso|classe|studi|universita))",
            r"eravamo (?:colleghi|compagni)",
            // Dutch
            r"(?:we|wij) (?:zaten|werkten|studeerden|speelden|hebben) (?:\w+ ){0,3}samen",
            r"samen (?:[\w-]+ ){0,5}(?:gewerkt|gestudeerd|gezeten|gespeeld|georganiseerd|gedaan|gevolgd)",
            r"samengewerkt",
            r"(?:oud|ex)-?(?:collega|studiegenoot|klasgenoot|studiegenote)",
            r"(?:waren|zijn) (?:oud-)?collega'?s",
        ],
    },
    Family {
        name: "referral",
        cue: Strong,
        phrases: &[
            r"(?:suggested|recommended|told me|advised me|asked me|encouraged me) (?:that )?(?:i |me to |to )?(?:reach out|contact|connect|get in touch|write|talk|speak|message|email|introduce|ask you)",
            r"(?:suggested|recommended) (?:i|that i|me|you|your name|speaking|talking|connecting|reaching|contacting)",
            r"(?:introduced us|introduced me to you|put (?:me|us) in touch|referred me|pointed me (?:to|towards|in your direction)|(?:gave|passed|sent|forwarded) me your (?:name|details|contact|number|email)|passed (?:on|along )?your (?:name|details)|mention\w* (?:you|your name)|recommended you)",
            // "Jordan said you're the person to talk to about..."
            r"(?:said|says|told me|mentioned|thinks|swears) (?:that )?you(?:'re| are| were|'d be| would be| might be)? (?:the|a|an|my) (?:[\w-]+ ){0,2}(?:person|one|expert|go-to|contact|guy|woman|man|people)",
            r"(?:speaks?|spoke|speaking) (?:so |very )?highly of (?:you|your|the team)",
            r"(?:said|mentioned|told me|says|tells me) (?:that )?you(?:'re| are| were| might be| would be| could be) (?:the|a|an|someone|the right|the best)",
            r"(?:said|mentioned|told me|tells me) (?:that )?you (?:run|lead|coordinate|organi[sz]e|manage|teach|handle|know|might|could|would|were)",
            // ...or did something: "Pat said you set up our donor spreadsheet".
            r"(?:said|mentioned|told me|tells me|says) (?:that )?you(?:'d|'ve| had| have)? (?:ran|led|set up|built|handled|managed|organi[sz]ed|did|created|wrote|started|founded|coordinated|made|moved|knew|worked|helped|fixed|designed|launched|switched|migrated|went through)",
            r"(?:dit|disait) que (?:vous|tu|c'est vous|c'est toi)|(?:sagt|sagte|meint|meinte|erzahlte)(?:,)? (?:dass )?(?:sie|du) |(?:meinte|sagte)(?:,)? ich (?:soll|sollte|solle|konnte|kann)|(?:dice|decia|comenta|comento) que (?:tu|usted|eres|has|llevas)|(?:diz|dizia|comentou|falou) que (?:voce|vc|tu|o senhor|a senhora)|(?:dice|diceva|ha detto|racconta) che (?:tu|lei|sei|hai)|(?:zegt|zei|vertelt|vertelde|noemde) (?:me )?dat (?:je|jij|u)",
            r"(?:m'a dit que (?:vous|tu)|m'a parle de (?:vous|toi)|hat mir (?:erzahlt|gesagt)|me (?:dijo|conto|comento) que|(?:falou|disse|contou|comentou|mencionou) que (?:voce|vc|tu|o senhor|a senhora)|mi ha detto che|(?:vertelde|zei) (?:me )?dat (?:je|u))",
            r"(?:at|on) the (?:suggestion|recommendation|advice) of",
            r"via (?:our )?(?:mutual )?(?:friend|colleague|contact|connection)",
            r"your name (?:came up|was mentioned|popped up|kept coming up|was given to me)",
            // French
            r"(?:m'a|m'ont|m'avait|m'avaient) (?:\w+ )?(?:conseille|recommande|suggere|propose|parle de (?:vous|toi)|donne (?:vos|tes|votre|ton) (?:coordonnees|nom|contact))",
            r"de la part de",
            r"sur (?:les )?(?:conseils?|recommandation) de",
            r"votre nom (?:m'a ete|est revenu|a ete cite)",
            // German
            r"(?:hat|haben|hatte) mir (?:[\w-]+ ){0,4}(?:empfohlen|geraten|vorgeschlagen|genannt|ihren namen|deinen namen|ihren kontakt)",
            r"auf (?:empfehlung|anraten|vorschlag) (?:von|meines|meiner)",
            // Spanish
            r"me (?:recomendo|recomendaron|sugirio|sugirieron|aconsejo|hablo de (?:ti|usted)|paso (?:tu|su) (?:contacto|nombre)|dio (?:tu|su) (?:contacto|nombre))",
            r"(?:de parte de|por recomendacion de|por sugerencia de)",
            // Portuguese
            r"me (?:recomendou|indicou|sugeriu|aconselhou|falou (?:de|sobre) (?:voce|ti|si)|passou (?:seu|teu|o seu) (?:contato|contacto|nome)|deu (?:seu|teu|o seu) (?:contato|contacto|nome))",
            r"(?:por )?indicacao d[oae]",
            r"(?:indicou|recomendou|sugeriu|passou|deu)(?: me)? (?:o )?(?:seu|teu) (?:nome|contato|contacto)",
            // Italian
            r"mi ha (?:\w+ )?(?:consigliato|suggerito|parlato di (?:te|lei)|(?:dato|passato|girato) il (?:tuo|suo) (?:nome|contatto|nominativo|numero|riferimento|recapito)|indicato)",
            r"su (?:consiglio|suggerimento|indicazione) di",
            // Dutch
            r"(?:raadde|adviseerde|tipte|verwees) (?:me|mij)",
            r"(?:heeft|had) (?:me|mij) (?:\w+ ){0,4}(?:aangeraden|doorverwezen|getipt|gewezen|genoemd|voorgesteld)",
            r"op (?:aanraden|advies|voorstel) van",
        ],
    },
    Family {
        name: "found-through",
        cue: Strong,
        phrases: &[
            r"(?:found|came across|discovered|got|saw|spotted|noticed) (?:you|your (?:name|profile|details|contact|email|page|number)) (?:via|through|thanks to|when|while|on the|in the|on a|in a|at the|in your|listed|as|from)",
            // A list of speakers, attendees or exhibitors of something both were part of.
            r"(?:speaker|speakers|attendee|attendees|participant|participants|delegate|delegates|exhibitor|exhibitors|panelist|panellist|presenter|poster) (?:list|lineup|line-up|directory|programme|program|booklet)|(?:liste|annuaire|programme) des (?:intervenants|participants|exposants|conferenciers)|(?:referenten|teilnehmer|teilnehmenden|aussteller|speaker)(?:-| )?(?:liste|verzeichnis)|(?:lista|listado|programa) de (?:ponentes|asistentes|participantes|expositores|palestrantes|oradores)|(?:elenco|lista) (?:dei|degli) (?:relatori|partecipanti|espositori|speaker)|(?:sprekers|deelnemers|exposanten)(?:lijst|overzicht)",
            r"(?:searching|looking|searched|looked) for (?:\w+ ){1,4}(?:and|when) (?:i )?(?:found|came across|saw)",
            // French
            r"(?:trouve|decouvert|croise|vu) (?:votre|ton) (?:nom|profil|contact) (?:via|grace a|en|dans|sur le|sur la|lors|parmi)",
            // German
            r"(?:bin|habe|bin ich|habe ich) (?:[\w-]+ ){0,3}(?:auf (?:sie|dich|ihren namen|ihr profil) gestossen|ihren namen gefunden)",
            // Spanish
            r"(?:encontre|vi|descubri|di con) (?:tu|su) (?:nombre|perfil|contacto) (?:en|a traves|gracias|cuando|mientras|buscando)",
            // Portuguese
            r"(?:encontrei|vi|descobri|achei) (?:o )?(?:seu|teu) (?:nome|perfil|contato|contacto) (?:no|na|em|atraves|quando|enquanto|pesquisando|procurando)",
            // Italian
            r"(?:trovato|visto|scoperto) il (?:tuo|suo) (?:nome|profilo|contatto) (?:su|nel|nella|tramite|grazie|mentre|cercando)",
            // Dutch
            r"(?:je|jouw|uw) naam (?:kwam|viel|zag ik|vond ik|stond)",
        ],
    },
    Family {
        // A past both took part in, told from the sender's side: where they were *with or
        // near the person*, what the person did *for them*. The interaction is the cue,
        // whatever the place or occasion ("I was on the night shift with you at ...").
        name: "shared-past",
        cue: Strong,
        phrases: &[
            r"i (?:was|sat|stood|worked|studied|played|sang|trained|volunteered|interned|served|shadowed|assisted|presented|spoke) (?:[\w'-]+ ){0,4}(?:with|from|next to|beside|behind|after|before|against|under|alongside) you",
            r"i (?:was|sat) (?:in|on) your (?:[\w'-]+ ){0,4}(?:course|class|team|cohort|workshop|group|lab|session|seminar|lecture|department|unit|squad|shift|panel|tour|program|programme|training|bootcamp)",
            r"(?:we|you and i) (?:played|worked|sang|studied|trained|volunteered|competed|raced|ran|sat|stood|argued|debated|emailed|wrote) (?:[\w'-]+ ){0,3}(?:each other|one another|together)",
            r"you (?:answered|helped|taught|trained|interviewed|hired|mentored|coached|reviewed|supervised|advised|replied to|responded to|welcomed|onboarded|showed|introduced|examined|graded|caught|fixed|spotted|found|merged|approved|commented on|corrected|edited|debugged|rescued|saved|gave|lent|invited|referred|set up|built) (?:me|my|us|our)",
            r"you (?:mentioned|told me|told us|suggested|recommended|asked me|asked about|described|explained|showed us|pointed out|said to|said i|said we|said that) ",
            // What they did to the sender's work: "you caught the race condition in my patch".
            r"you (?:caught|fixed|spotted|found|flagged|merged|approved|reviewed|commented on|corrected|answered|improved) (?:[\w'-]+ ){0,4}(?:in|on|of|to|for) (?:my|our)\b",
            // Time at the same place or on the same piece of work, told as a fact about both:
            // "we overlapped at Quantix", "our agencies co-delivered the rebrand".
            r"(?:we|you and i) (?:[\w-]+ )?(?:overlapped|coincided|crossed over)|(?:we|you and i) (?:[\w-]+ )?co-?(?:delivered|authored|wrote|organi[sz]ed|hosted|presented|taught|led|ran|chaired|supervised|edited|designed|built|created|developed|produced|published|moderated|founded|coached)",
            r"(?:our|both our) (?:[\w-]+ )?(?:agencies|teams|companies|firms|labs|departments|studios|startups|schools|bands|clubs|orgs|organi[sz]ations|groups|offices|units|practices|charities|choirs) (?:[\w-]+ )?(?:co-?(?:delivered|organi[sz]ed|hosted|ran|developed|produced|created|built|led|wrote|authored|published|founded)|worked|partnered|collaborated|teamed up|joined forces|shared|delivered|ran|built|shipped|competed|merged)",
            r"co-?(?:delivered|authored|wrote|organi[sz]ed|hosted|presented|taught|led|ran|chaired|edited|designed|built|created|developed|produced|published|moderated) (?:[\w'-]+ ){0,5}with you",
            r"(?:nous nous sommes|on s'est) (?:\w+ )?(?:succede|chevauche)\w*|(?:nous avons|on a|on avait) co-?(?:realise|organise|ecrit|anime|pilote|livre|fonde|presente|redige|encadre)|(?:nos|vos et nos) (?:agences|equipes|entreprises|societes|labos|laboratoires|ecoles) (?:ont|avaient) (?:[\w'-]+ )?(?:travaille|collabore|co-?realise|co-?organise|livre|realise|mene)",
            r"(?:wir waren|waren wir) (?:[\w-]+ )?gleichzeitig (?:bei|an|in|im|auf)|(?:unsere|eure und unsere) (?:agenturen|teams|firmen|unternehmen|labore|abteilungen|schulen) (?:haben|hatten) (?:[\w-]+ ){0,6}(?:zusammengearbeitet|umgesetzt|geliefert|organisiert|entwickelt)",
            r"coincidimos (?:en|un|dos|tres|durante|unos)|(?:nuestras|nuestros) (?:agencias|equipos|empresas|laboratorios|escuelas) (?:[\w-]+ )?(?:colaboraron|trabajaron|realizaron|entregaron|organizaron|hicieron)",
            r"coincidimos (?:na|no|em|um|dois|tres|durante|uns)|(?:nossas|nossos) (?:agencias|equipes|equipas|empresas|laboratorios|escolas) (?:[\w-]+ )?(?:colaboraram|trabalharam|realizaram|entregaram|organizaram|fizeram)",
            r"abbiamo coinciso|ci siamo (?:incrociat|sovrappost)\w*|(?:le nostre|i nostri) (?:agenzie|team|aziende|laboratori|scuole|studi) (?:hanno|avevano) (?:[\w-]+ )?(?:collaborato|lavorato|realizzato|consegnato|organizzato)",
            r"(?:we|wij) (?:overlapten|hebben (?:[\w-]+ )?overlapt)|(?:we|wij) zaten (?:[\w-]+ )?tegelijk (?:bij|op|in)|(?:onze|jullie en onze) (?:bureaus|teams|bedrijven|labs|afdelingen|scholen) (?:hebben|hadden) (?:[\w-]+ ){0,6}(?:samengewerkt|opgeleverd|georganiseerd|gerealiseerd)",
            r"your (?:team|company|class|students|group|lab|office|staff|colleagues) (?:volunteered|visited|helped|came|hosted|welcomed|joined|worked|ran|supported)",
            r"thanks (?:in (?:large |good )?part )?to you\b|thanks to your (?:[\w-]+ ){0,2}(?:course|advice|help|talk|book|class|tip|tips|lessons?|feedback)",
            // French
            r"(?:travaille|etudie|joue|ete|etais|etions|assise?|bosse|stage) (?:[\w'-]+ ){0,3}(?:avec|a cote de|derriere|apres) (?:vous|toi)",
            r"j'etais (?:dans|a|au|en) (?:votre|ton|ta|vos|tes)",
            r"(?:vous m'avez|tu m'as) (?:\w+ )?(?:aide|repondu|conseille|forme|recrute|appris|montre|encadre|accueilli)",
            r"(?:vous m'aviez|tu m'avais|vous m'avez|tu m'as) (?:\w+ )?(?:dit|parle|raconte|mentionne|explique)|(?:vous aviez|tu avais|vous avez|tu as) (?:mentionne|evoque|parle d)",
            // German
            r"wir (?:sassen|standen|spielten|arbeiteten|sangen|liefen|waren zusammen)|wir (?:haben|hatten) (?:[\w-]+ ){0,8}(?:geredet|geplaudert|diskutiert|gespielt|zusammengearbeitet)",
            r"ich (?:war|sass) (?:[\w-]+ ){0,3}(?:mit ihnen|mit dir|bei ihnen|bei dir|in ihrem|in deinem|in ihrer|in deiner|bei ihrem|bei deinem|bei ihrer|bei deiner|auf ihrem|auf deinem|auf ihrer|auf deiner)",
            r"(?:sie haben|du hast) mir (?:[\w-]+ ){0,3}(?:geholfen|geantwortet|geraten|gezeigt|beigebracht)",
            r"(?:sie hatten|du hattest|sie haben|du hast) (?:mir )?(?:[\w-]+ ){0,3}(?:erwahnt|erzahlt|gesagt)",
            // Spanish
            r"(?:trabaje|estudie|coincidi|jugue|estuve|colabore) (?:[\w-]+ ){0,3}(?:contigo|con usted|con vos)",
            r"me (?:ayudaste|ayudo|respondiste|respondio|ensenaste|enseno|entrevistaste|entrevisto|contrataste|formaste|recibiste)",
            r"(?:mencionaste|comentaste|me dijiste|me contaste|me hablaste) (?:de|del|que|sobre)",
            // Portuguese
            r"(?:trabalhei|estudei|estive|joguei|colaborei|falei) (?:[\w-]+ ){0,3}(?:com voce|com vc|contigo|com o senhor|com a senhora)",
            r"(?:voce|vc|o senhor|a senhora) me (?:ajudou|respondeu|ensinou|entrevistou|contratou|recebeu|orientou)",
            r"(?:voce|vc|o senhor|a senhora) (?:me )?(?:comentou|mencionou|falou|disse|contou) (?:d[aeo]s?|sobre|que)",
            // Italian
            r"(?:ho lavorato|ho studiato|ho giocato|ho collaborato|sono stat[oa]|ero) (?:[\w-]+ ){0,3}(?:con te|con lei|insieme)",
            r"(?:sono stat[oa]|ero) (?:il |la |un |una )?(?:suo|tuo|sua|tua) (?:studente|studentessa|allievo|allieva|stagista|tesista|collega|paziente|cliente)",
            r"(?:mi hai|mi ha) (?:\w+ )?(?:aiutato|risposto|insegnato|seguito|formato|assunto)",
            r"(?:mi hai|mi aveva|mi avevi) (?:\w+ )?(?:detto|raccontato|parlato)|(?:hai|aveva|avevi) (?:menzionato|accennato)",
            // Dutch
            r"(?:ik was|ik zat|we waren|wij waren|we zaten) (?:[\w-]+ ){0,3}(?:met je|met jou|met u|bij je|bij jou|bij u|naast je|naast u)",
            r"(?:je hebt|u heeft) me (?:\w+ )?(?:geholpen|geantwoord|geleerd|begeleid)",
            r"(?:je|jij|u) (?:vertelde|noemde|zei) (?:me |mij )?(?:dat|over|toen)",
        ],
    },
    Family {
        // A working tie that starts now: they take over from the person, report to them,
        // join their team, or work on something the person leads.
        name: "new-working-tie",
        cue: Strong,
        phrases: &[
            r"(?:taking|take|took|taken|will take) over (?:[\w'-]+ ){0,4}(?:from you|your)",
            r"(?:picked up|picking up|inherited|inheriting|took on|taking on|taken on) (?:[\w'-]+ ){0,4}from (?:you|your)",
            // What they left behind, now the sender's: "I inherited your old rota", "the
            // processes you left", "j'ai repris le dossier apres votre depart".
            r"(?:picked up|inherited|inheriting|took over|taken over) (?:[\w'-]+ )?(?:your|ur)\b|(?:that|which) you (?:left|handed over) (?:behind|me|us|for me|for us)\b|after (?:you left|your departure)|(?:apres|depuis) (?:votre|ton) depart|(?:que|qu') ?(?:vous avez|tu as) laisse\w*|nach (?:ihrem|deinem) (?:weggang|abschied|ausscheiden)|(?:die|den|das) (?:sie|du) (?:hinterlassen|ubergeben) \w+|(?:tras|desde) (?:su|tu) (?:salida|marcha|partida)|que (?:usted|tu) (?:dejo|dejaste)|que (?:o senhor|a senhora|voce|vc|tu) (?:deixou|deixaste)|(?:depois|desde) (?:da sua|da tua|a sua|a tua) (?:saida|partida)|che (?:hai|ha) lasciato|dopo (?:la sua|la tua) (?:partenza|uscita)|die (?:u|je|jij) (?:achterliet|hebt achtergelaten|heeft achtergelaten)|(?:na|sinds) (?:je|jouw|uw) vertrek",
            // The person's role towards the sender, now: "I hear you're our account manager now".
            r"(?:you'?re|you are) (?:now )?(?:our|my) (?:new )?(?:[\w-]+ ){0,2}(?:manager|contact|rep|representative|supervisor|mentor|coach|tutor|advisor|adviser|auditor|buddy|counterpart|liaison)\b|(?:vous etes|tu es) (?:desormais |maintenant )?(?:notre|mon|ma) (?:nouvel(?:le)? |nouveau )?(?:interlocut\w+|responsable|charge\w* de compte|gestionnaire|referent\w*|contact)|(?:sie sind|du bist) (?:jetzt |nun )?(?:unser|mein)e?r? (?:neue[rn]? )?(?:ansprechpartner\w*|betreuer\w*|kundenberater\w*)|(?:usted es|eres) (?:ahora )?(?:nuestr[oa]|mi) (?:nuev[oa] )?(?:gestor\w*|contacto|responsable|interlocutor\w*)|(?:voce e|o senhor e|a senhora e) (?:agora )?(?:noss[oa]|meu|minha) (?:nov[oa] )?(?:gestor\w*|contato|responsavel|gerente)|(?:lei e|sei) (?:ora )?(?:il nostro|la nostra|il mio|la mia) (?:nuov[oa] )?(?:referente|responsabile|account manager|contatto)|(?:u bent|je bent|jij bent) (?:nu )?(?:onze|mijn) (?:nieuwe )?(?:accountmanager|contactpersoon|begeleider)",
            // "die neue Werkstudentin in deinem Team", "the new analyst on your team".
            r"(?:new|neue[rn]?|nouvel(?:le)?|nouveau|nuev[oa]|nov[oa]|nuov[oa]|nieuwe) (?:[\w-]+ ){0,2}(?:in|on|at|im|in der|bei|dans|de|en|na|no|nel|nella|in de|bij) (?:your|dein(?:em|er)?|ihr(?:em|er)?|votre|ton|ta|tu|su|seu|sua|teu|tua|tuo|suo|il tuo|il suo|jouw|je|uw) (?:[\w-]+ )?(?:team|abteilung|equipe|equipo|equipa|squadra|afdeling|group|gruppe|grupo|gruppo|groep|department|departamento|dipartimento|lab|labor|office|project|projekt|projet|proyecto|projeto|progetto|project)",
            r"j'ai (?:repris|herite) (?:[\w'-]+ ){0,4}(?:de vous|de toi|de votre|de ton|de ta|de vos)|(?:habe|hab) (?:[\w-]+ ){0,4}von (?:ihnen|dir|ihrem|deinem|ihrer|deiner) (?:[\w-]+ )?(?:ubernommen|geerbt)|(?:habe|hab) (?:[\w-]+ ){0,3}(?:dein|deine|deinen|ihr|ihre|ihren) (?:[\w-]+ ){0,4}(?:ubernommen|geerbt)|(?:herede|asumi|recogi|tome) (?:[\w-]+ ){0,4}(?:de ti|de usted|de tu|de su)|(?:herdei|assumi|peguei) (?:[\w-]+ ){0,4}(?:de voce|da sua|do seu|da tua|do teu)|(?:ho ereditato|ho preso in carico|ho rilevato) (?:[\w-]+ ){0,4}(?:da te|da lei|dal tuo|dal suo|dalla tua|dalla sua)|(?:heb|had) (?:[\w-]+ ){0,4}van (?:je|jou|u|jouw|uw) (?:[\w-]+ )?overgenomen",
            r"report(?:ing)? (?:directly )?to you|joining your (?:[\w-]+ )?(?:team|group|department|lab|class|unit|office)|(?:i'?m|i am) your new",
            r"(?:the|that|this|your) (?:[\w'-]+ ){0,3}(?:project|programme|program|scorecard|initiative|account|file|grant|study|pilot|workstream|roadmap|rollout|migration|audit|budget|portfolio|trial|product line) (?:that |which )?you (?:sponsored|sponsor|lead|led|run|ran|manage|managed|own|owned|supervise|supervised|oversee|oversaw|started|set up|chair|chaired|coordinate|coordinated|championed|handed over)",
            r"(?:nouveau|nouvelle) (?:collegue|collaborateur|collaboratrice|responsable)|je (?:reprends|reprendrai) (?:votre|ton|ta|vos|le dossier|la suite)|je rejoins (?:votre|ton|ta|l'equipe)",
            r"(?:neue[rn]? |ihr neuer |ihre neue |dein neuer |deine neue )(?:kollege|kollegin|mitarbeiter|mitarbeiterin)|(?:seit|ab) (?:\w+ )?(?:neu )?(?:im|in der|bei) |neu (?:im|in der|bei) |(?:projekt|programm|vorhaben|studie|konto|budget|pilot)\w*,? (?:das|den|die) (?:sie|du) (?:betreuen|betreust|leiten|leitest|verantworten|verantwortest|koordinieren|koordinierst)|ubernehme (?:ich )?(?:von ihnen|von dir|ihre|deine|ihren|deinen)",
            r"(?:nuev[oa]|tu nuev[oa]|su nuev[oa]) (?:companer[oa]|colega)|(?:proyecto|programa|estudio|piloto|cuenta) (?:que|el que|la que) (?:tu |usted )?(?:llevas|lleva|diriges|dirige|coordinas|coordina|supervisas|supervisa)|(?:tomo|tomare|asumo) el relevo",
            r"(?:nov[oa]|seu nov[oa]|sua nova) colega|(?:projeto|programa|estudo|piloto|conta) (?:que|o que|a que) (?:voce )?(?:lidera|coordena|gerencia|supervisiona)|assumo (?:a|o) (?:sua|seu)",
            r"(?:nuov[oa]|il tuo nuovo|la tua nuova|il suo nuovo|la sua nuova) (?:collega|collaboratore|collaboratrice)|(?:progetto|programma|studio|pilota|cliente) (?:che|di cui) (?:tu |lei )?(?:segui|segue|coordini|coordina|gestisci|gestisce|guidi|guida)",
            r"(?:je nieuwe|uw nieuwe|de nieuwe|nieuwe) collega|(?:project|programma|onderzoek|pilot|account) (?:dat|die) (?:jij|u) (?:leidt|begeleidt|beheert|coordineert)|(?:neem|nam) (?:[\w-]+ ){0,3}van (?:je|jou|u) over",
        ],
    },
    Family {
        // Newly at the person's organisation or project ("I joined the analytics team at
        // Larkspur"): weak alone, since newcomers also write to strangers.
        name: "new-here",
        cue: Weak,
        phrases: &[
            r"(?:i'?ve|i have|i|i'?m|i am|just) (?:just |recently )?(?:joined|joining|started at|starting at) (?:the )?(?:[\w'&-]+ ){0,4}(?:team|group|department|office|lab|board|committee|unit|site|plant|branch|company)? ?(?:at|in|of|on|as)\b",
            r"(?:i'?m|i am) (?:the|your) new (?:[\w-]+ ){1,2}(?:at|in|of|for|with)\b",
            r"(?:je suis|ich bin|soy|sou|sono|ik ben) (?:le|la|der|die|el|o|a|il|de) (?:nouveau|nouvelle|neue|neuer|nuevo|nueva|novo|nova|nuovo|nuova|nieuwe) ",
            r"(?:j'ai rejoint|je rejoins|je viens d'arriver (?:chez|a|au|dans))|(?:ich bin|bin) (?:seit \w+ |gerade |neu )(?:bei|im|in der)|(?:me (?:uni|incorpore) a|acabo de (?:entrar|llegar|unirme))|(?:entrei (?:na|no|para)|acabei de entrar)|(?:sono entrat[oa]|mi sono unit[oa]|sono appena arrivat[oa])|(?:ik ben (?:net |sinds \w+ )?(?:begonnen|gestart) bij)",
        ],
    },
    Family {
        // An exchange on the person's work: "you opened the issue about the crash", "you
        // reviewed my PR", "ik heb een bugfix ingestuurd", "connect with the author".
        name: "work-exchange",
        cue: Strong,
        phrases: &[
            r"(?:you|u) (?:opened|filed|reported|raised|submitted|reviewed|merged|triaged|fixed|closed) (?:the|my|our|that|this|an?) (?:[\w-]+ ){0,2}(?:issue|bug|ticket|pr|pull request|merge request|patch|bug report|report|incident)s?\b",
            r"(?:i|we) (?:sent|submitted|opened|filed|reported|contributed|pushed) (?:you )?(?:an?|the|my|our) (?:[\w-]+ ){0,2}(?:bug ?fix|fix|patch|pull request|pr|merge request|issue|bug report|translation)\b",
            r"(?:vous avez|tu as) (?:ouvert|signale|relu|fusionne|corrige) (?:le|la|mon|ma|notre|un|une) (?:[\w-]+ )?(?:ticket|issue|bug|pull request|patch|correctif)|j'ai (?:envoye|soumis|ouvert|propose) (?:un|une) (?:[\w-]+ )?(?:correctif|patch|pull request|ticket|issue)",
            r"(?:sie haben|du hast) (?:[\w-]+ ){0,3}(?:issue|ticket|fehlerbericht|pull request|patch) (?:eroffnet|gemeldet|gepruft|gemergt)|(?:ich habe|ich hab|hab ich|habe ich) (?:[\w-]+ ){0,3}(?:bugfix|patch|pull request|issue|fehlerbericht) (?:eingereicht|geschickt|eroffnet|gemeldet)",
            r"(?:abriste|abrio|reportaste|reporto|revisaste|reviso) (?:el|la|un|una|mi) (?:[\w-]+ )?(?:issue|ticket|bug|pull request|parche)|(?:envie|abri|mande) (?:un|una) (?:[\w-]+ )?(?:parche|pull request|issue|correccion)",
            r"(?:voce|vc) (?:abriu|reportou|revisou) (?:o|a|um|uma|meu|minha) (?:[\w-]+ )?(?:issue|ticket|bug|pull request|patch)|(?:enviei|abri|mandei) (?:um|uma) (?:[\w-]+ )?(?:patch|correcao|pull request|issue)",
            r"(?:hai|ha) (?:aperto|segnalato|revisionato) (?:la|il|una|un|mia|mio) (?:[\w-]+ )?(?:issue|ticket|bug|pull request|patch|segnalazione)|ho (?:inviato|aperto|segnalato) (?:un|una) (?:[\w-]+ )?(?:patch|fix|pull request|issue|segnalazione)",
            r"(?:je hebt|jij hebt|u heeft) (?:[\w-]+ ){0,3}(?:issue|ticket|bug|pull request|patch) (?:geopend|gemeld|gereviewd)|(?:ik heb|heb ik) (?:[\w-]+ ){0,3}(?:bugfix|patch|pull request|issue|melding) (?:ingestuurd|ingediend|gemeld|geopend)",
            // Writing to the author, speaker or maintainer of what they read, heard or use.
            r"(?:connect|talk|speak|chat) (?:with|to) the (?:author|speaker|host|maintainer|creator|presenter|editor)\b|(?:avec|a) (?:l'auteur|l'autrice|l'intervenant\w*)|(?:mit|an) (?:dem autor|der autorin|dem referenten|der referentin)|con (?:el autor|la autora|el ponente|la ponente|l'autore|l'autrice|il relatore|la relatrice)|com (?:o autor|a autora|o palestrante|a palestrante)|met de (?:auteur|schrijver|schrijfster|spreker)",
        ],
    },
    Family {
        // The sender is already the reader's supplier or account manager: a working tie
        // that a cold pitch cannot claim ("we supply packaging to your Bristol stores, I
        // manage the account").
        name: "supplier-tie",
        cue: Strong,
        phrases: &[
            r"(?:i|we) (?:manage|handle|look after|run|lead) (?:the|your) (?:[\w'-]+ ){0,3}account\b|(?:i'?m|i am) your (?:new )?account (?:manager|lead|executive|director)|(?:we|i) (?:already |currently )(?:supply|deliver|ship|service|maintain|support) (?:[\w-]+ ){0,4}(?:to|for) your\b|(?:we|i) (?:supply|deliver|ship|service|maintain) (?:[\w-]+ ){0,4}(?:to|for) your (?:[\w-]+ ){0,2}(?:stores|sites|plants|sites|branches|warehouses|offices|clinics|hotels|restaurants)\b",
            r"je (?:gere|suis en charge de|m'occupe de) (?:le|votre) compte|(?:votre|ton) (?:nouveau |nouvelle )?(?:charge|chargee|responsable) de (?:compte|clientele)|ich betreue (?:ihr|ihren|das|euer) (?:[\w-]+ )?(?:konto|kundenkonto|account)|(?:ihr|ihre|dein|deine) (?:neuer |neue )?(?:kundenbetreuer\w*|account manager\w*)",
            r"(?:gestiono|llevo|atiendo) (?:la|su|tu) cuenta|(?:su|tu) (?:nuevo |nueva )?(?:gestor|gestora|ejecutiv[oa]) de cuenta|(?:cuido|gerencio|atendo) (?:da|a) (?:sua |tua )?conta|(?:seu|teu) (?:novo |nova )?gerente de conta|(?:seguo|gestisco) (?:il vostro|il suo|il tuo) (?:account|conto)|(?:il suo|il tuo) (?:nuovo )?account manager|ik (?:beheer|ben) (?:uw|je|jullie|de) (?:[\w-]+ )?(?:account|accountmanager)\b",
        ],
    },
    Family {
        // A customer or user of the person's company or work: "we're a customer of
        // yours", "wij gebruiken uw open-source pakket". Weak alone: a tie, not a reason.
        name: "customer-tie",
        cue: Weak,
        phrases: &[
            r"(?:we'?re|we are|i'?m|i am) (?:a |an )?(?:long-?time |happy |loyal |longstanding )?(?:customer|client|user|subscriber)s? of (?:yours|your)\b|we use (?:your|ur)\b|(?:we|i) (?:have used|'ve been using|have been using|rely on) (?:your|ur)\b",
            r"nous (?:sommes|etions) (?:clients?|utilisateurs) (?:de|chez) (?:vous|votre)|(?:nous utilisons|j'utilise) (?:votre|ton|ta|vos)\b",
            r"wir (?:sind|waren) (?:[\w-]+ )?kunde\w* (?:bei|von) (?:ihnen|dir|ihrem|ihrer|deinem|deiner)|wir (?:nutzen|verwenden|benutzen) (?:ihr|ihre|ihren|dein|deine|deinen)\b",
            r"(?:somos|soy) client[ea]s? (?:de ustedes|suy[oa]s?|tuy[oa]s?|de su|de tu)|(?:usamos|utilizamos) (?:su|tu|sus|tus)\b",
            r"(?:somos|sou) client[ea]s? (?:de voces|seus|sua|do seu|da sua)|(?:usamos|utilizamos) (?:o seu|a sua|o teu|a tua)\b",
            r"(?:siamo|sono) client[ei] (?:vostr\w|su\w|tu\w)|(?:usiamo|utilizziamo) (?:il suo|il tuo|la sua|la tua|il vostro|la vostra)\b",
            r"(?:wij|we|ik) (?:gebruiken|gebruik) (?:uw|jouw|je|jullie)\b|(?:wij|we) zijn (?:klant|klanten) (?:van|bij) (?:u|jou|jullie)",
        ],
    },
    Family {
        // When it happened: supports other context cues (never fires alone).
        name: "time-reference",
        cue: Supporting,
        phrases: &[
            r"(?:last|this past|earlier this) (?:week|month|year|night|summer|winter|spring|autumn|fall|term|semester|quarter|time|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|(?:back )?in (?:19|20)\d\d|back in|(?:\d+|a few|a couple of|two|three|some|many) (?:years|months|weeks|days) ago|(?:on|every|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in (?:january|february|march|april|june|july|august|september|october|november|december)",
            r"(?:la semaine|le mois|l'an|l'annee|l'ete|l'hiver|le printemps|l'automne) (?:derniere?|passee?)|hier|en (?:19|20)\d\d|il y a (?:\w+ )?(?:ans|mois|semaines|jours)|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (?:dernier|soir|matin)?",
            r"(?:letzte[nrs]?|vergangene[nrs]?) (?:woche|monat|jahr|sommer|winter|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)|gestern|(?:im jahr |in )(?:19|20)\d\d|vor (?:\w+ )?(?:jahren|monaten|wochen|tagen)|(?:seit|am|letzten) (?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag)",
            r"(?:la semana|el mes|el ano|el verano|el invierno) pasad[oa]|ayer|(?:en|el) (?:19|20)\d\d|hace (?:\w+ ){0,2}(?:anos|meses|semanas|dias)|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)",
            r"(?:na )?(?:semana|mes|ano) passad[oa]|ontem|em (?:19|20)\d\d|ha (?:\w+ ){0,2}(?:anos|meses|semanas|dias)|(?:na|no) (?:segunda|terca|quarta|quinta|sexta|sabado|domingo)",
            r"(?:la settimana|il mese|l'anno|l'estate|l'inverno) scors[oa]|ieri|nel (?:19|20)\d\d|(?:\w+ ){1,2}(?:anni|mesi|settimane|giorni) fa|(?:da |di )?(?:lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica)",
            r"(?:vorige|afgelopen) (?:week|maand|zomer|winter|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)|vorig jaar|gisteren|in (?:19|20)\d\d|(?:\w+ ){1,2}(?:jaar|maanden|weken|dagen) geleden",
        ],
    },
    Family {
        name: "event-attended",
        cue: Weak,
        phrases: &[
            r"(?:at|during|after|from|since|in|on) (?:the|your|yesterday'?s|last week'?s|this week'?s|last month'?s|last|this) (?:[\w'-]+ ){0,3}(?:league|tournament|shift|track|stammtisch|conference|summit|meetup|meet-up|workshop|webinar|hackathon|expo|trade fair|congress|panel|event|session|bootcamp|training|course|class|retreat|offsite|seminar|festival|forum|open day|open house|tour|fair|party|wedding|concert|exhibition|lecture|masterclass|tasting|dinner|reception|booth|stand|barcamp|unconference)",
            r"(?:remember|recall) the (?:[\w-]+ ){0,3}(?:conference|summit|meetup|workshop|hackathon|event|course|trip|project)",
            r"(?:colleague|kollegin|kollege|collegue|colega|collega) (?:von|of|de|di|van) (?:herrn?|frau|mr|mrs|ms|dr|mme|m|sr|sra|dhr|mevr|[a-z]+)",
            r"(?:au|a la|lors du|lors de la|pendant le|pendant la|apres le|apres la) (?:[\w-]+ ){0,3}(?:salon|conference|congres|meetup|atelier|webinaire|webinar|evenement|seminaire|forum|formation|festival)",
            r"(?:auf|bei|in|nach) (?:der|dem|einem|einer) (?:[\w-]+ ){0,3}(?:konferenz|messe|meetup|workshop|tagung|kongress|veranstaltung|seminar|webinar|schulung|festival|forum|barcamp)",
            r"(?:beim|im|am|vom) (?:[\w-]+ ){0,3}(?:konferenz|messe|meetup|workshop|tagung|kongress|seminar|webinar|festival|forum|barcamp)",
            r"(?:en el|en la|durante el|durante la|tras el|tras la) (?:[\w-]+ ){0,3}(?:congreso|conferencia|taller|evento|feria|meetup|webinar|seminario|curso|foro|festival)",
            r"(?:no|na|durante o|durante a|depois do|depois da) (?:[\w-]+ ){0,3}(?:evento|congresso|conferencia|workshop|feira|meetup|webinar|seminario|curso|forum|festival)",
            r"(?:al|alla|durante il|durante la|dopo il|dopo la) (?:[\w-]+ ){0,3}(?:convegno|conferenza|corso|evento|fiera|meetup|workshop|webinar|seminario|festival)",
            r"(?:op|bij|tijdens|na) (?:het|de) (?:[\w-]+ ){0,3}(?:congres|conferentie|beurs|meetup|workshop|evenement|webinar|seminar|cursus|training|festival)",
        ],
    },
    Family {
        // Naming a mutual connection: a thread between them, if a thin one.
        name: "mutual-named",
        cue: Weak,
        phrases: &[
            r"(?:you'?re|you are|we'?re|we are|we'?re both|we are both) connected (?:to|with) [a-z]",
            r"(?:our|a) mutual (?:friend|colleague|connection|contact) [a-z]",
            r"(?:vous etes|tu es|nous sommes) (?:en relation|connecte\w*) avec",
            r"(?:sie sind|du bist|wir sind) (?:beide )?mit (?:[\w-]+ ){1,3}(?:vernetzt|verbunden)",
            r"(?:estas|esta|estamos) conectad[oa]s? con",
            r"(?:voce esta|estamos) conectad[oa]s? (?:com|a)",
            r"(?:sei|e|siamo) collegat[oi] (?:con|a)",
            r"(?:je bent|u bent|we zijn) (?:allebei )?(?:verbonden|connected) met",
        ],
    },
    Family {
        name: "their-work-or-news",
        cue: Weak,
        phrases: &[
            r"your (?:work|research|writing|thinking|approach|perspective|insights?|experiments|project|initiative|team'?s work) (?:on|about|around|with|in the field of)",
            r"(?:congrat\w*|kudos|well done) (?:on|for) (?:\w+ ){0,3}(?:new role|new job|new position|promotion|launch|series [a-e]|funding|raise|round|joining|award|anniversary|book|paper|graduation|phd|talk|acquisition|ipo|milestone|appointment)",
            r"(?:just|recently|you|you'?ve|you have) (?:raised |closed |announced |landed )?(?:a |your |the )?(?:series [a-e]|seed round|funding round)",
            r"(?:votre|ton) (?:travail|expertise|approche|recherche|vision) (?:sur|autour|dans le domaine)",
            r"(?:ihre|deine|ihrer|deiner) (?:arbeit|forschung|perspektive|sicht) (?:zu|zum|zur|uber|im bereich)",
            r"(?:tu|su) (?:trabajo|investigacion|vision|enfoque) (?:sobre|en el ambito|con)",
            r"(?:seu|teu) (?:trabalho|pesquisa|olhar|enfoque) (?:sobre|com)",
            r"(?:il tuo|il suo) (?:lavoro|ricerca|approccio) (?:su|sul|sulla|sui|con)",
            r"(?:je|jouw|uw) (?:werk|onderzoek|aanpak|visie) (?:aan|over|rond|op het gebied)",
            r"(?:felicitations|bravo) pour (?:votre|ton|ta) (?:nouveau|nouvelle|nomination|promotion|levee)",
            r"(?:gluckwunsch|herzlichen gluckwunsch) (?:zu|zum|zur) (?:neuen|ihrer|deiner|eurer)",
            r"(?:felicidades|enhorabuena) por (?:tu|su) (?:nuevo|nueva|ascenso|premio)",
            r"parabens pel[oa] (?:novo|nova|promocao|premio|conquista)",
            r"complimenti per (?:il|la) (?:nuovo|nuova|promozione|premio)",
            r"gefeliciteerd met (?:je|jouw|uw) (?:nieuwe|promotie)",
        ],
    },
];

// ---------------------------------------------------------------------------------
// A stated reason or a specific question.
// ---------------------------------------------------------------------------------

pub static REASON: &[Family] = &[
    Family {
        name: "purpose",
        cue: Strong,
        phrases: &[
            r"so (?:that )?(?:i|we) (?:can|could|may|might)",
            r"in order to",
            r"(?:i'?d|i would|i'?m hoping|i hope|i want|i wanted) (?:like |love )?to (?:ask|discuss|talk (?:to you )?about|get your (?:advice|input|thoughts|view|opinion)|invite you to (?:speak|present|give a talk|teach|join (?:our|a|the) (?:panel|board|jury|podcast|event|committee))|share (?:the|my|our) (?:proposal|draft|paper|notes|slides|findings|results)|follow up|hear how|learn how|learn more about how|compare notes)",
            r"(?:reaching out|writing|connecting|contacting you|getting in touch|messaging you) (?:here )?(?:about|regarding|because|to ask|to invite|to follow up|so|with a question)",
            r"(?:about|regarding|re:?) (?:the|your|our) (?:[\w-]+ ){0,3}(?:programme|program|project|initiative|proposal|board|committee|study|grant|volunteer\w*|migration|case|question|application|thesis|survey|collaboration|fundraiser|event)",
            r"(?:informational interview|career advice|(?:ask|get) (?:you )?(?:for )?(?:your |some )?advice|(?:your|some) advice on|mentorship|mentoring)",
            r"(?:similar|same|comparable|parallel) (?:problem|challenge|project|situation|issue|migration|transition|question|problems|challenges|work)",
            r"(?:we'?re|we are|i'?m|i am) (?:about to|planning to|trying to|preparing to) (?:\w+ ){0,3}(?:do|start|launch|build|migrate|move|set up|apply|hire|write|organi[sz]e|run)",
            // French
            r"(?:pour (?:pouvoir|vous (?:demander|poser|parler|inviter|envoyer|transmettre)|te (?:demander|poser|parler|inviter)|echanger sur|discuter de)|afin de|au sujet d(?:u|e la|es|e l')|concernant (?:le|la|les|votre|ton)|a propos d(?:u|e la|es|e l'|e votre))",
            r"(?:projet|probleme|sujet|situation|cas|chantier) (?:\w+ )?(?:similaire|comparable|proche|analogue)",
            r"je (?:pilote|prepare|travaille sur|organise|monte|redige|lance|coordonne) (?:un|une|le|la|notre)",
            // German
            r"damit (?:ich|wir)",
            r"(?:bezuglich|betreffend|wegen (?:des|der|dem|ihres|deines|eures)|zum thema|(?:uber|zu) (?:das|den|die|euren|eure|ihren|ihre|dein|deinen|deine) (?:[\w-]+ ){0,2}(?:projekt|programm|umstieg|wechsel|vorhaben|initiative|migration|ausschreibung|studie|frage))",
            r"(?:ahnlich\w*|gleich\w*|vergleichbar\w*) (?:projekt|problem|herausforderung|situation|vorhaben)",
            r"mehr (?:uber|zu|daruber) (?:[\w-]+ ){0,3}(?:erfahren|horen|lernen)",
            r"ich (?:arbeite an|plane|organisiere|schreibe an|baue gerade|bereite)",
            // Spanish
            r"(?:para (?:poder|preguntarte|preguntarle|consultarte|consultarle|invitarte|invitarle|hablar de|hablarte|enviarte)|sobre el (?:proyecto|programa)|por el (?:proyecto|programa|tema)|acerca del? (?:proyecto|programa|tema)|respecto (?:a|al|del)|en relacion con)",
            r"(?:comentarte|comentarle|contarte|contarle) (?:\w+ ){0,3}(?:caso|proyecto|idea|situacion|problema|experiencia)",
            r"(?:caso|proyecto|problema|reto|situacion) (?:muy )?(?:parecid[oa]|similar)",
            // Portuguese
            r"(?:para (?:poder|perguntar|te perguntar|lhe perguntar|convidar|conversar sobre|falar sobre|enviar)|sobre (?:o|a) (?:projeto|programa|migracao|tema|proposta)|a respeito d[oae]|(?:trocar uma ideia|conversar|falar) sobre (?:o|a|os|as))",
            r"(?:caso|projeto|problema|desafio|situacao) (?:muito )?(?:parecid[oa]|semelhante|similar)",
            // Italian
            r"(?:per (?:poter|chiederti|chiederle|invitarti|invitarla|parlarti|parlarle|discutere di)|riguardo (?:a|al|alla|il|la)|a proposito d\w*|in merito (?:a|al|alla)|sul progetto|sulla proposta)",
            r"(?:caso|progetto|problema|sfida) (?:molto )?(?:simile|analog[oa])",
            // Dutch
            r"(?:zodat (?:ik|we)|met betrekking tot|in verband met)",
            r"over (?:de|het|uw|je|jullie) (?:[\w-]+ ){0,2}(?:project|aanbesteding|programma|plan|initiatief|onderzoek|proefschrift)",
            r"(?:vergelijkbaar|soortgelijk|hetzelfde) (?:project|probleem|vraagstuk)",
        ],
    },
    Family {
        name: "because",
        cue: Weak,
        phrases: &[
            r"(?:because|since (?:i|we)|as (?:i|we)(?:'m|'re| am| are) (?:working|building|planning|writing|researching|organi[sz]ing|preparing|starting|moving|joining))",
            r"i(?:'?m| am) (?:working on|planning|writing|researching|organi[sz]ing|preparing|moving to|starting)",
            r"(?:parce que|car (?:je|nous|j'))",
            r"(?:weil|da ich|da wir)",
            r"(?:porque|ya que)",
            r"(?:porque|ja que|pois (?:eu|estou|estamos))",
            r"(?:perche|poiche|dato che)",
            r"(?:omdat|aangezien)",
            r"(?:estoy|estamos) (?:montando|preparando|organizando|escribiendo|trabajando en|abriendo)|(?:estou|estamos) (?:montando|preparando|organizando|escrevendo|trabalhando em|abrindo)|(?:sto|stiamo) (?:preparando|organizzando|scrivendo|aprendo|avviando|lavorando a)|ik ben bezig met|je (?:monte|prepare|lance|travaille sur)|ich (?:baue|grunde|organisiere|schreibe) (?:gerade )?(?:ein|eine|an)",
            r"(?:can|could|may) i help|i'?d (?:like|love) to (?:help|volunteer)|(?:posso|puedo|puis-je|kann ich|posso|kan ik) (?:ajudar|ayudar|aider|helfen|aiutare|helpen)",
        ],
    },
];

pub static QUESTION: &[Family] = &[Family {
    name: "asks-something",
    cue: Strong,
    phrases: &[
        r"(?:a|one|quick|short|specific|couple of|few) questions? (?:about|on|regarding|re|for you about)",
        r"ask you (?:a (?:few |couple of |quick |short )?questions? )?(?:about|regarding|how|whether|if|what|why|which|where)",
        r"(?:get|hear|love|like|appreciate|value|want) (?:your|some) (?:input|thoughts|opinion|views?|take|perspective|advice) on",
        // Asking for advice or an informational interview is a specific ask.
        r"informational interview|(?:ask|get) (?:you )?(?:for )?(?:your |some )?advice|your advice on|career advice",
        r"(?:vos conseils|votre avis|ton avis|tes conseils|ihren rat|deinen rat|ihre einschatzung|deine einschatzung|tu consejo|su consejo|tu opinion|su opinion|seu conselho|sua opiniao|tua opiniao|seus conselhos|un tuo consiglio|un suo consiglio|il tuo parere|il suo parere|je advies|uw advies|je mening|uw mening)",
        r"(?:je|u) (?:iets )?vragen over",
        r"(?:une|quelques|ma) questions? (?:sur|au sujet|concernant|a propos|a vous poser)",
        r"vous (?:demander|poser une question|poser quelques questions)",
        r"(?:eine|ein paar|einige) fragen? (?:zu|zum|zur|uber|bezuglich|an sie|an dich|stellen)",
        r"(?:sie|dich) (?:etwas )?fragen",
        r"(?:una|unas|algunas) preguntas? (?:sobre|acerca|respecto|para)",
        r"(?:preguntarte|preguntarle|consultarte|consultarle)",
        r"(?:uma|algumas) perguntas? (?:sobre|a respeito|para)",
        r"(?:te |lhe )?(?:perguntar|fazer uma pergunta)",
        r"(?:una|qualche) domand[ae] (?:su|sul|sulla|riguardo|in merito)",
        r"(?:chiederti|chiederle|farti una domanda|farle una domanda)",
        r"(?:een|enkele|paar) vra(?:ag|gen) (?:over|stellen|aan)",
    ],
}];

/// Words that make a question mark say nothing specific: questions about connecting,
/// meeting or calling are requests, not questions. Used by the structural question cue.
pub static META_QUESTION: &[Family] = &[Family {
    name: "meta-question",
    cue: Strong,
    phrases: &[
        r"connect\w*|network\w*|link up|accept\w*|invit\w*",
        r"coffee|call|chat|demo|minutes|zoom|meet|meeting|available|free (?:this|next)|calendar|time",
        r"interested|interest|open to|open for|hearing more|learn(?:ing)? more|know more|more details|right person",
        r"conect\w*|vernetz\w*|connecten|collegar\w*|colleghiamo\w*|ligar\w*|relier|reseau|netzwerk|red|rede|rete|netwerk|kennismaking|gesprek|gesprach|echange|appel|llamada|conversa\w*|chiamata|telefonat\w*",
        r"ouvert\w*|offen|abiert[oa]|abert[oa]|apert[oa]|disponible|disponivel|disponibile|beschikbaar|interess\w*|interes\w*|topa|zin in|lust",
        r"are you hiring|hiring",
    ],
}];

// ---------------------------------------------------------------------------------
// Shared group, school, place or employer: a fact about both, not a reason.
// ---------------------------------------------------------------------------------

pub static SHARED_GROUP: &[Family] = &[
    Family {
        name: "both-members",
        cue: Strong,
        phrases: &[
            r"we(?:'re| are| were)? both",
            r"both of us",
            r"(?:same|mutual|common) (?:group|groups|community|network|school|university|college|alma mater|city|hometown|town|company|employer|industry|field|association|club|cohort|class|program|programme|area|region)",
            r"(?:group|community|network|association) (?:member|members)",
            r"(?:members?|part) of (?:the|a) (?:[\w&-]+ ){0,5}(?:group|community|network|association|club|society|alumni)",
            r"in the (?:[\w&-]+ ){1,4}(?:group|community|slack|discord)",
            r"(?:linkedin|facebook|slack|discord|whatsapp) (?:group|community)",
            r"fellow (?:[\w'&-]+ ){0,3}(?:alum|alumni|alumnus|alumna|graduate|grad|member|members|student|students)",
            r"alum(?:ni|nus|na)?",
            r"(?:also|too) (?:an? )?(?:alum|alumni|member|graduate)",
            r"(?:also|both) (?:based|living|located|working) (?:in|at|for)",
            r"(?:also|both|too) from",
            r"common ground|small world",
            // French
            r"(?:nous|on) (?:sommes|etions|est|etait) (?:tous |toutes )?(?:les )?(?:deux|toutes deux|tous deux)",
            r"(?:faisons|faites|fait|fais) partie (?:du|de la|des) meme",
            r"(?:meme|memes) (?:groupe|ecole|universite|promo|promotion|ville|entreprise|societe|reseau|association|secteur|region|communaute)",
            r"(?:membres?) (?:du|de la|de|d'un) (?:groupe|communaute|reseau|association)",
            r"ancien(?:ne)?s? (?:eleves?|etudiants?) d",
            r"(?:vous|toi) aussi",
            // German
            r"(?:wir )?(?:sind|waren) (?:beide|beiden|alle beide)",
            r"(?:beide|beiden) (?:in|bei|an|aus|mitglied\w*)",
            r"(?:gleichen|selben|derselben|demselben|gleiche|selbe) (?:gruppe|uni|universitat|hochschule|stadt|firma|unternehmen|arbeitgeber|verein|netzwerk|branche)",
            r"in der (?:[\w-]+ ){0,4}gruppe",
            r"mitglied(?:er)? (?:der|in der|im|des) (?:[\w-]+ ){0,3}(?:gruppe|netzwerk|verein)",
            r"absolvent\w*",
            // Spanish
            r"(?:los|las) dos",
            r"(?:ambos|ambas)",
            r"(?:mismo|misma) (?:grupo|universidad|escuela|facultad|ciudad|empresa|sector|asociacion|comunidad|pais)",
            r"miembros? del (?:[\w-]+ ){0,2}grupo",
            r"(?:ex)?alumn(?:o|a|os|as) de",
            r"egresad\w*",
            r"tambien (?:eres|estudiaste|trabajaste|vives|formas|eres de)",
            // Portuguese
            r"(?:os|nos) dois|(?:as|nos) duas",
            r"(?:mesmo|mesma) (?:grupo|universidade|faculdade|escola|cidade|empresa|setor|comunidade)",
            r"membros? do (?:[\w-]+ ){0,2}grupo",
            r"(?:ex-?)?alun[oa]s? d[aeo]",
            r"(?:se formou|formad[oa]s?) (?:na|no|em)",
            r"tambem (?:es|e|sou|estudou|estudaste|trabalhou|trabalha|mora|vive|moras) (?:de|em|na|no)",
            // Italian
            r"(?:siamo|eravamo) (?:entrambi|entrambe|tutti e due)",
            r"(?:entrambi|entrambe)",
            r"(?:stesso|stessa|medesimo|medesima) (?:gruppo|universita|scuola|citta|azienda|settore|comunita)",
            r"membri del (?:[\w-]+ ){0,2}gruppo",
            r"ex (?:studenti|alunni|allievi|studente|alunno|allievo)",
            r"laureat\w* (?:al|alla|presso)",
            // Dutch
            r"(?:we|wij) (?:zitten|zijn|waren|zaten) (?:\w+ )?(?:allebei|beiden|beide)",
            r"allebei",
            r"(?:dezelfde|hetzelfde) (?:groep|school|universiteit|hogeschool|stad|bedrijf|netwerk|vereniging|sector)",
            r"lid van (?:de|het) (?:[\w-]+ ){0,3}(?:groep|netwerk|vereniging)",
            r"linkedin-?groep",
            r"oud-?student\w*",
        ],
    },
];

// ---------------------------------------------------------------------------------
// Sales: a pitch for a product, service, partnership or scheme.
// ---------------------------------------------------------------------------------

pub static SALES: &[Family] = &[
    Family {
        name: "we-help-pitch",
        cue: Strong,
        phrases: &[
            r"(?:we|i) (?:help|helped|enable|empower|support|assist) (?:[\w&-]+ ){0,4}(?:companies|businesses|teams|brands|founders|startups|agencies|clients|leaders|organi[sz]ations|firms|retailers|professionals|executives|ceos|coaches|sellers|marketers|recruiters|smbs|smes|b2b|saas|shops|stores|restaurants|clinics|schools|people|you)",
            r"helping (?:[\w&-]+ ){0,4}(?:companies|businesses|teams|brands|founders|startups|agencies|clients|leaders|organi[sz]ations|firms|retailers|professionals|executives|ceos|coaches|sellers|marketers|recruiters|smbs|smes|b2b|saas|shops|stores|people)",
            r"(?:we|i) (?:provide|offer|deliver|supply|sell|generate|specialize in|specialise in) ",
            r"(?:nous proposons|nous offrons|nous vendons|je vends|wir bieten|wir verkaufen|ich verkaufe|ofrecemos|vendemos|ofrezco|oferecemos|vendemos|ofereco|offriamo|vendiamo|offro|wij bieden|we bieden|ik bied|wij verkopen|ik verkoop)",
            r"our (?:[\w-]+ ){0,2}(?:platform|tool|solution|service|services|software|app|agency|offer|offering|coaching|system|technology|api|plugin|saas|consultancy|integration)s?|our (?:new |latest |own )?products?",
            // First-person plural offering: "(we'd like to) offer you our ...", "we have a tool that".
            r"(?:offer|offering|provide|providing|present|presenting|introduce|introducing) (?:you )?(?:our|my) ",
            r"(?:we have|we'?ve got|we'?ve built|we built|tenemos|temos|abbiamo|nous avons|wir haben|wij hebben|we hebben) (?:an? |una? |um |uma |une? |eine[nm]? |een )?(?:[\w-]+ ){0,2}(?:tool|platform|solution|app|software|chatbot|bot|system|service|herramienta|plataforma|solucion|ferramenta|solucao|sistema|piattaforma|soluzione|strumento|outil|plateforme|logiciel|losung|plattform|oplossing)",
            r"(?:we have|tenemos|temos|abbiamo|nous avons|wir haben|wij hebben) (?:[\w-]+ ){0,3}(?:developers|engineers|consultants|freelancers|candidates|talent|desarrolladores|programadores|entwickler|ontwikkelaars|sviluppatori|developpeurs) (?:available|disponibles?|verfugbar|beschikbaar|disponibili)",
            r"(?:our|my) (?:clients|customers|users) (?:[\w-]+ ){0,2}(?:save|saved|see|get|report|increase|cut|reduce|grow|double|average|typically)|(?:unsere|meine) kunden (?:[\w-]+ ){0,2}(?:sparen|steigern|senken|gewinnen|erzielen)|(?:nos|mes) clients (?:[\w-]+ ){0,2}(?:economisent|gagnent|augmentent|reduisent|doublent)|(?:nuestros|mis) clientes (?:[\w-]+ ){0,2}(?:ahorran|aumentan|reducen|ganan|duplican)|(?:nossos|meus) clientes (?:[\w-]+ ){0,2}(?:economizam|aumentam|reduzem|ganham|dobram)|(?:i nostri|i miei) clienti (?:[\w-]+ ){0,2}(?:risparmiano|aumentano|riducono|ottengono)|(?:onze|mijn) klanten (?:[\w-]+ ){0,2}(?:besparen|verhogen|verlagen|winnen)",
            r"(?:our|my) (?:company|firm|business|studio|factory) (?:makes|produces|builds|offers|provides|sells|manufactures|supplies)|(?:la nostra|la mia) (?:azienda|societa|impresa|ditta) (?:produce|offre|realizza|fornisce|vende|distribuisce)|(?:notre|mon) (?:entreprise|societe|cabinet|agence) (?:fabrique|propose|produit|offre|vend|accompagne|aide)|(?:unser|mein) (?:unternehmen|betrieb|team) (?:bietet|produziert|entwickelt|liefert|verkauft)|(?:nuestra|mi) empresa (?:ofrece|fabrica|produce|vende|distribuye)|(?:nossa|minha) empresa (?:oferece|produz|fabrica|vende|distribui)|(?:ons|mijn) bedrijf (?:levert|maakt|biedt|produceert|verkoopt)",
            r"(?:we|i) (?:manufacture|produce|supply|distribute|install)",
            r"(?:nous (?:fabriquons|produisons|fournissons|distribuons|installons|realisons)|wir (?:produzieren|fertigen|liefern|vertreiben|installieren)|fabricamos|producimos|distribuimos|suministramos|instalamos|produzimos|fornecemos|produciamo|realizziamo|forniamo|distribuiamo|installiamo|(?:wij|we) (?:produceren|leveren|verzorgen|installeren))",
            r"(?:j'aide|nous aidons|j'accompagne) (?:les|des|mes|nos)|ich zeige (?:[\w-]+,? ){1,3}wie|ich helfe (?:[\w-]+ ){0,3}(?:unternehmen|firmen|teams|menschen|grundern|selbststandigen|kunden|praxen)|ayudo a|ajudo (?:empresas|pessoas|profissionais|negocios|marcas|clinicas|lojas|escolas|a|o|os|as)|aiuto (?:le |gli |i |l')?[\w-]+ (?:a|ad) |ik help (?:[\w-]+ ){0,3}(?:bedrijven|ondernemers|teams|mensen|organisaties|klanten)",
            r"(?:check out|try|discover|take a look at|have a look at|visit) (?:our|my)",
            r"(?:products?|services?|solutions?|tools?|platform|app|software) (?:that )?(?:we|i)(?:'ve| have)? (?:have|built|launched|developed|created|offer|sell|made)",
            // The sender's own product, now: "I'm building", "we've just launched" (not "the team that built").
            r"(?:i'?m|we'?re|i am|we are|i'?ve|we'?ve|i have|we have|i|we) (?:just |recently )?(?:building|built|developing|developed|launched|launching|created|creating) (?:[\w-]+ ){0,3}(?:tool|platform|app|product|saas|startup|ai|solution|software|plugin|extension|service|integration|bot)",
            r"(?:we'?ve|we have|we) (?:just |recently )?(?:launched|released|built) something\b|(?:nous venons|je viens|on vient) de lancer|wir haben (?:gerade|eben|kurzlich) (?:[\w-]+ ){0,3}(?:gelauncht|lanciert|auf den markt gebracht)|(?:acabamos|acabo) de (?:lanzar|lancar)|abbiamo appena lanciato|(?:we hebben|wij hebben) (?:net|zojuist|onlangs) (?:[\w-]+ ){0,3}gelanceerd",
            r"(?:building|developing|launching) (?:an? |the |my |our )?(?:[\w-]+ ){0,2}(?:tool|platform|app|product|saas|ai|solution|software|plugin|extension|service|integration|bot)",
            r"(?:building|working on|made|created) something (?:that )?(?:might|could|may|will|would) (?:help|interest|be (?:useful|relevant|of interest|valuable))",
            r"i (?:build|sell|offer|provide|develop|run|own|manage) (?:an? )?(?:[\w-]+ ){0,3}(?:tools|solutions|software|services|platforms|apps|agency|automation|products|company|business) (?:for|that|to|which)",
            r"(?:are you|is this|would you be) the (?:right|best) person",
            r"[a-z-]+s like yours",
            r"(?:my|our) (?:team|firm|company|agency|studio) (?:helps|has helped|supports|works with|specia\w+ in)",
            r"(?:discover|check out|decouvrez|entdecken sie|descubre|descubra|scopri|ontdek) (?:our|notre|nos|unsere?n?|nuestr[oa]s?|noss[oa]s?|la nostra|il nostro|i nostri|le nostre|onze|ons)",
            r"(?:introduce|present) (?:myself and )?(?:our|my) (?:company|agency|services?|solution|product|offer|platform)",
            r"(?:i|we) (?:work|partner) with (?:[\w-]+ ){0,3}(?:companies|businesses|brands|teams|founders|agencies|firms|clients|ceos)",
            // French
            r"(?:vous presenter|te presenter) (?:notre|nos|mon|ma|mes)",
            r"je me permets de vous (?:contacter|solliciter|ecrire) pour (?:vous )?(?:presenter|proposer)",
            r"nous (?:accompagnons|aidons|proposons|offrons|aidons les|accompagnons les)",
            r"(?:notre|nos) (?:nouvelles? |nouveaux? )?(?:solution|offre|plateforme|agence|outil|logiciel|services?|expertise|accompagnement|produit)s?",
            r"(?:je vous propose|puis-je vous proposer|je propose aux)",
            // German
            r"(?:ihnen|dir|euch) (?:\w+ ){0,2}(?:unser(?:e|en)?|mein(?:e|en)?) (?:\w+ )?(?:angebot|losung|plattform|produkt|dienstleistung|leistungen|tool|software|service)",
            r"wir (?:unterstutzen|helfen|begleiten|bieten|entwickeln fur)|(?:und )?entwickeln (?:[\w-]+ ){0,2}(?:apps|software|losungen|websites|webseiten|plattformen) fur",
            r"unser(?:e|en)? (?:neue[nrs]? )?(?:angebot|losung|plattform|produkt|dienstleistung|dienstleistungen|agentur|software|tool|service)",
            r"ich biete (?:ihnen|dir|euch)",
            r"(?:agentur|beratung) fur",
            r"(?:vorstellen|prasentieren) (?:mochte|mochten|darf|durfen)|(?:mochte|mochten) (?:ihnen|dir) (?:[\w-]+ ){0,3}vorstellen",
            // Spanish
            r"ayudamos a",
            r"(?:nuestro|nuestra|nuestros|nuestras) (?:nuev[oa]s? )?(?:servicios?|solucion|soluciones|plataforma|productos?|herramienta|agencia|software|oferta|cursos?)",
            r"(?:presentarte|presentarle) (?:nuestro|nuestra|nuestros|nuestras|mi|mis)",
            r"(?:te|le) ofrezco",
            // Portuguese
            r"ajudamos",
            r"(?:nosso|nossa|nossos|nossas) (?:nov[oa]s? )?(?:servicos?|solucao|solucoes|plataforma|produtos?|ferramenta|agencia|software|oferta|cursos?)",
            r"proposta (?:de parceria|comercial)",
            r"(?:te |lhe )?apresentar (?:nosso|nossa|nossos|nossas|meu|minha)",
            r"(?:desenvolvo|construo|vendo|ofereco|trabalho com|crio) (?:[\w-]+ ){0,2}(?:ferramentas|solucoes|automacao|software|servicos|plataformas)",
            // Italian
            r"aiutiamo",
            r"(?:la nostra|il nostro|i nostri|le nostre) (?:nuov[oa] )?(?:agenzia|soluzione|soluzioni|piattaforma|prodotto|prodotti|servizio|servizi|software|offerta|consulenza|consulenze)",
            r"(?:presentarti|presentarle) (?:la nostra|il nostro|i nostri|le nostre|la mia|il mio)",
            // Dutch
            r"(?:wij|we) helpen",
            r"(?:ons|onze) (?:nieuwe )?(?:platform|oplossing|oplossingen|product|producten|dienst|diensten|bureau|software|tool|aanbod|agency|cloudhosting|hosting)",
        ],
    },
    Family {
        name: "call-or-demo-ask",
        cue: Strong,
        phrases: &[
            r"(?:discovery|intro|introductory|exploratory|15-?min(?:ute)?|10-?min(?:ute)?|20-?min(?:ute)?|30-?min(?:ute)?) (?:call|chat|demo|meeting|conversation|zoom|sync)|(?:quick|short|brief) (?:demo|zoom|sync)",
            r"\d+ ?(?:min|mins|minutes) (?:of your time|call|chat|demo|this week|next week|to (?:show|walk|chat|talk))",
            r"(?:book|schedule|set up|hop on|jump on|grab) (?:a |an )?(?:quick |short |brief )?(?:call|demo|meeting|time|slot)",
            r"(?:appel|call|gesprach|telefonat|llamada|chamada|ligacao|chiamata|telefonata|belletje|gesprek|videocall) (?:de|van|von|di|of) \d+ ?(?:min|minutes|minuten|minutos|minuti)\b",
            r"(?:a|the|free|live|personali[sz]ed) demo",
            r"(?:show you how|walk you through)",
            // French
            r"(?:court|bref|petit|rapide) (?:echange|appel|rendez-vous|call|entretien|point)",
            r"(?:une|la) demo",
            r"(?:prendre|caler|fixer|planifier) (?:un )?(?:rendez-vous|rdv|appel|echange|creneau)",
            // German
            r"(?:kurzes?|kurzen) (?:gesprach|telefonat|call|austausch|termin|kennenlernen|meeting|demo)",
            r"(?:eine|einer) demo",
            r"termin (?:vereinbaren|ausmachen)",
            // Spanish
            r"(?:llamada|reunion|charla|videollamada) (?:rapida|breve|corta)",
            r"(?:breve|corta) (?:llamada|reunion|charla|videollamada)",
            r"(?:agendar|programar) una",
            // Portuguese
            r"(?:conversa|call|reuniao|ligacao|chamada) (?:rapida|breve|curta)",
            r"(?:agendar|marcar) (?:uma|um)",
            // Italian
            r"(?:breve|veloce|rapida) (?:call|chiamata|telefonata|chiacchierata|videochiamata)",
            r"call (?:conoscitiva|veloce|di \d+)",
            // Dutch
            r"(?:korte|kort|snelle) (?:kennismaking|call|belletje|demo|videocall)",
            r"(?:een )?afspraak (?:plannen|maken|inplannen)|(?:concertar|fijar) una (?:cita|reunion)|worth a (?:look|chat|call|try|conversation)|see if (?:it'?s|we'?re|this is) a (?:good )?fit",
            r"(?:een|de) demo",
        ],
    },
    Family {
        // The ask at the end of a pitch: permission to send or show something, or an
        // open door to "hear more". One kind of evidence however it is phrased; a
        // genuine note may ask the same, so it is weak.
        name: "pitch-ask",
        cue: Weak,
        phrases: &[
            // A few minutes asked for, in any language ("in case you ever have 10 min").
            r"\d+ ?(?:min|mins|minutes|minuten|minutos|minuti)\b",
            r"(?:would|does|could) (?:a |an )?(?:quick |short |brief )?(?:call|chat|intro|introduction|demo|meeting|conversation) make sense|(?:coffee|lunch|drinks?|dinner|a beer) (?:is |are )?on me|(?:happy|glad) to (?:send|share|show) (?:you )?(?:a few |some |a couple of )?(?:examples|case studies|samples|results|numbers|references|what'?s worked|what has worked|what works|how (?:we|others|other teams))|what'?s worked for (?:others|other teams|our clients|similar)|(?:open|interested) (?:to|in) (?:discussing|exploring|talking about) (?:a|an|the|our|possible|potential|some)|interested in (?:the|our|a|my) (?:deck|details|brochure|offer|proposal|one-pager|info|terms)",
            r"zal ik (?:je |u |jou )?(?:[\w-]+ ){0,3}(?:sturen|mailen|toesturen|laten zien)|soll ich (?:ihnen|dir|euch) (?:[\w-]+ ){0,3}(?:schicken|senden|zeigen|zukommen lassen)|(?:je vous envoie|je t'envoie) (?:un|une|quelques) (?:exemple|exemples|devis|presentation|plaquette|brochure)|(?:te|le) (?:envio|mando|paso) (?:un|una|unos|algunos|algunas) (?:ejemplos?|casos|presupuesto|propuesta)|(?:te|lhe) (?:envio|mando|mostro) (?:um|uma|uns|alguns|algumas) (?:exemplos?|casos|orcamento|proposta)",
            r"(?:quick|short|brief) (?:call|chat|meeting|conversation|intro|introduction)|(?:can|could|may|shall) i (?:send|share|show|email|forward|add) (?:you|u)\b|(?:can|could|may|shall) i (?:send|share|show) (?:over |across )?(?:a few|some|the|our|my|more|an? )|(?:happy|glad) to (?:send|share|show) (?:you |them |it )?(?:over|across|more)|send (?:them|it) over",
            // Offering the details, a copy or the dossier: "would you like the details?",
            // "happy to send you a copy", "le envio el dossier?", "te interesa que hablemos?".
            r"would you like (?:the|more|some|a few) (?:details|info|information|numbers|examples)|(?:happy|glad) to (?:send|share) (?:you )?(?:a copy|the (?:details|report|deck|dossier))|should i (?:send|use|email) (?:it|you|your)|(?:when|if) we can (?:have|hop on|jump on|schedule) (?:a )?(?:call|meeting)|(?:souhaitez-vous|voulez-vous) (?:recevoir|en savoir|les details|que je vous envoie)|(?:interesse an|lust auf) (?:den |einem |einen )?(?:details|unterlagen|infos|austausch)|(?:te|le) (?:envio|mando|paso) (?:el|la|los|las) (?:dossier|informacion|detalles|propuesta|catalogo|presentacion)|(?:te|le) interesa(?:ria)? (?:que hablemos|recibir|conocer|saber mas)|podemos (?:conversar|bater um papo|falar)\b|(?:te|lhe) interessa(?:ria)? (?:receber|conhecer|saber)|(?:le|ti) interessa(?:rebbe)? (?:ricevere|conoscere|saperne)|(?:posso|possiamo) (?:inviarle|inviarti) (?:il|la|i|le)|(?:heeft u|heb je) interesse in (?:een|de|het|onze)",
            r"(?:open|interested) (?:to|in) (?:hearing|seeing|exploring|finding out) (?:more|how)|(?:open|interested) (?:to|in) (?:a (?:quick |short |brief )?(?:chat|call|conversation|demo))|interested in learning how|reserve your (?:seat|spot|place)|kindly revert|(?:add|invite) you to (?:our|my) (?:telegram|whatsapp|group|community|list)",
            r"(?:puis-je|je peux|pourrais-je) (?:vous |te )?(?:envoyer|montrer|presenter|transmettre)|(?:darf|kann|konnte) ich (?:ihnen|dir|euch) (?:[\w-]+ ){0,3}(?:schicken|senden|zeigen|vorstellen|zukommen lassen)|lust auf (?:ein|einen) (?:[\w-]+ )?(?:gesprach|austausch|call|termin)|erstgesprach",
            r"(?:te|le) (?:puedo|podria) (?:ensenar|mostrar|enviar|mandar|presentar)|(?:puedo|podria) (?:ensenarte|mostrarte|enviarte|mandarte|presentarte|ensenarle|mostrarle|enviarle)|(?:posso|poderia) (?:te |lhe )?(?:mostrar|enviar|mandar|apresentar)|(?:le|ti|vi) (?:invio|mando|mostro)|(?:posso|potrei) (?:inviarti|inviarle|mostrarti|mostrarle|mandarti)|mag ik (?:u|je|jou) (?:[\w-]+ ){0,3}(?:sturen|mailen|laten zien|toesturen)",
            // The next step offered in the sender's own voice: sending the link or the
            // file, saving a seat, exploring what they could do for the reader.
            r"(?:i'?ll|i will|let me) (?:dm|send|email|forward|message|drop) (?:you|it|them|over)\b|dm you (?:the|a|my|our)|(?:happy|glad) to (?:share|show|send) (?:what (?:that|this|it) (?:looks|could look|would look) like|how (?:we|that|this|it|others))|(?:we'?d|i'?d|we would|i would) love to (?:explore|show you|discuss|see|learn) (?:how|whether|if) (?:we|i|our)|open to (?:a |an )?(?:partnership|collaboration|exploring|conversation|intro|introduction)|(?:shall|should|can|may) i (?:save|reserve|hold|book) (?:you )?(?:a|one)\b",
            r"(?:je vous|je t') ?(?:envoie|transmets|partage) (?:le|la|les|un|une|mon|ma|notre|nos)\b|(?:darf|kann|konnte|soll) ich (?:ihnen|dir|euch) (?:[\w-]+ ){0,4}(?:zuschicken|zusenden|zukommen lassen|reservieren)|zal ik (?:[\w-]+ ){0,4}(?:reserveren|vrijhouden|inplannen)|(?:valutare|esplorare|verificare) (?:insieme |con lei |con te |con voi )?(?:le |la |quali )?(?:opportunita|possibilita)|(?:explorar|avaliar|evaluar) (?:juntos |con usted |contigo |com voce )?(?:las |as |la |a )?(?:oportunidades?|possibilidades?|posibilidades?)",
            // A seat kept for the reader at their event: "je vous réserve une place ?", "¿te apunto?".
            r"(?:save|reserve|hold|book) you a (?:seat|spot|place|ticket)|(?:want|would you like) me to (?:send|share|forward|email|dm|save|reserve|hold|book)|(?:je vous|je te|je t') ?(?:reserve|garde) une place|(?:te|le|os) (?:apunto|reservo|guardo una plaza)|(?:te|lhe) (?:reservo|guardo) (?:um|uma) (?:lugar|vaga)|ti (?:riservo|tengo) un posto|(?:le|vi) (?:riservo|teniamo) un posto|(?:reserveer|reserveren) (?:ik|we|wij) (?:een|graag een) (?:plek|plaats)|(?:reserviere|reservieren) (?:ich|wir) (?:ihnen|dir|euch) (?:gerne )?einen platz|soll ich (?:sie|es|ihn|das|die|den) (?:ihnen|dir|euch) (?:[\w-]+ )?(?:schicken|senden|zuschicken|zusenden|reservieren)",
        ],
    },
    Family {
        name: "free-offer",
        cue: Strong,
        phrases: &[
            r"(?:first|1st) (?:month|week|session|lesson|consultation) (?:is )?free|(?:free|complimentary) (?:\d+[- ]?(?:minute|min|hour)s? )?(?:seo |website |marketing |security |growth |business |discovery |portfolio |strategy |intro )?(?:audit|trial|report|consultation|consult|assessment|analysis|review|strategy|session|month|demo|e-?book|guide|template|sample|quote|estimate|evaluation|copy|access)",
            r"no strings(?: attached)?\b|(?:\d+|un|deux|trois|six|douze) (?:mois|semaines) offert\w*",
            // "It's free here: bit.ly/..." ("if you are free" is about time, so only "it").
            r"(?:it'?s|its|it is) (?:completely |totally |100% |entirely )?free(?: here| to download| of charge)?\b|free (?:here|to download|download|of charge)|(?:available|download(?:able)?) (?:for )?free",
            r"(?:gratuit|gratuite|gratuitement|gratuits|offert|offerte|offerts|offertes|sans engagement|sans frais)",
            r"(?:kostenfrei|senza costi|sin costo alguno|sem custos|unverbindlich\w*)",
            r"(?:kostenlos\w*|gratis)",
            r"(?:gratuit[oa]s?|sin compromiso|sin costo|sin coste)",
            r"(?:gratuit[oa]s?|sem compromisso|sem custo|gratis)",
            r"(?:gratuit[oa]|senza impegno)",
            r"(?:kosteloos|gratis)",
            // Anything the sender gives away to open the door: "a free benchmark", "a free
            // patient-acquisition audit", "a complimentary strategy session".
            r"(?:free|complimentary|no-cost) (?:[\w-]+ ){0,2}(?:audit|benchmark|analysis|assessment|review|report|trial|sample|session|consultation|webinar|masterclass|workshop|training|course|checklist|playbook|guide|e-?book|template|estimate|quote|evaluation|scan|test)s?\b",
        ],
    },
    Family {
        name: "money-scheme",
        cue: Strong,
        phrases: &[
            r"earn (?:up to |over |more than )?\$?\d",
            r"passive income|side hustle|financial freedom|work from home|be your own boss|extra income|residual income|changed my life|life[- ]changing|income streams?|(?:work|set) your own hours|no experience (?:needed|required|necessary)|(?:motivated|ambitious|driven) (?:people|individuals|professionals) (?:to|who)|early (?:backers|investors)|(?:token|pre-?sale|ico)\b",
            r"(?:a change ma vie|hat mein leben verandert|cambio mi vida|mudou (?:a )?minha vida|ha cambiato la mia vita|veranderde mijn leven)",
            r"(?:guaranteed|monthly|weekly|daily) (?:returns?|profits?|income|payouts?)",
            r"returns? of (?:up to )?\d",
            r"investment (?:club|opportunity|plan|scheme|program|programme)",
            r"(?:group|syndicate|club|circle|pool) of (?:[\w-]+ )?(?:investors|angels|backers)|(?:minimum|min\.?) (?:ticket|investment|deposit|buy-in|commitment)|(?:ticket|investissement|investimento|inversion) (?:minimum|minimo|minima)|mindest(?:investition|anlage|ticket|einlage)|minimale (?:inleg|investering)",
            r"(?:make|made|making|earn|earning|earned) \$?\d[\d,.k-]* (?:a|per|every|each) (?:day|week|month)",
            r"(?:investment|inversion|investimento|investissement|investering)s? (?:opportunit\w+|project|proyecto|projeto|progetto|projet)|(?:oportunidad|oportunidade|opportunita|opportunite) (?:de |di |d')?(?:inversion|investimento|investissement)|investmentprojekt|investitionsmoglichkeit",
            r"(?:guaranteed|garantizad[oa]|garantid[oa]|garantit[oa]|garantiert\w*|gegarandeerd\w*|monthly|monatliche\w*|mensual\w*|mensais|mensili|fixed) (?:rendite|returns?|rentabilidad|rentabilidade|rendimento|rendement)|(?:rendite|returns?|rentabilidad|rentabilidade|rendimento|rendement) (?:garantizad\w*|garantid\w*|garantit\w*|guaranteed|del \d|de \d|von \d)",
            r"(?:revenus? (?:passifs?|complementaires?)|gagner (?:\d|de l'argent)|liberte financiere)",
            r"(?:passives? einkommen|geld verdienen|nebeneinkommen)",
            r"(?:ingresos pasivos|ganar dinero|libertad financiera)",
            r"(?:renda (?:passiva|extra)|ganhar dinheiro|liberdade financeira)",
            r"(?:reddito passivo|guadagnare|guadagni)",
            r"(?:passief inkomen|geld verdienen|bijverdienen)",
        ],
    },
    Family {
        name: "growth-claim",
        cue: Strong,
        phrases: &[
            r"\d+(?:[.,]\d+)? ?x (?:faster|more|better|growth|revenue|roi|leads|sales|pipeline|the|your|meer|mehr|plus|mas|mais|piu)",
            r"\d+ (?:hours|hrs|stunden|heures|horas|ore|uur) (?:a|per|pro|par|por|a|alla|in de) (?:week|woche|semaine|semana|settimana|month|monat|mois|mes|mese|maand)",
            r"\d+ ?% (?:more|less|faster|cheaper|increase|growth|reduction|savings?|lower|higher|off|de|a|en|in|mais|meno|minder)",
            r"(?:by|up to|em ate|ate|jusqu'a|bis zu|hasta un|hasta|fino al|tot) \d+ ?%",
            r"\d+\+? (?:[\w-]+ ){0,2}(?:meetings|leads|appointments|calls|demos|clients|customers) (?:a|per|every|each)",
        ],
    },
    Family {
        // The same promise without a number: also the topic of honest posts, so weak.
        name: "growth-promise",
        cue: Weak,
        phrases: &[
            r"(?:double|triple|doubling|tripling|dobrar|duplicar|doubler|verdoppeln|verdubbelen|raddoppiare|triplicar|aumentar|increase|boost|10x|grow) (?:[\w'-]+ ){0,3}(?:revenue|sales|leads|pipeline|conversion|conversie|conversies|faturamento|chiffre d'affaires|umsatz|ventas|fatturato|omzet|income|bookings|meetings|vendas|roi|clients|clientes|klanten|rendez-vous|rdv|appointments|termine|citas|reach|followers|audience)",
            r"(?:dimezzare|halve|halving|halbieren|diviser par deux|reduzir pela metade|reducir a la mitad|halveren) ",
            r"(?:cut|cuts|reduce|reduces|slash|slashes) (?:[\w'-]+ ){0,4}in half|(?:halbieren|halbiert|halveren|halveert|dimezza|dimezzano|divise par deux|divisent par deux|reduzem pela metade|reduce a la mitad|reducen a la mitad)",
            r"(?:save|saves|saving|sparen|economisez|economiser|ahorra\w*|economiz\w+|risparmi\w+|besparen) (?:[\w-]+ ){0,3}(?:\d+ )?(?:hours|time|money|stunden|zeit|geld|heures|temps|horas|tiempo|dinero|tempo|dinheiro|ore|soldi|uur|tijd)",
            r"(?:neukunden|new clients|new customers|nouveaux clients|nuevos clientes|novos clientes|nuovi clienti|nieuwe klanten) (?:gewinnen|win|winning|get|gagner|conseguir|captar|trovare|winnen)|(?:in|en|em|within) \d+ (?:days|tagen|jours|dias|giorni|dagen)",
            r"(?:cut|reduce|lower|slash|save|reduzir|reducir|reduire|senken|ridurre|verlagen|diminuir|bajar) (?:[\w-]+ ){0,3}(?:costs?|bill|spend|expenses|custos|costes|costos|couts|kosten|costi|gastos)",
            r"(?:qualified|booked|guaranteed) (?:meetings|leads|appointments|calls|demos)|(?:rendez-vous|rdv|termine|citas|reunioes|appuntamenti|afspraken) (?:qualifies|qualifiziert\w*|cualificad\w*|qualificad\w*|qualificat\w*|gekwalificeerd\w*)",
            r"crypto\w*|forex|bitcoin|blockchain|nft|binary options|trading (?:signals|bot|account|with)",
            r"(?:available|free|time) for (?:a |an )?(?:quick |short )?(?:call|demo)",
        ],
    },
    Family {
        name: "link-or-website",
        cue: Weak,
        phrases: &[
            r"https?://[a-z0-9./?=&%#_~:+@-]+",
            r"www\.[a-z0-9./?=&%#_~:+@-]+",
            // Bare domains; short TLDs that are also words ("it", "me", "at", "be") only with a path.
            r"[a-z0-9-]+\.(?:com|io|ai|net|org|app|dev|biz|info|ly|xyz|tech|shop|store|online|site|studio|agency|design|digital|media|solutions|consulting|cloud|global|academy|live|de|fr|nl|pt|br|uk|eu|ch)(?:\.br|\.uk)?(?:/[a-z0-9./?=&%#_~:+@-]*)?",
            r"[a-z0-9-]+\.(?:co|it|me|at|be|es)/[a-z0-9./?=&%#_~:+@-]*",
            // Any other domain, with a path: "bit.ly/x", "cmocircle.example/join".
            r"[a-z0-9-]+\.[a-z]{2,12}/[a-z0-9./?=&%#_~:+@-]+",
            r"(?:our|my) (?:website|web site|site|landing page|preregistration page|pre-registration page|signup page|waitlist|wait list|beta|brochure|deck|case stud(?:y|ies)|pricing|catalog|catalogue|shop|store)",
            r"(?:notre|mon) site|(?:nosso|meu) site|(?:nuestra|mi) (?:web|pagina web)|(?:unsere|meine) (?:website|webseite|seite)|(?:il nostro|il mio) sito|(?:onze|mijn) (?:website|site|webshop)",
            r"link (?:in (?:my )?bio|below|above)|click (?:here|below|the link)|sign up|register (?:now|here|today)",
            r"(?:mehr )?infos? (?:unter|auf)|(?:acesse|bezoek|besuchen sie|consultez) (?:\w+ )?(?:site|website|webseite|pagina|sito|link)",
            r"link'?s? (?:is )?(?:in|on) my (?:profile|bio)|(?:link|lien|enlace|link) (?:no|dans|en|im|nel|in) (?:meu|mon|mi|meinem|mio|mijn) (?:perfil|profil|profilo|profiel|bio)|(?:my|our|ma|notre|minha|nossa|mi|nuestra|meinen|unseren|la mia|la nostra|mijn|onze) (?:weekly |monthly |free )?(?:newsletter|nieuwsbrief)",
        ],
    },
    Family {
        name: "collateral",
        cue: Weak,
        phrases: &[
            r"brochure|case stud(?:y|ies)|pitch deck|whitepaper|white paper|price list|discount|promo code|special offer|limited (?:offer|time)",
            r"catalog\w*|katalog\w*|catalogus|catalogo",
            r"(?:send|share) (?:you )?(?:our |some |a few )?(?:profiles|cvs|portfolio|samples)|(?:extend|augment|scale) your (?:team|dev team|workforce)",
            r"info(?:rmation)? pack|pricing (?:sheet|page|deck|list|plans?)|(?:request|get|ask for) a (?:quote|demo)|richiedi un preventivo|demandez (?:un|votre) devis|(?:sur|on|op) (?:demande|request|aanvraag)",
            // "ab 1. Oktober", "desde 2019" are dates: a bare "from <number>" is not a price.
            r"(?:fees?|prices?|rates?|plans?|packages?|espacios|spaces) (?:from|start(?:ing)? at|arrancan en|desde)|(?:unsere|our|nos|nuestras|nossas|le nostre|onze) (?:referenzen|references|referencias|referenze|referenties)|listino|campion[ei]",
            // The sender's own report, benchmark or deck, offered to read.
            r"(?:our|my) (?:new |latest |annual |free |\d{4} )?(?:[\w-]+ ){0,3}(?:report|benchmark|whitepaper|e-?book|playbook|checklist|toolkit|one-pager|deck)\b|(?:the|a) deck\b|(?:notre|nos) (?:[\w-]+ ){0,2}(?:rapport|etude|livre blanc|guide|barometre)|(?:unser|unseren|unsere) (?:[\w-]+ ){0,2}(?:report|whitepaper|studie|leitfaden|e-book)|(?:nuestro|nuestra) (?:[\w-]+ ){0,2}(?:informe|estudio|guia|e-?book)|(?:nosso|nossa) (?:[\w-]+ ){0,2}(?:relatorio|estudo|guia|e-?book)|(?:il nostro|la nostra) (?:[\w-]+ ){0,2}(?:report|rapporto|studio|guida|e-?book)|(?:ons|onze) (?:[\w-]+ ){0,2}(?:rapport|onderzoek|whitepaper|e-?book|gids)",
            r"(?:we'?ve|we have|i'?ve|i have) (?:just )?(?:put together|compiled|published|prepared|created) (?:a|an|our|the) (?:[\w'-]+ ){0,6}(?:report|guide|benchmark|study|survey|whitepaper|e-?book|checklist|playbook)\b|(?:nous avons|j'ai) (?:realise|publie|prepare) (?:un|une) (?:[\w'-]+ ){0,4}(?:rapport|etude|guide|livre blanc)|(?:wir haben|ich habe) (?:einen?|eine) (?:[\w'-]+ ){0,4}(?:report|studie|leitfaden|whitepaper) (?:erstellt|veroffentlicht)|(?:hemos|he) (?:preparado|elaborado|publicado) (?:un|una) (?:[\w'-]+ ){0,4}(?:informe|estudio|guia)|(?:preparamos|elaboramos|publicamos) (?:um|uma) (?:[\w'-]+ ){0,4}(?:relatorio|estudo|guia)|abbiamo (?:preparato|realizzato|pubblicato) (?:un|una|uno) (?:[\w'-]+ ){0,4}(?:report|studio|guida)|(?:we hebben|wij hebben) (?:een) (?:[\w'-]+ ){0,4}(?:rapport|onderzoek|gids|whitepaper) (?:gemaakt|gepubliceerd|opgesteld)",
            r"courtesy of|offert par|offerta da|ofrecid[oa] por|oferecid[oa] por|aangeboden door|(?:exhibitor|sponsor) (?:booths?|stands?|packages?|slots?|spots?)|(?:reduced|discounted|early-?bird|special|preferential) (?:rate|price|fee)s?\b|sponsored|sponsoring|sponsorship|prospectus|patrocinad\w*|patrocinio|gesponsert|sponsorizzat\w*|gesponsord|sponsorise\w*",
            // Amounts of money (the folded note spells the euro and pound signs "eur", "gbp").
            r"\d+ ?(?:euros?|eur|dollars?|usd|reais|pounds?|gbp)",
            // A whole amount ("eur499", "$10k"): a trailing word boundary after a single
            // digit would only ever match one-digit prices.
            r"(?:eur|gbp|usd|chf|r\$) ?\d+(?:[.,]\d+)*k?",
            r"\$ ?\d+(?:[.,]\d+)*k?",
            r"(?:send|share) (?:you )?(?:more )?(?:info|information|details) (?:about|on) (?:our|my|what we)",
        ],
    },
    Family {
        // Prices, discounts and quotes: a pitch talks money early.
        name: "price-talk",
        cue: Weak,
        phrases: &[
            r"(?:remuneration|honoraires|paiement|pagamento|pago|bezahlung|vergutung|fee|fees) (?:au|on|a|al|nach|su|op) (?:succes|success|exito|sucesso|erfolg|successo|resultaat|basis van resultaat)|success[- ]fee|erfolgsbasiert\w*|no win,? no fee|pay[- ]per[- ](?:meeting|lead|result|click|appointment|call)|(?:performance|results)[- ]based (?:pricing|fee|model)|no (?:retainer|setup fee|upfront (?:cost|fee))|prices?|pricing plans?|(?:competitive|special|great) (?:rates|prices)|quote|discount\w*|\d+ ?% off|(?:half|a fraction of) (?:the )?(?:usual |normal |local )?(?:price|cost|rates)|affordable|cheap\w*",
            r"tarifs?|devis|remise|code promo|en promo\w*|prix promo\w*|(?:prix|tarifs) (?:\w+ )?competiti\w+",
            r"preis\w*|rabatt\w*|gunstig\w*|kostenvoranschlag",
            r"precios?|tarifas?|descuentos?|presupuesto",
            r"precos?|descontos?|orcamento|promocao",
            r"prezz\w+|scont\w+|preventiv\w+|tariff\w+",
            r"prijs|prijzen|korting|offerte|tarieven|voordelig",
        ],
    },
    Family {
        // A percentage: pitches quantify ("85% success rate", "15% off").
        name: "percent-claim",
        cue: Weak,
        phrases: &[r"\d+(?:[.,]\d+)? ?%"],
    },
    Family {
        // Asking about their needs before saying who they are: prospecting.
        name: "needs-question",
        cue: Weak,
        phrases: &[
            r"how (?:does |do |is |are )?(?:your|you) (?:[\w-]+ ){0,2}(?:handles?|manages?|deals?|approach(?:es)?|handling|manage|managing|deal|dealing|approach|approaching|currently|today)|(?:what'?s|what is|what are) your (?:biggest|main|greatest) (?:headache|challenge|pain|problem|bottleneck|struggle)s?|comment (?:gerez|geres|gere|gerer)|(?:como|cual) (?:gestionan|gestionas|gestiona|manejan|lidam|lidan|gerenciam|gerencia)|wie (?:viel|viele|lange) (?:zeit|geld|stunden) (?:verbringt|verbringen|investiert|investieren|gibt|geben|kostet)|(?:sua|tua|su|tu) (?:empresa|equipe|equipo) (?:ja |ya )?(?:usa|utiliza)|quanto (?:spendete|spende|spendi|investite|investe)|hoeveel (?:tijd|geld) (?:besteedt|besteden|kost)",
            r"(?:on|in) (?:your|the) radar|(?:sur|dans) (?:votre|ton) radar|auf (?:ihrem|deinem|eurem) radar|en (?:tu|su) radar|no (?:seu|teu) radar|(?:nel|sul) (?:tuo|suo) radar|op (?:je|jouw|uw|jullie) radar|(?:a |your )?(?:top )?priority (?:for you|this quarter|this year)|top of mind for you",
            r"(?:do|does) (?:you|your (?:team|company|business)) (?:need|want|struggle|have trouble)|are you (?:looking for|struggling)|need more (?:leads|clients|customers|sales|traffic)|(?:want|looking) to (?:grow|increase|boost|scale) your",
            r"avez-vous (?:deja )?(?:pense|besoin|envisage)|vous cherchez a (?:augmenter|developper)",
            r"(?:brauchen|suchen) sie (?:noch )?(?:mehr|nach|eine|einen)",
            r"(?:necesitas|necesita|quieres|quiere) (?:mas|aumentar|vender|crecer|conseguir)",
            r"(?:quer|queres|precisa|precisas) (?:de )?(?:aumentar|vender|crescer|mais|conseguir)",
            r"(?:vuoi|vuole|hai bisogno|avete bisogno) (?:di )?(?:aumentare|vendere|crescere|piu)",
            r"(?:wil je|wilt u|zoek je|zoekt u) (?:meer|groeien|verkopen)",
        ],
    },
    Family {
        // Move to a private channel, or reply to claim something.
        name: "call-to-action",
        cue: Weak,
        phrases: &[
            r"dm me|message me (?:for|to)|reply (?:yes|with)|inbox me|whatsapp",
            r"(?:escribeme|escribame|me chama|chama no (?:direct|dm|inbox|whats)|manda (?:uma )?mensagem|scrivimi|stuur me een bericht|schreib mir|ecrivez-moi|contactez-moi)",
            r"(?:method|methode|metodo|sistema|system) (?:\w+ )?(?:that works|qui marche|qui fonctionne|das funktioniert|que funciona|che funziona|die werkt)",
            r"(?:unique|amazing|incredible|exciting) (?:business )?opportunit\w+",
        ],
    },
    Family {
        // Who they are is what they sell: "I'm a tax consultant", "we're a dev shop".
        name: "seller-identity",
        cue: Weak,
        phrases: &[
            r"i'?m an? (?:[\w-]+ ){0,2}(?:consultant|coach|advisor|adviser|broker|agent|reseller|distributor|sales rep)|(?:we'?re|we are) an? (?:[\w-]+ ){0,3}(?:agency|shop|studio|consultancy|firm|provider|vendor|reseller|supplier|development company|software company|services company|outsourcing company)",
            r"je suis (?:consultante?|coach|courtier|courtiere|agente?|conseillere?) |(?:nous sommes|on est) une? (?:agence|cabinet de conseil|societe de services)",
            r"ich bin (?:berater|beraterin|coach|makler|maklerin|vertriebler\w*)|wir sind eine? (?:[\w-]+ ){0,2}[\w-]*(?:agentur|beratung|dienstleister|softwarehaus|anbieter|studio)",
            r"soy (?:consultor|consultora|coach|asesor|asesora|agente|comercial)|somos (?:una? )?(?:agencia|consultora|empresa de servicios)",
            r"sou (?:consultor|consultora|coach|corretor|corretora|representante)|somos (?:uma? )?(?:agencia|consultoria)",
            r"sono (?:consulente|coach|agente|promotore|promotrice)|siamo una? (?:agenzia|societa di consulenza)",
            r"ik ben (?:consultant|adviseur|coach|makelaar|accountmanager)|(?:wij|we) zijn een (?:[\w-]+ ){0,2}[\w-]*(?:bureau|agency|dienstverlener|leverancier)",
            r"i (?:run|own|represent|founded|manage) an? (?:[\w'-]+ ){0,4}(?:agency|firm|consultancy|studio|shop|practice|brokerage|company|business)|i represent ",
            r"je lance (?:une?|mon|ma) (?:[\w-]+ )?(?:formation|offre|programme|produit|application|appli|plateforme|agence|coaching|service)|(?:i'?m|we'?re|i am|we are) (?:launching|running|opening|selling) (?:an? |my |our )?(?:[\w-]+ ){0,3}(?:course|program|programme|presale|pre-sale|token|fund|academy|coaching|membership|masterclass)",
            r"(?:i'?ve|we'?ve|i have|we have) (?:spent|been) (?:[\w-]+ ){0,4}(?:solving|fixing|building|helping)",
            // Selling workshops and programmes: "I run workshops that cut meeting time in half".
            r"i (?:run|teach|deliver|give|sell|offer|facilitate) (?:[\w-]+ ){0,2}(?:workshops|trainings|courses|programs|programmes|bootcamps|audits|masterclasses|retreats|sessions) (?:that|which|to help|for (?:teams|companies|leaders|managers|businesses|founders|execs|executives|organi[sz]ations))|j'anime des (?:ateliers|formations|seminaires) (?:qui|pour)|ich (?:gebe|biete|leite) (?:[\w-]+ )?(?:workshops|trainings|seminare) (?:die|fur)|imparto (?:talleres|formaciones|cursos) (?:que|para)|(?:ministro|dou|ofereco) (?:workshops|treinamentos|cursos) (?:que|para)|(?:tengo|offro) (?:workshop|corsi|formazioni) (?:che|per)|ik geef (?:workshops|trainingen) (?:die|voor|aan)",
            r"(?:cto|ceo|founder|co-?founder|head of sales|sales director) (?:at|of) an? (?:[\w-]+ ){0,2}(?:startup|start-up|scale-?up|company|agency|firm)",
            // A team or firm by what it is and where: "we're a nearshore team based in Kraków".
            r"(?:we'?re|we are) (?:an? )?(?:[\w-]+ ){0,3}(?:team|company|firm|agency|studio|startup|start-up|consultancy|provider|partner|boutique|collective|marketplace) (?:based|located|in|from|that|which|speciali[sz]\w*|helping|working|focused|of)\b",
            r"(?:nous sommes|on est) une? (?:[\w-]+ ){0,3}(?:equipe|societe|entreprise|startup|start-up|structure|esn|agence|cabinet|studio|collectif|boite|pme)\b",
            r"wir sind (?:ein|eine|einer) (?:[\w-]+ ){0,3}[\w-]*(?:team|unternehmen|firma|agentur|startup|beratung|studio|anbieter|dienstleister|kanzlei)\b",
            r"somos una? (?:[\w-]+ ){0,3}(?:equipo|empresa|agencia|consultora|startup|estudio|firma|despacho)\b",
            r"somos uma? (?:[\w-]+ ){0,3}(?:equipe|equipa|empresa|agencia|consultoria|startup|estudio)\b",
            r"siamo una? (?:[\w-]+ ){0,3}(?:squadra|team|societa|azienda|agenzia|startup|realta|studio)\b",
            r"(?:wij|we) zijn een (?:[\w-]+ ){0,3}[\w-]*(?:team|bedrijf|bureau|startup|studio|agency|partij)\b",
        ],
    },
    Family {
        // Asking the reader whether they are hiring ("Vous recrutez en ce moment ?", "Zoekt
        // u nog mensen?"): an agency's opening, but also a job seeker's, so it only adds
        // weight to other sales evidence and never makes a pitch alone.
        name: "hiring-question",
        cue: Supporting,
        phrases: &[
            r"are you (?:currently |still )?(?:hiring|recruiting)|(?:vous recrutez|recrutez-vous)|(?:stellen|suchen) sie (?:gerade |aktuell |noch )?(?:ein\b|mitarbeiter|personal|fachkrafte|verstarkung)|(?:estan|estais) (?:contratando|buscando personal)|(?:voces|vcs) estao (?:contratando|com (?:[\w-]+ ){0,3}vagas)|(?:state|stai) (?:assumendo|cercando personale)|(?:zoekt u|zoek je|zoeken jullie) (?:nog )?(?:mensen|personeel|medewerkers|collega'?s)",
        ],
    },
    Family {
        // The vendor's track record or size: "we've helped 50+ clinics", "many of my
        // clients", "with 250+ developers". Weak: a claim, not yet an offer.
        name: "track-record",
        cue: Weak,
        phrases: &[
            r"(?:we'?ve|we have|i'?ve|i have) (?:already )?(?:helped|worked with|served|supported) (?:more than |over |\d+\+? )?(?:\d+|hundreds|dozens|thousands)|(?:many|most|all|some) of (?:my|our) (?:clients|customers)\b|(?:my|our) (?:clients|customers) (?:include|range)|with (?:\d+\+?|over \d+|more than \d+) (?:[\w-]+ )?(?:developers|engineers|consultants|specialists|experts|recruiters|designers)\b",
            r"(?:nous avons|j'ai) (?:deja )?(?:aide|accompagne) (?:plus de )?\d+|(?:beaucoup|la plupart) de (?:mes|nos) clients",
            r"(?:wir haben|ich habe) (?:bereits |schon )?(?:uber |mehr als )?\d+ (?:[\w-]+ ){0,2}(?:geholfen|begleitet|betreut|unterstutzt)|viele (?:meiner|unserer) kunden",
            r"(?:hemos|he) (?:ayudado|acompanado) a (?:mas de )?\d+|(?:muchos|la mayoria) de (?:mis|nuestros) clientes",
            r"(?:ja )?(?:ajudamos|ajudei|atendemos) (?:mais de )?\d+|(?:muitos|a maioria) dos (?:meus|nossos) clientes",
            r"(?:abbiamo|ho) (?:gia )?(?:aiutato|seguito|accompagnato) (?:oltre |piu di )?\d+|(?:molti|la maggior parte) dei (?:miei|nostri) clienti",
            r"(?:wij hebben|we hebben|ik heb) (?:al )?(?:meer dan )?\d+ (?:[\w-]+ ){0,2}(?:geholpen|begeleid)|(?:veel|de meeste) van (?:mijn|onze) klanten",
            // Results for the sender's clients, or the size of their audience: "one client
            // saved £180k", "15 milioni di finanziamenti", "12 mil leitores". ("One of our
            // clients" alone is the vendor's voice, below: an agency recruiter says it too.)
            r"(?:one|a|another) (?:of (?:our|my) )?(?:clients?|customers?) (?:[\w-]+ ){0,2}(?:saved|cut|grew|increased|reduced|doubled|tripled|got|saw|went|landed|closed|generated)",
            r"\d+(?:[.,]\d+)? ?(?:million|millions|milioni|millones|milhoes|mio|mln|miljoen)\b|(?:generated|brought in|drove|raised|secured) (?:over |more than |nearly |almost )?(?:eur|gbp|usd|\$)? ?\d",
            r"\d+(?:[.,]\d+)? ?(?:k|mil|mille|tausend|duizend)? (?:subscribers|followers|readers|members|listeners|leitores|seguidores|assinantes|lectores|suscriptores|lecteurs|abonnes|abonnenten|leser|lettori|iscritti|lezers|abonnees|volgers)\b",
        ],
    },
    Family {
        // Scarcity, the seller's lever: "two spots just opened in my cohort".
        name: "scarcity",
        cue: Weak,
        phrases: &[
            r"(?:spots?|seats?|places?|slots?) (?:just )?(?:opened|left|available|remaining|open up)|(?:next|new|upcoming|spring|summer|autumn|fall|winter) cohort\b|(?:only|just) (?:\d+|two|three|a few) (?:spots|seats|places|slots)",
            r"places (?:restantes|disponibles|limitees)|plus que \d+ places|(?:platze|plaetze) (?:frei|verfugbar|begrenzt)|nur noch \d+ platze|(?:plazas|cupos) (?:disponibles|limitadas|limitados|libres)|vagas (?:limitadas|restantes)|ultimas vagas|posti (?:disponibili|limitati|liberi)|(?:plekken|plaatsen) (?:vrij|beschikbaar|over)|beperkt aantal plaatsen",
        ],
    },
    Family {
        // A stranger introducing themselves rather than saying why: the cold opener.
        name: "cold-intro",
        cue: Weak,
        phrases: &[
            r"(?:reach(?:ing)? out|write|writing|wanted) to introduce myself|allow me to introduce myself|let me introduce myself",
            r"(?:me presenter|me presente|vorstellen darf|presentarme|me apresentar|presentarmi|mij (?:even )?voorstellen)",
        ],
    },
    Family {
        name: "partnership-or-prospecting",
        cue: Weak,
        phrases: &[
            r"partnership|partner with you|partnering|business (?:opportunit\w+|collaboration)|(?:looking for|seeking) (?:partners|investors|distributors|resellers|affiliates|clients|customers)",
            r"parceria|partenariat|partnerschaft|alianza comercial|collaborazione commerciale|samenwerkingsverband",
            r"(?:my|our) (?:new )?(?:startup|start-up)|co-?founder|founder (?:at|of)",
            r"(?:saw|noticed|see) (?:that )?(?:you'?re|you are) (?:leading|scaling|growing|heading|running|in charge)",
            r"(?:noticed|saw|see) (?:that )?your (?:company|team|business) (?:is|was|has been) (?:growing|scaling|hiring|expanding)",
            r"vi que (?:voce|vc) (?:lidera|e responsavel|cuida|gerencia)",
            r"(?:love|like|appreciate|get|want|need) (?:your|some|honest) feedback|(?:\d+|few) (?:min|mins|minutes) of your time|pick your brain",
            r"not (?:an? )?(?:sales )?(?:pitch|pitching|selling)|no (?:sales )?pitch",
            r"(?:noticed|saw|see) (?:that )?(?:you'?re|you are|your (?:team|company) is) (?:hiring|growing|scaling|expanding)|business opportunit\w+|(?:a few|some) (?:select|selected|hand-?picked) (?:leaders|executives|founders|people)|(?:our|an) (?:exclusive|private|invite-only) (?:roundtable|event|dinner|club|community|summit|mastermind)",
            r"join (?:our|my) (?:exclusive |private )?(?:club|community|program|programme|webinar|mastermind|waitlist|challenge)",
            r"limited (?:spots|seats|places)|act now|don'?t miss",
            // Membership sold as an honour.
            r"membership (?:is|by)|by invitation(?: only)?|invite-only|invitation-only|members-only|extend (?:an |one |the |this )?(?:invitation|invite|one) to you",
            r"(?:complement|complementary) (?:to ours|to our|offering|solutions?|products?|services?)|(?:referral|reseller|affiliate|white-?label|co-?marketing|channel) (?:partnership|program|programme|agreement|deal)",
            // "Not selling anything, but...", in every language: the disclaimer that opens a pitch.
            r"(?:ne cherche pas a|pas (?:la )?pour) (?:te |vous )?vendre|sans (?:discours|presentation) commercial\w*|nicht (?:um )?(?:ihnen |dir )?(?:etwas )?zu verkaufen|ohne verkaufs\w*|(?:no es para|no busco|no quiero) vender(?:te|le)?|sin (?:presentaciones|discursos?) comercial\w*|nao (?:e para|quero) (?:te |lhe )?vender|sem (?:apresentacoes|discurso) comerc\w*|non (?:voglio|e per) vender(?:ti|le)|(?:niente|nessuna|senza) presentazion\w* commercial\w*|niet om (?:je|u) iets te verkopen|geen verkoop\w*",
            // Recruiting resellers and referrers, paid by commission.
            r"(?:as|als|comme|como|come) (?:a |an |un |une |een )?[\w-]*(?:partners?|partenaires?|parceiros?|socios?|rivenditori|wederverkopers?|resellers?|distributors?)\b|(?:\d+ ?% )?(?:commission|provision|provisie|comissao|comision|commissione|provvigione)\b",
            // Investors sought: "we're closing a 2M seed", "raising our Series A".
            r"(?:raising|closing|opening) (?:a |an |our |the )?(?:eur|gbp|usd|\$)? ?\d*(?:[.,]\d+)? ?(?:k|m|mm|million)? ?(?:seed|pre-seed|series [a-c]|round)\b|(?:seed|pre-seed|series [a-c]) round",
        ],
    },
    Family {
        // What the sender makes, for whom: "we build websites for freelancers",
        // "wij bouwen websites voor zzp'ers". Present tense, a customer group after it.
        name: "vendor-offering",
        cue: Weak,
        phrases: &[
            r"(?:we|i) (?:build|make|design|develop|create|write|produce|book|find|source|handle|run|manage|automate|fix|implement|deliver|set up|migrate|translate|film|shoot|host|train|place|recruit) (?:[\w'&-]+ ){0,3}for (?:[\w'&-]+ ){0,2}(?:companies|businesses|teams|brands|founders|startups|agencies|clients|customers|firms|retailers|professionals|freelancers|smbs|smes|b2b|saas|shops|stores|restaurants|clinics|practices|leaders|executives|ceos|ctos|cfos|cmos|marketers|sellers|creators|coaches|you|your)",
            r"(?:nous|je) (?:creons|cree|concevons|concois|developpons|developpe|realisons|realise|fabriquons|construisons|gerons|gere) (?:[\w'-]+ ){0,3}pour (?:les |des |vos |votre |ton |ta )?(?:[\w'-]+ )?(?:entreprises|pme|tpe|startups|marques|independants|freelances|equipes|commercants|restaurants|cabinets|clients|vous|toi)",
            r"(?:wir|ich) (?:bauen|baue|erstellen|erstelle|entwickeln|entwickle|gestalten|gestalte|ubernehmen|ubernehme|machen|mache|betreuen|betreue) (?:[\w-]+ ){0,3}fur (?:[\w-]+ ){0,2}(?:unternehmen|firmen|mittelstand|kmu|startups|marken|selbststandige|freelancer|teams|praxen|kanzleien|handler|kunden|sie|dich)",
            r"(?:creamos|disenamos|desarrollamos|construimos|hacemos|gestionamos|creo|diseno|desarrollo) (?:[\w-]+ ){0,3}para (?:[\w-]+ ){0,2}(?:empresas|pymes|startups|marcas|autonomos|freelancers|equipos|tiendas|clinicas|negocios|clientes|ti|usted)",
            r"(?:criamos|desenvolvemos|construimos|fazemos|gerimos|gerenciamos|crio|desenvolvo) (?:[\w-]+ ){0,3}para (?:[\w-]+ ){0,2}(?:empresas|pmes|startups|marcas|autonomos|freelancers|equipes|equipas|lojas|clinicas|negocios|clientes|voce)",
            r"(?:creiamo|sviluppiamo|realizziamo|costruiamo|progettiamo|gestiamo|creo|sviluppo|realizzo) (?:[\w-]+ ){0,3}per (?:[\w-]+ ){0,2}(?:aziende|imprese|pmi|startup|marchi|professionisti|freelance|team|negozi|studi|clienti|te|lei)",
            r"(?:wij|we|ik) (?:bouwen|bouw|maken|maak|ontwerpen|ontwerp|ontwikkelen|ontwikkel|leveren|lever|verzorgen|verzorg|regelen|regel) (?:[\w'-]+ ){0,3}voor (?:[\w'-]+ ){0,2}(?:bedrijven|ondernemers|zzp'?ers|mkb|teams|merken|startups|klanten|winkels|praktijken|organisaties|jou|je|u)",
        ],
    },
    Family {
        // The vendor's promise: the work taken off their hands, done by a date.
        name: "vendor-promise",
        cue: Strong,
        phrases: &[
            r"(?:we|i) (?:can |will |'ll )?(?:handle|take care of|manage|do|run|sort) (?:it|this|that|all of it|everything|the whole thing|the rest|all of this) (?:end-to-end|for you|from a to z|from start to finish)|so you don'?t have to|(?:we|i) (?:can |will |'ll )?(?:find|save|cut|get|deliver|build|fix|set up|double|recover|launch) (?:[\w'-]+ ){0,3}(?:in|within) (?:a|one|two|three|\d+) (?:day|days|week|weeks|month|months)\b|(?:live|ready|online|delivered) (?:in|within) (?:a|one|two|\d+) (?:days?|weeks?)",
            r"(?:on s'occupe|nous nous occupons|je m'occupe) de tout|de a a z|cle en main|(?:en ligne|pret|livre) en (?:une|\d+) (?:semaines?|jours)",
            r"(?:wir kummern uns|ich kummere mich) um alles|von a bis z|schlusselfertig|rundum-sorglos|(?:online|live|fertig) in (?:einer|\d+) (?:woche|wochen|tagen)",
            r"nos encargamos de todo|me encargo de todo|llave en mano|de principio a fin|(?:online|listo|lista) en (?:una|\d+) (?:semanas?|dias)",
            r"(?:cuidamos|cuido) de tudo|nos encarregamos|de ponta a ponta|chave na mao|(?:no ar|pronto|pronta) em (?:uma|\d+) (?:semanas?|dias)",
            r"(?:pensiamo|penso) (?:a tutto|noi a tutto)|ci occupiamo (?:noi )?di tutto|chiavi in mano|(?:online|pronto|pronta) in (?:una|\d+) (?:settimane?|giorni)",
            r"(?:wij|we|ik) (?:regelen|regel|doen) alles|(?:nemen|neem) (?:je|u) alles uit handen|van a tot z|ontzorgen|(?:binnen|in) (?:een|\d+) (?:week|weken|dagen) (?:live|online|klaar)",
        ],
    },
    Family {
        // Who they are framed as: a segment to sell to ("companies your size",
        // "teams at this stage usually waste...").
        name: "prospect-framing",
        cue: Weak,
        phrases: &[
            r"(?:companies|teams|businesses|firms|brands|startups|founders|orgs|organi[sz]ations|agencies|shops|leaders|ctos|cfos|ceos|cmos) (?:of |at )?(?:your size|your stage|this stage|that stage|in your space|in your position|in your industry)",
            r"(?:an?|one) (?:company|firm|business|team|clinic|practice|organi[sz]ation|brand|startup|shop|hospital|school) (?:like|such as) yours|(?:companies|firms|businesses|organi[sz]ations) with \d+[-\d]* (?:staff|employees|people)|(?:your|su|sua|tu) (?:company|business|brand|firm|empresa|marca|azienda) (?:would be|would make|encajaria|seria|sarebbe) (?:a )?(?:perfect|great|ideal|natural|perfectamente|perfeitamente|perfettamente)|(?:votre|ihr|uw) (?:entreprise|societe|unternehmen|bedrijf) (?:serait|ware|zou) (?:parfait|ideal|perfekt|perfect)",
            r"(?:usually|often|typically|routinely|unknowingly) (?:waste|overpay|lose|underestimate|leave money|struggle with|overspend|pay too much)",
            r"(?:entreprises|equipes|societes|structures|pme) (?:de votre taille|comme la votre|a votre stade)|(?:unternehmen|firmen|teams) (?:ihrer|deiner|eurer) (?:grosse|grossenordnung)|(?:empresas|equipos) (?:de tu|de su) (?:tamano|sector)|(?:empresas|equipes|equipas) do (?:seu|teu) (?:porte|tamanho)|(?:aziende|imprese|team) (?:delle tue|delle sue|della tua|della sua) dimensioni|(?:bedrijven|teams|organisaties) van (?:jullie|uw|je) (?:omvang|grootte)",
            // What they could do for the reader's business: "for your company", "per la
            // sua azienda", "für Ihr Unternehmen".
            r"(?:for|to) your (?:company|business|firm|brand|clinic|practice|store|agency|organi[sz]ation|roadmap|pipeline|bottom line)\b|(?:pour|a) (?:votre|ta) (?:entreprise|societe|structure|marque|agence|boite)|fur (?:ihr|ihre|ihren|dein|deine|deinen|euer) (?:unternehmen|firma|betrieb|team|geschaft|praxis|kanzlei|autohaus)|(?:para|a) (?:su|tu) (?:empresa|negocio|marca|agencia|clinica)|(?:para|a) (?:a )?(?:sua|tua) (?:empresa|marca|agencia|clinica|loja)|(?:per|alla) (?:la )?(?:sua|tua) (?:azienda|impresa|attivita|societa|agenzia)|(?:voor|aan) (?:uw|je|jouw) (?:bedrijf|organisatie|onderneming|praktijk|winkel|bureau)",
            r"(?:betrieben|unternehmen|firmen|praxen|kanzleien|handlern|kunden) wie (?:ihrem|ihrer|ihnen|deinem|deiner|dir)|(?:empresas|negocios|clinicas) como (?:la suya|la tuya|a sua|a tua)|(?:entreprises|societes|structures) comme la (?:votre|tienne)|(?:aziende|imprese) come la (?:sua|tua)|(?:bedrijven|organisaties) zoals (?:het uwe|die van u|de uwe|die van jou)",
        ],
    },
    Family {
        // A staffing agency pitching candidates to a hiring manager: a sale, even though
        // it talks about roles and hiring.
        name: "staffing-offer",
        cue: Weak,
        phrases: &[
            r"(?:pre-?vetted|vetted|pre-?screened|hand-?picked|offshore|nearshore|dedicated) (?:[\w-]+ ){0,2}(?:engineers|developers|devs|designers|consultants|candidates|talent|freelancers|contractors|profiles)|(?:available|ready) to start (?:monday|tomorrow|immediately|next week|this week|right away|asap)",
            r"(?:want|like|see|receive|get|send you|share) (?:their|the|some|a few|our) (?:profiles|cvs|resumes)|your (?:open |current )?(?:job (?:posts?|ads?|postings?|openings?)|vacancies|open roles|open positions|hiring needs)\b",
            r"staff(?:ing)? augmentation|team augmentation|staffing (?:agency|firm|partner|solution)|outstaffing|nearshoring|offshoring|(?:placement|finder'?s) fee|(?:no|zero) (?:placement|upfront) fee",
            r"(?:profils|cv|developpeurs|consultants|ingenieurs) (?:\w+ )?disponibles (?:immediatement|des)|vos (?:offres d'emploi|postes ouverts|recrutements en cours)|(?:entwickler|berater|kandidaten|fachkrafte) (?:sofort )?verfugbar|(?:ihre|deine) (?:offenen stellen|stellenanzeigen)|arbeitnehmeruberlassung",
            r"(?:desarrolladores|perfiles|candidatos) disponibles|(?:tus|sus) (?:vacantes|ofertas de empleo)|(?:desenvolvedores|perfis|candidatos) disponiveis|(?:suas|tuas) vagas|alocacao de profissionais|(?:sviluppatori|profili|candidati) disponibili|(?:le tue|le sue) (?:posizioni aperte|offerte di lavoro)|(?:developers|ontwikkelaars|kandidaten|profielen) (?:direct )?beschikbaar|(?:je|jouw|uw) (?:openstaande )?vacatures|detachering",
            // Candidates ready now, offered to the reader: "temos candidatos prontos pra começar",
            // "direct beschikbare verpleegkundigen".
            r"(?:candidates|candidats|kandidaten|candidatos|candidati|profiles|profils|perfis|perfiles|profili|professionals|professionnels|profissionais|profesionales|professionisti) (?:[\w-]+ ){0,2}(?:ready|prets?|bereit|listos|prontos|pronti|klaar) (?:to|a|zu|para|pra|per|om)\b|(?:direct|sofort|immediatement|inmediatamente|imediatamente|subito) (?:beschikbare|verfugbare|disponibles?|disponiveis|disponibili)",
        ],
    },
    Family {
        // The sender speaking as a business: what "we" are and whom "we" work for. A
        // colleague or a fellow attendee says "we" too, so this is weak: it counts when
        // another kind of sales evidence agrees.
        name: "vendor-voice",
        cue: Weak,
        phrases: &[
            r"(?:we|i) (?:work|partner|collaborate) (?:closely )?with (?:[\w'&-]+ ){0,4}[\w-]+s (?:who|that|across|in|at|like|to|on)\b|(?:for|to|with) our (?:clients|customers)\b|our (?:team|specialists|experts|consultants|engineers|developers|designers|analysts|advisors|coaches)(?: at [\w-]+)? (?:handles?|helps?|builds?|delivers?|supports?|takes care|works? with|can|will|specia\w+)",
            r"(?:nous )?(?:travaillons|collaborons) (?:deja |notamment )?avec|(?:nos|mes) clients\b|notre equipe (?:[\w-]+ ){0,2}(?:accompagne|aide|gere|s'occupe|realise|developpe|prend)",
            r"wir arbeiten (?:bereits |schon |unter anderem )?(?:mit|fur)\b|(?:unsere|meine) kunden\b|wir haben (?:[\w-]+ ){1,5}geholfen",
            r"trabajamos (?:ya |con exito )?con\b|(?:nuestros|mis) clientes\b|nuestro equipo\b",
            r"trabalhamos (?:ja )?com\b|(?:nossos|meus) clientes\b|nossa (?:equipe|equipa)\b",
            r"lavoriamo (?:gia )?con\b|(?:i nostri|i miei) clienti\b|il nostro team\b",
            r"(?:wij|we) werken (?:al )?(?:samen )?(?:met|voor)\b|(?:onze|mijn) klanten\b|(?:ons team|onze (?:specialisten|experts|adviseurs))\b",
            r"\bi (?:connect|match|pair|introduce) (?:[\w-]+ ){0,2}[\w-]+s (?:with|to) ",
            r"unser(?:e|en|em)? (?:[\w-]+ )?[\w-]*(?:losungen|produkte|dienstleistungen|leistungen|plattform|software)\b",
        ],
    },
    Family {
        // Their own event, with a seat for the reader: a webinar, a roundtable, a dinner.
        // How many pitches open; weak, since a genuine organiser may invite a speaker.
        name: "own-event",
        cue: Weak,
        phrases: &[
            r"(?:we'?re|we are|i'?m|i am) (?:hosting|organi[sz]ing|running|holding|putting on) (?:an? |our |my )?(?:[\w-]+ ){0,3}(?:webinar|roundtable|round table|masterclass|workshop|dinner|breakfast|session|summit|event|meetup|bootcamp)s?\b|invite you to (?:our|my|an exclusive|a private) (?:[\w-]+ ){0,3}(?:webinar|roundtable|round table|masterclass|workshop|dinner|breakfast|session|summit|event)s?\b",
            r"(?:on organise|nous organisons|j'organise) (?:un|une|notre) (?:[\w-]+ ){0,3}(?:webinar|webinaire|table ronde|atelier|masterclass|petit-dejeuner|diner|evenement|conference|session)\b|wir (?:veranstalten|organisieren) (?:ein|eine|einen|unser|unsere|unseren) (?:[\w-]+ ){0,3}[\w-]*(?:webinar|runde|workshop|masterclass|fruhstuck|dinner|event|veranstaltung|seminar)\b",
            r"(?:organizamos|organizo|organizamos) (?:un|una|nuestro|nuestra) (?:[\w-]+ ){0,3}(?:webinar|mesa redonda|taller|masterclass|desayuno|cena|evento|jornada)\b|(?:organizamos|vamos fazer|estamos organizando) (?:um|uma|o nosso|a nossa) (?:[\w-]+ ){0,3}(?:webinar|mesa redonda|workshop|masterclass|cafe da manha|jantar|evento)\b|(?:organizziamo|stiamo organizzando) (?:un|una|il nostro) (?:[\w-]+ ){0,3}(?:webinar|tavola rotonda|workshop|masterclass|colazione|cena|evento)\b",
            r"(?:nodig|nodigen) (?:ik|we|wij) (?:u|je|jou) (?:graag |van harte )?uit (?:voor|op|bij) (?:onze|ons|een|mijn)|(?:organiseren|houden) (?:wij|we) (?:een|onze) (?:[\w-]+ ){0,3}[\w-]*(?:webinar|sessie|workshop|masterclass|ontbijt|diner|event)\b|(?:ti|la|vi) invit(?:o|iamo|erei) (?:al|alla|a) (?:nostro|nostra|mio|mia)|(?:te|le|os) invit(?:o|amos) (?:a|al) (?:nuestro|nuestra|mi)|(?:je vous|je t') ?invite a (?:notre|mon|ma)\b|(?:lade|laden) (?:ich|wir) (?:sie|dich|euch) (?:herzlich |gerne )?(?:zu|in) (?:unserem|unserer|meinem|meiner)",
            r"(?:virtual|private|exclusive|small|intimate|invite-only|closed-door) (?:[\w-]+ )?(?:roundtable|round table|dinner|breakfast|masterclass|webinar)s?\b|(?:sto|stiamo|estoy|estamos|estou|estamos|ich bin dabei|wir sind dabei) (?:organizzando|organizando|organisiert)|(?:j'organise|ich organisiere|ik organiseer|organizo|organizzo) (?:[\w-]+ ){0,3}(?:un|une|ein|eine|einen|een|una|um|uma) ",
            r"(?:organizamos|organizzamo|organisons|organisieren|organiseren) (?:[\w-]+ ){0,4}(?:webinar|webinaire|mesa redonda|tavola rotonda|table ronde|roundtable|masterclass|workshop|taller|atelier|desayuno|colazione|ontbijt|cena|diner|jantar|fruhstuck|sessie|sessione|sesion|evento|event)\b",
        ],
    },
];

// ---------------------------------------------------------------------------------
// Genuine job outreach.
// ---------------------------------------------------------------------------------

pub static RECRUITER: &[Family] = &[
    // Three kinds of evidence, so that a genuine job note (a recruiter, a role, the terms)
    // can be told from a pitch that merely mentions hiring: see `note::apply_interactions`.
    Family {
        // Someone is hiring, in the sender's voice or about a named employer.
        name: "hiring",
        cue: Strong,
        phrases: &[
            r"(?:we'?re|we are|i'?m|i am|currently|actively|is|are|team is|company is) (?:now |currently |actively )?(?:hiring|recruiting)",
            r"hiring (?:a|an|for|senior|junior|lead|head|remote|several|two|three|engineers|developers)",
            r"recruiting (?:for|on behalf)|i recruit|we recruit",
            r"(?:we'?re|we are) (?:currently |actively |now )?(?:looking for|seeking|searching for) (?:an? |two |several )(?:[\w-]+ ){0,3}(?:to join|for (?:our|the|my) (?:[\w-]+ )?team|engineers?|developers?|designers?|managers?|leads?|analysts?|head|directors?|scientists?|specialists?|architects?|nurses?|teachers?|accountants?|officers?|coordinators?|interns?)\b",
            // "We're building out the data platform team at Arden": a team that grows.
            r"(?:building|growing|expanding|scaling|staffing) (?:out |up )?(?:the|our|my|a) (?:[\w-]+ ){0,3}team (?:at|in|for|here|and)",
            // French
            r"je recrute|nous recrutons|on recrute",
            r"recherch(?:e|ons) (?:un|une)(?:\(e\))? (?:[\w()'-]+ ){0,3}(?:pour|en|a|h/f|f/h)",
            // German
            r"(?:suche ich|suchen wir|wir suchen|ich suche|und suche|suche aktuell|suchen aktuell) (?:[\w-]+ ){0,2}(?:einen?|eine|zwei)",
            // Spanish
            r"(?:estamos buscando|buscamos|busco) (?:un|una) (?:[\w-]+ ){0,3}(?:para|en|con|que)|(?:estamos contratando|estamos reclutando)",
            // Portuguese
            r"estamos contratando|estamos (?:buscando|procurando) (?:um|uma)",
            // Italian
            r"(?:sto selezionando|selezioniamo|stiamo cercando|cerchiamo|sto cercando|stiamo assumendo|assumiamo) (?:un|una|uno)",
            // Dutch
            r"(?:zoek ik|zoeken wij|wij zoeken|we zoeken|ik zoek) (?:een|naar een)|(?:we|wij) (?:nemen|zijn) (?:aan het )?(?:mensen aan|aannemen|werven)",
        ],
    },
    Family {
        // A recruiter by trade.
        name: "recruiter-identity",
        cue: Strong,
        phrases: &[
            r"recruiter|headhunter|head hunter|talent (?:partner|acquisition|scout|sourcer|advisor|lead)|sourcer|recruitment (?:consultant|partner|specialist|agency|firm)",
            r"recruteur|recruteuse|chasseu(?:r|se) de tetes|charge(?:e)? de recrutement|cabinet de recrutement",
            r"recruiter(?:in)?|personalberater\w*|personalreferent\w*|headhunterin",
            r"reclutador\w*|seleccion de personal|cazatalentos",
            r"recrutador\w*|headhunter|caca-talentos",
            r"selezionatore|selezionatrice|ricerca e selezione|head ?hunter",
            r"recruiter|werving en selectie|wervingsbureau",
        ],
    },
    Family {
        // A role offered: "a Staff DE role", "Stelle als", "un poste de", "vaga de".
        name: "role-offer",
        cue: Strong,
        phrases: &[
            r"(?:role|position|vacancy|opening|job)s? (?:as|for) (?:a|an)",
            r"(?:have|got|has) (?:an? )?(?:[\w-]+ ){0,3}(?:role|position|vacancy|opening|job)s? (?:for|as|at|in|on|that|which|you)",
            r"(?:have|got|has) (?:an? )?(?:[\w-]+ ){0,3}(?:role|position|vacancy|opening)s? ?[,.;:!(]",
            r"(?:job|career) (?:opportunit\w+|opening|offer|description|spec)|open (?:role|position)s?|job description",
            r"(?:role|position|opening)s?(?: is| are)? (?:fully |100% )?(?:remote|hybrid|on-?site|full-?time|part-?time|permanent)",
            // The reader as the fit for a role: "you'd be a great fit as tech lead".
            r"(?:fit|candidate) (?:as|for) (?:an? |the |our )?(?:[\w-]+ )?(?:lead|manager|director|head|engineer|developer|designer|architect|analyst|cto|cfo|coo|vp)\b",
            // French
            r"(?:un|le|ce|du) poste (?:de|d'|en|a)|offre d'emploi|opportunite (?:professionnelle|de carriere)",
            // German
            r"stellenangebot|vakanz|(?:position|stelle|rolle) als|(?:eine|die) (?:[\w-]+ )?(?:stelle|position) (?:im|in der|bei|fur)",
            // Spanish
            r"vacante|oferta (?:de empleo|laboral|de trabajo)|(?:el|un|este) puesto (?:de|en)|proceso de seleccion",
            // Portuguese
            r"vaga|processo seletivo|oportunidade de (?:emprego|trabalho)",
            // Italian
            r"(?:posizione|ruolo) (?:di|da|come|per)|offerta di lavoro|candidatura",
            // Dutch
            r"vacature|functie (?:als|van)|sollicit\w*",
        ],
    },
    Family {
        // The terms of a job: pay range, contract, "(m/w/d)". Weak alone.
        name: "job-terms",
        cue: Weak,
        phrases: &[
            // Salary ranges: "160-180k", "$120k-140k", "60.000-70.000 EUR".
            r"\d{2,3}(?:[.,]\d{3})? ?k? ?(?:-|to|bis|a|tot|e) ?(?:eur|usd|gbp|chf|\$)? ?\d{2,3}(?:[.,]\d{3})? ?(?:k|eur|euros?|usd|gbp|chf)\b|(?:eur|usd|gbp|chf|\$) ?\d{2,3}k\b",
            r"\((?:m/w/d|w/m/d|m/f/d|f/m/d|d/m/w|h/f|f/h|m/f|f/m|m/v|v/m|m/v/x)\)|(?:m/w/d|w/m/d|h/f|f/h|m/v/x)\b",
            r"(?:base )?salary|compensation package|salaire|(?:gehalt|vergutung|jahresgehalt)|(?:salario|sueldo|banda salarial)|(?:salario|remuneracao)|(?:retribuzione|ral|stipendio)|(?:salaris|salarisindicatie)",
            r"fully remote|remote-first|full-?time|part-?time|permanent (?:role|position|contract)|contract (?:role|position)|(?:en )?(?:cdi|cdd)|temps plein|vollzeit|teilzeit|unbefristet\w*|tiempo completo|jornada completa|tempo integral|tempo pieno|tempo indeterminato|fulltime|parttime|vast contract",
            r"a l'ecoute du marche|wechselbereit|neue herausforderung",
        ],
    },
    Family {
        name: "fit",
        cue: Supporting,
        phrases: &[
            r"(?:strong|great|good|perfect) (?:match|fit)|your (?:background|experience|profile) (?:\w+ ){0,3}(?:stood out|caught|matches|fits)",
            r"(?:votre|ton) profil (?:correspond|m'interesse|nous interesse)|votre parcours (?:nous )?interesse",
            r"(?:ihr|dein) profil passt",
            r"(?:tu|su) (?:perfil|experiencia) (?:encaja|encajaria)",
            r"(?:seu|teu) perfil (?:chamou|encaixa)",
            r"(?:il tuo|il suo) profilo (?:e perfetto|corrisponde)",
            r"(?:je|jouw|uw) profiel (?:past|sprak)",
        ],
    },
];

// ---------------------------------------------------------------------------------
// Flattery: praise with no reason.
// ---------------------------------------------------------------------------------

pub static FLATTERY: &[Family] = &[Family {
    name: "praise",
    cue: Strong,
    phrases: &[
        r"(?:impressive|inspiring|inspirational|remarkable|outstanding|amazing|incredible|exceptional|stellar|brilliant|fantastic|awesome|phenomenal|extraordinary|great|excellent|strong|interesting|fascinating) (?:profile|career|background|experience|journey|track record|achievements?|resume|cv|trajectory|expertise|portfolio)",
        r"(?:profile|career|background|journey|track record|achievements?|experience) (?:is|are|looks?|seems?) (?:\w+ ){0,2}(?:impressive|inspiring|remarkable|outstanding|amazing|incredible|exceptional|interesting|stellar|fascinating)",
        r"(?:found|find) your (?:profile|background|experience|career) (?:\w+ )?(?:interesting|impressive|inspiring|fascinating)",
        r"(?:impressed|inspired|blown away) (?:by|with)",
        r"honou?r(?:ed)?|privilege(?:d)?|calibre|caliber|top talent|thought leader|leader in (?:your|the|this) (?:field|industry|space)|rock ?star|(?:big|huge|great) fan|heard (?:great|good|wonderful|so many good|amazing) things|someone like you|people like you|great people|(?:admire|respect) (?:you|your|the work)|much respect|spot-on",
        r"you(?:'re| are) (?:clearly|truly|really|obviously|such) (?:an? )?(?:inspiration|leader|expert|star|legend)",
        r"(?:such|highly|very) (?:a )?(?:qualified|accomplished|talented|experienced|successful|respected) (?:professional|person|leader|people|individuals?|expert)",
        r"delighted to (?:have|count) you|loved what you(?:'re| are) (?:building|doing)",
        r"(?:amazing|great|excellent|impressive|incredible) work",
        // French
        r"impressionn\w+|inspirant\w*|remarquable\w*|exceptionnel\w*|admir\w+|(?:un|quel|grand) honneur|honore\w*|talentueu\w+|quel parcours",
        r"(?:profil|parcours) (?:\w+ )?(?:interessant|impressionnant|inspirant|remarquable|exceptionnel|brillant|riche)",
        // German
        r"beeindruck\w*|inspirier\w*|bewunder\w*|bemerkenswert\w*|ehre|hochkaratig\w*",
        r"(?:tolles|spannendes|interessantes|beeindruckendes|starkes|tollen|spannenden) (?:profil|werdegang|lebenslauf)",
        // Spanish
        r"impresionante\w*|increible\w*|admir\w+|inspirador\w*|(?:un|todo un) honor|(?:tan|muy) (?:cualificad|calificad|talentos)\w*",
        r"(?:trayectoria|perfil) (?:\w+ )?(?:impresionante|admirable|increible|inspirador|brillante|interesante)",
        // Portuguese
        r"impressionante\w*|incrivel|inspirador\w*|(?:uma|e uma|sera uma) honra|(?:tao|muito|altamente) qualificad\w*|talentos\w*",
        r"(?:perfil|trajetoria) (?:\w+ )?(?:interessante|impressionante|incrivel|inspirador|inspiradora|admiravel)",
        // Italian
        r"notevole|straordinari\w*|ammir\w+|(?:un|e un) onore|onorat\w+|stimolante",
        r"(?:profilo|percorso) (?:\w+ )?(?:interessante|notevole|straordinario|impressionante|eccezionale|brillante)",
        // Dutch
        r"indrukwekkend\w*|inspirerend\w*|bewonder\w*|(?:een|de) eer|knap werk",
        r"(?:interessant|mooi|sterk|knap) (?:profiel|cv|parcours)",
    ],
}];

// ---------------------------------------------------------------------------------
// Vague: words about networking, learning, opportunities, with nothing concrete.
// ---------------------------------------------------------------------------------

pub static VAGUE: &[Family] = &[Family {
    name: "networking-words",
    cue: Strong,
    phrases: &[
        r"(?:grow|expand|build|extend|broaden|widen|strengthen|increase|growing|expanding|building) (?:my|our) (?:professional )?(?:network|connections|circle|contacts)",
        r"like-?minded",
        r"mutual(?:ly)? benefi\w+|(?:could|might|may) (?:both )?benefit|benefit from (?:being )?connect\w*",
        r"(?:could|might|may|would) be (?:useful|beneficial|helpful|valuable|interesting) (?:in the future|for (?:both|us|each other))",
        r"(?:our connection|connecting|being connected) (?:might|could|may|would) be (?:useful|beneficial|valuable)",
        r"synerg\w+",
        r"(?:exchange|share|swap) (?:ideas|views|experiences|insights|thoughts|knowledge)",
        r"learn(?:ing)? from (?:you|your|each other)",
        r"(?:explore|exploring) (?:new |potential |possible |future )?(?:opportunities|possibilities|collaborations?|synergies|ways)",
        r"collaborat\w+ in the future|future (?:collaboration|opportunities|possibilities)|in the future",
        r"(?:professionals|people|experts|leaders) (?:in|from|like|across) (?:the |my |your |this )?(?:field|industry|space|sector|area)",
        r"(?:other|fellow|more|like-minded) professionals",
        r"(?:open|keen|eager|looking) to (?:connect|network)(?:ing)? with",
        r"mission to (?:grow|expand|connect)",
        r"(?:interested in|looking for|exploring) (?:new )?opportunities",
        r"(?:good|great|nice|useful) (?:person|people) to (?:know|have)",
        r"respective (?:activit\w+|projects|work|fields)",
        r"stay in touch|keep in touch",
        // French
        r"(?:developper|elargir|agrandir|etendre|enrichir) (?:mon|notre) reseau",
        r"au plaisir d'echanger|echanger (?:avec vous )?sur nos|(?:activites|metiers|projets) respecti\w+",
        r"opportunites|collaborations? futures?|a l'avenir|professionnels du (?:secteur|domaine)|partager (?:nos )?experiences",
        // German
        r"netzwerk (?:zu )?(?:erweitern|ausbauen|vergrossern|starken)",
        r"gleichgesinnte\w*|(?:interessiere|interessieren) (?:mich|uns) fur|in zukunft|zukunftig\w*|synergien|fachleute|branche",
        // Spanish
        r"(?:ampliar|ampliando|expandir|crecer|hacer crecer|aumentar) (?:mi|nuestra) red",
        r"red de contactos|intercambiar (?:ideas|experiencias|conocimientos)|oportunidades|en el futuro|profesionales del (?:sector|area)|afines",
        // Portuguese
        r"(?:expandir|ampliar|aumentar|crescer) (?:minha )?(?:rede|network)",
        r"rede de contatos|novas conexoes|trocar (?:ideias|experiencias)|compartilhar experiencias|oportunidades|no futuro|profissionais (?:da|do) (?:area|setor)",
        // Italian
        r"(?:ampliare|allargare|espandere) (?:la )?(?:mia )?rete",
        r"conoscere (?:altri |nuovi )?professionisti|scambiare (?:idee|esperienze)|opportunita|in futuro|del (?:tuo|suo) settore|restiamo in contatto",
        // Dutch
        r"netwerk (?:uit ?breiden|uitbreiden|vergroten|versterken)",
        r"interessante mensen|iets voor elkaar betekenen|kennis (?:delen|uitwisselen)|ervaringen uitwisselen|in de toekomst|mogelijkheden|gelijkgestemde\w*",
    ],
}];

// ---------------------------------------------------------------------------------
// Structural cues that are not phrases.
// ---------------------------------------------------------------------------------

/// Unfilled mail-merge placeholders: "#firstName#", "{{first_name}}", "[Name]", "%NAME%".
/// Matched on the folded note. Angle brackets are left out on purpose: people write
/// "<name of org>" by hand, and HTML-looking text is just text.
pub static PLACEHOLDER: &[Family] = &[Family {
    name: "mail-merge",
    cue: Strong,
    phrases: &[
        r"#[a-z_]{2,30}#",
        r"\{\{ ?[a-z_. ]{2,30} ?\}\}",
        r"\{ ?(?:first|last|full|company|first_|last_|full_)?_?name ?\}|\{ ?(?:firstname|lastname|fullname|company|company_name|title|job_title|city) ?\}",
        r"\[ ?(?:first|last|full|your|their|company|prospect)? ?name ?\]|\[ ?(?:company|job title|title|position|industry|city|role) ?\]",
        r"%(?:first_?name|last_?name|name|company)%",
    ],
}];

/// Headline words of people who accept every invitation (LinkedIn Open Networkers).
/// "LION" itself is checked on the original headline, in capitals, so the animal and
/// names like "Lionel" are left alone.
pub static OPEN_NETWORKER: &[Family] = &[Family {
    name: "open-networker",
    cue: Strong,
    phrases: &[
        r"open ?networker|open to all (?:connections|invitations)|accept(?:s|ing)? all (?:invit\w+|requests|connections)|i accept all|never (?:ignore|decline|reject)|all invitations (?:welcome|accepted)|connect with (?:me|everyone)|\d+k\+? connections|toplinked|\d{2},?\d{3}\+? connections",
        r"j'accepte toutes|ich nehme alle|acepto todas|aceito todos|aceito todas|accetto tutti|ik accepteer alle",
    ],
}];
