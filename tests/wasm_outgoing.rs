//! Browser tests (wasm-bindgen-test, real headless Chromium and Firefox) of the
//! invitation adapter, the warning and the note helper, on the outgoing-invitation
//! fixtures (tests/fixtures/linkedin/{profile,search,pymk,invite}-*.html) built into
//! the test page's DOM: the entry points and what the page shows about the person,
//! every dialog stage, its limit and quota, in five UI languages.
#![cfg(target_arch = "wasm32")]

use notefirst::adapters::invite::{self, DialogControl, EntryKind, Quota, Stage};
use notefirst::features::outgoing;
use notefirst::ui::{note_helper, warning};
use notefirst_core::{linkedin_len, FoundVia};
use std::cell::RefCell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

const PROFILE_2026: &str = include_str!("fixtures/linkedin/profile-sdui-2026.html");
const PROFILE_PT: &str = include_str!("fixtures/linkedin/profile-ember-pt.html");
const PROFILE_ES: &str = include_str!("fixtures/linkedin/profile-upsell-es.html");
const SEARCH_2020: &str = include_str!("fixtures/linkedin/search-2020-en.html");
const SEARCH_2022: &str = include_str!("fixtures/linkedin/search-2022-de.html");
const PYMK: &str = include_str!("fixtures/linkedin/pymk-ember-2023.html");

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// The fixture's body (its scripts do not run: the page's behaviour is not needed to
/// read it), in a container that removes itself when dropped.
struct Page(Element);

impl Drop for Page {
    fn drop(&mut self) {
        self.0.remove();
    }
}

impl Page {
    fn of(html: &str) -> Page {
        // A whole page's body, or a bare fragment.
        let start = html.find("<body").and_then(|i| html[i..].find('>').map(|j| i + j + 1)).unwrap_or(0);
        let end = html.rfind("</body>").unwrap_or(html.len());
        let div = document().create_element("div").unwrap();
        div.set_inner_html(&html[start..end]);
        document().body().unwrap().append_child(&div).unwrap();
        Page(div)
    }

    fn get(&self, selector: &str) -> Element {
        self.0.query_selector(selector).unwrap().unwrap_or_else(|| panic!("{selector} in the fixture"))
    }

    /// Opens a dialog stage from its template, with the person's name filled in, as the
    /// fixture's script does.
    fn stage(&self, id: &str, person: &str) -> Element {
        let template = self.get(&format!("template#fx-stage-{id}"));
        let content = js_sys::Reflect::get(&template, &"content".into()).unwrap().dyn_into::<web_sys::Node>().unwrap();
        let overlay = content.clone_node_with_deep(true).unwrap();
        self.0.append_child(&overlay).unwrap();
        let dialog = self.get(".artdeco-modal[role='dialog']");
        for name in notefirst::dom::query_all(&dialog, "[data-fixture-name]") {
            name.set_text_content(Some(person));
        }
        dialog
    }
}

#[wasm_bindgen_test]
fn reads_connect_labels_in_five_languages() {
    let named = [
        ("Invite Dana Whitfield to connect", "Dana Whitfield"),
        ("Invite Dana Whitfield to connect.", "Dana Whitfield"),
        ("Connect with Priya Raman. Staff Engineer at Northwind Labs", "Priya Raman"),
        ("Convidar Thiago Prado para se conectar", "Thiago Prado"),
        ("Jonas Ek einladen, sich mit Ihnen zu vernetzen", "Jonas Ek"),
        ("Jonas Ek zum Vernetzen einladen", "Jonas Ek"),
        ("Inviter Léa Moreau à rejoindre votre réseau", "Léa Moreau"),
        ("Invitar a Lucía Ferrer a conectar", "Lucía Ferrer"),
    ];
    for (label, name) in named {
        assert_eq!(invite::connect_label(label), Some(Some(name.to_string())), "{label}");
    }
    for bare in ["Connect", "+ Connect", "Conectar", "Vernetzen", "Se connecter"] {
        assert_eq!(invite::connect_label(bare), Some(None), "{bare}");
    }
    for not in ["Message", "Follow", "Pending", "Connections", "Accept Dana’s invitation", "Invite Dana to follow", ""] {
        assert_eq!(invite::connect_label(not), None, "{not}");
    }
    assert!(invite::is_pending_label("Pending, click to withdraw invitation sent to Léa Moreau"));
    assert!(invite::is_pending_label("Pendente"));
    assert!(!invite::is_pending_label("Connect"));
    assert_eq!(invite::parse_counter(" 12 / 300 "), Some((12, 300)));
    assert_eq!(invite::parse_counter("0/200"), Some((0, 200)));
    assert_eq!(invite::parse_counter("1/2"), None);
    assert_eq!(invite::vanity_name("/preload/custom-invite/?vanityName=dana-whitfield-4b1a").as_deref(), Some("dana-whitfield-4b1a"));
    assert_eq!(invite::vanity_name("/preload/custom-invite/?vanityName=javascript:alert(1)"), None);
}

#[wasm_bindgen_test]
fn profile_2026_connect_link_and_the_person_in_the_top_card() {
    let page = Page::of(PROFILE_2026);
    let connect = page.get("a[aria-label='Invite Dana Whitfield to connect']");
    assert!(invite::is_connect(&connect));
    let entry = invite::read_entry(&connect, "https://www.linkedin.com/in/dana-whitfield-4b1a/");
    assert_eq!(entry.kind, EntryKind::InviteLink);
    assert!(entry.opens_dialog(), "the profile's Connect opens the dialog");
    assert_eq!(entry.slug.as_deref(), Some("dana-whitfield-4b1a"));
    let p = &entry.person;
    assert_eq!(p.full_name.as_deref(), Some("Dana Whitfield"));
    assert_eq!(p.headline.as_deref(), Some("Head of Data at Acme Analytics | Speaker on data platforms"));
    assert_eq!(p.mutual_names, vec!["Casey Ray".to_string()]);
    assert_eq!(p.mutual_count, Some(9));
    assert_eq!(p.found_via, FoundVia::Profile);

    // A Connect in the sidebar sends at once: warned at the Connect.
    let omar = page.get("button[aria-label='Invite Omar Haddad to connect']");
    let entry = invite::read_entry(&omar, "https://www.linkedin.com/in/dana-whitfield-4b1a/");
    assert_eq!(entry.kind, EntryKind::Other);
    assert!(!entry.opens_dialog());
    assert_eq!(entry.person.full_name.as_deref(), Some("Omar Haddad"));
    assert_eq!(entry.person.headline.as_deref(), Some("Founder at Brightpath Logistics"));
    assert_eq!(entry.slug.as_deref(), Some("omar-haddad-9c"));

    // Message and More are not Connect controls.
    assert!(!invite::is_connect(&page.get("a[href^='/messaging/']")));
    assert!(!invite::is_connect(&page.get("button[aria-label='More actions']")));
}

#[wasm_bindgen_test]
fn profile_2026_dialog_stages() {
    let page = Page::of(PROFILE_2026);
    let dialog = page.stage("ask", "Dana Whitfield");
    assert!(invite::is_invite_dialog(&dialog));
    let d = invite::read_dialog(&dialog);
    assert_eq!(d.stage, Stage::AskNote);
    assert_eq!(d.person_name.as_deref(), Some("Dana Whitfield"));
    assert_eq!(d.limit, None, "no counter before the note box opens");
    assert_eq!(d.quota, Quota::Unknown);
    assert_eq!(d.add_note.as_ref().and_then(|b| b.get_attribute("aria-label")).as_deref(), Some("Add a note"));
    assert_eq!(d.send_without_note.as_ref().and_then(|b| b.get_attribute("aria-label")).as_deref(), Some("Send without a note"));
    assert_eq!(invite::dialog_control(&page.get("button[aria-label='Dismiss']")), DialogControl::Other);
    // From a control inside it, the dialog is found.
    assert_eq!(invite::dialog_of(&page.get("button[aria-label='Send without a note']")).as_ref(), Some(&dialog));
    page.get(".artdeco-modal-overlay").remove();

    let dialog = page.stage("note", "Dana Whitfield");
    let d = invite::read_dialog(&dialog);
    assert_eq!(d.stage, Stage::Note);
    assert_eq!(d.limit, Some(300), "read from the counter");
    assert!(d.note_box.is_some());
    assert_eq!(invite::dialog_control(&page.get("button[aria-label='Send invitation']")), DialogControl::Send);
    assert_eq!(invite::dialog_control(&page.get("button[aria-label='Cancel adding a note']")), DialogControl::Other);
    assert_eq!(invite::dialogs_in(&page.0), vec![dialog.clone()]);
}

#[wasm_bindgen_test]
fn profile_ember_portuguese_menu_and_free_quota() {
    let page = Page::of(PROFILE_PT);
    let connect = page.get("[aria-label='Convidar Thiago Prado para se conectar']");
    let entry = invite::read_entry(&connect, "https://www.linkedin.com/in/thiago-prado/");
    assert_eq!(entry.kind, EntryKind::ProfileMenu);
    assert!(entry.opens_dialog());
    assert_eq!(entry.slug.as_deref(), Some("thiago-prado"));
    let p = &entry.person;
    assert_eq!(p.full_name.as_deref(), Some("Thiago Prado"));
    assert_eq!(p.headline.as_deref(), Some("Engenheiro de Software na Nuvem Azul | Kotlin · Android"));
    assert_eq!(p.mutual_names, vec!["Ana Lima".to_string()]);
    assert_eq!(p.mutual_count, Some(5));
    assert!(!invite::is_connect(&page.get("button[aria-label='Seguir Thiago Prado']")));

    let d = invite::read_dialog(&page.stage("ask", "Thiago Prado"));
    assert_eq!(d.stage, Stage::AskNote);
    assert_eq!(d.quota, Quota::Remaining(3));
    assert_eq!(d.person_name.as_deref(), Some("Thiago Prado"));
    assert!(d.add_note.is_some() && d.send_without_note.is_some());
    page.get(".artdeco-modal-overlay").remove();
    let d = invite::read_dialog(&page.stage("note", "Thiago Prado"));
    assert_eq!(d.stage, Stage::Note);
    assert_eq!(d.limit, Some(200));
    assert_eq!(d.quota, Quota::Remaining(3));
    assert_eq!(d.send.as_ref().and_then(|b| b.get_attribute("aria-label")).as_deref(), Some("Enviar convite"));
}

#[wasm_bindgen_test]
fn profile_spanish_upsell_is_an_exhausted_quota() {
    let page = Page::of(PROFILE_ES);
    let connect = page.get("a[aria-label='Invitar a Lucía Ferrer a conectar']");
    let entry = invite::read_entry(&connect, "https://www.linkedin.com/in/lucia-ferrer/");
    assert_eq!(entry.person.full_name.as_deref(), Some("Lucía Ferrer"));
    assert_eq!(entry.person.headline.as_deref(), Some("Directora de Marketing en Olivo Digital"));
    assert_eq!(entry.person.mutual_count, Some(3));
    let d = invite::read_dialog(&page.stage("upsell", "Lucía Ferrer"));
    assert_eq!(d.stage, Stage::Upsell);
    assert_eq!(d.quota, Quota::Exhausted);
    assert!(d.send_without_note.is_some(), "the upsell's own 'Enviar sin nota'");
    assert!(d.add_note.is_none());
}

#[wasm_bindgen_test]
fn search_2020_old_dialog_send_now() {
    let page = Page::of(SEARCH_2020);
    let href = "https://www.linkedin.com/search/results/people/?keywords=rust%20engineer&origin=GLOBAL_SEARCH_HEADER";
    let connect = page.get("button[aria-label^='Connect with Priya Raman']");
    let entry = invite::read_entry(&connect, href);
    assert_eq!(entry.kind, EntryKind::SearchResult);
    assert!(entry.opens_dialog());
    assert_eq!(entry.slug.as_deref(), Some("priya-raman-22"));
    let p = &entry.person;
    assert_eq!(p.full_name.as_deref(), Some("Priya Raman"));
    assert_eq!(p.headline.as_deref(), Some("Staff Engineer at Northwind Labs"));
    assert_eq!(p.mutual_names, vec!["Casey Ray".to_string()]);
    assert_eq!(p.found_via, FoundVia::Search { keywords: "rust engineer".into() });
    // A first-degree result offers Message, not Connect.
    assert!(!invite::is_connect(&page.get("a.message-anywhere-button")));

    let d = invite::read_dialog(&page.stage("ask", "Priya Raman"));
    assert_eq!(d.stage, Stage::AskNote);
    assert_eq!(d.person_name, None, "the old dialog does not print the name");
    assert_eq!(invite::dialog_control(&page.get("button[aria-label='Send now']")), DialogControl::SendWithoutNote);
    page.get(".artdeco-modal-overlay").remove();
    let d = invite::read_dialog(&page.stage("note", "Priya Raman"));
    assert_eq!(d.stage, Stage::Note);
    assert_eq!(d.limit, Some(300), "from the note box's maxlength");
}

#[wasm_bindgen_test]
fn search_2022_german() {
    let page = Page::of(SEARCH_2022);
    let connect = page.get("button[aria-label='Jonas Ek einladen, sich mit Ihnen zu vernetzen']");
    let entry = invite::read_entry(&connect, "https://www.linkedin.com/search/results/people/?keywords=Datenplattform");
    assert_eq!(entry.kind, EntryKind::SearchResult);
    assert_eq!(entry.slug.as_deref(), Some("jonas-ek-7f2"));
    let p = &entry.person;
    assert_eq!(p.full_name.as_deref(), Some("Jonas Ek"));
    assert_eq!(p.headline.as_deref(), Some("Leiter Datenplattform bei Fjordline"));
    assert_eq!(p.mutual_names, vec!["Casey Ray".to_string()]);
    assert_eq!(p.found_via, FoundVia::Search { keywords: "Datenplattform".into() });
    let anna = invite::read_entry(&page.get("button[aria-label^='Anna Schulz']"), "https://www.linkedin.com/search/results/people/");
    assert_eq!(anna.person.headline.as_deref(), Some("Data Engineer | Datenplattformen | Cloud"));
    assert!(anna.person.mutual_names.is_empty());

    let d = invite::read_dialog(&page.stage("ask", "Jonas Ek"));
    assert_eq!(d.stage, Stage::AskNote);
    assert_eq!(d.person_name.as_deref(), Some("Jonas Ek"));
    assert_eq!(invite::dialog_control(&page.get("button[aria-label='Ohne Notiz senden']")), DialogControl::SendWithoutNote);
    assert_eq!(invite::dialog_control(&page.get("button[aria-label='Notiz hinzufügen']")), DialogControl::AddNote);
}

#[wasm_bindgen_test]
fn people_you_may_know_cards() {
    let page = Page::of(PYMK);
    let lea = invite::read_entry(&page.get("button[aria-label='Invite Léa Moreau to connect']"), "https://www.linkedin.com/mynetwork/");
    assert_eq!(lea.kind, EntryKind::PeopleYouMayKnow);
    assert!(!lea.opens_dialog(), "People You May Know sends at once");
    assert_eq!(lea.slug.as_deref(), Some("lea-moreau"));
    assert_eq!(lea.person.full_name.as_deref(), Some("Léa Moreau"));
    assert_eq!(lea.person.headline.as_deref(), Some("Product Designer at Atelier Nord"));
    assert_eq!(lea.person.suggested_reason.as_deref(), Some("12 mutual connections"));
    assert_eq!(lea.person.mutual_count, Some(12));
    assert_eq!(lea.person.found_via, FoundVia::PeopleYouMayKnow);
    let kwame = invite::read_entry(&page.get("button[aria-label='Invite Kwame Mensah to connect']"), "https://www.linkedin.com/mynetwork/");
    assert_eq!(kwame.person.mutual_names, vec!["Casey Ray".to_string()]);
    let sofia = invite::read_entry(&page.get("button[aria-label='Invite Sofia Russo to connect']"), "https://www.linkedin.com/mynetwork/");
    assert_eq!(sofia.person.suggested_reason.as_deref(), Some("Works at Acme Analytics"));
    assert_eq!(sofia.person.headline.as_deref(), Some("Data Scientist"));

    // Three suggestions within the limit, each naming the person, none claiming what
    // the card does not show.
    for limit in [200, 300] {
        let notes = outgoing::suggestions(&lea.person, limit);
        assert_eq!(notes.len(), 3);
        for note in &notes {
            assert!(linkedin_len(note) <= limit, "{note}");
            assert!(note.contains("Léa"), "{note}");
            assert!(!outgoing::note_needs_warning(note), "our own suggestion is not a blank note: {note}");
        }
    }
    let kwame_notes = outgoing::suggestions(&kwame.person, 300).join("\n");
    assert!(kwame_notes.contains("Casey Ray"), "{kwame_notes}");
    for note in outgoing::suggestions(&sofia.person, 300) {
        assert!(!note.contains("mutual") && !note.contains("in common"), "Sofia's card shows no mutual connection: {note}");
    }
}

#[wasm_bindgen_test]
fn blank_and_contentless_notes_need_a_warning() {
    for note in ["", "   ", "Hi Dana", "I'd like to add you to my professional network on LinkedIn.", "Hi Dana, let's connect!"] {
        assert!(outgoing::note_needs_warning(note), "{note:?}");
    }
    for note in ["Hi Dana, we met at the Rotterdam data meetup last week and I'd love to keep talking about your migration work."] {
        assert!(!outgoing::note_needs_warning(note), "{note:?}");
    }
}

#[wasm_bindgen_test]
fn warning_in_a_dialog_choices_focus_and_escape() {
    let page = Page::of(PROFILE_2026);
    let dialog = page.stage("ask", "Dana Whitfield");
    let send = page.get("button[aria-label='Send without a note']");
    send.clone().dyn_into::<web_sys::HtmlElement>().unwrap().focus().unwrap();
    let chosen: Rc<RefCell<Vec<warning::Choice>>> = Rc::default();
    let spec = warning::Spec {
        reason: warning::Reason::NoNote,
        mode: warning::Mode::Normal,
        first_name: Some("Dana".into()),
        suggestions: vec!["One <b>note</b>".into(), "Two".into(), "Three".into()],
        limit: 300,
        can_add_note: true,
        at: "dialog",
    };
    let sink = chosen.clone();
    let host = warning::open(&document(), spec, warning::Placement::InDialog(dialog.clone()), Some(send.clone()), Box::new(move |c| sink.borrow_mut().push(c)))
        .expect("the warning opens");
    assert!(host.has_attribute("data-nf-warning"));
    assert_eq!(host.parent_element().as_ref(), Some(&dialog), "inside LinkedIn's dialog");
    assert_eq!(host.previous_element_sibling().map(|e| e.class_name()).unwrap_or_default().contains("artdeco-modal__header"), true);
    assert!(send.closest("[inert]").unwrap().is_some(), "LinkedIn's buttons wait");
    let root = host.shadow_root().unwrap();
    let actions: Vec<String> = notefirst::dom::query_all(&root.query_selector(".panel").unwrap().unwrap(), "[data-nf-action]")
        .iter()
        .map(|b| b.get_attribute("data-nf-action").unwrap())
        .collect();
    assert_eq!(actions, ["add-note", "next-suggestion", "send-anyway", "cancel"]);
    let panel = root.query_selector("[role='dialog']").unwrap().unwrap();
    assert_eq!(panel.get_attribute("aria-modal").as_deref(), Some("true"));
    assert!(root.get_element_by_id(&panel.get_attribute("aria-labelledby").unwrap()).is_some());
    let note = root.query_selector("[data-nf-suggestion]").unwrap().unwrap();
    assert_eq!(note.text_content().as_deref(), Some("One <b>note</b>"), "page text stays text");
    assert!(note.query_selector("b").unwrap().is_none());
    assert_eq!(root.active_element().and_then(|e| e.get_attribute("data-nf-action")).as_deref(), Some("add-note"));

    // next-suggestion cycles through the three.
    let next = root.query_selector("[data-nf-action='next-suggestion']").unwrap().unwrap().dyn_into::<web_sys::HtmlElement>().unwrap();
    next.click();
    assert_eq!(note.text_content().as_deref(), Some("Two"));
    next.click();
    next.click();
    assert_eq!(note.text_content().as_deref(), Some("One <b>note</b>"));

    // Escape cancels, restores LinkedIn's dialog and gives the focus back.
    let init = web_sys::KeyboardEventInit::new();
    init.set_key("Escape");
    init.set_bubbles(true);
    init.set_composed(true);
    let escape = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).unwrap();
    next.dispatch_event(&escape).unwrap();
    assert_eq!(*chosen.borrow(), vec![warning::Choice::Cancel]);
    assert!(!host.is_connected());
    assert!(send.closest("[inert]").unwrap().is_none());
    assert_eq!(document().active_element().as_ref(), Some(&send));
    assert!(!warning::is_open());
}

#[wasm_bindgen_test]
fn note_helper_counts_rates_and_inserts() {
    let page = Page::of(PROFILE_PT);
    let dialog = page.stage("note", "Thiago Prado");
    let textarea = page.get("#custom-message").dyn_into::<HtmlTextAreaElement>().unwrap();
    let anchor = textarea.parent_element().unwrap();
    let suggestions = vec!["Hi Thiago, I came across your profile and would be glad to connect.".to_string()];
    let host = note_helper::attach(&document(), &textarea, &anchor, 200, &suggestions).expect("the helper attaches");
    assert!(host.has_attribute("data-nf-note-helper"));
    assert!(dialog.contains(Some(&host)));
    assert_eq!(host.get_attribute("data-nf-count").as_deref(), Some("0"));
    assert_eq!(host.get_attribute("data-nf-quality").as_deref(), Some("empty"));
    assert_eq!(note_helper::helper_for(&textarea).as_ref(), Some(&host));

    // Text inserted as typing would: LinkedIn's listeners hear `input` and `change`.
    let heard: Rc<RefCell<Vec<String>>> = Rc::default();
    let sink = heard.clone();
    let listener = wasm_bindgen::closure::Closure::<dyn FnMut(web_sys::Event)>::new(move |e: web_sys::Event| sink.borrow_mut().push(e.type_()));
    for name in ["input", "change"] {
        dialog.add_event_listener_with_callback(name, listener.as_ref().unchecked_ref()).unwrap();
    }
    let note = "Olá Thiago, we met at the Kotlin SP meetup last week. I'd like to connect because I'm planning an Android build migration and would value your advice.";
    note_helper::set_note(&textarea, note);
    assert_eq!(textarea.value(), note);
    assert_eq!(*heard.borrow(), vec!["input".to_string(), "change".to_string()]);
    assert_eq!(host.get_attribute("data-nf-count").as_deref(), Some(linkedin_len(note).to_string().as_str()));
    assert_eq!(host.get_attribute("data-nf-quality").as_deref(), Some("good"));
    assert_eq!(document().active_element().as_ref(), Some(textarea.unchecked_ref::<Element>()));

    // A suggestion goes in on a click.
    let root = host.shadow_root().unwrap();
    let insert = root.query_selector("[data-nf-insert='0']").unwrap().unwrap().dyn_into::<web_sys::HtmlElement>().unwrap();
    insert.click();
    assert_eq!(textarea.value(), suggestions[0]);
    let over = "x".repeat(210);
    note_helper::set_note(&textarea, &over);
    let count = root.query_selector(".count").unwrap().unwrap();
    assert!(count.class_name().contains("over"));
    assert_eq!(count.text_content().as_deref(), Some("210/200 · 10 over"));
}

#[wasm_bindgen_test]
fn french_dialog_and_the_email_gate() {
    // The same Ember dialog in French, and the older email gate.
    let page = Page::of(
        r##"<div class="artdeco-modal-overlay"><div role="dialog" class="artdeco-modal send-invite" aria-labelledby="send-invite-modal">
          <button aria-label="Ignorer" class="artdeco-modal__dismiss">×</button>
          <div class="artdeco-modal__header"><h2 id="send-invite-modal">Ajouter une note à votre invitation ?</h2></div>
          <div class="artdeco-modal__content"><p>Personnalisez votre invitation à <strong>Léa Moreau</strong> en ajoutant une note.</p></div>
          <div class="artdeco-modal__actionbar"><button aria-label="Ajouter une note">Ajouter une note</button><button aria-label="Envoyer sans note">Envoyer sans note</button></div>
        </div></div>
        <div role="dialog" class="artdeco-modal send-invite" id="gate"><h2>You can customize this invitation</h2>
          <p>To verify this member knows you, please enter their email to connect.</p>
          <input type="email" name="email"><button class="artdeco-button--primary">Send</button></div>"##,
    );
    let dialog = page.get(".send-invite");
    let d = invite::read_dialog(&dialog);
    assert_eq!(d.stage, Stage::AskNote);
    assert_eq!(d.person_name.as_deref(), Some("Léa Moreau"));
    assert_eq!(invite::dialog_control(&page.get("button[aria-label='Envoyer sans note']")), DialogControl::SendWithoutNote);
    assert_eq!(invite::dialog_control(&page.get("button[aria-label='Ajouter une note']")), DialogControl::AddNote);
    assert_eq!(invite::dialog_control(&page.get("button[aria-label='Ignorer']")), DialogControl::Other);
    // The email gate: its lone "Send" sends with no note.
    let gate = page.get("#gate");
    assert!(invite::is_invite_dialog(&gate));
    let g = invite::read_dialog(&gate);
    assert_eq!(g.stage, Stage::EmailGate);
    assert!(g.note_box.is_none());
    assert_eq!(invite::dialog_control(&page.get("#gate button")), DialogControl::Send);
}
