//! The badge on a received invitation: the band as a word, a symbol and a colour
//! (never colour alone) with the score; hover, focus or click opens a panel listing
//! every rule that fired, its points and the quoted evidence. Keyboard operable
//! (Enter/Space toggle, Escape closes) and labelled for screen readers.

use super::{child, create_host, SharedListener};
use crate::app;
use notefirst_core::{Assessment, Band};
use wasm_bindgen::JsCast;
use web_sys::{Document, Element, Event, KeyboardEvent, MouseEvent, ShadowRoot};

const CSS: &str = r#"
.pill { display: inline-flex; align-items: center; gap: 6px; border-radius: 999px; padding: 3px 10px 3px 8px;
  border: 1px solid; font-weight: 600; font-size: 13px; line-height: 18px; white-space: nowrap; }
.pill .sym { font-size: 12px; width: 16px; height: 16px; border-radius: 50%; display: inline-grid; place-items: center;
  color: #fff; font-weight: 700; }
.pill .score { font-weight: 500; opacity: .85; font-variant-numeric: tabular-nums; }
.pill .brand { font-weight: 500; opacity: .75; }
.good { background: #e6f4ea; color: #0b5a1f; border-color: #8cc79b; } .good .sym { background: #1d7a36; }
.ask  { background: #fff3d1; color: #5f4200; border-color: #e0b243; } .ask .sym { background: #8a6100; }
.spam { background: #fde7e7; color: #8f1717; border-color: #e69191; } .spam .sym { background: #b42323; }
:host([data-nf-theme="dark"]) .good { background: #133a20; color: #a9e5b9; border-color: #2e7d45; }
:host([data-nf-theme="dark"]) .ask  { background: #3d2f0a; color: #f5d68a; border-color: #8a6d1f; }
:host([data-nf-theme="dark"]) .spam { background: #451616; color: #ffb4b4; border-color: #9b3535; }
.panel { position: absolute; z-index: 2147483000; top: calc(100% + 6px); left: 0; width: 360px; max-width: min(360px, 92vw);
  background: var(--nf-panel-bg); color: var(--nf-panel-fg); border: 1px solid var(--nf-line); border-radius: 8px;
  box-shadow: 0 6px 24px rgba(0,0,0,.18); padding: 10px 12px 8px; text-align: left; white-space: normal; }
.panel h2 { font-size: 14px; font-weight: 600; margin: 0 0 6px; }
.panel ul { list-style: none; margin: 0; padding: 0; }
.panel li { display: grid; grid-template-columns: 40px 1fr; gap: 2px 8px; padding: 6px 0; border-top: 1px solid var(--nf-line); }
.pts { font-weight: 700; font-variant-numeric: tabular-nums; text-align: right; }
.pts.neg { color: #b42323; } .pts.pos { color: #1d7a36; } .pts.zero { color: var(--nf-muted); }
:host([data-nf-theme="dark"]) .pts.neg { color: #ff9d9d; } :host([data-nf-theme="dark"]) .pts.pos { color: #8fdca5; }
.evidence { grid-column: 2; color: var(--nf-muted); font-style: italic; overflow-wrap: anywhere; }
.foot { margin: 6px 0 0; padding-top: 6px; border-top: 1px solid var(--nf-line); color: var(--nf-muted); font-size: 12px; }
"#;

/// The band as a word a person reads (in the page's language), and a symbol that
/// does not rely on colour.
fn band_words(band: Band) -> (String, &'static str) {
    match band {
        Band::Good => (app::text("band_good", "Good"), "✓"),
        Band::Ask => (app::text("band_ask", "Ask why"), "?"),
        Band::Spam => (app::text("band_spam", "Likely spam"), "!"),
    }
}

/// A rule's reason in the page's language (`rule_<id>` in the extension's messages).
fn rule_reason(rule: &str, english: &str) -> String {
    app::text(&format!("rule_{}", rule.replace('-', "_")), english)
}

thread_local! {
    static LISTENER: SharedListener = const { SharedListener::new() };
}

/// Creates the badge host for an assessment.
pub fn create(document: &Document, assessment: &Assessment) -> Option<Element> {
    let (host, root) = create_host(document, "nf-badge", CSS)?;
    host.set_attribute("data-nf-badge", "").ok()?;
    update(document, &host, assessment)?;
    LISTENER.with(|l| l.listen(&root, &["click", "keydown", "mouseover", "mouseout", "focusin", "focusout"], on_event));
    Some(host)
}

/// Renders (or re-renders in place) an assessment into an existing badge host.
pub fn update(document: &Document, host: &Element, a: &Assessment) -> Option<()> {
    let root = host.shadow_root()?;
    host.set_attribute("data-nf-band", a.band.id()).ok()?;
    host.set_attribute("data-nf-score", &a.score.to_string()).ok()?;
    host.set_attribute("data-nf-rules", &a.rule_ids()).ok()?;
    // Keep a style element (where one stands in for the adopted sheet), rebuild the rest.
    while let Some(last) = root.last_element_child() {
        if last.tag_name().eq_ignore_ascii_case("style") {
            break;
        }
        last.remove();
    }
    let (word, symbol) = band_words(a.band);
    let pill = child(document, &root, "button", &format!("pill {}", a.band.id()), None)?;
    pill.set_attribute("type", "button").ok()?;
    pill.set_attribute("aria-expanded", "false").ok()?;
    pill.set_attribute("aria-controls", "nf-why").ok()?;
    pill.set_attribute(
        "aria-label",
        &app::text_with("badge_label", "NoteFirst: $1, score $2 out of 100. Show why.", &[&word, &a.score.to_string()]),
    )
    .ok()?;
    let sym = child(document, &pill, "span", "sym", Some(symbol))?;
    sym.set_attribute("aria-hidden", "true").ok()?;
    child(document, &pill, "span", "word", Some(&word))?;
    child(document, &pill, "span", "score", Some(&a.score.to_string()))?;

    let panel = child(document, &root, "div", "panel", None)?;
    panel.set_id("nf-why");
    panel.set_attribute("role", "region").ok()?;
    panel.set_attribute("aria-label", &app::text("badge_panel_label", "Why NoteFirst gave this score")).ok()?;
    panel.set_attribute("hidden", "").ok()?;
    child(document, &panel, "h2", "", Some(&format!("{word} · {} / 100", a.score)))?;
    let list = child(document, &panel, "ul", "", None)?;
    for fired in &a.fired {
        let item = child(document, &list, "li", "", None)?;
        item.set_attribute("data-rule", fired.rule).ok()?;
        let class = match fired.points {
            p if p > 0 => "pts pos",
            p if p < 0 => "pts neg",
            _ => "pts zero",
        };
        let points = if fired.points > 0 { format!("+{}", fired.points) } else { fired.points.to_string().replace('-', "−") };
        child(document, &item, "span", class, Some(&points))?;
        child(document, &item, "span", "reason", Some(&rule_reason(fired.rule, fired.reason)))?;
        if let Some(evidence) = &fired.evidence {
            child(document, &item, "q", "evidence", Some(evidence))?;
        }
    }
    if a.fired.is_empty() {
        let item = child(document, &list, "li", "", None)?;
        child(document, &item, "span", "pts zero", Some("0"))?;
        child(document, &item, "span", "reason", Some(&app::text("badge_no_rule", "No rule fired: nothing stands out either way.")))?;
    }
    child(document, &panel, "p", "foot", Some(&app::text("badge_foot", "Each rule adds or takes points from a neutral 50. Click the badge to keep this open.")))?;
    Some(())
}

fn parts(root: &ShadowRoot) -> Option<(Element, Element)> {
    let pill = root.query_selector(".pill").ok().flatten()?;
    let panel = root.query_selector(".panel").ok().flatten()?;
    Some((pill, panel))
}

fn set_open(root: &ShadowRoot, open: bool) {
    let Some((pill, panel)) = parts(root) else { return };
    let _ = pill.set_attribute("aria-expanded", if open { "true" } else { "false" });
    if open {
        let _ = panel.remove_attribute("hidden");
    } else {
        let _ = panel.set_attribute("hidden", "");
        let _ = pill.remove_attribute("data-pinned");
    }
}

fn is_pinned(root: &ShadowRoot) -> bool {
    parts(root).is_some_and(|(pill, _)| pill.has_attribute("data-pinned"))
}

fn on_event(event: Event) {
    let Some(root) = event.current_target().and_then(|t| t.dyn_into::<ShadowRoot>().ok()) else { return };
    let host = root.host();
    match event.type_().as_str() {
        "click" => {
            let on_pill = super::as_element(event.target()).and_then(|t| t.closest(".pill").ok().flatten()).is_some();
            if !on_pill {
                return;
            }
            let Some((pill, _)) = parts(&root) else { return };
            if is_pinned(&root) {
                set_open(&root, false);
            } else {
                let _ = pill.set_attribute("data-pinned", "");
                set_open(&root, true);
            }
        }
        "keydown" if event.dyn_ref::<KeyboardEvent>().is_some_and(|k| k.key() == "Escape") => {
            set_open(&root, false);
            if let Some((pill, _)) = parts(&root) {
                if let Some(pill) = pill.dyn_ref::<web_sys::HtmlElement>() {
                    let _ = pill.focus();
                }
            }
        }
        "mouseover" | "focusin" => set_open(&root, true),
        "mouseout" | "focusout" => {
            // Leaving for somewhere inside the badge is not leaving.
            let related = match event.dyn_ref::<MouseEvent>() {
                Some(m) => m.related_target(),
                None => event.dyn_ref::<web_sys::FocusEvent>().and_then(|f| f.related_target()),
            };
            let inside = super::as_element(related).is_some_and(|el| host.contains(Some(&el)) || root.contains(Some(&el)));
            if !inside && !is_pinned(&root) {
                set_open(&root, false);
            }
        }
        _ => {}
    }
}
