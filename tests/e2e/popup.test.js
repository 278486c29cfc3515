// End-to-end: NoteFirst's toolbar popup and the history behind it, in Chromium and
// Firefox with the built extension. The popup is opened as a page of the extension
// (chrome-extension://<id>/popup/popup.html, moz-extension://<uuid>/...), the way the
// toolbar button shows it. Checks: the week's table and the 8-week SVG chart from a
// known history, pruning, the empty and "history off" states, the history recorded
// on LinkedIn itself (invitations seen, then the user's own Accept and Ignore
// clicks), and screenshots in light and dark with every text passing WCAG AA.
"use strict";

const { describe, test, before, after, beforeEach } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { startServer } = require("./harness/server");
const pages = require("./harness/extension-pages");
const fixtures = require("../fixtures/linkedin/cards.json");

const DIST = path.resolve(__dirname, "../../dist");
const RECEIVED = "https://www.linkedin.com/mynetwork/invitation-manager/received/";
const BROWSERS = (process.env.NF_E2E_BROWSERS || "chromium,firefox").split(",");
const SHOTS = process.env.NF_SCREENSHOTS || path.join(os.tmpdir(), "notefirst-screenshots");
const HOUR = 3600 * 1000;
const DAY = 24 * HOUR;

/** The week boundaries the popup uses, computed by its own module in the page. */
async function weekStarts(session) {
  return session.evaluate(async () => {
    const store = await import("/shared/storage.js");
    const lang = (globalThis.browser ?? globalThis.chrome).i18n.getMessage("@@ui_locale").replace("_", "-");
    return store.weekStarts(lang, 8);
  });
}

/** A history with known weekly figures: week i (0 = oldest) holds i + 1 records. */
function knownHistory(starts) {
  const records = {};
  const expected = [];
  const bands = ["good", "ask", "spam"];
  let n = 0;
  starts.forEach((start, week) => {
    const figures = { total: 0, good: 0, ask: 0, spam: 0, withNote: 0, withoutNote: 0, pending: 0 };
    for (let i = 0; i <= week; i++) {
      const band = bands[(week + i) % 3];
      const note = i % 2 === 0;
      const decided = i % 3 === 1;
      records[`nf.h.in/person-${n}`] = {
        name: `Person ${n}`,
        path: `/in/person-${n}/`,
        seen: start + HOUR + i * 60_000,
        band,
        score: { good: 80, ask: 45, spam: 10 }[band],
        note,
        ...(decided ? { decision: "ignored", decided: start + 2 * HOUR } : {}),
      };
      figures.total += 1;
      figures[band] += 1;
      figures[note ? "withNote" : "withoutNote"] += 1;
      if (!decided) figures.pending += 1;
      n += 1;
    }
    expected.push(figures);
  });
  return { records, expected };
}

const readPopup = () => {
  const bars = [...document.querySelectorAll("svg[data-nf-chart] g[data-week]")].map((g) => ({
    total: Number(g.dataset.total),
    good: Number(g.querySelector('[data-band="good"]')?.dataset.count ?? 0),
    ask: Number(g.querySelector('[data-band="ask"]')?.dataset.count ?? 0),
    spam: Number(g.querySelector('[data-band="spam"]')?.dataset.count ?? 0),
  }));
  const row = (band) => {
    const tr = document.querySelector(`#week-rows tr[data-band="${band}"]`);
    return tr ? [...tr.querySelectorAll("td")].map((td) => td.textContent) : null;
  };
  const svg = document.querySelector("svg[data-nf-chart]");
  return {
    bars,
    good: row("good"),
    ask: row("ask"),
    spam: row("spam"),
    total: document.querySelector("#week-total")?.textContent,
    pending: document.querySelector("[data-nf-pending]")?.dataset.nfPending ?? null,
    chartLabel: svg ? svg.getAttribute("aria-labelledby").split(" ").map((id) => document.getElementById(id).textContent) : null,
    manager: document.querySelector("#manager").getAttribute("href"),
    empty: !document.querySelector("#empty").hidden,
    off: !document.querySelector("#off").hidden,
    weekVisible: !document.querySelector("#week").hidden,
  };
};

for (const browser of BROWSERS) {
  describe(`popup in ${browser}`, () => {
    let server;
    let session;

    before(async () => {
      server = await startServer();
      session = await pages.launchForPages(browser, { extensionDir: path.join(DIST, browser), server, viewport: { width: 420, height: 900 } });
    });
    after(async () => {
      await session?.close();
      await server?.close();
    });
    beforeEach(async () => {
      server.reset();
      session.clearConsoleMessages();
      await pages.openPage(session, "popup/popup.html");
      await pages.storage.clear(session, "local");
      await pages.storage.clear(session, "sync");
    });

    test("the chart and the week's table render a known history, and old records are pruned", async () => {
      const { starts } = await weekStarts(session);
      const { records, expected } = knownHistory(starts);
      // Older than the default 26 weeks kept: pruned when the popup opens.
      records["nf.h.in/long-ago"] = { name: "Long Ago", path: "/in/long-ago/", seen: starts[0] - 30 * 7 * DAY, band: "good", score: 90, note: true };
      // Inside the kept period but before the chart's 8 weeks: kept, not drawn.
      records["nf.h.in/ten-weeks"] = { name: "Ten Weeks", path: "/in/ten-weeks/", seen: starts[0] - 2 * 7 * DAY, band: "spam", score: 5, note: false };
      await pages.storage.set(session, "local", records);
      await pages.openPage(session, "popup/popup.html");

      const shown = await session.evaluate(readPopup);
      assert.equal(shown.bars.length, 8, "one bar a week");
      assert.deepEqual(
        shown.bars,
        expected.map((w) => ({ total: w.total, good: w.good, ask: w.ask, spam: w.spam })),
      );
      const thisWeek = expected[7];
      const perBand = (band) => {
        const recs = Object.values(records).filter((r) => r.seen >= starts[7] && r.band === band);
        const withNote = recs.filter((r) => r.note).length;
        return [String(withNote), String(recs.length - withNote), String(recs.length)];
      };
      assert.deepEqual([shown.good, shown.ask, shown.spam], [perBand("good"), perBand("ask"), perBand("spam")]);
      assert.equal(shown.total, String(thisWeek.total));
      assert.equal(Number(shown.pending), expected.reduce((n, w) => n + w.pending, 0), "pending over the 8 weeks");
      assert.equal(shown.manager, RECEIVED);
      assert.ok(shown.chartLabel[0].length > 0 && shown.chartLabel[1].includes(String(thisWeek.total)), `chart is labelled: ${shown.chartLabel}`);

      const stored = await pages.storage.get(session, "local");
      assert.ok(!("nf.h.in/long-ago" in stored), "a record older than the kept period is pruned");
      assert.ok("nf.h.in/ten-weeks" in stored, "a record inside the kept period stays");
      assert.deepEqual(pages.offsiteRequests(server), [], "the popup sends nothing anywhere");
    });

    test("with no history the popup says how to start, and says so when history is off", async () => {
      await pages.openPage(session, "popup/popup.html");
      let shown = await session.evaluate(readPopup);
      assert.equal(shown.empty, true);
      assert.equal(shown.weekVisible, false);
      assert.equal(shown.off, false);
      await pages.saveSettings(session, { features: { history: false } });
      await pages.openPage(session, "popup/popup.html");
      shown = await session.evaluate(readPopup);
      assert.equal(shown.off, true, "history off is said");
    });

    test("on LinkedIn, each badged invitation is recorded, then the user's own Accept and Ignore", async () => {
      const entry = fixtures.find((f) => f.file === "invitations-ember-2022.html");
      server.route("/mynetwork/invitation-manager/received/", { file: entry.file, csp: "strict" });
      await session.goto(RECEIVED);
      // NoteFirst badges the cards near the viewport (this window is narrow, its cards
      // tall): the user scrolls down the list, half a screen at a time, to the others.
      await session.waitFor(() => document.querySelector("[data-nf-badge]"), { timeout: 30_000, message: "the first screen badged" });
      const badged = () => session.evaluate(() => document.querySelectorAll("[data-nf-badge]").length);
      for (let step = 0; step < 60 && (await badged()) < entry.cards.length; step++) {
        await session.evaluate(() => scrollBy(0, innerHeight / 2));
        await new Promise((r) => setTimeout(r, 700));
      }
      await session.waitFor((n) => document.querySelectorAll("[data-nf-badge]").length >= n, { args: [entry.cards.length], timeout: 10_000 });
      const bands = await session.evaluate(() =>
        Object.fromEntries(
          [...document.querySelectorAll("[data-nf-badge]")].map((b) => {
            const card = b.closest("[data-nf-seen]");
            const link = [...card.querySelectorAll("a[href*='/in/']")].map((a) => new URL(a.href).pathname)[0];
            return [link, b.dataset.nfBand];
          }),
        ),
      );
      const [accepted, ignored] = entry.cards.filter((c) => c.profile_path);
      await session.click(`button[aria-label^="Accept"][aria-label*="${accepted.full_name}"]`);
      await session.click(`button[aria-label^="Ignore"][aria-label*="${ignored.full_name}"]`);
      // The page saw the clicks itself: they were never stopped.
      const clicks = await session.evaluate(() => window.__nfFixture);
      assert.deepEqual([clicks.accepts.length, clicks.ignores.length], [1, 1]);
      await new Promise((r) => setTimeout(r, 1000));

      await pages.openPage(session, "popup/popup.html");
      const history = await session.waitFor(
        async (n) => {
          const all = await (globalThis.browser ?? globalThis.chrome).storage.local.get(null);
          const recs = Object.entries(all).filter(([k]) => k.startsWith("nf.h."));
          return recs.length >= n && recs.filter(([, r]) => r.decision).length >= 2 ? Object.fromEntries(recs) : null;
        },
        { args: [entry.cards.length], timeout: 15_000, message: "every card recorded, two decisions" },
      );
      assert.equal(Object.keys(history).length, entry.cards.length, "one record per person");
      for (const card of entry.cards) {
        const key = `nf.h.${card.profile_path.replace(/^\/|\/$/g, "")}`;
        const record = history[key];
        assert.ok(record, `${card.full_name} recorded under ${key}`);
        assert.equal(record.path, card.profile_path);
        assert.equal(record.note, Boolean(card.note), `${card.full_name}: note`);
        assert.equal(record.band, bands[card.profile_path], `${card.full_name}: band as the badge showed`);
      }
      const recordOf = (card) => history[`nf.h.${card.profile_path.replace(/^\/|\/$/g, "")}`];
      assert.equal(recordOf(accepted).decision, "accepted");
      assert.equal(recordOf(ignored).decision, "ignored");
      assert.ok(recordOf(accepted).decided >= recordOf(accepted).seen);

      const shown = await session.waitFor(readPopup);
      assert.equal(shown.total, String(entry.cards.length), "this week: every invitation seen");
      assert.equal(shown.pending, String(entry.cards.length - 2), "pending: all but the two decided");

      // Cleared from the options page.
      await pages.openPage(session, "options/options.html");
      await session.click("#clear-history");
      await session.click("#clear-confirm");
      await session.waitFor(async () => {
        const all = await (globalThis.browser ?? globalThis.chrome).storage.local.get(null);
        return !Object.keys(all).some((k) => k.startsWith("nf.h."));
      }, { message: "history cleared" });
    });

    test("screenshots in light and dark; every text passes WCAG AA", async () => {
      fs.mkdirSync(SHOTS, { recursive: true });
      const { starts } = await weekStarts(session);
      await pages.storage.set(session, "local", knownHistory(starts).records);
      await pages.openPage(session, "popup/popup.html");
      for (const scheme of ["light", "dark"]) {
        if (!(await pages.setColorScheme(session, scheme))) continue;
        const file = path.join(SHOTS, `popup-${browser}-${scheme}.png`);
        await session.screenshot(file);
        assert.deepEqual(await pages.contrastFailures(session), [], `${scheme}: contrast`);
      }
      if (browser !== "chromium") {
        await session.screenshot(path.join(SHOTS, `popup-${browser}-light.png`));
        assert.deepEqual(await pages.contrastFailures(session), [], "contrast");
      }
      await pages.setColorScheme(session, "light");
      assert.deepEqual(session.consoleErrors(), []);
    });
  });
}
