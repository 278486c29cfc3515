//! The invitation adapter: LinkedIn's "send an invitation" flow, read into plain data.
//!
//! Two things are read here (facts in ../shared/LINKEDIN_DOM.md, "Sending an invitation"):
//! - the invite dialog (Ember `artdeco-modal`, still in 2026): which stage it is at
//!   ("Add a note to your invitation?", the older "You can customize this invitation",
//!   the note box, the email gate, the quota upsell, the weekly cap), its controls, the
//!   note limit its counter shows ("0/300", "0/200") and the free-account quota;
//! - the entry points that start an invitation (a profile's Connect link or button,
//!   Connect in "More actions", a search result, a People You May Know card) and what
//!   the page around them says about the person: name, headline, mutual connections,
//!   why LinkedIn suggests them, how the user got there (a search's keywords).
//!
//! Strategies, most stable first: ids and roles (`#send-invite-modal`,
//! `#custom-message`, `role=dialog`), the controls' aria-labels and texts in English,
//! Portuguese, German, French and Spanish (plus Italian and Dutch where known), hrefs
//! (`/in/<slug>/`, `/preload/custom-invite/?vanityName=`), fixed phrases (counters,
//! quota lines), and only then the era's class names. Nothing here panics: what is not
//! found is `None`.

use crate::dom;
use notefirst_core::card_text;
use notefirst_core::{FoundVia, Person};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlTextAreaElement};

/// Elements a person activates.
pub const CONTROLS: &str =
    "button, a[href], a[role='button'], [role='button'], [role='menuitem'], input[type='submit'], input[type='button']";

/// Containers that may be LinkedIn's invite dialog.
pub const DIALOGS: &str = "[role='dialog'], [role='alertdialog'], .artdeco-modal";

/// Cheap hints that an invite dialog may be in a subtree (checked before reading).
pub const DIALOG_HINTS: &str =
    "#send-invite-modal, .send-invite, textarea#custom-message, textarea[name='message'], .modal-upsell, .ip-fuse-limit-alert, [role='dialog'], .artdeco-modal";

/// The note box.
const NOTE_BOX: &str = "textarea#custom-message, textarea[name='message'], textarea";

// ----------------------------------------------------------------------------- text

/// Whitespace collapsed and typographic apostrophes made straight, case kept.
pub fn normalise(text: &str) -> String {
    let text: String = text
        .chars()
        .map(|c| match c {
            '\u{2019}' | '\u{2018}' | '\u{02BC}' => '\'',
            '\u{a0}' | '\u{202f}' => ' ',
            c => c,
        })
        .collect();
    dom::collapse_whitespace(&text)
}

/// The normalised text, lower-cased, without a trailing full stop or ellipsis.
pub fn fold(text: &str) -> String {
    normalise(text).to_lowercase().trim_end_matches(['.', '…', ':']).trim().to_string()
}

/// What a control says: its aria-label, else its text (whitespace collapsed).
pub fn label_of(control: &Element) -> String {
    if let Some(label) = dom::attr(control, "aria-label") {
        return normalise(&label);
    }
    let text = control.text_content().unwrap_or_default();
    // A control holding a long text is a card, not a button.
    if text.len() > 400 {
        return String::new();
    }
    if text.trim().is_empty() {
        if let Some(value) = dom::attr(control, "value") {
            return normalise(&value);
        }
    }
    normalise(&text)
}

/// The visible text of a control (not its aria-label), folded.
fn text_of(control: &Element) -> String {
    let text = control.text_content().unwrap_or_default();
    if text.len() > 400 {
        return String::new();
    }
    fold(&text)
}

/// "Send without a note" and its kin: sends the invitation with no note.
const SEND_WITHOUT_NOTE: &[&str] = &[
    "send without a note",
    "send without note",
    "send without a personal note",
    "send now",
    "enviar sem nota",
    "enviar sem uma nota",
    "enviar agora",
    "ohne notiz senden",
    "ohne nachricht senden",
    "jetzt senden",
    "envoyer sans note",
    "envoyer sans une note",
    "envoyer sans ajouter de note",
    "envoyer maintenant",
    "enviar sin nota",
    "enviar sin una nota",
    "enviar ahora",
    "invia senza nota",
    "invia ora",
    "verzenden zonder notitie",
    "nu verzenden",
];

/// The answer "No" to "Add a note to your invitation?", seen on some accounts.
const NO: &[&str] = &["no", "não", "nao", "nein", "non", "nee"];

/// "Send" and "Send invitation": sends whatever the dialog holds.
const SEND: &[&str] = &[
    "send",
    "send invitation",
    "send invite",
    "enviar",
    "enviar convite",
    "senden",
    "einladung senden",
    "envoyer",
    "envoyer l'invitation",
    "envoyer une invitation",
    "enviar invitación",
    "enviar la invitación",
    "invia",
    "invia invito",
    "verzenden",
    "uitnodiging verzenden",
];

/// "Add a note": opens the note box.
const ADD_NOTE: &[&str] = &[
    "add a note",
    "add note",
    "adicionar nota",
    "adicionar uma nota",
    "notiz hinzufügen",
    "eine notiz hinzufügen",
    "ajouter une note",
    "añadir una nota",
    "añadir nota",
    "agregar una nota",
    "agregar nota",
    "aggiungi una nota",
    "notitie toevoegen",
];

/// What a Connect control looks like once it has been used.
const PENDING: &[&str] = &["pending", "pendente", "ausstehend", "en attente", "pendiente", "in attesa", "in afwachting", "invitation sent"];

/// The bare word on a Connect control.
const CONNECT_WORDS: &[&str] =
    &["connect", "+ connect", "conectar", "conectar-se", "conecte-se", "vernetzen", "se connecter", "collegati", "connectie maken"];

/// Connect aria-labels that carry the person's name: (prefix, suffix), folded.
const CONNECT_LABELS: &[(&str, &str)] = &[
    ("invite ", " to connect"),
    ("connect with ", ""),
    ("convidar ", " para se conectar"),
    ("convide ", " para se conectar"),
    ("conectar-se com ", ""),
    ("", " zum vernetzen einladen"),
    ("", " einladen, sich mit ihnen zu vernetzen"),
    ("", " einladen, sich zu vernetzen"),
    ("mit ", " vernetzen"),
    ("inviter ", " à rejoindre votre réseau"),
    ("inviter ", " à se connecter"),
    ("se connecter avec ", ""),
    ("invitar a ", " a conectar"),
    ("invitar a ", " a conectarse"),
    ("invita a ", " a conectar"),
    ("conectar con ", ""),
    ("invita ", " a collegarsi"),
    ("", " uitnodigen om te connecten"),
];

fn one_of(folded: &str, list: &[&str]) -> bool {
    list.contains(&folded)
}

/// Reads a Connect label: `Some(name)` when it is one (the name when the label has
/// it: "Invite Dana Whitfield to connect", the 2020 "Connect with Dana Whitfield.
/// Head of Data"), `None` when it is not a Connect label.
pub fn connect_label(label: &str) -> Option<Option<String>> {
    let original = normalise(label);
    let lower = original.to_lowercase();
    let folded = lower.trim_end_matches(['.', '…']).trim();
    if folded.is_empty() || folded.len() > 300 {
        return None;
    }
    if one_of(folded, CONNECT_WORDS) {
        return Some(None);
    }
    for (prefix, suffix) in CONNECT_LABELS {
        let Some(rest) = folded.strip_prefix(prefix) else { continue };
        let name_lower = if suffix.is_empty() {
            // "connect with dana whitfield. head of data at acme": the name ends at ". ".
            rest.split(". ").next().unwrap_or(rest)
        } else {
            match rest.strip_suffix(suffix) {
                Some(name) => name,
                None => continue,
            }
        };
        let name_lower = name_lower.trim();
        if name_lower.is_empty() || name_lower.len() > 120 {
            continue;
        }
        // Cut the name from the original at the same place, so its capitals survive
        // (only when lower-casing kept byte lengths, which it nearly always does).
        let name = if original.len() == lower.len() {
            original.get(prefix.len()..prefix.len() + name_lower.len()).map(str::to_string)
        } else {
            Some(name_lower.to_string())
        };
        return Some(name.filter(|n| !n.is_empty()));
    }
    None
}

/// Whether a control's label says the invitation is already pending.
pub fn is_pending_label(label: &str) -> bool {
    let folded = fold(label);
    one_of(&folded, PENDING) || PENDING.iter().any(|p| folded.starts_with(p) && folded.len() < p.len() + 60)
}

// ----------------------------------------------------------------------------- controls

/// The control an event's target belongs to.
pub fn control_of(target: &Element) -> Option<Element> {
    dom::closest(target, CONTROLS)
}

/// Whether a control is disabled (then it sends nothing).
pub fn is_disabled(control: &Element) -> bool {
    control.has_attribute("disabled") || dom::attr(control, "aria-disabled").as_deref() == Some("true")
}

/// What a control inside the invite dialog does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogControl {
    /// "Send without a note", "Send now", "No": sends with no note.
    SendWithoutNote,
    /// "Send", "Send invitation": sends what the note box holds (no note if there is none).
    Send,
    /// "Add a note": opens the note box.
    AddNote,
    /// Anything else: Dismiss, Cancel, Premium upsell, "Got it".
    Other,
}

impl DialogControl {
    pub fn id(self) -> &'static str {
        match self {
            DialogControl::SendWithoutNote => "send-without-note",
            DialogControl::Send => "send",
            DialogControl::AddNote => "add-note",
            DialogControl::Other => "other",
        }
    }
}

/// Reads a control in the dialog by its aria-label, then by its visible text.
pub fn dialog_control(control: &Element) -> DialogControl {
    let by_label = dom::attr(control, "aria-label").map(|l| fold(&l));
    let by_text = text_of(control);
    for label in by_label.iter().chain(std::iter::once(&by_text)) {
        if label.is_empty() {
            continue;
        }
        if one_of(label, SEND_WITHOUT_NOTE) || one_of(label, NO) {
            return DialogControl::SendWithoutNote;
        }
        if one_of(label, ADD_NOTE) {
            return DialogControl::AddNote;
        }
        if one_of(label, SEND) || connect_label(label).is_some() {
            return DialogControl::Send;
        }
    }
    DialogControl::Other
}

// ----------------------------------------------------------------------------- the dialog

/// Where the invite dialog is in its flow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stage {
    /// "Add a note to your invitation?" / "You can customize this invitation".
    AskNote,
    /// The note box is open.
    Note,
    /// "To verify this member knows you, please enter their email to connect."
    EmailGate,
    /// "No free personalized invitations left".
    Upsell,
    /// "You've reached the weekly invitation limit": nothing can be sent.
    WeeklyLimit,
    /// An invite dialog in a shape not recognised.
    Unknown,
}

impl Stage {
    pub fn id(self) -> &'static str {
        match self {
            Stage::AskNote => "ask-note",
            Stage::Note => "note",
            Stage::EmailGate => "email-gate",
            Stage::Upsell => "upsell",
            Stage::WeeklyLimit => "weekly-limit",
            Stage::Unknown => "unknown",
        }
    }
}

/// Free accounts' monthly allowance of notes, as the dialog shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Quota {
    /// Nothing shown (Premium, or a dialog that does not say).
    #[default]
    Unknown,
    /// "3 personalized invitations remaining for this month."
    Remaining(u32),
    /// "No free personalized invitations left".
    Exhausted,
}

/// One invite dialog, read.
#[derive(Debug, Clone)]
pub struct InviteDialog {
    pub root: Element,
    pub stage: Stage,
    pub note_box: Option<HtmlTextAreaElement>,
    pub add_note: Option<Element>,
    pub send_without_note: Option<Element>,
    pub send: Option<Element>,
    /// The note limit the dialog shows (its counter, else the box's maxlength).
    pub limit: Option<usize>,
    pub quota: Quota,
    /// The person's name as the dialog prints it.
    pub person_name: Option<String>,
    /// Which strategies found which parts, for diagnostics.
    pub matched: Vec<&'static str>,
}

impl InviteDialog {
    /// The note as typed ("" when there is no note box).
    pub fn note(&self) -> String {
        self.note_box.as_ref().map(HtmlTextAreaElement::value).unwrap_or_default()
    }
}

/// The invite dialog `el` is in (or is), if any.
pub fn dialog_of(el: &Element) -> Option<Element> {
    let mut at = dom::closest(el, DIALOGS);
    for _ in 0..4 {
        let candidate = at?;
        if is_invite_dialog(&candidate) {
            return Some(candidate);
        }
        at = candidate.parent_element().and_then(|p| dom::closest(&p, DIALOGS));
    }
    None
}

/// Every invite dialog in `scope` or around it.
pub fn dialogs_in(scope: &Element) -> Vec<Element> {
    let mut found: Vec<Element> = Vec::new();
    if let Some(d) = dialog_of(scope) {
        found.push(d);
    }
    if dom::query(scope, DIALOG_HINTS).is_none() {
        return found;
    }
    for candidate in dom::query_all(scope, DIALOGS) {
        // The innermost dialog element counts (an overlay holding a modal is not a second dialog).
        if dom::query(&candidate, DIALOGS).is_some() && !is_invite_dialog_itself(&candidate) {
            continue;
        }
        if let Some(d) = dialog_of(&candidate) {
            if !found.iter().any(|f| f == &d || f.contains(Some(&d)) || d.contains(Some(f))) {
                found.push(d);
            }
        }
    }
    found
}

fn is_invite_dialog_itself(el: &Element) -> bool {
    dom::matches(el, ".send-invite, .modal-upsell, .ip-fuse-limit-alert")
}

/// Whether a dialog is LinkedIn's invite dialog (in any of its stages).
pub fn is_invite_dialog(dialog: &Element) -> bool {
    if is_invite_dialog_itself(dialog)
        || dom::query(dialog, "#send-invite-modal, #modal-upsell-header, textarea#custom-message").is_some()
    {
        return true;
    }
    // A dialog of our own is never LinkedIn's.
    if dom::is_ours(dialog) {
        return false;
    }
    if dom::query(dialog, "textarea[name='message']").is_some() && counter_limit(dialog).is_some() {
        return true;
    }
    let controls = dom::query_all(dialog, CONTROLS);
    if controls.len() > 12 {
        return false;
    }
    controls.iter().any(|c| {
        let label = dom::attr(c, "aria-label").map(|l| fold(&l)).unwrap_or_else(|| text_of(c));
        one_of(&label, SEND_WITHOUT_NOTE) || one_of(&label, ADD_NOTE)
    })
}

/// Reads an invite dialog.
pub fn read_dialog(dialog: &Element) -> InviteDialog {
    let mut matched = Vec::new();
    let note_box = dom::query(dialog, NOTE_BOX).and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok());
    if note_box.is_some() {
        matched.push("note-box");
    }
    let mut add_note = None;
    let mut send_without_note = None;
    let mut send = None;
    for control in dom::query_all(dialog, CONTROLS) {
        if dom::is_ours(&control) {
            continue;
        }
        match dialog_control(&control) {
            DialogControl::AddNote => {
                add_note.get_or_insert(control);
            }
            DialogControl::SendWithoutNote => {
                send_without_note.get_or_insert(control);
            }
            DialogControl::Send => {
                send.get_or_insert(control);
            }
            DialogControl::Other => {}
        }
    }
    let limit_from_counter = counter_limit(dialog);
    if limit_from_counter.is_some() {
        matched.push("limit:counter");
    }
    let limit = limit_from_counter.or_else(|| {
        let max = note_box.as_ref().map(HtmlTextAreaElement::max_length).filter(|m| (50..=2000).contains(m))?;
        matched.push("limit:maxlength");
        usize::try_from(max).ok()
    });
    let quota = quota(dialog);
    let text = fold(&dom::visible_text(dialog));
    let stage = if quota == Quota::Exhausted {
        Stage::Upsell
    } else if dom::matches(dialog, ".ip-fuse-limit-alert") || WEEKLY_LIMIT.iter().any(|p| text.contains(p)) {
        Stage::WeeklyLimit
    } else if note_box.is_some() {
        Stage::Note
    } else if dom::query(dialog, "input[type='email'], input[name='email']").is_some() {
        Stage::EmailGate
    } else if add_note.is_some() || send_without_note.is_some() {
        Stage::AskNote
    } else {
        Stage::Unknown
    };
    let person_name = person_name_in(dialog);
    if person_name.is_some() {
        matched.push("name:dialog");
    }
    InviteDialog { root: dialog.clone(), stage, note_box, add_note, send_without_note, send, limit, quota, person_name, matched }
}

const WEEKLY_LIMIT: &[&str] = &[
    "reached the weekly invitation limit",
    "weekly invitation limit",
    "limite semanal de convites",
    "wöchentliche einladungslimit",
    "limite hebdomadaire d'invitations",
    "límite semanal de invitaciones",
];

/// "N/300" or "N/200" anywhere in the dialog: the limit LinkedIn enforces.
pub fn counter_limit(dialog: &Element) -> Option<usize> {
    dom::text_lines(dialog).into_iter().find_map(|(_, text)| parse_counter(&text).map(|(_, limit)| limit))
}

/// Reads a counter "12/300" (spaces allowed): (typed, limit).
pub fn parse_counter(text: &str) -> Option<(usize, usize)> {
    let (typed, limit) = text.trim().split_once('/')?;
    let typed: usize = typed.trim().parse().ok()?;
    let limit: usize = limit.trim().parse().ok()?;
    (50..=2000).contains(&limit).then_some((typed, limit))
}

/// "Personalized invitations" in the UI languages seen ...
const PERSONALIZED: &[&str] = &[
    "personalized invitation",
    "personalised invitation",
    "custom invite",
    "convites personalizados",
    "convite personalizado",
    "personalisierte einladung",
    "invitations personnalisées",
    "invitation personnalisée",
    "invitaciones personalizadas",
    "invitación personalizada",
    "inviti personalizzati",
];

/// ... and a word saying how many are left.
const LEFT: &[&str] = &[
    "remaining", " left", "restantes", "restante", "restam", "resta ", "übrig", "verbleibend", "quedan", "rimanent", "restant",
];

const QUOTA_EXHAUSTED: &[&str] = &[
    "no free personalized invitations left",
    "no free personalised invitations left",
    "used all your monthly custom invites",
    "used all your free personalized invitations",
    "out of free personalized invitations",
    "não há mais convites personalizados gratuitos",
    "você usou todos os seus convites personalizados",
    "sem convites personalizados gratuitos",
    "keine kostenlosen personalisierten einladungen mehr",
    "plus d'invitations personnalisées gratuites",
    "no te quedan invitaciones personalizadas gratuitas",
    "no quedan invitaciones personalizadas gratuitas",
    "has usado todas tus invitaciones personalizadas",
];

/// The free-account quota the dialog shows.
pub fn quota(dialog: &Element) -> Quota {
    if dom::matches(dialog, ".modal-upsell") || dom::query(dialog, "#modal-upsell-header").is_some() {
        return Quota::Exhausted;
    }
    let mut remaining = None;
    for (_, line) in dom::text_lines(dialog) {
        let folded = fold(&line);
        if QUOTA_EXHAUSTED.iter().any(|p| folded.contains(p)) {
            return Quota::Exhausted;
        }
        if remaining.is_none() && PERSONALIZED.iter().any(|p| folded.contains(p)) && LEFT.iter().any(|p| folded.contains(p)) {
            remaining = first_number(&folded);
        }
    }
    match remaining {
        Some(0) => Quota::Exhausted,
        Some(n) => Quota::Remaining(n),
        None => Quota::Unknown,
    }
}

fn first_number(text: &str) -> Option<u32> {
    let digits: String = text.chars().skip_while(|c| !c.is_ascii_digit()).take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

const HOW_DO_YOU_KNOW: &[&str] = &["how do you know ", "como você conhece ", "woher kennen sie ", "comment connaissez-vous ", "¿de qué conoces a ", "de qué conoce a "];

/// The person's name as the dialog prints it: the bold name in "Personalize your
/// invitation to <strong>Dana Whitfield</strong> by adding a note", or the older
/// header "How do you know Dana?".
pub fn person_name_in(dialog: &Element) -> Option<String> {
    for strong in dom::query_all(dialog, "strong, b") {
        if dom::closest(&strong, CONTROLS).is_some() {
            continue;
        }
        let text = dom::visible_text(&strong);
        let words = text.split_whitespace().count();
        if (1..=6).contains(&words) && text.len() <= 80 && parse_counter(&text).is_none() && !text.chars().any(|c| c.is_ascii_digit()) {
            return Some(text);
        }
    }
    let header = dom::query(dialog, "h2, h1, [id='send-invite-modal']")?;
    let text = normalise(&dom::visible_text(&header));
    let lower = text.to_lowercase();
    for prefix in HOW_DO_YOU_KNOW {
        if let Some(rest) = lower.strip_prefix(prefix) {
            let name = rest.trim_end_matches(['?', ' ']);
            let start = prefix.len();
            let original = if text.len() == lower.len() { text.get(start..start + name.len()) } else { None };
            return Some(original.unwrap_or(name).to_string()).filter(|n| !n.is_empty());
        }
    }
    None
}

// ----------------------------------------------------------------------------- entry points

/// Where an invitation starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntryKind {
    /// A profile's Connect link to `/preload/custom-invite/` (2026).
    InviteLink,
    /// A Connect button in a profile's top card.
    ProfileTopCard,
    /// Connect inside a profile's "More actions" menu.
    ProfileMenu,
    /// A people-search result.
    SearchResult,
    /// A People You May Know card.
    PeopleYouMayKnow,
    /// Any other Connect control (hover cards, sidebars).
    Other,
}

impl EntryKind {
    pub fn id(self) -> &'static str {
        match self {
            EntryKind::InviteLink => "invite-link",
            EntryKind::ProfileTopCard => "profile",
            EntryKind::ProfileMenu => "profile-menu",
            EntryKind::SearchResult => "search",
            EntryKind::PeopleYouMayKnow => "pymk",
            EntryKind::Other => "other",
        }
    }

    /// Whether LinkedIn is known to open its invite dialog from this entry point (the
    /// profile, its menu and people search have, in every era seen). People You May
    /// Know cards and the other scattered Connect buttons have sent at once, with no
    /// dialog; so for them NoteFirst warns at the Connect click itself.
    pub fn opens_dialog(self) -> bool {
        matches!(self, EntryKind::InviteLink | EntryKind::ProfileTopCard | EntryKind::ProfileMenu | EntryKind::SearchResult)
    }
}

/// An entry point and what the page around it shows about the person.
#[derive(Debug, Clone)]
pub struct Entry {
    pub kind: EntryKind,
    pub person: Person,
    /// The person's profile slug ("dana-whitfield-4b1a"), when the page links to it.
    pub slug: Option<String>,
    /// The control is a link to `/preload/custom-invite/`: it opens the dialog.
    pub invite_link: bool,
    pub matched: Vec<&'static str>,
}

impl Entry {
    /// Whether this entry point is expected to open the invite dialog (see
    /// [`EntryKind::opens_dialog`]); a link to the dialog's own URL always does.
    pub fn opens_dialog(&self) -> bool {
        self.invite_link || self.kind.opens_dialog()
    }
}

/// Whether a control is a Connect control (by aria-label, then text).
pub fn is_connect(control: &Element) -> bool {
    connect_name(control).is_some() || is_invite_link(control)
}

/// `Some(name?)` when the control is a Connect control.
fn connect_name(control: &Element) -> Option<Option<String>> {
    if let Some(label) = dom::attr(control, "aria-label") {
        if let Some(found) = connect_label(&label) {
            return Some(found);
        }
    }
    let text = control.text_content().unwrap_or_default();
    (text.len() <= 60).then(|| connect_label(&text).map(|_| None)).flatten()
}

fn is_invite_link(control: &Element) -> bool {
    dom::attr(control, "href").is_some_and(|h| h.contains(INVITE_LINK))
}

/// What an invite link's URL holds ([`is_invite_link`]).
const INVITE_LINK: &str = "/preload/custom-invite";

/// How many Connect controls ([`is_connect`]) `scope` holds outside our UI. The invite
/// links are found in one query rather than by reading every control's href: the
/// diagnostics probe counts these on pages with hundreds of controls, a busy one among
/// them (README, "Performance").
pub fn count_connects(scope: &Element) -> usize {
    let links = js_sys::Set::new(&wasm_bindgen::JsValue::UNDEFINED);
    for link in dom::query_all(scope, &format!("[href*='{INVITE_LINK}']")) {
        links.add(&link);
    }
    let any_link = links.size() > 0;
    // Whether a control is ours is asked only of the Connect ones (rare).
    dom::query_all(scope, CONTROLS).iter().filter(|c| (connect_name(c).is_some() || (any_link && links.has(c))) && !dom::is_ours(c)).count()
}

/// The `vanityName` of a `/preload/custom-invite/?vanityName=<slug>` URL.
pub fn vanity_name(href: &str) -> Option<String> {
    let query = href.split_once('?')?.1.split('#').next()?;
    query.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        (key == "vanityName").then(|| decode_component(value)).flatten()
    })
    .filter(|slug| valid_slug(slug))
}

fn valid_slug(slug: &str) -> bool {
    !slug.is_empty() && slug.len() <= 100 && slug.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '_' || c == '%')
}

fn decode_component(value: &str) -> Option<String> {
    let value = value.replace('+', " ");
    js_sys::decode_uri_component(&value).ok().map(String::from)
}

/// The value of `name` in a URL's query (decoded), if any.
pub fn query_param(href: &str, name: &str) -> Option<String> {
    let query = href.split_once('?')?.1.split('#').next()?;
    query.split('&').find_map(|pair| {
        let (key, value) = pair.split_once('=')?;
        (key == name).then(|| decode_component(value)).flatten()
    })
}

fn path_of(href: &str) -> &str {
    let rest = match href.find("://") {
        Some(i) => href[i + 3..].find('/').map_or("/", |j| &href[i + 3 + j..]),
        None => href,
    };
    rest.split(['?', '#']).next().unwrap_or("/")
}

/// Cards that hold one person in a list.
const CARDS: &str = "li, [role='listitem'], .entity-result, .discover-person-card, .discover-entity-type-card, [data-chameleon-result-urn], article";
const SEARCH_CARDS: &str = ".reusable-search__result-container, .entity-result, [data-chameleon-result-urn], [data-view-name='search-entity-result-universal-template']";
const PYMK_CARDS: &str = ".discover-person-card, .discover-entity-type-card, .discover-fluid-entity-list--item, [data-control-name='people_connect'], .mn-discovery, [data-view-name='cohort-card']";

/// Reads the entry point a Connect control belongs to, and the person around it.
/// `href` is the page's URL.
pub fn read_entry(control: &Element, href: &str) -> Entry {
    let mut matched = Vec::new();
    let path = path_of(href);
    let label_name = connect_name(control).flatten();
    let in_menu = dom::matches(control, "[role='menuitem']")
        || dom::closest(control, "[role='menu'], .artdeco-dropdown__content, .pvs-overflow-actions-dropdown__content").is_some();
    let on_profile = path.starts_with("/in/") || path.starts_with("/preload/custom-invite");
    let invite_link = is_invite_link(control);
    let kind = if in_menu && on_profile {
        EntryKind::ProfileMenu
    } else if dom::closest(control, SEARCH_CARDS).is_some() || (path.starts_with("/search/results/") && card_of(control).is_some()) {
        EntryKind::SearchResult
    } else if dom::closest(control, PYMK_CARDS).is_some() || (path.starts_with("/mynetwork") && card_of(control).is_some()) {
        EntryKind::PeopleYouMayKnow
    } else if invite_link {
        EntryKind::InviteLink
    } else if on_profile && top_card(control).is_some() {
        EntryKind::ProfileTopCard
    } else {
        EntryKind::Other
    };

    let link_slug = dom::attr(control, "href").and_then(|h| vanity_name(&h));
    let mut slug = None;
    let mut person = match kind {
        EntryKind::InviteLink | EntryKind::ProfileTopCard | EntryKind::ProfileMenu => {
            let card = top_card(control).or_else(|| page_top_card().filter(|_| on_profile));
            slug = link_slug.clone().or_else(|| {
                card_text::profile_path(path).map(|p| p.trim_start_matches("/in/").trim_end_matches('/').to_string())
            });
            slug = slug.or_else(|| vanity_name(href));
            card.map(|c| {
                matched.push("person:top-card");
                read_top_card(&c)
            })
            .unwrap_or_default()
        }
        EntryKind::SearchResult | EntryKind::PeopleYouMayKnow | EntryKind::Other => match card_of(control) {
            Some(card) => {
                matched.push("person:card");
                slug = link_slug.clone().or_else(|| profile_slug(&card));
                read_card(&card, kind)
            }
            None => Person::default(),
        },
    };
    if let Some(name) = label_name {
        matched.push("name:label");
        person.full_name = Some(name);
    }
    person.found_via = match kind {
        EntryKind::PeopleYouMayKnow => FoundVia::PeopleYouMayKnow,
        _ if path.starts_with("/search/results/") => {
            FoundVia::Search { keywords: query_param(href, "keywords").unwrap_or_default() }
        }
        _ if on_profile => FoundVia::Profile,
        _ => FoundVia::Unknown,
    };
    Entry { kind, invite_link, person, slug, matched }
}

/// The person in a profile's top card, for a dialog opened with no Connect click seen
/// (the `/preload/custom-invite/` page, a click NoteFirst was not loaded for).
pub fn page_person() -> Option<Person> {
    page_top_card().map(|c| read_top_card(&c))
}

/// The list card around a control: the nearest card-like ancestor that links to a profile.
fn card_of(control: &Element) -> Option<Element> {
    let mut at = dom::closest(control, CARDS);
    for _ in 0..4 {
        let card = at?;
        if profile_slug(&card).is_some() {
            return Some(card);
        }
        at = card.parent_element().and_then(|p| dom::closest(&p, CARDS));
    }
    None
}

fn profile_slug(card: &Element) -> Option<String> {
    dom::query_all(card, "a[href]").into_iter().find_map(|a| {
        let path = card_text::profile_path(&dom::attr(&a, "href")?)?;
        Some(path.trim_start_matches("/in/").trim_end_matches('/').to_string())
    })
}

/// The profile's top card around a control: the card of the nearest `h1` above it,
/// provided the control is inside that card (a sidebar's Connect is not).
fn top_card(control: &Element) -> Option<Element> {
    let mut at = control.parent_element();
    for _ in 0..14 {
        let el = at?;
        if let Some(h1) = dom::query(&el, "h1") {
            return card_of_h1(&h1).filter(|card| card.contains(Some(control)));
        }
        if dom::matches(&el, "body") {
            return None;
        }
        at = el.parent_element();
    }
    None
}

fn card_of_h1(h1: &Element) -> Option<Element> {
    dom::closest(h1, ".pv-top-card, section, [data-view-name='profile-card'], main").or_else(|| h1.parent_element())
}

/// The page's profile top card: the card holding the page's first `h1`.
fn page_top_card() -> Option<Element> {
    let document = dom::document()?;
    let root = document.document_element()?;
    let h1 = dom::query(&root, "main h1").or_else(|| dom::query(&root, "h1"))?;
    card_of_h1(&h1)
}

/// Lines that are never a headline: a connection degree, pronouns, counts.
fn is_noise_line(text: &str) -> bool {
    let folded = fold(text);
    let letters = folded.chars().filter(|c| c.is_alphabetic()).count();
    letters < 4
        || folded.starts_with('·')
        || ["he/him", "she/her", "they/them", "ele/dele", "ela/dela", "er/ihm", "sie/ihr", "il/lui", "elle/elle", "él/él", "ella/ella"]
            .iter()
            .any(|p| folded.contains(p))
        || folded.ends_with("connections")
        || folded.ends_with("followers")
        || folded.contains("contact info")
        || is_pending_label(&folded)
}

fn read_top_card(card: &Element) -> Person {
    let mut person = Person::default();
    let name_el = dom::query(card, "h1");
    person.full_name = name_el.as_ref().map(dom::visible_text).filter(|t| !t.is_empty() && t.len() <= 120);
    person.headline = dom::query(card, ".pv-text-details__left-panel .text-body-medium, .text-body-medium, [data-generated-suggestion-target]")
        .map(|e| dom::visible_text(&e))
        .filter(|t| !t.is_empty());
    read_lines(card, name_el.as_ref(), &mut person, false);
    person
}

fn read_card(card: &Element, kind: EntryKind) -> Person {
    let mut person = Person::default();
    let name_el = dom::query(
        card,
        ".discover-person-card__name, .entity-result__title-text a span[aria-hidden='true'], .entity-result__title-text a, .artdeco-entity-lockup__title",
    )
    .or_else(|| {
        dom::query_all(card, "a[href]").into_iter().find(|a| {
            dom::attr(a, "href").and_then(|h| card_text::profile_path(&h)).is_some() && !dom::visible_text(a).is_empty()
        })
    });
    person.full_name = name_el
        .as_ref()
        .map(dom::visible_text)
        .map(|t| t.lines().next().unwrap_or_default().trim().to_string())
        .filter(|t| !t.is_empty() && t.len() <= 120 && card_text::mutual_connections(t).is_none());
    person.headline = dom::query(
        card,
        ".discover-person-card__occupation, .entity-result__primary-subtitle, .artdeco-entity-lockup__subtitle",
    )
    .map(|e| dom::visible_text(&e))
    .filter(|t| !t.is_empty());
    if let Some(reason) = dom::query(card, ".member-insights__reason, .discover-person-card__insight").map(|e| dom::visible_text(&e)) {
        if !reason.is_empty() && kind == EntryKind::PeopleYouMayKnow {
            person.suggested_reason = Some(reason);
        }
    }
    read_lines(card, name_el.as_ref(), &mut person, kind == EntryKind::PeopleYouMayKnow);
    person
}

/// Reads the lines of a card or top card: mutual connections, a PYMK reason, and the
/// headline (the first plain line after the name) when no class said which it is.
fn read_lines(card: &Element, name_el: Option<&Element>, person: &mut Person, pymk: bool) {
    let name = person.full_name.clone().unwrap_or_default();
    let mut after_name = name_el.is_none();
    for (el, text) in dom::text_lines(card) {
        if name_el.is_some_and(|n| n == &el || n.contains(Some(&el))) {
            after_name = true;
            continue;
        }
        if !name.is_empty() && (text == name || text.starts_with(&format!("{name} "))) && text.len() < name.len() + 20 {
            after_name = true;
            continue;
        }
        if let Some(mutual) = card_text::mutual_connections(&text) {
            if person.mutual_names.is_empty() && person.mutual_count.is_none() {
                person.mutual_names = mutual.names;
                person.mutual_count = mutual.count;
                if pymk && person.suggested_reason.is_none() {
                    person.suggested_reason = Some(text.clone());
                }
            }
            continue;
        }
        if pymk && person.suggested_reason.is_none() && is_pymk_reason(&text) {
            person.suggested_reason = Some(text);
            continue;
        }
        if after_name && person.headline.is_none() && !is_noise_line(&text) && text.len() <= 220 {
            person.headline = Some(text);
        }
    }
}

/// Why "People you may know" suggests someone: "Works at Acme", "Also studied at X",
/// "Based on your profile", "People you may know from Acme".
fn is_pymk_reason(text: &str) -> bool {
    let folded = fold(text);
    [
        "works at ",
        "also works at ",
        "also studied at ",
        "studied at ",
        "based on your",
        "people you may know from",
        "from your ",
        "trabalha na ",
        "trabalha em ",
        "arbeitet bei ",
        "travaille chez ",
        "trabaja en ",
    ]
    .iter()
    .any(|p| folded.starts_with(p))
}
