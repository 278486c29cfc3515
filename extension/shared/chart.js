// The popup's chart of the last weeks, drawn by NoteFirst itself as SVG: one stacked
// bar a week (good at the bottom, then "ask why", then "likely spam"), built element
// by element with text set as text, no library and no markup strings. Bands differ by
// colour and by pattern (solid, stripes, cross-hatch), so colour is never the only
// cue; the popup also gives the same figures as a table.

const NS = "http://www.w3.org/2000/svg";
const BANDS = ["good", "ask", "spam"];

function el(name, attrs = {}, text) {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text !== undefined) node.textContent = text;
  return node;
}

/** The smallest "nice" number (1, 2, 3, 4, 5, 6, 8 times a power of ten) >= n. */
export function niceCeiling(n) {
  if (n <= 1) return 1;
  const power = 10 ** Math.floor(Math.log10(n));
  for (const step of [1, 2, 3, 4, 5, 6, 8, 10]) {
    if (step * power >= n) return step * power;
  }
  return 10 * power;
}

/** Pattern fills for the bands, shared by the chart and the legend swatches. */
export function patternDefs(prefix = "nf") {
  const defs = el("defs");
  const stripes = el("pattern", { id: `${prefix}-ask`, width: 6, height: 6, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" });
  stripes.append(el("rect", { width: 6, height: 6, class: "fill-ask" }), el("rect", { width: 2, height: 6, class: "ink-ask" }));
  const hatch = el("pattern", { id: `${prefix}-spam`, width: 6, height: 6, patternUnits: "userSpaceOnUse" });
  hatch.append(
    el("rect", { width: 6, height: 6, class: "fill-spam" }),
    el("path", { d: "M0 0L6 6M6 0L0 6", class: "ink-spam", "stroke-width": 1.4 }),
  );
  defs.append(stripes, hatch);
  return defs;
}

/** A small legend swatch for a band, as SVG. */
export function swatch(band, prefix = "nf") {
  const svg = el("svg", { width: 14, height: 14, viewBox: "0 0 14 14", "aria-hidden": "true", focusable: "false", class: "swatch" });
  svg.append(patternDefs(`${prefix}-sw-${band}`));
  const fill = band === "good" ? null : `url(#${prefix}-sw-${band}-${band})`;
  svg.append(el("rect", { x: 0.5, y: 0.5, width: 13, height: 13, rx: 2, class: `seg ${band}`, ...(fill ? { fill } : {}) }));
  return svg;
}

/**
 * The chart as an <svg>. `weeks` are the core's weekly figures (oldest first);
 * `text` gives the words: {title, description, weekLabel(start), barTitle(week), band names}.
 */
export function weeklyChart(weeks, text) {
  const width = 320;
  const height = 136;
  const left = 30;
  const right = 6;
  const top = 10;
  const bottom = 24;
  const plotW = width - left - right;
  const plotH = height - top - bottom;
  const max = niceCeiling(Math.max(1, ...weeks.map((w) => w.total)));
  const y = (v) => top + plotH - (v / max) * plotH;

  const svg = el("svg", {
    viewBox: `0 0 ${width} ${height}`,
    width: "100%",
    role: "img",
    "aria-labelledby": "nf-chart-title nf-chart-desc",
    "data-nf-chart": "",
    class: "chart",
  });
  svg.append(el("title", { id: "nf-chart-title" }, text.title), el("desc", { id: "nf-chart-desc" }, text.description));
  svg.append(patternDefs("nf"));

  // Grid and scale: 0, half (when whole) and the top.
  const ticks = max % 2 === 0 ? [0, max / 2, max] : [0, max];
  for (const v of ticks) {
    svg.append(el("line", { x1: left, x2: width - right, y1: y(v), y2: y(v), class: v ? "grid" : "axis" }));
    svg.append(el("text", { x: left - 6, y: y(v) + 4, "text-anchor": "end", class: "tick" }, text.number(v)));
  }

  const slot = plotW / weeks.length;
  const barW = Math.min(26, slot * 0.62);
  weeks.forEach((week, i) => {
    const x = left + i * slot + (slot - barW) / 2;
    const current = i === weeks.length - 1;
    const g = el("g", { "data-week": i, "data-total": week.total, class: current ? "bar current" : "bar" });
    g.append(el("title", {}, text.barTitle(week)));
    let base = 0;
    for (const band of BANDS) {
      const n = week[band].withNote + week[band].withoutNote;
      if (!n) continue;
      const attrs = { x, y: y(base + n), width: barW, height: y(base) - y(base + n), class: `seg ${band}`, "data-band": band, "data-count": n };
      if (band !== "good") attrs.fill = `url(#nf-${band})`;
      g.append(el("rect", attrs));
      base += n;
    }
    if (!week.total) g.append(el("rect", { x, y: y(0) - 1, width: barW, height: 1, class: "empty" }));
    svg.append(g);
    svg.append(el("text", { x: x + barW / 2, y: height - 8, "text-anchor": "middle", class: current ? "tick current" : "tick" }, text.weekLabel(week.start)));
  });
  return svg;
}
