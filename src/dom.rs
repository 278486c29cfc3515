//! Small, non-panicking helpers over web-sys for reading LinkedIn's DOM: every query
//! that can fail yields nothing instead of an error, because a page that is not as
//! expected must make NoteFirst do less, quietly.

use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Node};

/// A horizontal band of the page around the viewport, from `above` screen heights
/// above it to `below` under it: what NoteFirst reads now on a page too long to read
/// at once (the rest waits until the user scrolls near it).
pub struct Band {
    top: f64,
    bottom: f64,
}

impl Band {
    pub fn around_viewport(above: f64, below: f64) -> Band {
        let height = web_sys::window().and_then(|w| w.inner_height().ok()).and_then(|h| h.as_f64()).filter(|h| *h > 0.0).unwrap_or(1000.0);
        Band { top: -above * height, bottom: (1.0 + below) * height }
    }

    /// Whether `el` lies wholly above the band.
    pub fn lies_above(&self, el: &Element) -> bool {
        el.get_bounding_client_rect().bottom() < self.top
    }

    /// Whether `el` lies wholly under the band. An element with no box (hidden, or
    /// removed) reads as a point at the top left, so it is never "under".
    pub fn lies_under(&self, el: &Element) -> bool {
        let rect = el.get_bounding_client_rect();
        rect.top() > self.bottom && (rect.width() > 0.0 || rect.height() > 0.0)
    }

    /// Whether `el` meets the band (or has no box).
    pub fn holds(&self, el: &Element) -> bool {
        let rect = el.get_bounding_client_rect();
        let boxless = rect.width() == 0.0 && rect.height() == 0.0;
        boxless || (rect.bottom() >= self.top && rect.top() <= self.bottom)
    }

    /// Of `items` in document order (on a list, top to bottom), the run that meets the
    /// band: a binary search finds the first not above it, and the run goes on to the
    /// first under it. An element with no box is taken along, never a reason to stop,
    /// so that an error costs some work, never an item on screen.
    pub fn run_of<T>(&self, items: &[T], element: impl Fn(&T) -> &Element) -> std::ops::Range<usize> {
        let first = items.partition_point(|item| self.lies_above(element(item)));
        let mut end = first;
        while items.get(end).is_some_and(|item| !self.lies_under(element(item))) {
            end += 1;
        }
        first..end
    }
}

pub fn document() -> Option<Document> {
    web_sys::window()?.document()
}

/// All elements under `root` matching `selector` (none on an invalid selector).
pub fn query_all(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(list) = root.query_selector_all(selector) else { return Vec::new() };
    (0..list.length()).filter_map(|i| list.item(i)?.dyn_into::<Element>().ok()).collect()
}

/// The first element under `root` matching `selector`.
pub fn query(root: &Element, selector: &str) -> Option<Element> {
    root.query_selector(selector).ok().flatten()
}

/// `el.closest(selector)`, never failing.
pub fn closest(el: &Element, selector: &str) -> Option<Element> {
    el.closest(selector).ok().flatten()
}

/// Whether `el` matches `selector` (false on an invalid selector).
pub fn matches(el: &Element, selector: &str) -> bool {
    el.matches(selector).unwrap_or(false)
}

pub fn attr(el: &Element, name: &str) -> Option<String> {
    el.get_attribute(name).map(|v| collapse_whitespace(&v)).filter(|v| !v.is_empty())
}

/// The element a DOM change happened in: the node itself, or a text node's parent.
pub fn element_of(node: &Node) -> Option<Element> {
    match node.dyn_ref::<Element>() {
        Some(el) => Some(el.clone()),
        None => node.parent_element(),
    }
}

/// Collapses runs of whitespace to single spaces and trims.
pub fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Whether an element is ours (a NoteFirst host or anything inside one).
pub fn is_ours(el: &Element) -> bool {
    el.tag_name().to_ascii_lowercase().starts_with("nf-")
}

/// Elements that hold visible text themselves (a non-blank text node as a direct
/// child), in document order, with their whole text. Skips our own UI, scripts,
/// styles, buttons, and LinkedIn's screen-reader-only copies.
pub fn text_lines(root: &Element) -> Vec<(Element, String)> {
    let mut out = Vec::new();
    collect_lines(root, &mut out, 0);
    out
}

const SKIPPED: &str = "script, style, template, svg, button, .visually-hidden, .a11y-text, [hidden]";

fn collect_lines(el: &Element, out: &mut Vec<(Element, String)>, depth: usize) {
    // LinkedIn's cards are a dozen levels deep at most; a far deeper tree is hostile.
    if depth > 40 || out.len() > 200 || is_ours(el) || matches(el, SKIPPED) {
        return;
    }
    let children = el.child_nodes();
    let mut has_text = false;
    for i in 0..children.length() {
        if let Some(child) = children.item(i) {
            if child.node_type() == Node::TEXT_NODE && child.text_content().is_some_and(|t| !t.trim().is_empty()) {
                has_text = true;
                break;
            }
        }
    }
    if has_text {
        let text = visible_text(el);
        if !text.is_empty() {
            out.push((el.clone(), text));
        }
    }
    for i in 0..children.length() {
        if let Some(child) = children.item(i).and_then(|c| c.dyn_into::<Element>().ok()) {
            collect_lines(&child, out, depth + 1);
        }
    }
}

/// An element's text without our UI, buttons and screen-reader-only copies,
/// whitespace collapsed.
pub fn visible_text(el: &Element) -> String {
    let mut buf = String::new();
    push_text(el, &mut buf, 0);
    collapse_whitespace(&buf)
}

/// The same, keeping line breaks (for notes, which may have paragraphs).
pub fn visible_text_multiline(el: &Element) -> String {
    let mut buf = String::new();
    push_text(el, &mut buf, 0);
    buf.lines().map(collapse_whitespace).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n")
}

fn push_text(node: &Element, buf: &mut String, depth: usize) {
    if depth > 40 || is_ours(node) || matches(node, SKIPPED) {
        return;
    }
    let children = node.child_nodes();
    for i in 0..children.length() {
        let Some(child) = children.item(i) else { continue };
        match child.node_type() {
            Node::TEXT_NODE => buf.push_str(&child.text_content().unwrap_or_default()),
            Node::ELEMENT_NODE => {
                if let Ok(el) = child.dyn_into::<Element>() {
                    let block = el.tag_name().eq_ignore_ascii_case("br") || el.tag_name().eq_ignore_ascii_case("p");
                    if block {
                        buf.push('\n');
                    }
                    push_text(&el, buf, depth + 1);
                    if block {
                        buf.push('\n');
                    }
                }
            }
            _ => {}
        }
    }
}

/// Whether `a` comes before `b` in document order.
pub fn precedes(a: &Node, b: &Node) -> bool {
    a.compare_document_position(b) & Node::DOCUMENT_POSITION_FOLLOWING != 0
}
