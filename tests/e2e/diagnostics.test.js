// End-to-end: the diagnostics, in Chromium and Firefox with the built extension.
// LinkedIn pages are opened (fixtures at LinkedIn's URLs); the content script reports
// what the adapters found (src/diagnostics.rs) and the options page's Diagnostics
// section lists those pages, newest first, with their kind and, in words, what was
// found and what was missing. Checks: an invitation page and a profile, with the right
// kind and parts; a page reached by single-page navigation; a broken page whose
// unreadable invitations are named as missing; nothing personal stored (no name, no
// profile path, no query); Clear; the empty state; screenshots in light and dark with
// every text passing WCAG AA. Also the history's cap, which the loader keeps on
// LinkedIn pages (src/core/history.rs).
"use strict";

const { describe, test, before, after, beforeEach } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { startServer } = require("./harness/server");
const pages = require("./harness/extension-pages");
const fixtures = require("../fixtures/linkedin/cards.json");

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const RECEIVED = "https://www.linkedin.com/mynetwork/invitation-manager/received/";
const PROFILE = "/in/dana-whitfield-4b1a/";
const BROWSERS = (process.env.NF_E2E_BROWSERS || "chromium,firefox").split(",");
const SHOTS = process.env.NF_SCREENSHOTS || path.join(os.tmpdir(), "notefirst-screenshots");
const en = JSON.parse(fs.readFileSync(path.join(ROOT, "extension/_locales/en/messages.json"), "utf8"));
const KEY = "nf.diagnostics";
/** src/diagnostics.rs probes 1.5 s after feature work stops; this leaves room for a busy machine. */
const SETTLE_MS = 3500;

const fixture = (file) => fixtures.find((f) => f.file === file);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
/** An English message with $1, $2... filled. */
const msg = (key, ...subs) => subs.reduce((m, s, i) => m.replaceAll(`$${i + 1}`, String(s)), en[key].message);

/** What the options page's Diagnostics section shows. */
const readSection = () => ({
  empty: !document.querySelector("#diagnostics-empty").hidden,
  emptyText: document.querySelector("#diagnostics-empty").textContent,
  tableShown: !document.querySelector("#diagnostics-table-wrap").hidden,
  rows: [...document.querySelectorAll("#diagnostics-rows tr")].map((tr) => ({
    kindAttr: tr.dataset.kind,
    kind: tr.querySelector(".kind").textContent,
    path: tr.querySelector(".path").textContent,
    details: tr.querySelector(".details").textContent,
    found: Object.fromEntries([...tr.querySelectorAll(".found li")].map((li) => [li.dataset.part, li.textContent])),
    missing: Object.fromEntries([...tr.querySelectorAll(".missing li")].map((li) => [li.dataset.part, li.textContent])),
    nothingMissing: tr.querySelector(".missing .diag-none")?.textContent ?? null,
  })),
});

for (const browser of BROWSERS) {
  describe(`diagnostics in ${browser}`, () => {
    let server;
    let session;

    before(async () => {
      server = await startServer();
      session = await pages.launchForPages(browser, { extensionDir: path.join(DIST, browser), server, viewport: { width: 1200, height: 1000 } });
    });
    after(async () => {
      await session?.close();
      await server?.close();
    });
    beforeEach(async () => {
      server.reset();
      session.clearConsoleMessages();
      await pages.openPage(session, "options/options.html");
      await pages.storage.clear(session, "local");
      await pages.storage.clear(session, "sync");
    });

    /** Opens a LinkedIn fixture, waits for `badges` badges (if any), then for the probe; returns the flavour. */
    async function visit(url, { badges = 0 } = {}) {
      await session.goto(url);
      await session.waitFor(() => document.documentElement.dataset.nfActive, { message: "core started", timeout: 30_000 });
      if (badges) {
        await session.waitFor((n) => document.querySelectorAll("[data-nf-badge]").length >= n, { args: [badges], timeout: 30_000 });
      }
      await sleep(SETTLE_MS);
      return session.evaluate(() => document.documentElement.dataset.nfActive);
    }

    async function openSection(rows) {
      await pages.openPage(session, "options/options.html");
      await session.waitFor((n) => document.querySelectorAll("#diagnostics-rows tr").length >= n, { args: [rows], message: `${rows} diagnostics rows` });
      return session.evaluate(readSection);
    }

    test("an invitation page and a profile are listed, newest first, with their kind and what matched; Clear empties it", async () => {
      const received = fixture("invitations-sdui-2026.html");
      server.route("/mynetwork/invitation-manager/received/", { file: received.file, csp: "strict" });
      server.route(PROFILE, { file: "profile-sdui-2026.html", csp: "strict" });
      const flavourReceived = await visit(RECEIVED, { badges: received.cards.length });
      const flavourProfile = await visit(`https://www.linkedin.com${PROFILE}?trk=people-guest&miniProfileUrn=urn%3Ali%3A123`);

      const shown = await openSection(2);
      assert.equal(shown.rows.length, 2, "one row per page visited");
      const [profile, invitations] = shown.rows;
      const flavourWord = (f) => (f === "js" ? "JavaScript" : "WebAssembly");

      assert.equal(profile.kindAttr, "profile");
      assert.equal(profile.kind, msg("diagKind_profile"));
      assert.equal(profile.path, "/in/*/", "the profile's path without whose it is");
      assert.equal(profile.found["top-card"], msg("diag_top_card"));
      assert.match(profile.found.connect ?? "", /^Connect buttons: [1-9]\d*$/);
      assert.deepEqual(profile.missing, {});
      assert.equal(profile.nothingMissing, msg("diagNothing"));
      assert.equal(profile.details, msg("diagDetails", msg("diagLayout_sdui_2026"), flavourWord(flavourProfile), "0.1.0"));

      const total = received.cards.length;
      const notes = received.cards.filter((c) => c.note !== null).length;
      assert.equal(invitations.kindAttr, "received-invitations");
      assert.equal(invitations.kind, msg("diagKind_received_invitations"));
      assert.equal(invitations.path, "/mynetwork/invitation-manager/received/");
      assert.equal(invitations.found.cards, msg("diag_cards", total));
      assert.equal(invitations.found.name, msg("diag_name", total, total));
      assert.equal(invitations.found.profile, msg("diag_profile", total, total));
      assert.equal(invitations.found.note, msg("diag_note", notes, total));
      // One person has no headline: found on the others, and not missing (some people have none).
      const headlines = received.cards.filter((c) => c.headline).length;
      assert.equal(headlines, total - 1);
      assert.equal(invitations.found.headline, msg("diag_headline", headlines, total));
      assert.deepEqual(invitations.missing, {}, "nothing missing on a whole page");
      assert.equal(invitations.details, msg("diagDetails", msg("diagLayout_sdui_2026"), flavourWord(flavourReceived), "0.1.0"));

      // Nothing personal is kept: no name, no profile path, no query string, no page text.
      const stored = JSON.stringify(await pages.storage.get(session, "local", KEY));
      for (const card of received.cards) {
        assert.ok(!stored.includes(card.full_name), `no name (${card.full_name})`);
        assert.ok(!stored.includes(card.profile_path.replace(/\/$/, "")), `no profile path (${card.profile_path})`);
      }
      assert.ok(!stored.includes("dana-whitfield") && !stored.includes("miniProfileUrn") && !stored.includes("trk"), stored);

      // Clear.
      await session.click("#clear-diagnostics");
      await session.waitFor(() => !document.querySelector("#diagnostics-empty").hidden, { message: "empty after Clear" });
      const cleared = await session.evaluate(readSection);
      assert.deepEqual([cleared.rows.length, cleared.tableShown, cleared.empty], [0, false, true]);
      assert.equal(await session.evaluate(() => document.querySelector("#diagnostics-result").textContent), msg("diagCleared"));
      assert.deepEqual(await pages.storage.get(session, "local", KEY), {}, "nothing stored");
      assert.deepEqual(pages.offsiteRequests(server).filter((r) => !/media\.licdn\.com/.test(r.host)), [], "nothing leaves the machine");
    });

    test("a broken page: the invitations NoteFirst cannot read are named as missing", async () => {
      const broken = fixture("invitations-broken.html");
      server.route("/mynetwork/invitation-manager/received/", { file: broken.file, csp: "strict" });
      await visit(RECEIVED, { badges: broken.cards.length });
      const [row] = (await openSection(1)).rows;
      assert.equal(row.kindAttr, "received-invitations");
      assert.equal(row.found.cards, msg("diag_cards", broken.cards.length));
      // Rows with the "is inviting you to connect" line or an Accept button that are not
      // readable cards: Theo Marchetti (no profile link), Noah Brooks (text only),
      // Jonas Eriksen (no buttons).
      assert.equal(row.missing.unread, msg("diag_unread", 3));
      assert.deepEqual(Object.keys(row.missing), ["unread"]);
    });

    test("a page reached by single-page navigation is reported as what it became", async () => {
      const spa = fixture("invitations-spa.html");
      server.route("/feed/", { file: spa.file, csp: "strict" });
      await session.goto("https://www.linkedin.com/feed/");
      await session.waitFor(() => document.readyState === "complete");
      await session.click("a[href='/mynetwork/invitation-manager/received/'], a[href*='mynetwork']");
      await session.waitFor((n) => document.querySelectorAll("[data-nf-badge]").length >= n, { args: [spa.cards.length], timeout: 20_000 });
      await sleep(SETTLE_MS);
      const { rows } = await openSection(1);
      assert.equal(rows.length, 1, "the feed is not reported (NoteFirst does not run there)");
      assert.equal(rows[0].kindAttr, "received-invitations");
      assert.equal(rows[0].found.cards, msg("diag_cards", spa.cards.length), "the cards that arrived after the navigation");
    });

    test("the history's cap (5,000 records) is kept on LinkedIn pages, oldest pruned first", async () => {
      const received = fixture("invitations-sdui-2026.html");
      // 5,005 made-up records, all older than anything the page adds, and no other history.
      await session.evaluate(async () => {
        const local = (globalThis.browser ?? globalThis.chrome).storage.local;
        await local.remove(Object.keys(await local.get(null)).filter((k) => k.startsWith("nf.h.")));
        const records = {};
        const start = Date.now() - 20 * 24 * 3600 * 1000;
        for (let i = 0; i < 5005; i++) {
          records[`nf.h.in/seed-${i}`] = { name: `Seed ${i}`, path: `/in/seed-${i}/`, seen: start + i * 60_000, band: "ask", score: 50, note: false };
        }
        await local.set(records);
      });
      server.route("/mynetwork/invitation-manager/received/", { file: received.file, csp: "strict" });
      await visit(RECEIVED, { badges: received.cards.length });
      // The loader pruned when the page added its first record (5,006 then: the six
      // oldest), and the options page prunes to the cap again when it opens (the cards
      // added after that first one): wait for that, then exactly the oldest are gone.
      await pages.openPage(session, "options/options.html");
      let keys = [];
      for (let tries = 0; tries < 100; tries++) {
        keys = Object.keys(await pages.storage.get(session, "local", null)).filter((k) => k.startsWith("nf.h."));
        if (keys.length <= 5000) break;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      const seeds = keys.filter((k) => k.startsWith("nf.h.in/seed-"));
      const added = keys.length - seeds.length;
      assert.equal(added, received.cards.length, "every card on the page recorded");
      assert.equal(keys.length, 5000, "the history is kept at its cap");
      const pruned = 5005 - seeds.length;
      assert.ok(pruned >= 6, `at least the six oldest pruned (${pruned})`);
      for (let i = 0; i < pruned; i++) assert.ok(!seeds.includes(`nf.h.in/seed-${i}`), `seed-${i} pruned`);
      assert.ok(seeds.includes(`nf.h.in/seed-${pruned}`), "nothing newer than the pruned ones");
    });

    test("empty: says how to fill it", async () => {
      await pages.openPage(session, "options/options.html");
      const shown = await session.evaluate(readSection);
      assert.deepEqual([shown.empty, shown.tableShown, shown.rows.length], [true, false, 0]);
      assert.equal(shown.emptyText, msg("diagnosticsEmpty"));
    });

    test("screenshots in light and dark; every text passes WCAG AA", async () => {
      fs.mkdirSync(SHOTS, { recursive: true });
      server.route("/mynetwork/invitation-manager/received/", { file: "invitations-broken.html", csp: "strict" });
      server.route(PROFILE, { file: "profile-sdui-2026.html", csp: "strict" });
      await visit(RECEIVED, { badges: fixture("invitations-broken.html").cards.length });
      await visit(`https://www.linkedin.com${PROFILE}`);
      await openSection(2);
      await session.evaluate(() => document.querySelector("#diagnostics").scrollIntoView());
      const shoot = async (scheme) => {
        await session.screenshot(path.join(SHOTS, `diagnostics-${browser}-${scheme}.png`));
        assert.deepEqual(await pages.contrastFailures(session), [], `${scheme}: contrast`);
      };
      if (await pages.setColorScheme(session, "light")) {
        await shoot("light");
        await pages.setColorScheme(session, "dark");
        await shoot("dark");
        await pages.setColorScheme(session, "light");
      } else {
        await shoot("system");
      }
      const errors = session.consoleMessages().filter((m) => m.type === "error");
      assert.deepEqual(errors, [], "no console errors");
    });
  });
}
