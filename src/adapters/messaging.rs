//! The messaging adapter: finds LinkedIn's open message composer (the overlay that
//! "Reply to <name>" opens, or the compose page) and puts text into it the way typing
//! would, so that LinkedIn's own editor registers it and enables its Send button.
//! It never sends.

use crate::dom;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, HtmlDocument, HtmlElement, HtmlTextAreaElement};

/// Message boxes, most specific first: the Ember messaging form, then any rich-text
/// box or textarea inside a messaging form or overlay.
const COMPOSERS: &str = concat!(
    ".msg-form__contenteditable[contenteditable='true'], ",
    "[class*='msg-form'] [contenteditable='true'][role='textbox'], ",
    "[class*='msg-overlay'] [contenteditable='true'][role='textbox'], ",
    "form[action*='messaging'] textarea, [data-nf-composer]"
);

/// The open composer to write into, preferring one whose conversation names
/// `first_name`; `None` when no composer is open.
pub fn open_composer(document: &Document, first_name: Option<&str>) -> Option<Element> {
    let root = document.document_element()?;
    let boxes: Vec<Element> = dom::query_all(&root, COMPOSERS).into_iter().filter(|e| !dom::is_ours(e)).collect();
    if let Some(first) = first_name.filter(|f| !f.is_empty()) {
        let named = boxes.iter().find(|b| {
            dom::closest(b, "[class*='msg-overlay-conversation-bubble'], [class*='msg-form'], form, [role='dialog']")
                .is_some_and(|container| container.text_content().unwrap_or_default().contains(first))
        });
        if let Some(named) = named {
            return Some(named.clone());
        }
    }
    boxes.last().cloned()
}

/// Replaces the composer's content with `text`, as typing would.
pub fn insert(document: &Document, composer: &Element, text: &str) -> bool {
    if let Some(html) = composer.dyn_ref::<HtmlElement>() {
        let _ = html.focus();
    }
    // execCommand goes through the browser's editing pipeline (beforeinput, input),
    // which rich-text editors and React alike listen to; it is deprecated but has no
    // replacement for this purpose and works in Chromium and Firefox.
    if let Some(html_doc) = document.dyn_ref::<HtmlDocument>() {
        let _ = html_doc.exec_command("selectAll");
        if html_doc.exec_command_with_show_ui_and_value("insertText", false, text).unwrap_or(false) && content_of(composer).trim() == text.trim() {
            return true;
        }
    }
    // Fallback for a textarea: the native value setter (so React's tracker sees it)
    // and an input event.
    if let Some(area) = composer.dyn_ref::<HtmlTextAreaElement>() {
        area.set_value(text);
        if let Ok(event) = web_sys::Event::new_with_event_init_dict("input", &{
            let init = web_sys::EventInit::new();
            init.set_bubbles(true);
            init
        }) {
            let _ = area.dispatch_event(&event);
        }
        return area.value() == text;
    }
    false
}

fn content_of(el: &Element) -> String {
    match el.dyn_ref::<HtmlTextAreaElement>() {
        Some(area) => area.value(),
        None => dom::visible_text_multiline(el),
    }
}

/// The card's own "Reply to <name>" control, if LinkedIn offers one.
pub fn reply_control(card: &Element) -> Option<Element> {
    dom::query(card, ".invitation-card__custom-message-line-cta, a[href*='/messaging/compose'], a[href*='/messaging/thread']")
        .or_else(|| {
            dom::query_all(card, "button, a")
                .into_iter()
                .find(|el| dom::visible_text(el).to_lowercase().starts_with("reply to"))
        })
}
