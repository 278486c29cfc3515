//! The note helper beside LinkedIn's note box: a live count against the limit the
//! dialog shows, a quality meter built from the same note analysis that scores
//! received invitations (does it say how you know them, and why?), and suggested
//! notes that go into the box on a click.
//!
//! Text goes into LinkedIn's box the way typing would: through the native `value`
//! setter of `HTMLTextAreaElement.prototype` (so a React or Ember wrapper's value
//! tracking sees a change), then bubbling `input` and `change` events, so that the
//! page's counter updates and its Send button enables. The user still presses Send.

use super::{child, create_host};
use crate::app;
use notefirst_core::linkedin_len;
use notefirst_core::note::{analyse_note, NoteSignals, Signal};
use std::cell::{Cell, RefCell};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, EventInit, HtmlTextAreaElement, ShadowRoot};

const CSS: &str = r#"
:host { display: block; margin: 8px 0 4px; text-align: left; white-space: normal; }
.box { border: 1px solid var(--nf-line); border-radius: 8px; padding: 8px 10px; background: var(--nf-panel-bg); color: var(--nf-panel-fg); }
.top { display: flex; align-items: center; gap: 10px; flex-wrap: wrap; }
.brand { font-size: 11px; font-weight: 600; letter-spacing: .04em; text-transform: uppercase; color: var(--nf-muted); }
.count { font-variant-numeric: tabular-nums; font-weight: 600; margin-left: auto; }
.count.over { color: #b42323; }
:host([data-nf-theme="dark"]) .count.over { color: #ff9d9d; }
.meter { display: inline-flex; gap: 3px; align-items: center; }
.meter i { display: inline-block; width: 22px; height: 6px; border-radius: 3px; background: var(--nf-line); }
.meter[data-level="1"] i:nth-child(-n+1) { background: #b24020; }
.meter[data-level="2"] i:nth-child(-n+2) { background: #c28a00; }
.meter[data-level="3"] i:nth-child(-n+3) { background: #1d7a36; }
:host([data-nf-theme="dark"]) .meter[data-level="3"] i:nth-child(-n+3) { background: #57c27a; }
.quality { font-weight: 600; }
ul.checks { list-style: none; margin: 6px 0 0; padding: 0; display: grid; gap: 2px; }
ul.checks li { display: flex; flex-wrap: wrap; gap: 0 6px; align-items: baseline; }
ul.checks li q { flex-basis: 100%; padding-left: 20px; }
ul.checks .mark { width: 14px; flex: none; text-align: center; font-weight: 700; }
li[data-ok="true"] .mark { color: #1d7a36; } li[data-ok="false"] .mark { color: var(--nf-muted); }
li.warn .mark { color: #b42323; }
:host([data-nf-theme="dark"]) li[data-ok="true"] .mark { color: #8fdca5; }
:host([data-nf-theme="dark"]) li.warn .mark { color: #ff9d9d; }
q { color: var(--nf-muted); font-style: italic; overflow-wrap: anywhere; }
h3 { font-size: 12px; font-weight: 600; margin: 8px 0 4px; color: var(--nf-muted); }
ol { margin: 0; padding: 0; list-style: none; display: grid; gap: 4px; }
ol button { width: 100%; text-align: left; border: 1px solid var(--nf-line); border-radius: 6px; background: transparent;
  color: inherit; padding: 6px 8px; font-size: 13px; line-height: 1.35; overflow-wrap: anywhere; }
ol button:hover { border-color: #0a66c2; background: rgba(10,102,194,.06); }
:host([data-nf-theme="dark"]) ol button:hover { border-color: #71b7fb; background: rgba(113,183,251,.08); }
ol button .use { display: block; font-size: 11px; font-weight: 600; color: #0a66c2; margin-top: 2px; }
:host([data-nf-theme="dark"]) ol button .use { color: #71b7fb; }
"#;

/// One shared listener (made on first use), so no closure is made per helper.
type Listener = RefCell<Option<Closure<dyn FnMut(Event)>>>;

thread_local! {
    static CLICKS: Listener = const { RefCell::new(None) };
    static INPUTS: Listener = const { RefCell::new(None) };
    static NEXT_ID: Cell<u32> = const { Cell::new(1) };
}

fn listener(cell: &'static std::thread::LocalKey<Listener>, handler: fn(Event), f: impl FnOnce(&js_sys::Function)) {
    cell.with(|cell| {
        let mut slot = cell.borrow_mut();
        let closure = slot.get_or_insert_with(|| Closure::wrap(Box::new(handler) as Box<dyn FnMut(Event)>));
        f(closure.as_ref().unchecked_ref());
    });
}

/// Puts `text` into LinkedIn's note box as typing would, and leaves the focus there.
pub fn set_note(textarea: &HtmlTextAreaElement, text: &str) {
    let element: &JsValue = textarea.as_ref();
    let native = native_value_setter();
    let done = native.is_some_and(|set| set.call1(element, &JsValue::from_str(text)).is_ok());
    if !done {
        textarea.set_value(text);
    }
    for name in ["input", "change"] {
        let init = EventInit::new();
        init.set_bubbles(true);
        if let Ok(event) = Event::new_with_event_init_dict(name, &init) {
            let _ = textarea.dispatch_event(&event);
        }
    }
    let _ = textarea.focus();
    // The caret at the end, where the user goes on typing.
    let end = u32::try_from(text.encode_utf16().count()).unwrap_or(u32::MAX);
    let _ = textarea.set_selection_range(end, end);
}

/// `Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, "value").set`.
fn native_value_setter() -> Option<js_sys::Function> {
    let window = web_sys::window()?;
    let ctor = js_sys::Reflect::get(&window, &JsValue::from_str("HTMLTextAreaElement")).ok()?;
    let proto = js_sys::Reflect::get(&ctor, &JsValue::from_str("prototype")).ok()?.dyn_into::<js_sys::Object>().ok()?;
    let descriptor = js_sys::Object::get_own_property_descriptor(&proto, &JsValue::from_str("value"));
    js_sys::Reflect::get(&descriptor, &JsValue::from_str("set")).ok()?.dyn_into::<js_sys::Function>().ok()
}

/// The helper for a note box, if one is attached.
pub fn helper_for(textarea: &Element) -> Option<Element> {
    let id = textarea.get_attribute("data-nf-helped")?;
    let document = crate::dom::document()?;
    document.query_selector(&format!("nf-note-helper[data-nf-helper-for='{id}']")).ok().flatten()
}

/// Attaches a helper after `anchor` for the note box `textarea`. Returns its host.
pub fn attach(document: &Document, textarea: &HtmlTextAreaElement, anchor: &Element, limit: usize, suggestions: &[String]) -> Option<Element> {
    let (host, root) = create_host(document, "nf-note-helper", CSS)?;
    let id = NEXT_ID.with(|n| {
        let id = n.get();
        n.set(id.wrapping_add(1));
        id
    });
    host.set_attribute("data-nf-note-helper", "").ok()?;
    host.set_attribute("data-nf-helper-for", &id.to_string()).ok()?;
    host.set_attribute("data-nf-limit", &limit.to_string()).ok()?;
    let box_ = child(document, &root, "section", "box", None)?;
    box_.set_attribute("aria-label", &app::text("helper_label", "NoteFirst: your note")).ok()?;
    let top = child(document, &box_, "div", "top", None)?;
    child(document, &top, "span", "brand", Some("NoteFirst"))?;
    let meter = child(document, &top, "span", "meter", None)?;
    meter.set_attribute("role", "img").ok()?;
    for _ in 0..3 {
        child(document, &meter, "i", "", None)?;
    }
    child(document, &top, "span", "quality", None)?.set_attribute("aria-live", "polite").ok()?;
    let count = child(document, &top, "span", "count", None)?;
    count.set_attribute("aria-live", "polite").ok()?;
    child(document, &box_, "ul", "checks", None)?;
    if !suggestions.is_empty() {
        let use_label = app::text("helper_use_note", "Use this note");
        child(document, &box_, "h3", "", Some(&app::text("helper_suggestions", "Suggestions (click to use)")))?.set_id("nf-h-sugg");
        let list = child(document, &box_, "ol", "", None)?;
        list.set_attribute("aria-labelledby", "nf-h-sugg").ok()?;
        for (i, text) in suggestions.iter().enumerate() {
            let item = child(document, &list, "li", "", None)?;
            let button = child(document, &item, "button", "", None)?;
            button.set_attribute("type", "button").ok()?;
            button.set_attribute("data-nf-insert", &i.to_string()).ok()?;
            child(document, &button, "span", "text", Some(text))?;
            child(document, &button, "span", "use", Some(&use_label))?;
        }
    }
    anchor.after_with_node_1(&host).ok()?;
    textarea.set_attribute("data-nf-helped", &id.to_string()).ok()?;
    listener(&CLICKS, on_click, |l| {
        let _ = root.add_event_listener_with_callback("click", l);
    });
    listener(&INPUTS, on_input, |l| {
        let _ = textarea.add_event_listener_with_callback("input", l);
    });
    update(&host, &textarea.value());
    Some(host)
}

/// How good a note is, from its signals: 0 empty, 1 says nothing concrete, 2 says how
/// or why, 3 says both. A pitch is flagged whatever else it says.
/// The word is the English one; [`update`] shows the `helper_quality_<id>` message.
pub fn quality(signals: &NoteSignals) -> (u8, &'static str, &'static str) {
    if signals.empty {
        return (0, "empty", "No note yet");
    }
    if signals.contentless {
        return (0, "contentless", "Says nothing yet");
    }
    if signals.looks_like_sales() {
        return (1, "pitch", "Reads like a pitch");
    }
    match (signals.says_how_you_know(), signals.says_why()) {
        (true, true) => (3, "good", "Good: says how and why"),
        (true, false) | (false, true) => (2, "fair", "Getting there"),
        (false, false) => (1, "vague", "Vague"),
    }
}

/// Re-renders the count and the meter for `text`.
pub fn update(host: &Element, text: &str) {
    let Some(root) = host.shadow_root() else { return };
    let limit: usize = host.get_attribute("data-nf-limit").and_then(|l| l.parse().ok()).unwrap_or(300);
    let len = linkedin_len(text);
    let signals = analyse_note(text);
    let (level, id, word) = quality(&signals);
    let _ = host.set_attribute("data-nf-count", &len.to_string());
    let _ = host.set_attribute("data-nf-quality", id);
    if let Ok(Some(count)) = root.query_selector(".count") {
        let over = len > limit;
        count.set_class_name(if over { "count over" } else { "count" });
        let (len_s, limit_s) = (len.to_string(), limit.to_string());
        let text = if over {
            app::text_with("helper_count_over", "$1/$2 · $3 over", &[&len_s, &limit_s, &(len - limit).to_string()])
        } else {
            format!("{len}/{limit}")
        };
        count.set_text_content(Some(&text));
        let _ = count.set_attribute("aria-label", &app::text_with("helper_count_label", "$1 of $2 characters", &[&len_s, &limit_s]));
    }
    if let Ok(Some(meter)) = root.query_selector(".meter") {
        let _ = meter.set_attribute("data-level", &level.to_string());
        let _ = meter.set_attribute("aria-label", &app::text_with("helper_meter_label", "Note quality $1 of 3", &[&level.to_string()]));
    }
    if let Ok(Some(quality)) = root.query_selector(".quality") {
        // The word in the page's language (keys `helper_quality_<id>`), English built in.
        quality.set_text_content(Some(&app::text(&format!("helper_quality_{id}"), word)));
    }
    if let Ok(Some(list)) = root.query_selector("ul.checks") {
        render_checks(&root, &list, &signals);
    }
}

fn render_checks(root: &ShadowRoot, list: &Element, signals: &NoteSignals) {
    let Some(document) = crate::dom::document() else { return };
    while let Some(last) = list.last_element_child() {
        last.remove();
    }
    let how = signals.get(Signal::Context);
    let why = [Signal::ReasonGiven, Signal::Question, Signal::Recruiter].into_iter().find_map(|s| signals.get(s));
    let checks = [
        ("context", app::text("helper_check_context", "Says how you know or found them"), how),
        ("why", app::text("helper_check_why", "Says why you'd like to connect"), why),
    ];
    for (id, text, hit) in checks {
        let Some(item) = child(&document, list, "li", "", None) else { return };
        let _ = item.set_attribute("data-check", id);
        let _ = item.set_attribute("data-ok", if hit.is_some() { "true" } else { "false" });
        let mark = child(&document, &item, "span", "mark", Some(if hit.is_some() { "✓" } else { "○" }));
        if let Some(mark) = mark {
            let _ = mark.set_attribute("aria-hidden", "true");
        }
        let _ = child(&document, &item, "span", "", Some(&text));
        if let Some(hit) = hit {
            let _ = child(&document, &item, "q", "", Some(&hit.evidence));
        }
    }
    let warnings: [(Signal, &str, &str); 5] = [
        (Signal::Canned, "helper_warn_canned", "Stock text says nothing personal"),
        (Signal::Sales, "helper_warn_sales", "Reads like a sales pitch"),
        (Signal::Placeholder, "helper_warn_placeholder", "An unfilled placeholder"),
        (Signal::Flattery, "helper_warn_flattery", "Praise with no reason"),
        (Signal::SharedGroupOnly, "helper_warn_shared_group_only", "A shared group is the only reason"),
    ];
    if signals.empty {
        return;
    }
    for (signal, key, english) in warnings {
        let Some(hit) = signals.get(signal) else { continue };
        let text = app::text(key, english);
        let Some(item) = child(&document, list, "li", "warn", None) else { return };
        let _ = item.set_attribute("data-rule", signal.id());
        if let Some(mark) = child(&document, &item, "span", "mark", Some("!")) {
            let _ = mark.set_attribute("aria-hidden", "true");
        }
        let _ = child(&document, &item, "span", "", Some(&text));
        if signal != Signal::Canned && !hit.evidence.is_empty() {
            let _ = child(&document, &item, "q", "", Some(&hit.evidence));
        }
    }
    let _ = root;
}

fn textarea_for(host: &Element) -> Option<HtmlTextAreaElement> {
    let id = host.get_attribute("data-nf-helper-for")?;
    let document = crate::dom::document()?;
    document.query_selector(&format!("textarea[data-nf-helped='{id}']")).ok().flatten()?.dyn_into().ok()
}

fn on_click(event: Event) {
    let Some(root) = event.current_target().and_then(|t| t.dyn_into::<ShadowRoot>().ok()) else { return };
    event.stop_propagation();
    let Some(button) = super::as_element(event.target()).and_then(|t| t.closest("[data-nf-insert]").ok().flatten()) else { return };
    let text = button.query_selector(".text").ok().flatten().and_then(|t| t.text_content()).unwrap_or_default();
    let host = root.host();
    let Some(textarea) = textarea_for(&host) else { return };
    crate::app::guard("note-helper", || {
        set_note(&textarea, &text);
        crate::features::outgoing::note_inserted(&text);
    });
}

fn on_input(event: Event) {
    let Some(textarea) = event.current_target().and_then(|t| t.dyn_into::<HtmlTextAreaElement>().ok()) else { return };
    let Some(host) = helper_for(&textarea) else { return };
    crate::app::guard("note-helper", || update(&host, &textarea.value()));
}
