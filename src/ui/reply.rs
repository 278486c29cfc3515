//! The reply suggestion beside a received invitation: which template (cycle with
//! "Next"), the filled text (a two-line preview that "Edit" opens into a textarea the
//! user can change), "Copy", and "Insert" into LinkedIn's open message box. The user
//! always sends.

use super::{child, create_host, SharedListener};
use crate::app;
use notefirst_core::ReplySuggestion;
use std::cell::Cell;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, HtmlTextAreaElement, ShadowRoot};

const CSS: &str = r#"
:host { display: block; flex: 1 1 320px; max-width: 560px; }
.box { border: 1px solid var(--nf-line); border-radius: 8px; padding: 6px 8px; background: var(--nf-panel-bg); color: var(--nf-panel-fg); }
.bar { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; }
.title { font-weight: 600; margin-right: auto; }
/* The buttons wrap as one group, so that a longer title or longer labels (German,
   French) move them under the title together rather than splitting them. */
.buttons { display: flex; flex-wrap: wrap; gap: 6px; }
.title .which { font-weight: 400; color: var(--nf-muted); }
button { border: 1px solid #0a66c2; color: #0a66c2; background: transparent; border-radius: 999px; padding: 2px 10px; font-weight: 600; font-size: 12px; line-height: 18px; }
button:hover { background: rgba(10,102,194,.08); }
button.primary { background: #0a66c2; color: #fff; }
button.primary:hover { background: #004182; }
:host([data-nf-theme="dark"]) button { border-color: #71b7fb; color: #71b7fb; }
:host([data-nf-theme="dark"]) button.primary { background: #71b7fb; color: #1b1f23; }
.preview { margin: 4px 0 0; color: var(--nf-panel-fg); display: -webkit-box; -webkit-line-clamp: 2; -webkit-box-orient: vertical; overflow: hidden; cursor: text; }
textarea { display: block; width: 100%; min-height: 110px; margin-top: 6px; font: inherit; color: var(--nf-panel-fg); background: var(--nf-panel-bg);
  border: 1px solid var(--nf-line); border-radius: 6px; padding: 6px; resize: vertical; }
.status { margin: 4px 0 0; font-size: 12px; color: var(--nf-muted); min-height: 0; }
.status:empty { display: none; }
"#;

/// What the feature does when a button is pressed: (the host, the action id).
pub type ActionHandler = fn(&Element, &str);

thread_local! {
    static LISTENER: SharedListener = const { SharedListener::new() };
    static HANDLER: Cell<Option<ActionHandler>> = const { Cell::new(None) };
}

/// Creates the reply widget showing `suggestions[index]`.
pub fn create(document: &Document, suggestions: &[ReplySuggestion], index: usize, on_action: ActionHandler) -> Option<Element> {
    let (host, root) = create_host(document, "nf-reply", CSS)?;
    host.set_attribute("data-nf-reply", "").ok()?;
    let boxed = child(document, &root, "div", "box", None)?;
    boxed.set_attribute("role", "group").ok()?;
    boxed.set_attribute("aria-label", &app::text("reply_group_label", "NoteFirst: suggested reply")).ok()?;
    let bar = child(document, &boxed, "div", "bar", None)?;
    let title = child(document, &bar, "span", "title", Some(&format!("{} ", app::text("reply_title", "Reply:"))))?;
    child(document, &title, "span", "which", None)?;
    let buttons = child(document, &bar, "span", "buttons", None)?;
    for (action, label, class) in [
        ("next-reply", app::text("reply_next", "Next"), ""),
        ("edit-reply", app::text("reply_edit", "Edit"), ""),
        ("copy-reply", app::text("reply_copy", "Copy"), "primary"),
        ("insert-reply", app::text("reply_insert", "Insert"), ""),
    ] {
        let button = child(document, &buttons, "button", class, Some(&label))?;
        button.set_attribute("type", "button").ok()?;
        button.set_attribute("data-nf-action", action).ok()?;
    }
    child(document, &boxed, "p", "preview", None)?;
    let area = child(document, &boxed, "textarea", "", None)?;
    area.set_attribute("aria-label", &app::text("reply_text_label", "Reply text (edit before copying or inserting)")).ok()?;
    area.set_attribute("hidden", "").ok()?;
    let status = child(document, &boxed, "p", "status", None)?;
    status.set_attribute("role", "status").ok()?;
    show(&host, suggestions, index);
    HANDLER.with(|h| h.set(Some(on_action)));
    LISTENER.with(|l| l.listen(&root, &["click", "input"], on_event));
    Some(host)
}

/// Shows `suggestions[index]` (wrapping around) in an existing widget.
pub fn show(host: &Element, suggestions: &[ReplySuggestion], index: usize) {
    let Some(root) = host.shadow_root() else { return };
    if suggestions.is_empty() {
        return;
    }
    let index = index % suggestions.len();
    let suggestion = &suggestions[index];
    let _ = host.set_attribute("data-nf-template", &suggestion.template_id);
    let _ = host.set_attribute("data-nf-index", &index.to_string());
    if let Some(which) = part(&root, ".which") {
        let (n, total) = ((index + 1).to_string(), suggestions.len().to_string());
        which.set_text_content(Some(&app::text_with("reply_which", "$1 ($2 of $3)", &[&suggestion.label, &n, &total])));
    }
    if let Some(next) = part(&root, "[data-nf-action='next-reply']") {
        let upcoming = &suggestions[(index + 1) % suggestions.len()];
        let _ = next.set_attribute("aria-label", &app::text_with("reply_next_label", "Next suggestion: $1", &[&upcoming.label]));
    }
    set_text(&root, &suggestion.text);
    set_status(host, "");
}

/// The reply as it stands, the user's edits included.
pub fn text(host: &Element) -> String {
    host.shadow_root()
        .and_then(|root| part(&root, "textarea"))
        .and_then(|area| area.dyn_into::<HtmlTextAreaElement>().ok())
        .map(|area| area.value())
        .unwrap_or_default()
}

/// A short message under the reply (announced to screen readers).
pub fn set_status(host: &Element, message: &str) {
    if let Some(status) = host.shadow_root().and_then(|root| part(&root, ".status")) {
        status.set_text_content(Some(message));
    }
}

fn set_text(root: &ShadowRoot, text: &str) {
    if let Some(area) = part(root, "textarea").and_then(|a| a.dyn_into::<HtmlTextAreaElement>().ok()) {
        area.set_value(text);
    }
    if let Some(preview) = part(root, ".preview") {
        preview.set_text_content(Some(&preview_of(text)));
    }
}

/// The reply on one flowing line for the two-line preview: a greeting on its own
/// line and a blank line after it would otherwise fill the preview with nothing.
fn preview_of(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn part(root: &ShadowRoot, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

fn toggle_editing(root: &ShadowRoot) {
    let (Some(area), Some(preview), Some(button)) = (part(root, "textarea"), part(root, ".preview"), part(root, "[data-nf-action='edit-reply']")) else {
        return;
    };
    let editing = !area.has_attribute("hidden");
    if editing {
        let _ = area.set_attribute("hidden", "");
        let _ = preview.remove_attribute("hidden");
        button.set_text_content(Some(&app::text("reply_edit", "Edit")));
    } else {
        let _ = area.remove_attribute("hidden");
        let _ = preview.set_attribute("hidden", "");
        button.set_text_content(Some(&app::text("reply_done", "Done")));
        if let Some(area) = area.dyn_ref::<web_sys::HtmlElement>() {
            let _ = area.focus();
        }
    }
    let _ = button.set_attribute("aria-expanded", if editing { "false" } else { "true" });
}

fn on_event(event: Event) {
    let Some(root) = event.current_target().and_then(|t| t.dyn_into::<ShadowRoot>().ok()) else { return };
    if event.type_() == "input" {
        // Keep the preview in step with the user's edits.
        let edited = part(&root, "textarea").and_then(|a| a.dyn_into::<HtmlTextAreaElement>().ok()).map(|a| a.value());
        if let (Some(text), Some(preview)) = (edited, part(&root, ".preview")) {
            preview.set_text_content(Some(&preview_of(&text)));
        }
        return;
    }
    let Some(button) = super::as_element(event.target()).and_then(|t| t.closest("[data-nf-action]").ok().flatten()) else { return };
    let Some(action) = button.get_attribute("data-nf-action") else { return };
    if action == "edit-reply" {
        toggle_editing(&root);
        return;
    }
    if let Some(handler) = HANDLER.with(Cell::get) {
        handler(&root.host(), &action);
    }
}
