//! The warning before an invitation leaves with no note (or a note that says nothing):
//! one sentence on why a note matters, the suggested note (three to cycle through),
//! and the user's choice: `add-note`, `send-anyway`, `cancel` (plus `next-suggestion`
//! and, on free accounts out of notes, `copy-note`).
//!
//! A modal panel in a shadow root: `role="dialog"`, `aria-modal`, labelled and
//! described; the focus stays inside while it is open (Tab and Shift+Tab wrap), Escape
//! cancels, and the focus goes back where it was once it closes. Inside LinkedIn's
//! dialog it takes the dialog's place (LinkedIn's parts are made `inert` meanwhile,
//! then restored); with no dialog open it is a small panel over a backdrop, next to the
//! control that was clicked. Page text (names, notes) is written as text only.

use super::{child, create_host, SharedListener};
use crate::app;
use std::cell::RefCell;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, HtmlElement, KeyboardEvent, ShadowRoot};

const CSS: &str = r#"
:host { display: block; position: relative; text-align: left; white-space: normal; z-index: 2147483000; }
:host([data-nf-place="near"]) { position: fixed; inset: 0; display: block; }
.backdrop { position: fixed; inset: 0; background: rgba(0,0,0,.35); }
.panel { position: relative; background: var(--nf-panel-bg); color: var(--nf-panel-fg); border: 2px solid #b24020;
  border-radius: 8px; padding: 14px 16px 12px; margin: 0 0 4px; box-shadow: 0 4px 18px rgba(0,0,0,.16); }
:host([data-nf-mode="quota"]) .panel { border-color: #0a66c2; }
:host([data-nf-place="near"]) .panel { position: fixed; width: min(400px, calc(100vw - 16px)); max-height: calc(100vh - 16px);
  overflow: auto; box-shadow: 0 8px 32px rgba(0,0,0,.3); }
:host([data-nf-theme="dark"]) .panel { border-color: #f08a6c; }
:host([data-nf-theme="dark"][data-nf-mode="quota"]) .panel { border-color: #71b7fb; }
.brand { font-size: 11px; font-weight: 600; letter-spacing: .04em; text-transform: uppercase; color: var(--nf-muted); margin: 0 0 2px; }
h2 { font-size: 16px; line-height: 1.3; font-weight: 600; margin: 0 0 6px; }
.why { margin: 0 0 10px; color: var(--nf-panel-fg); }
.suggestion { margin: 0 0 10px; border: 1px solid var(--nf-line); border-radius: 6px; padding: 8px 10px;
  background: rgba(10,102,194,.06); }
:host([data-nf-theme="dark"]) .suggestion { background: rgba(113,183,251,.08); }
.meta { display: flex; justify-content: space-between; gap: 8px; font-size: 12px; color: var(--nf-muted); margin: 0 0 4px; }
.note { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 14px; line-height: 1.4; }
.actions { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.actions + .actions { justify-content: flex-end; margin-top: 8px; padding-top: 8px; border-top: 1px solid var(--nf-line); }
button { border-radius: 999px; padding: 6px 14px; font-weight: 600; font-size: 14px; line-height: 20px; min-height: 32px;
  border: 1px solid #0a66c2; background: transparent; color: #0a66c2; }
button:hover { background: rgba(10,102,194,.08); }
button.primary { background: #0a66c2; color: #fff; }
button.primary:hover { background: #004182; }
button.quiet { border-color: transparent; color: var(--nf-muted); }
:host([data-nf-theme="dark"]) button { border-color: #71b7fb; color: #71b7fb; }
:host([data-nf-theme="dark"]) button.primary { background: #71b7fb; color: #1d2226; }
:host([data-nf-theme="dark"]) button.quiet { border-color: transparent; color: var(--nf-muted); }
.scratch { position: fixed; left: -9999px; top: 0; width: 1px; height: 1px; opacity: 0; }
.status { font-size: 12px; color: var(--nf-muted); margin: 8px 0 0; }
.status:empty { display: none; }
"#;

/// Why the warning shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reason {
    /// The invitation would leave with no note at all.
    NoNote,
    /// The note says nothing (canned text, only a greeting).
    Contentless,
}

impl Reason {
    pub fn id(self) -> &'static str {
        match self {
            Reason::NoNote => "no-note",
            Reason::Contentless => "contentless-note",
        }
    }
}

/// How insistent the warning is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Make the case for a note.
    Normal,
    /// A free account that LinkedIn rations notes for: no nagging; offer to copy the
    /// note to send as a message once they accept. `remaining` is `None` when none are left.
    Quota { remaining: Option<u32> },
}

/// What the warning shows.
#[derive(Debug, Clone)]
pub struct Spec {
    pub reason: Reason,
    pub mode: Mode,
    /// The person's first name, for the text.
    pub first_name: Option<String>,
    /// Up to three suggested notes, each within `limit`.
    pub suggestions: Vec<String>,
    pub limit: usize,
    /// Whether `add-note` can work here (a note box, or a way to open one).
    pub can_add_note: bool,
    /// "dialog" (LinkedIn's dialog is open) or "connect" (a Connect that sends at once).
    pub at: &'static str,
}

/// Where the warning goes.
pub enum Placement {
    /// Inside LinkedIn's open dialog.
    InDialog(Element),
    /// Next to this control, over a backdrop.
    Near(Element),
}

/// The user's answer. `AddNote` carries the index of the suggestion on show.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    AddNote(usize),
    SendAnyway,
    Cancel,
}

impl Choice {
    pub fn id(self) -> &'static str {
        match self {
            Choice::AddNote(_) => "add-note",
            Choice::SendAnyway => "send-anyway",
            Choice::Cancel => "cancel",
        }
    }
}

type OnChoice = Box<dyn FnOnce(Choice)>;

struct Open {
    host: Element,
    spec: Spec,
    index: usize,
    return_focus: Option<HtmlElement>,
    inerted: Vec<Element>,
    on_choice: Option<OnChoice>,
}

thread_local! {
    static OPEN: RefCell<Option<Open>> = const { RefCell::new(None) };
    static LISTENER: SharedListener = const { SharedListener::new() };
}

/// The open warning's host, if one is open (and still in the page).
pub fn open_host() -> Option<Element> {
    OPEN.with(|o| o.borrow().as_ref().map(|o| o.host.clone())).filter(|h| h.is_connected())
}

/// Whether a warning is open.
pub fn is_open() -> bool {
    open_host().is_some()
}

fn first_name(spec: &Spec) -> Option<&str> {
    spec.first_name.as_deref().map(str::trim).filter(|n| !n.is_empty())
}

/// The sentence `key` naming the person, or its `_anon` twin when the name is
/// unknown (a fallback word like "them" would not fit every language's grammar).
fn why_text(spec: &Spec, key: &str, named: &str, anon: &str) -> String {
    match first_name(spec) {
        Some(name) => app::text_with(key, named, &[name]),
        None => app::text(&format!("{key}_anon"), anon),
    }
}

fn texts(spec: &Spec) -> (String, String) {
    match (spec.mode, spec.reason) {
        (Mode::Quota { remaining: None }, _) => (
            app::text("warning_title_out_of_notes", "No notes left this month"),
            why_text(
                spec,
                "warning_why_out_of_notes",
                "Your free account is out of notes, so this goes without one; copy the note below and send it to $1 as a message once they accept.",
                "Your free account is out of notes, so this goes without one; copy the note below and send it to them as a message once they accept.",
            ),
        ),
        (Mode::Quota { remaining: Some(n) }, _) => (
            if n == 1 {
                app::text("warning_title_one_note_left", "1 note left this month")
            } else {
                app::text_with("warning_title_notes_left", "$1 notes left this month", &[&n.to_string()])
            },
            why_text(
                spec,
                "warning_why_save_notes",
                "If you'd rather save your notes, send without one and copy this note to send $1 as a message once they accept.",
                "If you'd rather save your notes, send without one and copy this note to send them as a message once they accept.",
            ),
        ),
        (Mode::Normal, Reason::NoNote) => (
            app::text("warning_title_no_note", "Send without a note?"),
            why_text(
                spec,
                "warning_why_no_note",
                "Many people ignore invitations that come with no note; a line on how you found $1 and why you'd like to connect makes a yes far more likely.",
                "Many people ignore invitations that come with no note; a line on how you found them and why you'd like to connect makes a yes far more likely.",
            ),
        ),
        (Mode::Normal, Reason::Contentless) => (
            app::text("warning_title_contentless", "This note doesn't say much yet"),
            why_text(
                spec,
                "warning_why_contentless",
                "A greeting or LinkedIn's stock line reads like no note at all; a line on how you found $1 and why you'd like to connect makes a yes far more likely.",
                "A greeting or LinkedIn's stock line reads like no note at all; a line on how you found them and why you'd like to connect makes a yes far more likely.",
            ),
        ),
    }
}

/// Opens the warning (closing any other one first, as cancelled). Returns its host;
/// `None` when it could not be shown, and then the caller must let the page be.
pub fn open(document: &Document, spec: Spec, placement: Placement, return_focus: Option<Element>, on_choice: OnChoice) -> Option<Element> {
    close_with(Choice::Cancel, false);
    let (host, root) = create_host(document, "nf-warning", CSS)?;
    host.set_attribute("data-nf-warning", "").ok()?;
    host.set_attribute("data-nf-reason", spec.reason.id()).ok()?;
    host.set_attribute("data-nf-at", spec.at).ok()?;
    let mode = match spec.mode {
        Mode::Normal => "normal",
        Mode::Quota { .. } => "quota",
    };
    host.set_attribute("data-nf-mode", mode).ok()?;
    host.set_attribute("data-nf-limit", &spec.limit.to_string()).ok()?;
    host.set_attribute("data-nf-suggestions", &spec.suggestions.len().to_string()).ok()?;

    let near = match &placement {
        Placement::Near(_) => true,
        Placement::InDialog(_) => false,
    };
    if near {
        host.set_attribute("data-nf-place", "near").ok()?;
        let backdrop = child(document, &root, "div", "backdrop", None)?;
        backdrop.set_attribute("data-nf-backdrop", "").ok()?;
    } else {
        host.set_attribute("data-nf-place", "dialog").ok()?;
    }
    let panel = child(document, &root, "div", "panel", None)?;
    panel.set_attribute("role", "dialog").ok()?;
    panel.set_attribute("aria-modal", "true").ok()?;
    panel.set_attribute("aria-labelledby", "nf-w-title").ok()?;
    panel.set_attribute("aria-describedby", "nf-w-why").ok()?;
    let brand = child(document, &panel, "p", "brand", Some("NoteFirst"))?;
    brand.set_attribute("aria-hidden", "true").ok()?;
    let (title, why) = texts(&spec);
    child(document, &panel, "h2", "", Some(&title))?.set_id("nf-w-title");
    child(document, &panel, "p", "why", Some(&why))?.set_id("nf-w-why");

    if !spec.suggestions.is_empty() {
        let figure = child(document, &panel, "div", "suggestion", None)?;
        figure.set_attribute("role", "group").ok()?;
        figure.set_attribute("aria-labelledby", "nf-w-meta").ok()?;
        let meta = child(document, &figure, "p", "meta", None)?;
        meta.set_id("nf-w-meta");
        child(document, &meta, "span", "which", None)?;
        child(document, &meta, "span", "count", None)?;
        let note = child(document, &figure, "p", "note", None)?;
        note.set_attribute("data-nf-suggestion", "").ok()?;
        note.set_attribute("aria-live", "polite").ok()?;
    }

    let note_actions = child(document, &panel, "div", "actions", None)?;
    note_actions.set_attribute("role", "group").ok()?;
    note_actions.set_attribute("aria-label", &app::text("warning_note_actions", "The note")).ok()?;
    let quota = matches!(spec.mode, Mode::Quota { .. });
    let has_note = !spec.suggestions.is_empty();
    let mut buttons: Vec<(&str, String, &str)> = Vec::new();
    let add_label = match spec.reason {
        Reason::NoNote => app::text("warning_add_note", "Add this note"),
        Reason::Contentless => app::text("warning_use_note", "Use this note"),
    };
    if quota {
        if has_note {
            buttons.push(("copy-note", app::text("warning_copy_note", "Copy note"), "primary"));
        }
        if spec.can_add_note && has_note && spec.mode != (Mode::Quota { remaining: None }) {
            buttons.push(("add-note", add_label.clone(), ""));
        }
    } else if spec.can_add_note && has_note {
        buttons.push(("add-note", add_label.clone(), "primary"));
    } else if has_note {
        buttons.push(("copy-note", app::text("warning_copy_note", "Copy note"), "primary"));
    }
    if has_note && spec.suggestions.len() > 1 {
        buttons.push(("next-suggestion", app::text("warning_another", "Another suggestion"), ""));
    }
    let send_label = match spec.reason {
        Reason::NoNote => app::text("warning_send_without_note", "Send without a note"),
        Reason::Contentless => app::text("warning_send_as_is", "Send as it is"),
    };
    buttons.push(("send-anyway", send_label, if has_note { "" } else { "primary" }));
    let decide = child(document, &panel, "div", "actions", None)?;
    for (action, label, class) in buttons {
        let row = if action == "send-anyway" { &decide } else { &note_actions };
        let button = child(document, row, "button", class, Some(&label))?;
        button.set_attribute("type", "button").ok()?;
        button.set_attribute("data-nf-action", action).ok()?;
    }
    let cancel = child(document, &decide, "button", "quiet", Some(&app::text("warning_cancel", "Cancel")))?;
    cancel.set_attribute("type", "button").ok()?;
    cancel.set_attribute("data-nf-action", "cancel").ok()?;
    let status = child(document, &panel, "p", "status", None)?;
    status.set_attribute("role", "status").ok()?;
    let scratch = child(document, &panel, "textarea", "scratch", None)?;
    scratch.set_attribute("hidden", "").ok()?;
    scratch.set_attribute("aria-hidden", "true").ok()?;
    scratch.set_attribute("tabindex", "-1").ok()?;

    LISTENER.with(|l| l.listen(&root, &["click", "keydown"], on_event));

    // Into the page.
    let mut inerted = Vec::new();
    match &placement {
        Placement::InDialog(dialog) => {
            let header = dom_child_matching(dialog, "header, .artdeco-modal__header");
            let inserted = match header {
                Some(header) => header.after_with_node_1(&host).is_ok(),
                None => dialog.prepend_with_node_1(&host).is_ok(),
            };
            if !inserted {
                return None;
            }
            // LinkedIn's own parts wait while the user answers.
            let children = dialog.children();
            for i in 0..children.length() {
                let Some(el) = children.item(i) else { continue };
                if el != host && !el.has_attribute("inert") {
                    let _ = el.set_attribute("inert", "");
                    inerted.push(el);
                }
            }
        }
        Placement::Near(control) => {
            let body = document.body()?;
            body.append_child(&host).ok()?;
            position_near(&panel, control);
        }
    }
    let return_focus = return_focus.and_then(|e| e.dyn_into::<HtmlElement>().ok());
    OPEN.with(|o| {
        *o.borrow_mut() = Some(Open { host: host.clone(), spec, index: 0, return_focus, inerted, on_choice: Some(on_choice) })
    });
    render_suggestion(&root);
    if let Some(first) = root.query_selector("button").ok().flatten().and_then(|b| b.dyn_into::<HtmlElement>().ok()) {
        let _ = first.focus();
    }
    Some(host)
}

/// A direct child of `parent` matching `selector`.
fn dom_child_matching(parent: &Element, selector: &str) -> Option<Element> {
    let children = parent.children();
    (0..children.length()).filter_map(|i| children.item(i)).find(|c| c.matches(selector).unwrap_or(false))
}

fn position_near(panel: &Element, control: &Element) {
    let Some(window) = web_sys::window() else { return };
    let vw = window.inner_width().ok().and_then(|v| v.as_f64()).unwrap_or(1024.0);
    let vh = window.inner_height().ok().and_then(|v| v.as_f64()).unwrap_or(768.0);
    let rect = control.get_bounding_client_rect();
    let width = 400.0_f64.min(vw - 16.0);
    let left = rect.left().min(vw - width - 8.0).max(8.0);
    // Below the control when there is room for most of the panel, else above it.
    let (vertical, value) = if vh - rect.bottom() >= 300.0 || rect.top() < 300.0 {
        ("top", (rect.bottom() + 8.0).min(vh - 120.0).max(8.0))
    } else {
        ("bottom", (vh - rect.top() + 8.0).max(8.0))
    };
    // Whole pixels, written as integers: formatting an f64 would bring float formatting
    // (about 5 KB) into the module for these two values alone.
    let px = |v: f64| format!("{}px", v.round() as i32);
    super::set_style(panel, &[("left", &px(left)), (vertical, &px(value))]);
}

fn render_suggestion(root: &ShadowRoot) {
    let Some((text, index, total, limit)) = OPEN.with(|o| {
        let o = o.borrow();
        let open = o.as_ref()?;
        let text = open.spec.suggestions.get(open.index)?.clone();
        Some((text, open.index, open.spec.suggestions.len(), open.spec.limit))
    }) else {
        return;
    };
    if let Ok(Some(note)) = root.query_selector("[data-nf-suggestion]") {
        note.set_text_content(Some(&text));
    }
    if let Ok(Some(which)) = root.query_selector(".which") {
        which.set_text_content(Some(&app::text_with("warning_which", "Suggested note $1 of $2", &[&(index + 1).to_string(), &total.to_string()])));
    }
    if let Ok(Some(count)) = root.query_selector(".count") {
        let len = notefirst_core::linkedin_len(&text);
        count.set_text_content(Some(&app::text_with("warning_count", "$1/$2 characters", &[&len.to_string(), &limit.to_string()])));
    }
    let host = root.host();
    let _ = host.set_attribute("data-nf-suggestion-index", &index.to_string());
}

/// The suggestion on show.
pub fn current_suggestion() -> Option<String> {
    OPEN.with(|o| {
        let o = o.borrow();
        let open = o.as_ref()?;
        open.spec.suggestions.get(open.index).cloned()
    })
}

/// Closes the open warning with `choice` (calling its callback when `notify`).
pub fn close_with(choice: Choice, notify: bool) {
    let Some(open) = OPEN.with(|o| o.borrow_mut().take()) else { return };
    for el in &open.inerted {
        let _ = el.remove_attribute("inert");
    }
    open.host.remove();
    if !matches!(choice, Choice::AddNote(_)) {
        if let Some(target) = open.return_focus.as_ref().filter(|t| t.is_connected()) {
            let _ = target.focus();
        }
    }
    if notify {
        if let Some(callback) = open.on_choice {
            callback(choice);
        }
    }
}

fn focusables(root: &ShadowRoot) -> Vec<HtmlElement> {
    let Ok(list) = root.query_selector_all("button:not([disabled])") else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<HtmlElement>().ok()).collect()
}

fn on_event(event: Event) {
    let Some(root) = event.current_target().and_then(|t| t.dyn_into::<ShadowRoot>().ok()) else { return };
    // Our clicks and keys are ours: LinkedIn's handlers need not see them.
    event.stop_propagation();
    match event.type_().as_str() {
        "click" => {
            let target = super::as_element(event.target());
            if target.as_ref().is_some_and(|t| t.has_attribute("data-nf-backdrop")) {
                close_with(Choice::Cancel, true);
                return;
            }
            let Some(button) = target.and_then(|t| t.closest("[data-nf-action]").ok().flatten()) else { return };
            let action = button.get_attribute("data-nf-action").unwrap_or_default();
            act(&root, &action, &button);
        }
        "keydown" => {
            let Some(key) = event.dyn_ref::<KeyboardEvent>() else { return };
            match key.key().as_str() {
                "Escape" | "Esc" => {
                    event.prevent_default();
                    close_with(Choice::Cancel, true);
                }
                "Tab" => {
                    let items = focusables(&root);
                    let (Some(first), Some(last)) = (items.first(), items.last()) else { return };
                    let active = root.active_element();
                    let at_first = active.as_ref().is_some_and(|a| a == first.unchecked_ref::<Element>());
                    let at_last = active.as_ref().is_some_and(|a| a == last.unchecked_ref::<Element>());
                    if key.shift_key() && (at_first || active.is_none()) {
                        event.prevent_default();
                        let _ = last.focus();
                    } else if !key.shift_key() && (at_last || active.is_none()) {
                        event.prevent_default();
                        let _ = first.focus();
                    }
                }
                _ => {}
            }
        }
        _ => {}
    }
}

fn act(root: &ShadowRoot, action: &str, button: &Element) {
    match action {
        "add-note" => {
            let index = OPEN.with(|o| o.borrow().as_ref().map_or(0, |o| o.index));
            close_with(Choice::AddNote(index), true);
        }
        "send-anyway" => close_with(Choice::SendAnyway, true),
        "cancel" => close_with(Choice::Cancel, true),
        "next-suggestion" => {
            OPEN.with(|o| {
                if let Some(open) = o.borrow_mut().as_mut() {
                    let total = open.spec.suggestions.len().max(1);
                    open.index = (open.index + 1) % total;
                }
            });
            render_suggestion(root);
        }
        "copy-note" => {
            let Some(text) = current_suggestion() else { return };
            let copied = copy_text(root, &text);
            let _ = button.set_attribute("data-nf-copied", if copied { "true" } else { "false" });
            if let Ok(Some(status)) = root.query_selector(".status") {
                status.set_text_content(Some(&if copied {
                    app::text("warning_copied", "Copied. Paste it into a message once they accept.")
                } else {
                    app::text("warning_copy_failed", "Could not copy: select the note above and copy it yourself.")
                }));
            }
            // The next step is usually to send: put the focus there.
            if let Ok(Some(send)) = root.query_selector("[data-nf-action='send-anyway']") {
                if let Ok(send) = send.dyn_into::<HtmlElement>() {
                    let _ = send.focus();
                }
            }
        }
        _ => {}
    }
}

/// Copies text (see [`super::copy_to_clipboard`]), with a hidden textarea of ours as
/// the fallback's scratch space.
fn copy_text(root: &ShadowRoot, text: &str) -> bool {
    let Some(document) = crate::dom::document() else { return false };
    let scratch = root
        .query_selector("textarea.scratch")
        .ok()
        .flatten()
        .and_then(|t| t.dyn_into::<web_sys::HtmlTextAreaElement>().ok());
    super::copy_to_clipboard(&document, scratch.as_ref(), text)
}
