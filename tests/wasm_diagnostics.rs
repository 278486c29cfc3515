//! Browser tests (wasm-bindgen-test, real headless Chromium and Firefox) of the
//! diagnostics: what they say about pages whose parts are there, missing or unreadable,
//! how a path is made safe to keep, and how the stored list stays bounded and clean.
#![cfg(target_arch = "wasm32")]

use notefirst::adapters::received::{shows_empty_state, unreadable_rows};
use notefirst::diagnostics::{layout, look, merge, path_pattern, Part, Report, MAX_REPORTS};
use notefirst_core::PageKind;
use serde_json::{json, Value};
use wasm_bindgen_test::*;
use web_sys::Element;

wasm_bindgen_test_configure!(run_in_browser);

fn container(html: &str) -> Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let div = document.create_element("div").unwrap();
    div.set_inner_html(html);
    document.body().unwrap().append_child(&div).unwrap();
    div
}

/// A 2026-style list: two whole rows, one without a profile link, one with text only,
/// a newsletter invitation (never a card, never "unreadable"), and a People You May
/// Know promo (nothing to do with received invitations).
const LIST: &str = r##"
<div data-testid="lazy-column">
 <div role="listitem" componentkey="k1">
  <a href="/in/lea-moreau/"><img alt="" src="https://media.licdn.com/dms/image/v2/D4E03AQ/profile-displayphoto-shrink_100_100/0/1"></a>
  <p><a href="/in/lea-moreau/">Léa Moreau</a></p>
  <p>Léa Moreau is inviting you to connect</p>
  <p>Product designer chez Atelier Nord</p>
  <div><button aria-label="Ignore an invitation to connect from Léa Moreau">Ignore</button><button aria-label="Accept Léa Moreau’s invitation">Accept</button></div>
  <p><span data-testid="expandable-text-box">Bonjour ! J'ai lu votre article et j'aimerais échanger.</span></p>
 </div>
 <div role="listitem" componentkey="k2">
  <a href="/in/omar-haddad/"><svg id="person-accent-4" role="img"></svg></a>
  <p><a href="/in/omar-haddad/">Omar Haddad</a></p>
  <p>Omar Haddad is inviting you to connect</p>
  <p>Founder at Haddad Labs</p>
  <div><button aria-label="Ignore an invitation to connect from Omar Haddad">Ignore</button><button aria-label="Accept Omar Haddad’s invitation">Accept</button></div>
 </div>
 <div role="listitem" componentkey="k3">
  <p><strong>Theo Marchetti</strong></p>
  <p>Theo Marchetti is inviting you to connect</p>
  <div><button aria-label="Ignore an invitation to connect from Theo Marchetti">Ignore</button><button aria-label="Accept Theo Marchetti’s invitation">Accept</button></div>
 </div>
 <div role="listitem" componentkey="k4">
  <p>Noah Brooks is inviting you to connect</p>
  <p>Head of Partnerships at Quillstone Software</p>
 </div>
 <div role="listitem" componentkey="k5">
  <a href="/newsletters/rust-weekly-123/">Rust Weekly</a>
  <p>Casey Ray invited you to subscribe to Rust Weekly</p>
  <div><button aria-label="Ignore Casey Ray’s invitation">Ignore</button><button aria-label="Accept Casey Ray’s invitation">Accept</button></div>
 </div>
 <div role="listitem" componentkey="k6">
  <h2>People you may know</h2>
  <div role="list"><div role="listitem"><a href="/in/noor-haddad-ml/">Noor Haddad</a><button aria-label="Invite Noor Haddad to connect">Connect</button></div></div>
 </div>
</div>"##;

fn ids(parts: &[Part]) -> Vec<(&str, Option<u32>, Option<u32>)> {
    parts.iter().map(|p| (p.id.as_str(), p.n, p.of)).collect()
}

#[wasm_bindgen_test]
fn a_list_with_unreadable_rows() {
    let root = container(LIST);
    assert_eq!(unreadable_rows(&root), 2, "Theo (no profile link) and Noah (text only)");
    assert!(!shows_empty_state(&root));
    assert_eq!(layout(&root), "sdui-2026");
    let (found, missing) = look(&root, PageKind::ReceivedInvitations);
    assert_eq!(
        ids(&found),
        [
            ("cards", Some(2), None),
            ("name", Some(2), Some(2)),
            ("profile", Some(2), Some(2)),
            ("headline", Some(2), Some(2)),
            ("note", Some(1), Some(2)),
            ("photo", Some(2), Some(2)),
            ("mutual", Some(2), Some(2)),
        ]
    );
    assert_eq!(ids(&missing), [("unread", Some(2), None)]);
    root.remove();
}

/// Once the received feature has handled the cards (and marked them), the probe counts
/// what the feature read instead of reading every card again: the same report.
#[wasm_bindgen_test]
fn cards_the_feature_read_are_counted_as_read() {
    // A sink, so that the feature's reads are kept for the probe (none is kept without).
    notefirst::diagnostics::on_diagnostics(js_sys::Function::new_no_args(""));
    let root = container(LIST);
    let before = look(&root, PageKind::ReceivedInvitations);
    let document = web_sys::window().unwrap().document().unwrap();
    notefirst::features::received::scan(&document, &root);
    assert_eq!(root.query_selector_all("[data-nf-seen]").unwrap().length(), 2, "Léa and Omar handled");
    let after = look(&root, PageKind::ReceivedInvitations);
    assert_eq!((ids(&after.0), ids(&after.1)), (ids(&before.0), ids(&before.1)));
    root.remove();
}

/// Cards far below the viewport wait for the user to scroll near them: the probe does
/// not count them as unreadable meanwhile, only the rows near it the feature could
/// not read.
#[wasm_bindgen_test]
fn cards_not_reached_yet_are_not_unreadable() {
    notefirst::diagnostics::on_diagnostics(js_sys::Function::new_no_args(""));
    let window = web_sys::window().unwrap();
    let screen = window.inner_height().unwrap().as_f64().unwrap();
    let root = container(&format!(r#"{LIST}<div style="height: {}px"></div>{LIST}"#, (screen * 10.0) as u32));
    window.scroll_to_with_x_and_y(0.0, 0.0);
    let document = window.document().unwrap();
    notefirst::features::received::queue(&root);
    while notefirst::features::received::work(&document, f64::INFINITY) == notefirst::features::received::Work::Now {}
    assert_eq!(root.query_selector_all("[data-nf-seen]").unwrap().length(), 2, "the cards near the viewport only");
    let (_, missing) = look(&root, PageKind::ReceivedInvitations);
    assert_eq!(ids(&missing), [("unread", Some(2), None)], "Theo and Noah near the viewport; none of the list far below");
    notefirst::features::received::clear_queue();
    root.remove();
}

/// With nothing marked (the received feature is off, or has not run yet), the probe
/// looks for cards itself, near the viewport only, as the feature would: a list far
/// away is neither read nor counted as unreadable until the user scrolls to it.
#[wasm_bindgen_test]
fn unmarked_cards_are_looked_for_near_the_viewport_only() {
    let window = web_sys::window().unwrap();
    let screen = window.inner_height().unwrap().as_f64().unwrap();
    let gap = screen * 10.0;
    let root = container(&format!(r#"{LIST}<div style="height: {}px"></div>{LIST}"#, gap as u32));
    // (cards found, what is missing) as the probe sees the page now.
    let seen = || {
        let (found, missing) = look(&root, PageKind::ReceivedInvitations);
        let cards = found.iter().find(|p| p.id == "cards").and_then(|p| p.n);
        (cards, missing.iter().map(|p| (p.id.clone(), p.n)).collect::<Vec<_>>())
    };
    let one_list = (Some(2), vec![("unread".to_string(), Some(2))]);
    window.scroll_to_with_x_and_y(0.0, 0.0);
    assert_eq!(seen(), one_list, "the first list only");
    window.scroll_to_with_x_and_y(0.0, root.get_bounding_client_rect().top() + gap);
    assert_eq!(seen(), one_list, "the second list only");
    window.scroll_to_with_x_and_y(0.0, 0.0);
    root.remove();
}

#[wasm_bindgen_test]
fn an_invitation_page_with_nothing_recognisable() {
    let root = container(r#"<main><div role="list"><div role="listitem"><p>Something new</p></div></div></main>"#);
    let (found, missing) = look(&root, PageKind::ReceivedInvitations);
    assert!(found.is_empty(), "{found:?}");
    assert_eq!(ids(&missing), [("card-list", None, None)]);
    assert_eq!(layout(&root), "unknown");
    // On /mynetwork/ the preview may simply be absent: nothing is missing.
    let (_, missing) = look(&root, PageKind::MyNetwork);
    assert!(missing.is_empty());
    root.remove();
}

#[wasm_bindgen_test]
fn the_empty_state_is_not_a_missing_list() {
    let root = container(r#"<section class="mn-invitation-manager__no-invites"><h2>No pending invitations</h2></section><div id="ember12"></div>"#);
    let (found, missing) = look(&root, PageKind::ReceivedInvitations);
    assert_eq!(ids(&found), [("empty-state", None, None)]);
    assert!(missing.is_empty());
    assert_eq!(layout(&root), "ember");
    root.remove();
}

#[wasm_bindgen_test]
fn headlines_missing_from_every_card_are_missing() {
    let root = container(
        r##"<ul>
 <li><a href="/in/a-one/">A One</a><button aria-label="Ignore an invitation to connect from A One">Ignore</button><button aria-label="Accept A One’s invitation">Accept</button></li>
 <li><a href="/in/b-two/">B Two</a><button aria-label="Ignore an invitation to connect from B Two">Ignore</button><button aria-label="Accept B Two’s invitation">Accept</button></li>
</ul>"##,
    );
    let (found, missing) = look(&root, PageKind::ReceivedInvitations);
    assert_eq!(ids(&found)[0], ("cards", Some(2), None));
    assert_eq!(ids(&missing), [("headline", Some(2), Some(2))]);
    root.remove();
}

#[wasm_bindgen_test]
fn paths_keep_nothing_personal() {
    let cases = [
        ("https://www.linkedin.com/mynetwork/invitation-manager/received/?filterCriteria=x", "/mynetwork/invitation-manager/received/"),
        ("/in/dana-whitfield-4b1a/", "/in/*/"),
        ("/in/dana/details/experience/", "/in/*/details/experience/"),
        ("/search/results/people/?keywords=dana%20whitfield", "/search/results/people/"),
        ("/preload/custom-invite/?vanityName=dana-w", "/preload/custom-invite/"),
        ("/mynetwork/grow/ACoAAB123/", "/mynetwork/grow/*/"),
        ("/mynetwork/a/b/c/d/e/", "/mynetwork/a/b/c/*/"),
        ("/mynetwork/Dana%20W/#frag", "/mynetwork/*/"),
        ("", "/"),
    ];
    for (path, want) in cases {
        assert_eq!(path_pattern(path), want, "{path}");
    }
}

fn report(visit: u32, at: f64) -> Report {
    Report {
        visit,
        at,
        kind: "profile".into(),
        path: "/in/*/".into(),
        flavour: "wasm".into(),
        version: "0.1.0".into(),
        layout: "sdui-2026".into(),
        found: vec![Part { id: "top-card".into(), n: None, of: None }],
        missing: vec![],
    }
}

#[wasm_bindgen_test]
fn the_stored_list_is_newest_first_one_per_visit_and_bounded() {
    let mut stored = Value::Null;
    for i in 0..(MAX_REPORTS as u32 + 5) {
        stored = serde_json::to_value(merge(&stored, report(i, 1000.0 + f64::from(i)))).unwrap();
    }
    let list: Vec<Report> = serde_json::from_value(stored.clone()).unwrap();
    assert_eq!(list.len(), MAX_REPORTS);
    assert_eq!(list[0].visit, MAX_REPORTS as u32 + 4, "newest first");
    assert_eq!(list[MAX_REPORTS - 1].visit, 5, "the oldest dropped");
    // A later report of the same visit replaces it and moves it first.
    let again = merge(&stored, report(10, 5000.0));
    assert_eq!(again.len(), MAX_REPORTS);
    assert_eq!((again[0].visit, again[0].at), (10, 5000.0));
    assert_eq!(again.iter().filter(|r| r.visit == 10).count(), 1);
}

#[wasm_bindgen_test]
fn anything_but_a_report_is_dropped() {
    let good = serde_json::to_value(report(1, 1000.0)).unwrap();
    let mut named = good.clone();
    named["path"] = json!("/in/dana-whitfield/");
    let mut text = good.clone();
    text["found"] = json!([{ "id": "Hi Maren, great talk!" }]);
    let mut extra = good.clone();
    extra["name"] = json!("Dana");
    let mut flavour = good.clone();
    flavour["flavour"] = json!("<b>");
    let stored = json!([good, named, text, extra, flavour, 42, null, "x"]);
    let list = merge(&stored, report(2, 2000.0));
    assert_eq!(list.iter().map(|r| r.visit).collect::<Vec<_>>(), [2, 1]);
    assert!(Report::from_value(&json!({"visit": 1})).is_none());
    assert!(Report::from_value(&serde_json::to_value(report(3, f64::NAN)).unwrap_or(Value::Null)).is_none());
    // What storage holds when nothing was ever stored, or something else entirely.
    assert_eq!(merge(&json!({"a": 1}), report(4, 1.0)).len(), 1);
}

#[wasm_bindgen_test]
fn connect_controls_are_counted_by_label_text_or_invite_link() {
    // Connect by its label, by its text, and an invite link with neither (found by its
    // href in one query); a Follow button and a profile link are not Connect controls.
    let root = container(
        r##"<div role="listitem"><a href="/in/noor-haddad-ml/">Noor Haddad</a><button aria-label="Invite Noor Haddad to connect">Connect</button></div>
        <div role="listitem"><button>Connect</button><button aria-label="Follow Poster 3">+ Follow</button></div>
        <div role="listitem"><a href="/preload/custom-invite/?vanityName=dana-w">Add</a><a href="/in/dana-w/">Dana</a></div>"##,
    );
    let (found, _) = look(&root, PageKind::MyNetwork);
    assert!(ids(&found).contains(&("connect", Some(3), None)), "{:?}", ids(&found));
}

#[wasm_bindgen_test]
fn a_failure_is_logged_once_with_what_was_thrown() {
    use wasm_bindgen::JsValue;
    // console.warn, recorded for the length of the test.
    let console = js_sys::Reflect::get(&js_sys::global(), &"console".into()).unwrap();
    let original = js_sys::Reflect::get(&console, &"warn".into()).unwrap();
    let calls = js_sys::Array::new();
    js_sys::Reflect::set(&js_sys::global(), &"__nfWarnings".into(), &calls).unwrap();
    let record = js_sys::Function::new_no_args("globalThis.__nfWarnings.push([...arguments])");
    js_sys::Reflect::set(&console, &"warn".into(), &record).unwrap();

    let thrown = js_sys::Error::new("storage is full");
    notefirst::app::report_once_with("test-report", "the history callback failed:", &thrown);
    notefirst::app::report_once_with("test-report", "the history callback failed:", &JsValue::from_str("again"));
    js_sys::Reflect::set(&console, &"warn".into(), &original).unwrap();

    assert_eq!(calls.length(), 1, "once per feature");
    let args = js_sys::Array::from(&calls.get(0));
    assert_eq!(args.get(0).as_string().as_deref(), Some("NoteFirst (test-report): the history callback failed:"));
    assert!(js_sys::Object::is(&args.get(1), &thrown), "the error itself, not a formatting of it");
}
