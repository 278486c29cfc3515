// NoteFirst's options page.
//
// The page keeps two copies of the settings: `base`, what storage held when this page
// last read or saved, and `mine`, what the page shows. Every edit changes `mine`, is
// checked by the core (problems are shown inline, beside the field) and is saved a
// moment later; a save merges `mine` into what storage holds now (another tab's or
// device's edits survive), and changes from elsewhere are merged into the page the
// same way. Nothing is ever written as HTML: text goes in as text.

import { loadCore } from "../shared/core.js";
import { formatDate, formatNumber, localize, problemPlace, problemText, t, uiLanguage } from "../shared/i18n.js";
import * as store from "../shared/storage.js";

const SAVE_DELAY = 700;
const KEEP_WEEKS = [4, 8, 12, 26, 52, 104];
const FEATURES = [
  ["badges", "featureBadges", "featureBadgesHint"],
  ["replies", "featureReplies", "featureRepliesHint"],
  ["warning", "featureWarning", "featureWarningHint"],
  ["noteHelper", "featureNoteHelper", "featureNoteHelperHint"],
  ["history", "featureHistory", "featureHistoryHint"],
];
const BANDS = ["good", "ask", "spam"];
const LIST = { note: "noteTemplates", reply: "replyTemplates" };

const $ = (selector, root = document) => root.querySelector(selector);
const $$ = (selector, root = document) => [...root.querySelectorAll(selector)];
const clone = (value) => structuredClone(value);
const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);
const ruleKey = (id) => `rule_${id.replaceAll("-", "_")}`;

let core = null;
let base = null; // what storage holds, as last read or saved
let mine = null; // what the page shows
let problems = [];
let rules = [];
let builtins = null;
let defaults = null;
let newer = false;
let saving = false;
let saveTimer = 0;
let retryTimer = 0;
let lastDeleted = null;
let pendingImport = null;
let lastRead = null; // what the core said when it last read storage
let lastReport = null; // where the settings are kept (sync, local)

// ------------------------------------------------------------------ helpers

function element(tag, attrs = {}, text) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === false || v === undefined || v === null) continue;
    if (k === "class") el.className = v;
    else el.setAttribute(k, v === true ? "" : String(v));
  }
  if (text !== undefined) el.textContent = text;
  return el;
}

function getPath(obj, path) {
  return path.split(".").reduce((o, k) => (o == null ? undefined : o[k]), obj);
}

function setPath(obj, path, value) {
  const keys = path.split(".");
  const last = keys.pop();
  const target = keys.reduce((o, k) => (o[k] ??= {}), obj);
  target[last] = value;
}

function newId(kind) {
  const used = new Set([...mine.noteTemplates, ...mine.replyTemplates].map((x) => x.id));
  for (;;) {
    const id = `${kind === "note" ? "n" : "r"}-${Math.random().toString(36).slice(2, 10)}`;
    if (!used.has(id)) return id;
  }
}

function setStatus(text, isError = false) {
  const status = $("#save-status");
  // A live region: rewriting the same words would read them out again.
  if (status.textContent !== text) status.textContent = text;
  status.classList.toggle("error", isError);
}

function sample() {
  return {
    first_name: t("sampleFirstName"),
    full_name: t("sampleFullName"),
    company: t("sampleCompany"),
    role: t("sampleRole"),
    headline: t("sampleHeadline"),
    mutual_count: "12",
    mutual_name: t("sampleMutualName"),
    found_via: t("sampleFoundVia"),
    shared_org: t("sampleSharedOrg"),
  };
}

// ------------------------------------------------------------------ building the page

function buildStatic() {
  // Features.
  const features = $("#feature-list");
  for (const [id, label, hint] of FEATURES) {
    const row = element("div", { class: "feature" });
    const input = element("input", { type: "checkbox", id: `feature-${id}`, "data-path": `features.${id}`, "aria-describedby": `feature-${id}-hint` });
    row.append(input, element("label", { for: `feature-${id}` }, t(label)), element("p", { class: "hint", id: `feature-${id}-hint` }, t(hint)));
    features.append(row);
  }

  // Rules.
  const body = $("#rules");
  for (const rule of rules) {
    const tr = element("tr", { "data-rule": rule.id });
    const name = element("td");
    const reason = t(ruleKey(rule.id));
    name.append(element("span", { id: `rule-${rule.id}` }, reason === ruleKey(rule.id) ? rule.reason : reason));
    name.append(element("span", { class: "scope" }, t(rule.scope === "note" ? "scopeNote" : "scopeCard")));
    const input = element("input", {
      type: "number",
      min: -100,
      max: 100,
      step: 1,
      "data-rule-weight": rule.id,
      "aria-labelledby": `rule-${rule.id}`,
      "aria-describedby": `rule-${rule.id}-default`,
    });
    const weight = element("td", { class: "weight" });
    weight.append(input);
    tr.append(name, element("td", { class: "default", id: `rule-${rule.id}-default` }, t("defaultWeight", signed(rule.defaultWeight))), weight);
    body.append(tr);
  }

  // History period.
  const keep = $("#keep-weeks");
  for (const weeks of KEEP_WEEKS) keep.append(element("option", { value: weeks }, t("weeksCount", weeks)));

  // Starting points.
  const noteSelect = $("#note-builtin");
  noteSelect.append(element("option", { value: "" }, t("chooseSuggestion")));
  builtins.notes.forEach((b, i) => noteSelect.append(element("option", { value: i }, ellipsis(b.text, 70))));
  const replySelect = $("#reply-builtin");
  replySelect.append(element("option", { value: "" }, t("chooseSuggestion")));
  builtins.replies.forEach((b, i) => replySelect.append(element("option", { value: i }, b.label)));
}

const signed = (n) => (n > 0 ? `+${n}` : String(n).replace("-", "−"));
const ellipsis = (text, n) => (text.length > n ? `${text.slice(0, n - 1)}…` : text);

function linkRow(index) {
  const li = element("li", { "data-index": index });
  const label = element("input", {
    type: "text",
    "data-link": "label",
    placeholder: t("linkLabelPlaceholder"),
    "aria-label": t("linkLabelAria", index + 1),
  });
  const url = element("input", {
    type: "url",
    "data-link": "url",
    placeholder: "https://",
    "aria-label": t("linkUrlAria", index + 1),
    "aria-describedby": `link-${index}-problems`,
  });
  const remove = element("button", { type: "button", class: "icon quiet danger", "data-link-remove": "", "aria-label": t("removeLinkAria", index + 1), title: t("removeLink") }, "×");
  li.append(label, url, remove, element("ul", { class: "problems", id: `link-${index}-problems` }));
  return li;
}

function templateCard(kind, template) {
  const li = $("#template-card").content.firstElementChild.cloneNode(true);
  const id = template.id;
  li.dataset.kind = kind;
  li.dataset.id = id;
  localize(li);
  const labelInput = $(".template-label", li);
  labelInput.id = `tpl-${id}-label`;
  $(".label-label", li).htmlFor = labelInput.id;
  $(".label-problems", li).id = `tpl-${id}-label-problems`;
  labelInput.setAttribute("aria-describedby", `tpl-${id}-label-problems`);
  const text = $(".template-text", li);
  text.id = `tpl-${id}-text`;
  $(".text-label", li).htmlFor = text.id;
  $(".counter", li).id = `tpl-${id}-counter`;
  $(".text-problems", li).id = `tpl-${id}-problems`;
  text.setAttribute("aria-describedby", `tpl-${id}-counter tpl-${id}-problems`);
  $(".preview-text", li).id = `tpl-${id}-preview`;

  const insert = $(".insert", li);
  insert.setAttribute("aria-label", t("insertPlaceholderAria"));
  insert.append(element("option", { value: "" }, t("insertPlaceholder")));
  for (const name of builtins.placeholders) {
    insert.append(element("option", { value: name }, `{${name}} · ${t(`ph_${name}`)}`));
  }

  if (kind === "reply") {
    const when = $(".when", li);
    when.hidden = false;
    const bands = $(".when-bands", when);
    for (const band of BANDS) {
      const label = element("label");
      label.append(element("input", { type: "checkbox", "data-when": band }), document.createTextNode(t(`band_${band}`)));
      bands.append(label);
    }
    const ruleBox = $(".when-rules", when);
    for (const rule of rules) {
      const label = element("label");
      const reason = t(ruleKey(rule.id));
      label.append(element("input", { type: "checkbox", "data-when": rule.id }), document.createTextNode(reason === ruleKey(rule.id) ? rule.reason : reason));
      ruleBox.append(label);
    }
  }
  return li;
}

// ------------------------------------------------------------------ rendering

/** Sets a control's value unless the user is in it (a merge must not move their cursor). */
function putValue(input, value) {
  if (document.activeElement === input) return;
  const text = value ?? "";
  if (input.type === "checkbox") input.checked = Boolean(value);
  else if (input.value !== String(text)) input.value = String(text);
}

function renderAll() {
  for (const input of $$("[data-path]")) putValue(input, getPath(mine, input.dataset.path));
  for (const radio of $$('input[name="account"]')) radio.checked = radio.value === mine.account;
  renderLinks();
  renderTemplates("note");
  renderTemplates("reply");
  renderRules();
  renderProblems();
}

function renderLinks() {
  const list = $("#links");
  const rows = $$(":scope > li", list);
  const focusInside = list.contains(document.activeElement);
  if (rows.length !== mine.links.length && !focusInside) {
    list.replaceChildren(...mine.links.map((_, i) => linkRow(i)));
  } else {
    while ($$(":scope > li", list).length < mine.links.length) list.append(linkRow($$(":scope > li", list).length));
    for (const extra of $$(":scope > li", list).slice(mine.links.length)) extra.remove();
  }
  $$(":scope > li", list).forEach((li, i) => {
    putValue($('[data-link="label"]', li), mine.links[i].label);
    putValue($('[data-link="url"]', li), mine.links[i].url);
  });
  $("#add-link").disabled = mine.links.length >= 5;
}

function renderTemplates(kind) {
  const list = $(kind === "note" ? "#note-list" : "#reply-list");
  const templates = mine[LIST[kind]];
  const cards = new Map($$(":scope > li", list).map((li) => [li.dataset.id, li]));
  const wanted = templates.map((tpl) => cards.get(tpl.id) ?? templateCard(kind, tpl));
  for (const [id, li] of cards) if (!templates.some((x) => x.id === id)) li.remove();
  // Reorder with as few moves as possible, so focus survives.
  wanted.forEach((li, i) => {
    if (list.children[i] !== li) list.insertBefore(li, list.children[i] ?? null);
  });
  templates.forEach((tpl, i) => fillCard(kind, wanted[i], tpl, i, templates.length));
}

function fillCard(kind, li, tpl, index, count) {
  putValue($(".template-label", li), tpl.label);
  putValue($(".template-text", li), tpl.text);
  const name = tpl.label || t("untitled");
  $(".tools", li).setAttribute("aria-label", t("templateActions", name));
  $(".move-up", li).disabled = index === 0;
  $(".move-down", li).disabled = index === count - 1;
  $(".move-up", li).setAttribute("aria-label", t("moveUpNamed", name));
  $(".move-down", li).setAttribute("aria-label", t("moveDownNamed", name));
  $(".duplicate", li).setAttribute("aria-label", t("duplicateNamed", name));
  $(".delete", li).setAttribute("aria-label", t("deleteNamed", name));
  if (kind === "reply") {
    for (const box of $$("[data-when]", li)) putValue(box, tpl.when.includes(box.dataset.when));
  }
  renderPreview(kind, li, tpl);
}

function renderPreview(kind, li, tpl) {
  const preview = core.template_preview(kind, tpl.text, sample(), mine);
  const out = $(".preview-text", li);
  const counter = $(".counter", li);
  if (!preview.parses) {
    out.textContent = t("previewUnavailable");
    out.classList.add("empty");
  } else if (!preview.text) {
    out.textContent = t("previewEmpty");
    out.classList.add("empty");
  } else {
    out.textContent = preview.text;
    out.classList.remove("empty");
  }
  counter.classList.toggle("over", kind === "note" && preview.parses && preview.length > preview.limit);
  if (!preview.parses) counter.textContent = "";
  else if (kind === "note") counter.textContent = t("counterNote", formatNumber(preview.length), formatNumber(preview.limit));
  else counter.textContent = t("counterReply", formatNumber(preview.length));
  if (preview.missing.length) {
    counter.textContent += ` · ${t("previewMissing", preview.missing.map((n) => `{${n}}`).join(", "))}`;
  }
}

function renderRules() {
  for (const input of $$("[data-rule-weight]")) {
    const id = input.dataset.ruleWeight;
    const rule = rules.find((r) => r.id === id);
    const weight = mine.scoring.weights[id] ?? rule.defaultWeight;
    putValue(input, weight);
    input.closest("tr").classList.toggle("changed", weight !== rule.defaultWeight);
  }
}

/** Shows every problem beside its field; inputs with an error say so to screen readers. */
function renderProblems() {
  for (const list of $$(".problems")) list.replaceChildren();
  for (const input of $$("[aria-invalid]")) input.removeAttribute("aria-invalid");
  for (const p of problems) {
    const { target, input } = problemTarget(p.path);
    if (!target) continue;
    const item = element("li", { class: p.severity }, problemText(p));
    if (target.dataset.place) item.textContent = `${problemPlace(p.path, mine)}: ${item.textContent}`;
    target.append(item);
    if (input && p.severity === "error") input.setAttribute("aria-invalid", "true");
  }
}

function problemTarget(path) {
  let m = path.match(/^(noteTemplates|replyTemplates)\[(\d+)\]\.(\w+)/);
  if (m) {
    const kind = m[1] === "noteTemplates" ? "note" : "reply";
    const tpl = mine[m[1]][Number(m[2])];
    const li = tpl && $(`${kind === "note" ? "#note-list" : "#reply-list"} > li[data-id="${CSS.escape(tpl.id)}"]`);
    if (!li) return {};
    if (m[3] === "label") return { target: $(".label-problems", li), input: $(".template-label", li) };
    return { target: $(".text-problems", li), input: m[3] === "text" ? $(".template-text", li) : null };
  }
  m = path.match(/^links\[(\d+)\]\.(\w+)/);
  if (m) {
    const li = $$("#links > li")[Number(m[1])];
    return li ? { target: $(".problems", li), input: $(`[data-link="${m[2]}"]`, li) } : {};
  }
  const exact = $(`.problems[data-problems-for="${CSS.escape(path)}"]`);
  if (exact) return { target: exact, input: $(`[data-path="${CSS.escape(path)}"]`) };
  // Anything else is listed under its section, with its place.
  const section = path.startsWith("scoring") ? "scoring" : path.split(/[.[]/)[0];
  const target = $(`.problems[data-problems-for="${CSS.escape(section)}"]`);
  if (target) target.dataset.place = "1";
  return { target };
}

function renderNotices() {
  const read = lastRead;
  const report = lastReport;
  const notices = $("#notices");
  const boxes = [];
  const add = (kind, heading, lines = [], list = []) => {
    const box = element("div", { class: `notice ${kind}`, "data-notice": heading.key });
    box.append(element("p", {}, heading.text));
    for (const line of lines) box.append(element("p", {}, line));
    if (list.length) {
      const ul = element("ul");
      for (const item of list) ul.append(element("li", {}, item));
      box.append(ul);
    }
    boxes.push(box);
  };
  if (newer) {
    add("error", { key: "newer", text: t("noticeNewer", read.fromVersion) }, [t("noticeNewerDetail")]);
  }
  if (read?.unsynced) add("warning", { key: "unsynced", text: t("noticeUnsynced") });
  if (report?.allLocal) {
    add("warning", { key: "all-local", text: t("noticeAllLocal") });
  } else if (report?.localOnly?.length) {
    const names = report.localOnly.map((r) =>
      r.kind === "links" ? t("noticeLinks") : t(r.kind === "note" ? "noticeNoteNamed" : "noticeReplyNamed", r.label || t("untitled")),
    );
    add("warning", { key: "local-only", text: t("noticeLocalOnly", formatNumber(Math.round(report.quotaBytes / 1024))) }, [t("noticeLocalOnlyDetail")], names);
  }
  if (report?.missing) add("warning", { key: "missing", text: t("noticeMissing", report.missing) });
  // A live region: replaced only when what it says changes, so a save is not read out.
  const said = (nodes) => nodes.map((n) => `${n.dataset.notice}:${n.textContent}`).join("|");
  if (said(boxes) !== said([...notices.children])) notices.replaceChildren(...boxes);
  if (report) {
    const kb = (bytes) => formatNumber(Number((bytes / 1024).toFixed(1)));
    $("#sync-usage").textContent = t("syncUsage", kb(Math.max(100, report.syncBytes)), formatNumber(Math.round(report.quotaBytes / 1024)));
  }
}

/** The "deleted … Undo" notice, kept apart so that saves never rebuild it under the user. */
function renderUndo() {
  const area = $("#undo-area");
  if (!lastDeleted) {
    area.replaceChildren();
    return;
  }
  const box = element("div", { class: "notice ok", "data-notice": "deleted" });
  const p = element("p", {}, t("deletedTemplate", lastDeleted.template.label || t("untitled")));
  p.append(" ", element("button", { type: "button", id: "undo-delete" }, t("undo")));
  box.append(p);
  area.replaceChildren(box);
}

// ------------------------------------------------------------------ editing

function changed({ render = false } = {}) {
  problems = core.settings_validate(mine) || [];
  if (render) renderAll();
  else renderProblems();
  scheduleSave();
}

function scheduleSave(delay = SAVE_DELAY) {
  if (newer) return;
  clearTimeout(saveTimer);
  if (!same(mine, base)) setStatus(t("statusUnsaved"));
  saveTimer = setTimeout(saveNow, delay);
}

async function saveNow({ force = false } = {}) {
  clearTimeout(saveTimer);
  clearTimeout(retryTimer);
  if (newer || saving) return;
  if (!force && same(mine, base)) return;
  saving = true;
  setStatus(t("statusSaving"));
  const sent = clone(mine);
  try {
    const result = await store.saveSettings(core, base, sent);
    if (result.refused) {
      newer = true;
      lastRead = { ...lastRead, fromVersion: result.refused.args[0] };
      renderNotices();
      lockForm();
      setStatus(t("statusNotSavedNewer"), true);
      return;
    }
    // Edits made while saving are kept on top of what was saved.
    const typedMeanwhile = !same(mine, sent);
    const merged = typedMeanwhile ? core.settings_merge(sent, mine, result.settings) : clone(result.settings);
    const external = !same(result.settings, sent);
    base = result.settings;
    mine = merged;
    problems = core.settings_validate(mine) || [];
    if (external) renderAll();
    lastReport = result.report;
    lastRead = { ...lastRead, unsynced: Boolean(result.syncError) };
    renderNotices();
    if (result.syncError) {
      setStatus(t("statusLocalOnly", String(result.syncError.message || result.syncError)), true);
      retryTimer = setTimeout(() => saveNow({ force: true }), 30_000);
    } else {
      setStatus(t("statusSaved"));
    }
  } catch (error) {
    console.error("NoteFirst: saving failed", error);
    setStatus(t("statusSaveFailed", String(error.message || error)), true);
    retryTimer = setTimeout(saveNow, 10_000);
  } finally {
    saving = false;
    if (!newer && !same(mine, base)) scheduleSave();
  }
}

async function onExternalChange() {
  if (saving) return;
  const read = core.settings_read(await store.readRaw());
  lastRead = read;
  if (same(read.settings, base)) return;
  mine = core.settings_merge(base, mine, read.settings);
  base = read.settings;
  newer = read.newer;
  problems = core.settings_validate(mine) || [];
  lastReport = read.report;
  renderAll();
  renderNotices();
  if (newer) lockForm();
}

function lockForm() {
  for (const el of $("#settings").elements) {
    if (el.id !== "export") el.disabled = true;
  }
}

function templateOf(li) {
  return mine[LIST[li.dataset.kind]].find((x) => x.id === li.dataset.id);
}

function onInput(event) {
  const target = event.target;
  if (target.dataset.path) {
    let value = target.type === "checkbox" ? target.checked : target.value;
    if (target.type === "number" || target.tagName === "SELECT") value = target.value === "" ? NaN : Number(target.value);
    if (Number.isNaN(value)) return;
    setPath(mine, target.dataset.path, value);
    // The account type changes every note's limit.
    changed({ render: target.dataset.path.startsWith("me.") });
    return;
  }
  if (target.name === "account") {
    mine.account = target.value;
    changed({ render: true });
    return;
  }
  if (target.dataset.link) {
    const index = Number(target.closest("li").dataset.index);
    mine.links[index][target.dataset.link] = target.value;
    changed({ render: index === 0 && target.dataset.link === "url" });
    return;
  }
  if (target.dataset.ruleWeight) {
    const id = target.dataset.ruleWeight;
    const rule = rules.find((r) => r.id === id);
    const weight = Number(target.value);
    if (target.value === "" || !Number.isInteger(weight)) return;
    if (weight === rule.defaultWeight) delete mine.scoring.weights[id];
    else mine.scoring.weights[id] = weight;
    target.closest("tr").classList.toggle("changed", weight !== rule.defaultWeight);
    changed();
    return;
  }
  const li = target.closest("li.template");
  if (!li) return;
  const tpl = templateOf(li);
  if (!tpl) return;
  if (target.dataset.field) {
    tpl[target.dataset.field] = target.value;
    if (target.dataset.field === "label") fillCard(li.dataset.kind, li, tpl, mine[LIST[li.dataset.kind]].indexOf(tpl), mine[LIST[li.dataset.kind]].length);
    else renderPreview(li.dataset.kind, li, tpl);
    changed();
  } else if (target.dataset.when) {
    const wanted = new Set($$("[data-when]", li).filter((b) => b.checked).map((b) => b.dataset.when));
    tpl.when = [...BANDS, ...rules.map((r) => r.id)].filter((w) => wanted.has(w));
    changed();
  } else if (target.classList.contains("insert") && target.value) {
    insertPlaceholder(li, tpl, target.value);
    target.value = "";
  }
}

function insertPlaceholder(li, tpl, name) {
  const area = $(".template-text", li);
  const token = `{${name}}`;
  const start = area.selectionStart ?? area.value.length;
  const end = area.selectionEnd ?? start;
  area.setRangeText(token, start, end, "end");
  tpl.text = area.value;
  area.focus();
  renderPreview(li.dataset.kind, li, tpl);
  changed();
}

function addTemplate(kind, { label, text = "", when = [] } = {}, after = null) {
  const list = mine[LIST[kind]];
  const tpl = kind === "note" ? { id: newId(kind), label, text } : { id: newId(kind), label, text, when };
  const at = after ? list.indexOf(after) + 1 : list.length;
  list.splice(at, 0, tpl);
  changed({ render: true });
  const input = $(`li[data-id="${CSS.escape(tpl.id)}"] .template-label`);
  input?.focus();
  input?.select();
  return tpl;
}

function onClick(event) {
  const button = event.target.closest("button");
  if (!button) return;
  if (button.id === "add-link") {
    mine.links.push({ label: "", url: "" });
    changed({ render: true });
    $$('#links [data-link="label"]').at(-1)?.focus();
  } else if (button.dataset.linkRemove !== undefined) {
    const index = Number(button.closest("li").dataset.index);
    mine.links.splice(index, 1);
    changed({ render: true });
    ($$('#links [data-link="label"]')[index] ?? $("#add-link")).focus();
  } else if (button.id === "add-note") {
    addTemplate("note", { label: t("newNoteLabel") });
  } else if (button.id === "add-reply") {
    addTemplate("reply", { label: t("newReplyLabel") });
  } else if (button.id === "reset-scoring") {
    mine.scoring = clone(defaults.scoring);
    changed({ render: true });
    setStatus(t("scoringReset"));
  } else if (button.id === "undo-delete" && lastDeleted) {
    const { kind, index, template } = lastDeleted;
    mine[LIST[kind]].splice(Math.min(index, mine[LIST[kind]].length), 0, template);
    lastDeleted = null;
    changed({ render: true });
    renderUndo();
    $(`li[data-id="${CSS.escape(template.id)}"] .template-label`)?.focus();
  } else if (button.id === "prune-history") {
    pruneNow();
  } else if (button.id === "clear-history") {
    $("#confirm-clear").showModal();
  } else if (button.id === "clear-cancel") {
    $("#confirm-clear").close();
  } else if (button.id === "clear-confirm") {
    $("#confirm-clear").close();
    clearHistory();
  } else if (button.id === "clear-diagnostics") {
    clearDiagnostics();
  } else if (button.id === "export") {
    exportFile();
  } else if (button.id === "import") {
    $("#import-file").click();
  } else if (button.id === "import-confirm") {
    applyImport();
  } else if (button.id === "import-cancel") {
    pendingImport = null;
    $("#import-result").replaceChildren(element("p", { class: "hint" }, t("importCancelled")));
  } else {
    const li = button.closest("li.template");
    if (li) templateAction(li, button);
  }
}

function templateAction(li, button) {
  const kind = li.dataset.kind;
  const list = mine[LIST[kind]];
  const tpl = templateOf(li);
  const index = list.indexOf(tpl);
  if (button.classList.contains("move-up") || button.classList.contains("move-down")) {
    const to = index + (button.classList.contains("move-up") ? -1 : 1);
    if (to < 0 || to >= list.length) return;
    list.splice(index, 1);
    list.splice(to, 0, tpl);
    changed({ render: true });
    const moved = $(`li[data-id="${CSS.escape(tpl.id)}"]`);
    const again = $(button.classList.contains("move-up") ? ".move-up" : ".move-down", moved);
    (again.disabled ? $(button.classList.contains("move-up") ? ".move-down" : ".move-up", moved) : again).focus();
    setStatus(t("movedTemplate", tpl.label || t("untitled"), to + 1));
  } else if (button.classList.contains("duplicate")) {
    addTemplate(kind, { label: t("copyOf", tpl.label || t("untitled")), text: tpl.text, when: [...(tpl.when || [])] }, tpl);
  } else if (button.classList.contains("delete")) {
    list.splice(index, 1);
    lastDeleted = { kind, index, template: tpl };
    changed({ render: true });
    renderUndo();
    const next = $$(`${kind === "note" ? "#note-list" : "#reply-list"} > li`)[Math.min(index, list.length - 1)];
    (next ? $(".template-label", next) : $(kind === "note" ? "#add-note" : "#add-reply")).focus();
  }
}

function onBuiltinChosen(event) {
  const select = event.target;
  if (select.value === "") return;
  const kind = select.id === "note-builtin" ? "note" : "reply";
  const b = (kind === "note" ? builtins.notes : builtins.replies)[Number(select.value)];
  select.value = "";
  addTemplate(kind, { label: kind === "note" ? t("fromSuggestion") : b.label, text: b.text });
}

// ------------------------------------------------------------------ history

async function renderHistoryStats() {
  const records = Object.values(await store.readHistory());
  const oldest = records.reduce((min, r) => Math.min(min, r.seen ?? Infinity), Infinity);
  $("#history-stats").textContent = records.length
    ? t("historyStats", formatNumber(records.length), formatDate(oldest, { day: "numeric", month: "long", year: "numeric" }))
    : t("historyEmpty");
}

async function pruneNow() {
  const removed = await store.pruneHistory(core, mine.history.keepWeeks);
  $("#history-result").textContent = t("historyPruned", formatNumber(removed));
  renderHistoryStats();
}

async function clearHistory() {
  const keys = Object.keys(await store.readHistory());
  await store.removeHistory(keys);
  $("#history-result").textContent = t("historyCleared", formatNumber(keys.length));
  renderHistoryStats();
  $("#clear-history").focus();
}

// ------------------------------------------------------------------ diagnostics

// What the content script found on the last LinkedIn pages (src/diagnostics.rs): one
// storage.local item, a list of reports, newest first. Reports hold ids and counts
// only; they are shown as words, and every text goes in as text.
const DIAGNOSTICS = "nf.diagnostics";
const ext = globalThis.browser ?? globalThis.chrome;

/** The message for `id` ("received-invitations" → prefix + "received_invitations"), else the id. */
function diagText(prefix, id, ...subs) {
  const key = `${prefix}${String(id).replaceAll("-", "_")}`;
  const text = t(key, ...subs);
  // A part only a newer NoteFirst knows: its id is better than nothing.
  return text === key ? String(id) : text;
}

function partList(parts, kind) {
  const list = Array.isArray(parts) ? parts.filter((p) => p && typeof p.id === "string") : [];
  if (!list.length) return element("span", { class: "diag-none" }, t("diagNothing"));
  const ul = element("ul", { class: `diag-parts ${kind}` });
  for (const p of list) {
    const counts = [p.n, p.of].filter(Number.isFinite).map(formatNumber);
    ul.append(element("li", { "data-part": p.id }, diagText("diag_", p.id, ...counts)));
  }
  return ul;
}

async function renderDiagnostics() {
  const got = await ext.storage.local.get(DIAGNOSTICS);
  const list = (Array.isArray(got[DIAGNOSTICS]) ? got[DIAGNOSTICS] : []).filter((r) => r && Number.isFinite(r.at));
  const rows = list.map((r) => {
    const tr = element("tr", { "data-kind": r.kind });
    const when = element("td", { class: "when" });
    when.append(element("time", { datetime: new Date(r.at).toISOString() }, formatDate(r.at, { day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" })));
    const page = element("td", { class: "page" });
    const flavour = r.flavour === "js" ? "JavaScript" : "WebAssembly";
    page.append(
      element("span", { class: "kind" }, diagText("diagKind_", r.kind)),
      element("code", { class: "path" }, String(r.path ?? "")),
      element("span", { class: "details" }, t("diagDetails", diagText("diagLayout_", r.layout), flavour, String(r.version || "?"))),
    );
    const found = element("td", { class: "found" });
    found.append(partList(r.found, "found"));
    const missing = element("td", { class: "missing" });
    missing.append(partList(r.missing, "missing"));
    tr.append(when, page, found, missing);
    return tr;
  });
  $("#diagnostics-rows").replaceChildren(...rows);
  $("#diagnostics-empty").hidden = rows.length > 0;
  $("#diagnostics-table-wrap").hidden = rows.length === 0;
}

async function clearDiagnostics() {
  await ext.storage.local.remove(DIAGNOSTICS);
  await renderDiagnostics();
  $("#diagnostics-result").textContent = t("diagCleared");
}

/** Shows the section (it needs no core) and keeps it current as LinkedIn pages report. */
async function startDiagnostics() {
  let timer = 0;
  ext.storage.onChanged.addListener((changes, area) => {
    if (area !== "local" || !(DIAGNOSTICS in changes)) return;
    clearTimeout(timer);
    timer = setTimeout(() => renderDiagnostics().catch(() => {}), 150);
  });
  await renderDiagnostics().catch((error) => console.warn("NoteFirst: diagnostics could not be read", error));
  $("#diagnostics").hidden = false;
}

// ------------------------------------------------------------------ backup

function resultNotice(kind, heading, items = []) {
  const box = element("div", { class: `notice ${kind}`, role: kind === "error" ? "alert" : "status" });
  box.append(element("p", {}, heading));
  if (items.length) {
    const ul = element("ul");
    for (const item of items) ul.append(element("li", {}, item));
    box.append(ul);
  }
  return box;
}

function describe(p, settings) {
  const place = problemPlace(p.path, settings);
  return place ? `${place}: ${problemText(p)}` : problemText(p);
}

async function exportFile() {
  const errors = problems.filter((p) => p.severity === "error");
  const out = $("#import-result");
  if (errors.length) {
    out.replaceChildren(resultNotice("error", t("exportBlocked", errors.length), errors.map((p) => describe(p, mine))));
    out.focus();
    return;
  }
  const text = core.settings_export(mine, await store.readHistory(), new Date().toISOString());
  const blob = new Blob([text], { type: "application/json" });
  const url = URL.createObjectURL(blob);
  const a = element("a", { href: url, download: `notefirst-${new Date().toISOString().slice(0, 10)}.json` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  out.replaceChildren(resultNotice("ok", t("exported")));
}

async function onFileChosen(event) {
  const file = event.target.files?.[0];
  event.target.value = "";
  if (!file) return;
  const out = $("#import-result");
  let text;
  try {
    text = await file.text();
  } catch (error) {
    out.replaceChildren(resultNotice("error", t("importUnreadable", String(error.message || error))));
    out.focus();
    return;
  }
  const result = core.settings_import(text);
  if (!result.ok) {
    pendingImport = null;
    // Template names, when the file is JSON at all, make the list easier to follow.
    let named = null;
    try {
      named = JSON.parse(text)?.settings ?? null;
    } catch {
      /* not JSON: the problem says so */
    }
    const box = resultNotice("error", t("importRefused", file.name, result.problems.length), result.problems.map((p) => describe(p, named)));
    box.dataset.importResult = "refused";
    out.replaceChildren(box);
    out.focus();
    return;
  }
  pendingImport = result;
  const s = result.settings;
  const box = resultNotice("ok", t("importReady", file.name), [
    t("importSummaryTemplates", s.noteTemplates.length, s.replyTemplates.length),
    t("importSummaryHistory", result.history.length),
    ...result.problems.map((p) => describe(p, s)),
  ]);
  box.dataset.importResult = "ready";
  box.append(element("p", {}, t("importReplaceWarning")));
  const row = element("div", { class: "button-row" });
  row.append(
    element("button", { type: "button", class: "primary", id: "import-confirm" }, t("importConfirm")),
    element("button", { type: "button", id: "import-cancel" }, t("cancel")),
  );
  box.append(row);
  out.replaceChildren(box);
  $("#import-confirm").focus();
}

async function applyImport() {
  if (!pendingImport) return;
  const imported = pendingImport;
  pendingImport = null;
  clearTimeout(saveTimer);
  const out = $("#import-result");
  try {
    const stored = core.settings_read(await store.readRaw()).settings;
    const result = await store.saveSettings(core, stored, imported.settings);
    if (result.refused) throw new Error(problemText(result.refused));
    base = result.settings;
    mine = clone(result.settings);
    const records = core.history_merge_import(await store.readHistory(), imported.history);
    await store.writeHistory(records);
    problems = core.settings_validate(mine) || [];
    lastReport = result.report;
    renderAll();
    renderNotices();
    renderHistoryStats();
    const box = resultNotice("ok", t("importDone"));
    box.dataset.importResult = "done";
    out.replaceChildren(box);
    setStatus(result.syncError ? t("statusLocalOnly", String(result.syncError.message)) : t("statusSaved"), Boolean(result.syncError));
  } catch (error) {
    out.replaceChildren(resultNotice("error", t("importFailed", String(error.message || error))));
  }
  out.focus();
}

// ------------------------------------------------------------------ start

async function init() {
  localize();
  try {
    core = await loadCore();
    rules = core.scoring_rules();
    builtins = core.builtin_templates(uiLanguage());
    defaults = core.settings_defaults();
    const read = core.settings_read(await store.readRaw());
    lastRead = read;
    lastReport = read.report;
    base = read.settings;
    mine = clone(base);
    newer = read.newer;
    problems = core.settings_validate(mine) || [];
    buildStatic();
    renderAll();
    renderNotices();
    if (newer) lockForm();
  } catch (error) {
    console.error("NoteFirst: the options page could not start", error);
    $("#loading").textContent = t("loadFailed", String(error.message || error));
    await startDiagnostics();
    return;
  }
  const form = $("#settings");
  form.addEventListener("input", onInput);
  form.addEventListener("change", (event) => {
    if (event.target.matches("#note-builtin, #reply-builtin")) onBuiltinChosen(event);
    else if (event.target.matches(".insert")) onInput(event);
    else if (event.target.id === "import-file") onFileChosen(event);
    else if (event.target.id === "keep-weeks") pruneNow();
  });
  form.addEventListener("submit", (event) => event.preventDefault());
  document.addEventListener("click", onClick);
  // Leaving the page (or a field) saves at once rather than after the pause.
  form.addEventListener("focusout", () => {
    if (!same(mine, base)) saveNow();
  });
  addEventListener("pagehide", () => saveNow());
  let externalTimer = 0;
  store.onSettingsChanged(() => {
    clearTimeout(externalTimer);
    externalTimer = setTimeout(onExternalChange, 150);
  });
  store.onHistoryChanged(() => renderHistoryStats());
  $("#loading").hidden = true;
  form.hidden = false;
  await startDiagnostics();
  document.documentElement.dataset.ready = "true";
  setStatus(t("statusAllSaved"));
  await store.pruneHistory(core, mine.history.keepWeeks).catch(() => 0);
  renderHistoryStats();
}

init();
