// NoteFirst's toolbar popup: the week's figures and the last 8 weeks, from the history
// the content script keeps in storage.local; the core counts (history_summary), this
// page lays them out. Old records are pruned as the settings say on every opening.

import { swatch, weeklyChart } from "../shared/chart.js";
import { loadCore } from "../shared/core.js";
import { formatDate, formatNumber, localize, t, uiLanguage } from "../shared/i18n.js";
import * as store from "../shared/storage.js";

const ext = globalThis.browser ?? globalThis.chrome;
const BANDS = [
  ["good", "✓"],
  ["ask", "?"],
  ["spam", "!"],
];
const WEEKS = 8;

const $ = (selector) => document.querySelector(selector);

function element(tag, attrs = {}, text) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") el.className = v;
    else el.setAttribute(k, String(v));
  }
  if (text !== undefined) el.textContent = text;
  return el;
}

function bandLabel(band, symbol) {
  const span = element("span", { class: `band ${band}` });
  span.append(element("span", { class: "sym", "aria-hidden": "true" }, symbol), document.createTextNode(t(`band_${band}`)));
  return span;
}

const weekDate = (ms) => formatDate(ms, { day: "numeric", month: "numeric" });
const count = (week, band) => week[band].withNote + week[band].withoutNote;

function barTitle(week) {
  return t("popupBarTitle", weekDate(week.start), formatNumber(week.total), formatNumber(count(week, "good")), formatNumber(count(week, "ask")), formatNumber(count(week, "spam")));
}

function renderWeek(week) {
  $("#week-range").textContent = t("popupSince", formatDate(week.start, { weekday: "long", day: "numeric", month: "long" }));
  const rows = BANDS.map(([band, symbol]) => {
    const tr = element("tr", { "data-band": band });
    const th = element("th", { scope: "row" });
    th.append(bandLabel(band, symbol));
    tr.append(
      th,
      element("td", { "data-col": "with" }, formatNumber(week[band].withNote)),
      element("td", { "data-col": "without" }, formatNumber(week[band].withoutNote)),
      element("td", { "data-col": "total" }, formatNumber(count(week, band))),
    );
    return tr;
  });
  $("#week-rows").replaceChildren(...rows);
  const sum = (key) => BANDS.reduce((n, [band]) => n + week[band][key], 0);
  $("#week-with").textContent = formatNumber(sum("withNote"));
  $("#week-without").textContent = formatNumber(sum("withoutNote"));
  $("#week-total").textContent = formatNumber(week.total);
}

function renderWeeks(weeks) {
  const chart = weeklyChart(weeks, {
    title: t("popupChartTitle", WEEKS),
    description: weeks.map(barTitle).join(" "),
    number: formatNumber,
    weekLabel: weekDate,
    barTitle,
  });
  $("#chart").replaceChildren(chart);
  $("#legend").replaceChildren(
    ...BANDS.map(([band]) => {
      const li = element("li");
      li.append(swatch(band), document.createTextNode(t(`band_${band}`)));
      return li;
    }),
  );
  const body = $("#weeks-table tbody");
  body.replaceChildren(
    ...weeks.map((week) => {
      const tr = element("tr");
      tr.append(
        element("th", { scope: "row" }, weekDate(week.start)),
        ...["good", "ask", "spam"].map((band) => element("td", {}, formatNumber(count(week, band)))),
        element("td", {}, formatNumber(week.total)),
      );
      return tr;
    }),
  );
}

async function render(core) {
  const records = await store.readHistory();
  const { starts, end } = store.weekStarts(uiLanguage(), WEEKS);
  const summary = core.history_summary(records, starts, end);
  const hasAny = summary.weeks.some((w) => w.total > 0);
  $("#week").hidden = !hasAny;
  $("#weeks").hidden = !hasAny;
  $("#empty").hidden = hasAny;
  const pending = $("#pending");
  pending.hidden = !hasAny;
  if (hasAny) {
    renderWeek(summary.weeks.at(-1));
    renderWeeks(summary.weeks);
    pending.replaceChildren(document.createTextNode(`${t("popupPending")} `), element("strong", { "data-nf-pending": summary.pending }, formatNumber(summary.pending)));
  }
  document.documentElement.dataset.ready = "true";
}

async function init() {
  localize();
  const openOptions = () => {
    ext.runtime.openOptionsPage();
    window.close();
  };
  $("#open-options").addEventListener("click", openOptions);
  $("#turn-on").addEventListener("click", openOptions);
  $("#manager").addEventListener("click", () => setTimeout(() => window.close(), 0));
  try {
    const core = await loadCore();
    const { settings } = core.settings_read(await store.readRaw());
    $("#off").hidden = settings.features.history;
    await store.pruneHistory(core, settings.history.keepWeeks).catch(() => 0);
    await render(core);
    store.onHistoryChanged(() => render(core));
  } catch (error) {
    console.error("NoteFirst: the popup could not start", error);
    $("#loading").textContent = t("loadFailed", String(error.message || error));
    return;
  }
  $("#loading").hidden = true;
}

init();
