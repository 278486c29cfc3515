//! In-page UI: every widget lives in its own shadow root so that LinkedIn's CSS and
//! ours never mix. Hosts are custom-named elements (`nf-*`) carrying the stable
//! `data-nf-*` attributes of the injected-UI contract (../shared/DESIGN.md). All
//! page-derived text is written with `textContent`, never as HTML.

pub mod badge;
pub mod note_helper;
pub mod reply;
pub mod warning;

use std::cell::{Cell, RefCell};
use crate::dom;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, ShadowRoot, ShadowRootInit, ShadowRootMode};

/// Shared look: system font, focus ring, and the colours both themes use.
pub const BASE_CSS: &str = r#"
:host { all: initial; display: inline-block; position: relative; vertical-align: middle;
  font: 400 13px/1.35 -apple-system, system-ui, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  color: #1d2226; --nf-panel-bg: #ffffff; --nf-panel-fg: #1d2226; --nf-muted: #56687a; --nf-line: #d6d9dc; }
:host([data-nf-theme="dark"]) { color: rgba(255,255,255,.9); --nf-panel-bg: #1d2226; --nf-panel-fg: rgba(255,255,255,.9);
  --nf-muted: rgba(255,255,255,.65); --nf-line: #38434f; }
*, *::before, *::after { box-sizing: border-box; }
button { font: inherit; cursor: pointer; }
:focus-visible { outline: 2px solid #0a66c2; outline-offset: 2px; }
:host([data-nf-theme="dark"]) :focus-visible { outline-color: #71b7fb; }
[hidden] { display: none !important; }
"#;

/// The one event listener a kind of widget has, shared by all its instances (no
/// closure per card, nothing leaks): made on first use, kept for the page's life.
#[derive(Default)]
pub struct SharedListener(RefCell<Option<EventClosure>>);

type EventClosure = Closure<dyn FnMut(Event)>;

impl SharedListener {
    pub const fn new() -> SharedListener {
        SharedListener(RefCell::new(None))
    }

    /// Has `handler` (the same every call) hear each of `events` inside `root`.
    pub fn listen(&self, root: &ShadowRoot, events: &[&str], handler: fn(Event)) {
        let mut slot = self.0.borrow_mut();
        let closure = slot.get_or_insert_with(|| EventClosure::wrap(Box::new(handler) as Box<dyn FnMut(Event)>));
        for event in events {
            let _ = root.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref());
        }
    }
}

/// Creates `<tag>` with an open shadow root styled by `css`; returns both.
///
/// Styles come from constructed stylesheets (one per widget kind, shared by every
/// instance), which a page's CSP does not govern; where a browser will not adopt a
/// sheet made in the content script's world, a `<style>` element does instead.
pub fn create_host(document: &Document, tag: &str, css: &'static str) -> Option<(Element, ShadowRoot)> {
    let host = document.create_element(tag).ok()?;
    let init = ShadowRootInit::new(ShadowRootMode::Open);
    let root = host.attach_shadow(&init).ok()?;
    if !adopt_sheet(&root, css) {
        let style = document.create_element("style").ok()?;
        style.set_text_content(Some(&format!("{BASE_CSS}{css}")));
        root.append_child(&style).ok()?;
    }
    set_theme(&host);
    Some((host, root))
}

thread_local! {
    static SHEETS: std::cell::RefCell<Vec<(&'static str, web_sys::CssStyleSheet)>> = const { std::cell::RefCell::new(Vec::new()) };
}

fn adopt_sheet(root: &ShadowRoot, css: &'static str) -> bool {
    let sheet = SHEETS.with(|sheets| {
        let mut sheets = sheets.borrow_mut();
        if let Some((_, sheet)) = sheets.iter().find(|(key, _)| std::ptr::eq(*key, css)) {
            return Some(sheet.clone());
        }
        let sheet = web_sys::CssStyleSheet::new().ok()?;
        sheet.replace_sync(&format!("{BASE_CSS}{css}")).ok()?;
        sheets.push((css, sheet.clone()));
        Some(sheet)
    });
    let Some(sheet) = sheet else { return false };
    let list = js_sys::Array::of1(&sheet);
    let adopted = js_sys::Reflect::set(root, &"adoptedStyleSheets".into(), &list).unwrap_or(false);
    // Firefox may accept the assignment yet keep nothing from another world's sheet.
    adopted
        && js_sys::Reflect::get(root, &"adoptedStyleSheets".into())
            .ok()
            .and_then(|v| v.dyn_into::<js_sys::Array>().ok())
            .is_some_and(|a| a.length() == 1)
}

/// Sets inline styles through the CSSOM, which a page's CSP allows (a `style`
/// attribute it may refuse).
pub fn set_style(el: &Element, declarations: &[(&str, &str)]) {
    if let Some(html) = el.dyn_ref::<web_sys::HtmlElement>() {
        let style = html.style();
        for (property, value) in declarations {
            let _ = style.set_property(property, value);
        }
    }
}

/// Appends a child element with optional class and text (as text, never HTML).
pub fn child(document: &Document, parent: &impl AsRef<web_sys::Node>, tag: &str, class: &str, text: Option<&str>) -> Option<Element> {
    let el = document.create_element(tag).ok()?;
    if !class.is_empty() {
        el.set_class_name(class);
    }
    if let Some(text) = text {
        el.set_text_content(Some(text));
    }
    parent.as_ref().append_child(&el).ok()?;
    Some(el)
}

/// Whether LinkedIn currently shows its dark theme: its own class on `<html>` when
/// present, else the page's background colour.
pub fn page_is_dark() -> bool {
    let Some(document) = dom::document() else { return false };
    let Some(html) = document.document_element() else { return false };
    let classes = html.class_name();
    if classes.split_whitespace().any(|c| c == "theme--dark") {
        return true;
    }
    if classes.split_whitespace().any(|c| c == "theme--light") {
        return false;
    }
    background_is_dark(&document)
}

/// The page's background colour, read at most once a second. Every widget asks, and a
/// computed style makes the browser bring the whole page's styles up to date first:
/// asked for each of 5,000 invitations it made badging them grow faster than linearly
/// (more than 60 s; 14.5 s with this, `./build.sh bench`). A change of background
/// shows on the widgets made a second later.
fn background_is_dark(document: &Document) -> bool {
    thread_local!(static LAST: Cell<Option<(f64, bool)>> = const { Cell::new(None) });
    let now = js_sys::Date::now();
    if let Some((at, dark)) = LAST.with(Cell::get) {
        if (0.0..1000.0).contains(&(now - at)) {
            return dark;
        }
    }
    let dark = web_sys::window()
        .zip(document.body())
        .and_then(|(window, body)| window.get_computed_style(&body).ok().flatten())
        .and_then(|style| style.get_property_value("background-color").ok())
        .and_then(|bg| luminance_of_css_rgb(&bg))
        .is_some_and(|l| l < 0.35);
    LAST.with(|l| l.set(Some((now, dark))));
    dark
}

fn luminance_of_css_rgb(css: &str) -> Option<f64> {
    let inner = css.trim().strip_prefix("rgb")?.trim_start_matches('a').trim_start_matches('(').trim_end_matches(')');
    let parts: Vec<f64> = inner.split(',').filter_map(|p| css_number(p.trim())).collect();
    if parts.len() < 3 || parts.get(3).is_some_and(|a| *a < 0.5) {
        return None;
    }
    Some((0.2126 * parts[0] + 0.7152 * parts[1] + 0.0722 * parts[2]) / 255.0)
}

/// A plain decimal number as computed styles write a colour's parts ("255", "0.5"),
/// else `None`. By hand rather than `str::parse::<f64>`: that parser (exponents,
/// `inf`, exact rounding) was about 5 KB of the content script's module, for this alone.
fn css_number(text: &str) -> Option<f64> {
    let (whole, fraction) = text.split_once('.').unwrap_or((text, ""));
    if whole.is_empty() && fraction.is_empty() || !(whole.bytes().chain(fraction.bytes())).all(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits = |s: &str| s.bytes().fold(0.0, |n, b| n * 10.0 + f64::from(b - b'0'));
    Some(digits(whole) + digits(fraction) / 10f64.powi(fraction.len() as i32))
}

/// Marks a host with the page's current theme, for the CSS.
pub fn set_theme(host: &Element) {
    let theme = if page_is_dark() { "dark" } else { "light" };
    let _ = host.set_attribute("data-nf-theme", theme);
}

pub fn as_element(target: Option<web_sys::EventTarget>) -> Option<Element> {
    target?.dyn_into::<Element>().ok()
}

thread_local! {
    static IGNORE_REJECTION: wasm_bindgen::closure::Closure<dyn FnMut(wasm_bindgen::JsValue)> =
        wasm_bindgen::closure::Closure::wrap(Box::new(|_| {}) as Box<dyn FnMut(wasm_bindgen::JsValue)>);
}

/// Copies `text` to the clipboard: the asynchronous Clipboard API where the page has
/// it, else the editing command on a textarea of ours (`scratch`, inside a shadow
/// root). Returns whether a copy was started.
pub fn copy_to_clipboard(document: &Document, scratch: Option<&web_sys::HtmlTextAreaElement>, text: &str) -> bool {
    use wasm_bindgen::JsValue;
    if let Some(window) = web_sys::window() {
        let navigator = window.navigator();
        let has_clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).is_ok_and(|c| !c.is_undefined() && !c.is_null());
        if has_clipboard {
            let promise = navigator.clipboard().write_text(text);
            // A refusal (no user activation, permissions) is not an error for the page.
            IGNORE_REJECTION.with(|ignore| {
                let _ = promise.catch(ignore);
            });
            return true;
        }
    }
    let (Some(area), Some(html_doc)) = (scratch, document.dyn_ref::<web_sys::HtmlDocument>()) else { return false };
    let was_hidden = area.has_attribute("hidden");
    let _ = area.remove_attribute("hidden");
    area.set_value(text);
    area.select();
    let copied = html_doc.exec_command("copy").unwrap_or(false);
    if was_hidden {
        let _ = area.set_attribute("hidden", "");
    }
    copied
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_numbers_read_as_the_standard_parser_reads_them() {
        for text in ["0", "255", "12.5", "0.35", ".5", "5.", "007", "1.000001"] {
            assert_eq!(css_number(text), text.parse::<f64>().ok(), "{text}");
        }
        for text in ["", ".", "-1", "1e3", "inf", "NaN", "1 2", "12px", " 1"] {
            assert_eq!(css_number(text), None, "{text}");
        }
        assert!(luminance_of_css_rgb("rgb(255, 255, 255)").is_some_and(|l| l > 0.99));
        assert_eq!(luminance_of_css_rgb("rgba(0, 0, 0, 0)"), None);
        assert!(luminance_of_css_rgb("rgb(27, 31, 35)").is_some_and(|l| l < 0.35));
    }
}
