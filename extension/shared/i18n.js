// Translation for the extension's own pages (options, popup) through the browser's
// _locales mechanism: the page follows the browser's language. Static text is marked
// in the HTML (data-i18n="key" for text, data-i18n-attr="attr:key; attr:key" for
// attributes) and filled in by localize(); scripts call t(). Also: numbers and dates
// in the same language, and problems reported by the core as readable sentences.

const ext = globalThis.browser ?? globalThis.chrome;

/** The message `key` with $1, $2... filled from `subs`; the key itself if missing. */
export function t(key, ...subs) {
  const message = ext.i18n.getMessage(key, subs.length ? subs.map(String) : undefined);
  return message || key;
}

/** The language the pages are shown in ("fr", "en-US"...). */
export function uiLanguage() {
  return (ext.i18n.getMessage("@@ui_locale") || ext.i18n.getUILanguage() || "en").replace("_", "-");
}

/** Fills every marked element under `root`, and sets the document's language. */
export function localize(root = document) {
  for (const el of root.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
  for (const el of root.querySelectorAll("[data-i18n-attr]")) {
    for (const pair of el.dataset.i18nAttr.split(";")) {
      const [attr, key] = pair.split(":").map((s) => s.trim());
      if (attr && key) el.setAttribute(attr, t(key));
    }
  }
  if (root === document) {
    document.documentElement.lang = uiLanguage();
    document.documentElement.dir = ext.i18n.getMessage("@@bidi_dir") || "ltr";
  }
}

export const formatNumber = (n) => new Intl.NumberFormat(uiLanguage()).format(n);

export const formatDate = (ms, options = { day: "numeric", month: "short" }) =>
  new Intl.DateTimeFormat(uiLanguage(), options).format(new Date(ms));

/** A problem from the core ({code, args, message, path}) as a sentence in the page's language. */
export function problemText(problem) {
  const key = `err_${problem.code.replaceAll("-", "_")}`;
  let args = problem.args || [];
  if (problem.code === "wrong-type") args = [t(`type_${args[0]}`)];
  const message = ext.i18n.getMessage(key, args.length ? args.map(String) : undefined);
  return message || problem.message;
}

/**
 * Where a problem is, for a list of problems from an import: "Note template 2
 * (“Conference”), text". `settings` names the templates when given.
 */
export function problemPlace(path, settings) {
  const p = String(path || "").replace(/^settings(\.|$)/, "");
  if (!p) return "";
  let m = p.match(/^(noteTemplates|replyTemplates)\[(\d+)\](?:\.(\w+))?/);
  if (m) {
    const list = settings?.[m[1]];
    const label = list?.[Number(m[2])]?.label;
    const which = t(m[1] === "noteTemplates" ? "placeNoteTemplate" : "placeReplyTemplate", Number(m[2]) + 1);
    // The label as the file has it: only a string is a name.
    const named = typeof label === "string" && label.trim() ? `${which} (“${label.slice(0, 60)}”)` : which;
    return m[3] ? `${named}, ${t(`field_${m[3]}`)}` : named;
  }
  m = p.match(/^links\[(\d+)\]/);
  if (m) return t("placeLink", Number(m[1]) + 1);
  m = p.match(/^history\[(\d+)\]/);
  if (m) return t("placeHistoryRecord", Number(m[1]) + 1);
  const top = p.split(/[.[]/)[0];
  return t(`place_${top}`) || top;
}
