//! Browser tests (wasm-bindgen-test, real headless Chromium and Firefox) of the
//! received-invitations adapter and feature, on cards of each era built into the
//! test page's DOM.
#![cfg(target_arch = "wasm32")]

use notefirst::adapters::received::{find_cards, read_card};
use notefirst::features;
use notefirst::features::received::Work;
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

const EMBER: &str = r##"
<ul class="mn-invitation-list">
 <li class="invitation-card artdeco-list__item" id="ember101">
  <a class="invitation-card__picture" href="/in/dana-whitfield-1/"><div class="EntityPhoto-circle-3-ghost-person ivm-view-attr__ghost-entity"></div></a>
  <div class="invitation-card__tvm-title"><a href="/in/dana-whitfield-1/"><strong><span aria-hidden="true">Dana Whitfield</span><span class="visually-hidden">View Dana Whitfield’s profile</span></strong></a></div>
  <span class="invitation-card__subtitle">Growth partner | Helping B2B teams 10x pipeline</span>
  <span class="time-badge">1 week ago</span>
  <div class="invitation-card__action-container"><button aria-label="Ignore an invitation to connect from Dana Whitfield"><span>Ignore</span></button><button aria-label="Accept Dana Whitfield’s invitation"><span>Accept</span></button></div>
 </li>
 <li class="invitation-card artdeco-list__item" id="ember102">
  <a class="invitation-card__picture" href="/in/jonas-ek/"><div class="presence-entity"><img class="EntityPhoto-circle-3" src="https://media.licdn.com/dms/image/C4E03AQ/profile-displayphoto-shrink_100_100/0/1600000000000" alt=""></div></a>
  <div class="invitation-card__tvm-title"><a href="/in/jonas-ek/"><strong><span>Jonas Ek</span></strong></a></div>
  <span class="invitation-card__subtitle">Staff Engineer at Fjordline</span>
  <a class="member-insights" href="#"><span class="member-insights__count">Casey Ray and 3 other mutual connections</span></a>
  <div class="invitation-card__custom-message-container"><p class="invitation-card__custom-message">Hi Sam! We met at RustConf in Lisbon after your talk on async. <span class="lt-line-clamp__more-text">I'd love to stay in touch.</span><a class="lt-line-clamp__more" href="#">See more</a></p></div>
  <button class="invitation-card__custom-message-line-cta">Reply to Jonas</button>
  <div class="invitation-card__action-container"><button aria-label="Ignore an invitation to connect from Jonas Ek">Ignore</button><button aria-label="Accept Jonas Ek's invitation">Accept</button></div>
 </li>
</ul>"##;

const SDUI_2026: &str = r##"
<div data-testid="lazy-column">
 <div role="listitem" componentkey="a1b2">
  <div class="f59fbc39"><a href="/in/lea-moreau/" aria-label=""><img alt="" src="https://media.licdn.com/dms/image/v2/D4E03AQ/profile-displayphoto-shrink_100_100/0/1700000000000"></a></div>
  <div class="_38232876">
   <p><a href="/in/lea-moreau/">Léa Moreau</a></p>
   <p>Léa Moreau follows you and is inviting you to connect</p>
   <p>Product designer chez Atelier Nord</p>
   <p>Drew Stone is a mutual connection</p>
   <p>2 weeks ago</p>
  </div>
  <div><button aria-label="Ignore an invitation to connect from Léa Moreau">Ignore</button><a href="#" aria-label="Accept Léa Moreau’s invitation">Accept</a></div>
  <p><span data-testid="expandable-text-box">Bonjour ! J'ai lu votre article sur les systèmes de design et j'aimerais échanger.</span></p>
 </div>
 <div role="listitem" componentkey="c3d4">
  <a href="/in/omar-haddad/"><svg id="person-accent-4" viewBox="0 0 128 128" role="img"></svg></a>
  <p><a href="/in/omar-haddad/">Omar Haddad</a></p>
  <p>Omar Haddad is inviting you to connect</p>
  <p>Founder | LION | Open networker</p>
  <p>Today</p>
  <div><button aria-label="Ignore an invitation to connect from Omar Haddad">Ignore</button><button aria-label="Accept Omar Haddad's invitation">Accept</button></div>
 </div>
</div>
<ul><li class="discover-entity-card"><a href="/in/pat-lee/">Pat Lee</a><button aria-label="Invite Pat Lee to connect">Connect</button></li></ul>"##;

#[wasm_bindgen_test]
fn reads_ember_cards() {
    let root = container(EMBER);
    let cards = find_cards(&root);
    assert_eq!(cards.len(), 2);
    let dana = read_card(&cards[0]).expect("Dana's card reads").invitation;
    assert_eq!(dana.full_name.as_deref(), Some("Dana Whitfield"));
    assert_eq!(dana.profile_path.as_deref(), Some("/in/dana-whitfield-1/"));
    assert_eq!(dana.headline.as_deref(), Some("Growth partner | Helping B2B teams 10x pipeline"));
    assert_eq!(dana.note, None);
    assert_eq!(dana.has_photo, Some(false));
    assert_eq!(dana.mutual.count, Some(0), "no mutual line on a recognised card means none");
    assert_eq!(dana.sent_when.as_deref(), Some("1 week ago"));

    let jonas = read_card(&cards[1]).expect("Jonas's card reads").invitation;
    assert_eq!(jonas.full_name.as_deref(), Some("Jonas Ek"));
    assert_eq!(jonas.has_photo, Some(true));
    assert_eq!(jonas.mutual.count, Some(4));
    assert_eq!(jonas.mutual.names, vec!["Casey Ray".to_string()]);
    // The clamped part is read too; the toggle is not.
    assert_eq!(
        jonas.note.as_deref(),
        Some("Hi Sam! We met at RustConf in Lisbon after your talk on async. I'd love to stay in touch.")
    );
    root.remove();
}

#[wasm_bindgen_test]
fn reads_2026_cards_and_skips_people_you_may_know() {
    let root = container(SDUI_2026);
    let cards = find_cards(&root);
    assert_eq!(cards.len(), 2, "two invitations; the Connect card is not one");
    let lea = read_card(&cards[0]).expect("Léa's card reads");
    let inv = &lea.invitation;
    assert_eq!(inv.full_name.as_deref(), Some("Léa Moreau"));
    assert!(inv.follows_you);
    assert_eq!(inv.headline.as_deref(), Some("Product designer chez Atelier Nord"));
    assert_eq!(inv.mutual.count, Some(1));
    assert_eq!(inv.mutual.names, vec!["Drew Stone".to_string()]);
    assert_eq!(inv.sent_when.as_deref(), Some("2 weeks ago"));
    assert_eq!(inv.has_photo, Some(true));
    assert!(inv.note.as_deref().is_some_and(|n| n.starts_with("Bonjour ! J'ai lu votre article")));
    // The name came from a control's aria-label, the most stable source.
    assert!(lea.matched.iter().any(|m| *m == "name:accept-label" || *m == "name:ignore-label"), "{:?}", lea.matched);

    let omar = read_card(&cards[1]).expect("Omar's card reads").invitation;
    assert_eq!(omar.has_photo, Some(false));
    assert_eq!(omar.note, None);
    assert_eq!(omar.headline.as_deref(), Some("Founder | LION | Open networker"));
    assert_eq!(omar.mutual.count, Some(0));
    root.remove();
}

#[wasm_bindgen_test]
fn badges_every_card_once_and_updates_in_place() {
    let root = container(EMBER);
    let document = web_sys::window().unwrap().document().unwrap();
    features::received::scan(&document, &root);
    features::received::scan(&document, &root);
    let badges = root.query_selector_all("[data-nf-badge]").unwrap();
    assert_eq!(badges.length(), 2, "one badge per card, however often it is scanned");
    let replies = root.query_selector_all("[data-nf-reply]").unwrap();
    assert_eq!(replies.length(), 2);

    let first: Element = badges.item(0).unwrap().dyn_into().unwrap();
    let rules = first.get_attribute("data-nf-rules").unwrap();
    assert!(rules.split(',').any(|r| r == "no-note"), "{rules}");
    assert!(rules.split(',').any(|r| r == "no-photo"), "{rules}");
    let band = first.get_attribute("data-nf-band").unwrap();
    assert!(["good", "ask", "spam"].contains(&band.as_str()));
    let score: u8 = first.get_attribute("data-nf-score").unwrap().parse().unwrap();
    assert!(score <= 100);
    // The panel lists each fired rule, as text.
    let shadow = first.shadow_root().unwrap();
    let listed = shadow.query_selector_all("li[data-rule]").unwrap().length();
    assert_eq!(listed as usize, rules.split(',').filter(|r| !r.is_empty()).count());

    // LinkedIn rewrites the first card's headline in place: the badge is updated, not doubled.
    let subtitle = root.query_selector(".invitation-card__subtitle").unwrap().unwrap();
    subtitle.set_text_content(Some(""));
    features::received::scan(&document, &root);
    assert_eq!(root.query_selector_all("[data-nf-badge]").unwrap().length(), 2);
    root.remove();
}

#[wasm_bindgen_test]
fn queued_cards_are_handled_a_slice_at_a_time_in_document_order() {
    let root = container(&format!("{EMBER}{SDUI_2026}"));
    let document = web_sys::window().unwrap().document().unwrap();
    let badged = || root.query_selector_all("[data-nf-badge]").unwrap().length();
    features::received::queue(&root);
    assert_eq!(badged(), 0, "queuing reads no card");
    // A budget already spent still does one piece of work (a piece of the core's
    // one-time compiling first, then a card), so work always moves on.
    for _ in 0..200 {
        if badged() > 0 {
            break;
        }
        assert_eq!(features::received::work(&document, 0.0), Work::Now, "cards are left after the first");
    }
    assert_eq!(badged(), 1, "one card a call once compiled");
    let first = root.query_selector("li").unwrap().unwrap();
    assert!(first.query_selector("[data-nf-badge]").unwrap().is_some(), "the first card in the page comes first");
    // A card LinkedIn removed while it waited is skipped, not badged.
    let removed = find_cards(&root).pop().unwrap();
    removed.remove();
    while features::received::work(&document, 0.0) == Work::Now {}
    assert_eq!(badged(), 3, "every card still in the page, once");
    assert!(removed.query_selector("[data-nf-badge]").unwrap().is_none());
    // Forgotten cards are not handled.
    let fresh = container(EMBER);
    features::received::queue(&fresh);
    features::received::clear_queue();
    assert_eq!(features::received::work(&document, f64::INFINITY), Work::Done);
    assert_eq!(fresh.query_selector_all("[data-nf-badge]").unwrap().length(), 0);
    fresh.remove();
    root.remove();
}

/// An empty block ten screens high: what follows it is far from the viewport.
fn ten_screens() -> String {
    let screen = web_sys::window().unwrap().inner_height().unwrap().as_f64().unwrap();
    format!(r#"<div style="height: {}px"></div>"#, (screen * 10.0) as u32)
}

#[wasm_bindgen_test]
fn cards_far_from_the_viewport_wait_until_it_comes_near() {
    let window = web_sys::window().unwrap();
    let document = window.document().unwrap();
    // Cards at the top, then a gap of ten screens, then more cards.
    let root = container(&format!("{EMBER}{}{SDUI_2026}", ten_screens()));
    window.scroll_to_with_x_and_y(0.0, 0.0);
    let badged = |selector: &str| root.query_selector_all(&format!("{selector} [data-nf-badge]")).unwrap().length();
    features::received::clear_queue();
    features::received::queue(&root);
    let mut left = features::received::work(&document, f64::INFINITY);
    assert_eq!(left, Work::OnScroll, "the far cards are left for a scroll");
    assert_eq!(badged(".mn-invitation-list"), 2, "the cards near the viewport are badged");
    assert_eq!(badged("[data-testid='lazy-column']"), 0, "the cards ten screens below are not read yet");
    // Scrolled to them: they come next, and then nothing is left.
    let far = root.query_selector("[data-testid='lazy-column']").unwrap().unwrap();
    far.scroll_into_view();
    left = features::received::work(&document, f64::INFINITY);
    assert_eq!(badged("[data-testid='lazy-column']"), 2, "cards scrolled to are badged");
    assert_eq!(left, Work::Done);
    root.remove();
    // Cards LinkedIn removed while they waited far away are dropped, not kept.
    window.scroll_to_with_x_and_y(0.0, 0.0);
    let later = container(&format!("{}{EMBER}", ten_screens()));
    features::received::queue(&later);
    assert_eq!(features::received::work(&document, f64::INFINITY), Work::OnScroll);
    later.remove();
    assert_eq!(features::received::work(&document, f64::INFINITY), Work::Done, "removed candidates are dropped, not kept");
}

/// LinkedIn adds a new invitation at the top of the list while cards far below wait
/// for a scroll: the new card is near the viewport and is badged at once.
#[wasm_bindgen_test]
fn a_card_added_above_cards_left_for_a_scroll_is_badged() {
    let window = web_sys::window().unwrap();
    let document = window.document().unwrap();
    let root = container(&format!("<div class='top'></div>{}{SDUI_2026}", ten_screens()));
    window.scroll_to_with_x_and_y(0.0, 0.0);
    features::received::clear_queue();
    features::received::queue(&root);
    assert_eq!(features::received::work(&document, f64::INFINITY), Work::OnScroll, "the cards far below wait");
    // One of them is removed meanwhile (a busy page's rows come and go): it has no
    // place in the page's order any more.
    root.query_selector("[data-testid='lazy-column'] [role='listitem']").unwrap().unwrap().remove();
    let top = root.query_selector(".top").unwrap().unwrap();
    top.set_inner_html(EMBER);
    features::received::queue(&top);
    let left = features::received::work(&document, f64::INFINITY);
    assert_eq!(top.query_selector_all("[data-nf-badge]").unwrap().length(), 2, "the cards added at the top are badged");
    assert_eq!(left, Work::OnScroll, "the cards far below still wait");
    assert_eq!(root.query_selector_all("[data-testid='lazy-column'] [data-nf-badge]").unwrap().length(), 0);
    // And the cards far below are still found when the user scrolls to them.
    root.query_selector("[data-testid='lazy-column']").unwrap().unwrap().scroll_into_view();
    assert_eq!(features::received::work(&document, f64::INFINITY), Work::Done);
    assert_eq!(root.query_selector_all("[data-testid='lazy-column'] [data-nf-badge]").unwrap().length(), 1);
    root.remove();
    features::received::clear_queue();
}

#[wasm_bindgen_test]
fn hostile_text_stays_text() {
    let root = container(
        r#"<div role="listitem"><a href="/in/x/">&lt;img src=x onerror=alert(1)&gt;</a>
        <p>&lt;script&gt;window.__pwned=1&lt;/script&gt; is inviting you to connect</p>
        <div><button aria-label="Ignore">Ignore</button><button aria-label="Accept">Accept</button></div>
        <p><span data-testid="expandable-text-box">&lt;b onmouseover=alert(1)&gt;hi&lt;/b&gt; {first_name} &#x202E;evil</span></p></div>"#,
    );
    let document = web_sys::window().unwrap().document().unwrap();
    features::received::scan(&document, &root);
    let badge = root.query_selector("[data-nf-badge]").unwrap().expect("a badge even for a hostile card");
    let shadow = badge.shadow_root().unwrap();
    assert!(shadow.query_selector("img, script, b").unwrap().is_none(), "no markup from the page in our UI");
    let reply = root.query_selector("[data-nf-reply]").unwrap().expect("a reply widget");
    let reply_root = reply.shadow_root().unwrap();
    assert!(reply_root.query_selector("img, script, b").unwrap().is_none());
    root.remove();
}

use wasm_bindgen::JsCast;
