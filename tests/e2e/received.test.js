// End-to-end: the built extension on LinkedIn's received-invitations pages, in
// Chromium and Firefox, each era's fixture served at the real URL with a strict CSP
// (no WebAssembly: Chromium must fall back to the JavaScript flavour) and with one
// that allows WebAssembly. Checks every card's badge and reply against
// tests/fixtures/linkedin/cards.json, cards that arrive later, single-page
// navigation, hostile text, broken cards, the dark theme, and that nothing leaves
// the machine.
"use strict";

const { describe, test, before, after, beforeEach } = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { startServer } = require("./harness/server");
const { launch } = require("./harness/browsers");
const fixtures = require("../fixtures/linkedin/cards.json");

const DIST = path.resolve(__dirname, "../../dist");
const RECEIVED = "https://www.linkedin.com/mynetwork/invitation-manager/received/";
const BROWSERS = (process.env.NF_E2E_BROWSERS || "chromium,firefox").split(",");

// The benchmark's generated list of invitations (made-up people, the 2026 markup).
function longList(n) {
  return require("../bench/fixtures").writeInvitations(n);
}

// In the page (each function is sent there whole): whether every invitation card on
// screen has its badge, and counts.
function cardsOnScreenBadged() {
  const cards = [...document.querySelectorAll('[aria-label^="Ignore an invitation to connect from "]')].map((b) => b.closest('[role="listitem"]'));
  const onScreen = cards.filter((c) => { const r = c.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight && r.height > 0; });
  return onScreen.length > 0 && onScreen.every((c) => c.querySelector("[data-nf-badge]"));
}

function countBadges() {
  const cards = [...document.querySelectorAll('[aria-label^="Ignore an invitation to connect from "]')].map((b) => b.closest('[role="listitem"]'));
  const onScreen = cards.filter((c) => { const r = c.getBoundingClientRect(); return r.bottom > 0 && r.top < innerHeight && r.height > 0; });
  return { cards: cards.length, onScreen: onScreen.length, badged: document.querySelectorAll("[data-nf-badge]").length, lastBadged: !!cards.at(-1)?.querySelector("[data-nf-badge]") };
}

function fixture(file) {
  const entry = (Array.isArray(fixtures) ? fixtures : fixtures.fixtures).find((f) => f.file === file);
  assert.ok(entry, `cards.json describes ${file}`);
  return entry;
}

// What the page shows: every badge with its card's name, and every reply widget.
function readBadges() {
  const cardOf = (el) => el.closest("[data-nf-seen]");
  return [...document.querySelectorAll("[data-nf-badge]")].map((badge) => {
    const card = cardOf(badge);
    const accept = card && card.querySelector("[aria-label^='Accept'], [aria-label^='accept']");
    return {
      band: badge.dataset.nfBand,
      score: Number(badge.dataset.nfScore),
      rules: (badge.dataset.nfRules || "").split(",").filter(Boolean),
      label: accept ? accept.getAttribute("aria-label") : null,
      theme: badge.dataset.nfTheme,
      panelRules: [...badge.shadowRoot.querySelectorAll("li[data-rule]")].map((li) => li.dataset.rule),
      hasReply: !!(card && card.querySelector("[data-nf-reply]")),
      badgesInCard: card ? card.querySelectorAll("[data-nf-badge]").length : -1,
    };
  });
}

function badgeFor(badges, fullName) {
  const found = badges.filter((b) => b.label && b.label.includes(fullName));
  assert.equal(found.length, 1, `exactly one badge for ${fullName}; badges: ${JSON.stringify(badges.map((b) => b.label))}`);
  return found[0];
}

// The rules a card's facts must fire, whatever the weights.
function expectedRules(card) {
  const rules = [];
  if (card.note === null || card.note === "") rules.push("no-note");
  if (card.kind === "canned") rules.push("canned-text");
  if (card.has_photo === false) rules.push("no-photo");
  if (card.mutual_count === 0) rules.push("no-mutual");
  if (card.kind === "context") rules.push("context");
  return rules;
}

function checkCards(badges, cards) {
  for (const card of cards) {
    const badge = badgeFor(badges, card.full_name);
    for (const rule of expectedRules(card)) {
      assert.ok(badge.rules.includes(rule), `${card.full_name} (${card.kind}) fires ${rule}: ${badge.rules}`);
    }
    if (card.kind === "context") assert.notEqual(badge.band, "spam", `${card.full_name}: a note with context is never spam`);
    if (card.kind === "sales") assert.equal(badge.band, "spam", `${card.full_name}: a sales pitch is spam`);
    assert.ok(badge.score >= 0 && badge.score <= 100);
    assert.deepEqual(badge.panelRules, badge.rules, `${card.full_name}: the panel lists every fired rule`);
    assert.equal(badge.badgesInCard, 1, `${card.full_name}: badged once`);
    assert.ok(badge.hasReply, `${card.full_name}: has a reply suggestion`);
  }
}

const extensionErrors = (session) =>
  session.consoleErrors().filter((m) => !/favicon\.ico|ERR_NAME_NOT_RESOLVED|media\.licdn\.com|net::ERR_/.test(`${m.text ?? m} ${m.url ?? ""}`));

for (const browser of BROWSERS) {
  describe(`received invitations in ${browser}`, () => {
    let server;
    let session;

    before(async () => {
      server = await startServer();
      session = await launch(browser, { extensionDir: path.join(DIST, browser), server });
    });
    after(async () => {
      await session?.close();
      await server?.close();
    });
    beforeEach(() => {
      server.reset();
      session.clearConsoleMessages();
    });

    for (const csp of ["strict", "wasm"]) {
      for (const file of ["invitations-ember-2022.html", "invitations-sdui-2026.html"]) {
        test(`${file}, ${csp} CSP: every card badged and answered, nothing sent anywhere`, async () => {
          const { cards } = fixture(file);
          server.route("/mynetwork/invitation-manager/received/", { file, csp });
          await session.goto(RECEIVED);
          await session.waitFor((n) => document.querySelectorAll("[data-nf-badge]").length >= n, {
            args: [cards.length],
            timeout: 20000,
            message: `${cards.length} badges`,
          });
          const flavour = await session.evaluate(() => document.documentElement.dataset.nfActive);
          // Chromium applies the page's CSP to WebAssembly in content scripts; Firefox does not.
          assert.equal(flavour, browser === "chromium" && csp === "strict" ? "js" : "wasm");
          const badges = await session.evaluate(readBadges);
          assert.equal(badges.length, cards.length);
          checkCards(badges, cards);
          assert.deepEqual(extensionErrors(session), []);
          // The page's own photos come from media.licdn.com; anything else offsite would be ours.
          const offsite = server.requests((r) => r.offsite && !r.browserBackground && !/^media\.licdn\.com(:\d+)?$/.test(r.host));
          assert.deepEqual(offsite, [], "no request leaves for another host");
          const onsite = server.requests((r) => !r.offsite && !r.browserBackground).map((r) => r.path);
          assert.deepEqual(onsite.filter((p) => p !== "/favicon.ico"), ["/mynetwork/invitation-manager/received/"]);
        });
      }
    }

    for (const file of ["mynetwork-ember-2022.html", "mynetwork-sdui-2026.html"]) {
      test(`${file}: the invitations previewed on /mynetwork/ are badged, People You May Know cards are not`, async () => {
        const { cards } = fixture(file);
        server.route("/mynetwork/", { file, csp: "strict" });
        await session.goto("https://www.linkedin.com/mynetwork/");
        await session.waitFor((n) => document.querySelectorAll("[data-nf-badge]").length >= n, { args: [cards.length] });
        await new Promise((r) => setTimeout(r, 300));
        const badges = await session.evaluate(readBadges);
        assert.equal(badges.length, cards.length, "only the previewed invitations");
        checkCards(badges, cards);
      });
    }

    test("cards that arrive later are badged too, once each", async () => {
      const entry = fixture("invitations-sdui-2026.html");
      server.route("/mynetwork/invitation-manager/received/", { file: entry.file, csp: "strict" });
      await session.goto(RECEIVED);
      await session.waitFor((n) => document.querySelectorAll("[data-nf-badge]").length >= n, { args: [entry.cards.length] });
      const lazy = entry.lazy_cards ?? [];
      assert.ok(lazy.length > 0, "the fixture loads more rows on scroll");
      await session.evaluate(() => {
        const main = document.querySelector("main");
        if (main) main.scrollTop = main.scrollHeight;
        window.scrollTo(0, document.body.scrollHeight);
        window.dispatchEvent(new Event("scroll"));
        main?.dispatchEvent(new Event("scroll"));
      });
      const total = entry.cards.length + lazy.length;
      await session.waitFor((n) => document.querySelectorAll("[data-nf-badge]").length >= n, {
        args: [total],
        timeout: 15000,
        message: `${total} badges after scrolling`,
      });
      const badges = await session.evaluate(readBadges);
      assert.equal(badges.length, total);
      checkCards(badges, lazy);
    });

    test("a note clamped by LinkedIn is judged again, in place, once expanded", async () => {
      const entry = fixture("invitations-sdui-2026.html");
      const clamped = entry.cards.find((c) => c.note_before_expand);
      assert.ok(clamped, "the fixture has a note LinkedIn loads only on 'see more'");
      server.route("/mynetwork/invitation-manager/received/", { file: entry.file, csp: "strict" });
      await session.goto(RECEIVED);
      await session.waitFor((n) => document.querySelectorAll("[data-nf-badge]").length >= n, { args: [entry.cards.length] });
      const seenOf = (name) => {
        const card = [...document.querySelectorAll("[data-nf-seen]")].find((c) => c.querySelector(`[aria-label*="${name}"]`));
        return card ? card.getAttribute("data-nf-seen") : null;
      };
      const seenBefore = await session.evaluate(seenOf, clamped.full_name);
      await session.evaluate((name) => {
        const card = [...document.querySelectorAll("[data-nf-seen]")].find((c) => c.querySelector(`[aria-label*="${name}"]`));
        card.querySelector("[data-testid='expandable-text-button']").click();
      }, clamped.full_name);
      await session.waitFor((name, was) => {
        const card = [...document.querySelectorAll("[data-nf-seen]")].find((c) => c.querySelector(`[aria-label*="${name}"]`));
        return card && card.getAttribute("data-nf-seen") !== was && !card.getAttribute("data-nf-seen").endsWith(":pending");
      }, { args: [clamped.full_name, seenBefore], message: "the card re-read after 'see more'" });
      const widgets = await session.evaluate((name) => {
        const card = [...document.querySelectorAll("[data-nf-seen]")].find((c) => c.querySelector(`[aria-label*="${name}"]`));
        return { badges: card.querySelectorAll("[data-nf-badge]").length, replies: card.querySelectorAll("[data-nf-reply]").length };
      }, clamped.full_name);
      assert.deepEqual(widgets, { badges: 1, replies: 1 }, "updated in place, not doubled");
    });

    test("single-page navigation from the feed to the invitations", async () => {
      server.route("/feed/", { file: "invitations-spa.html", csp: "strict" });
      await session.goto("https://www.linkedin.com/feed/");
      await session.waitFor(() => document.readyState === "complete");
      const before = await session.evaluate(() => document.documentElement.dataset.nfActive ?? null);
      assert.equal(before, null, "the core does not load on the feed");
      await session.click("a[href='/mynetwork/invitation-manager/received/'], a[href*='mynetwork']");
      await session.waitFor(() => location.pathname.startsWith("/mynetwork/"));
      const { cards } = fixture("invitations-spa.html");
      await session.waitFor((n) => document.querySelectorAll("[data-nf-badge]").length >= n, {
        args: [cards.length],
        timeout: 15000,
        message: "badges after pushState navigation",
      });
      checkCards(await session.evaluate(readBadges), cards);
    });

    test("hostile names, headlines and notes stay text", async () => {
      const entry = fixture("invitations-hostile.html");
      server.route("/mynetwork/invitation-manager/received/", { file: entry.file, csp: "strict" });
      await session.goto(RECEIVED);
      await session.waitFor((n) => document.querySelectorAll("[data-nf-badge]").length >= n, {
        args: [entry.cards.length],
        timeout: 20000,
      });
      const state = await session.evaluate(() => ({
        pwned: window.__pwned ?? null,
        injected: [...document.querySelectorAll("[data-nf-badge], [data-nf-reply]")].some((h) =>
          h.shadowRoot.querySelector("img, script, iframe, b, a[href^='javascript']"),
        ),
        replies: document.querySelectorAll("[data-nf-reply]").length,
      }));
      assert.equal(state.pwned, null, "no script from the page's text ran");
      assert.equal(state.injected, false, "no markup from the page entered our UI");
      assert.equal(state.replies, entry.cards.length);
      assert.deepEqual(extensionErrors(session), []);
    });

    test("broken cards are left alone, the others still badged", async () => {
      const entry = fixture("invitations-broken.html");
      server.route("/mynetwork/invitation-manager/received/", { file: entry.file, csp: "strict" });
      await session.goto(RECEIVED);
      await session.waitFor((n) => document.querySelectorAll("[data-nf-badge]").length >= n, { args: [entry.cards.length] });
      // Give a straggler the chance to appear, then count exactly.
      await new Promise((r) => setTimeout(r, 500));
      const badges = await session.evaluate(readBadges);
      assert.equal(badges.length, entry.cards.length, "only real invitation cards get a badge");
      const halfBuilt = await session.evaluate(() =>
        [...document.querySelectorAll("nf-card-ui")].filter((row) => !row.querySelector("[data-nf-badge]")).length,
      );
      assert.equal(halfBuilt, 0, "no half-built widget");
      assert.deepEqual(extensionErrors(session), []);
    });

    test("empty invitation list: nothing added, nothing thrown", async () => {
      server.route("/mynetwork/invitation-manager/received/", { file: "invitations-empty.html", csp: "strict" });
      await session.goto(RECEIVED);
      await session.waitFor(() => document.documentElement.dataset.nfActive);
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(await session.evaluate(() => document.querySelectorAll("[data-nf-badge], nf-card-ui").length), 0);
      assert.deepEqual(extensionErrors(session), []);
    });

    test("dark theme: badges follow LinkedIn's theme", async () => {
      const { cards } = fixture("invitations-ember-2022.html");
      server.route("/mynetwork/invitation-manager/received/", { file: "invitations-ember-2022.html", csp: "wasm", theme: "dark" });
      await session.goto(RECEIVED);
      await session.waitFor((n) => document.querySelectorAll("[data-nf-badge]").length >= n, { args: [cards.length] });
      const themes = await session.evaluate(() => [...document.querySelectorAll("[data-nf-badge]")].map((b) => b.dataset.nfTheme));
      assert.ok(themes.every((t) => t === "dark"), `all dark: ${themes}`);
    });

    test("a page that forbids inline styles: NoteFirst's widgets are still styled", async () => {
      const { cards } = fixture("invitations-sdui-2026.html");
      server.route("/mynetwork/invitation-manager/received/", {
        file: "invitations-sdui-2026.html",
        csp: "none",
        extraHeaders: { "content-security-policy": "default-src *; script-src 'self' 'nonce-x'; style-src 'self'; object-src 'none'" },
      });
      await session.goto(RECEIVED);
      // Unstyled, the page's photos show at full size: the cards on screen are enough.
      assert.ok(cards.length > 0);
      await session.waitFor(cardsOnScreenBadged, { message: "the cards on screen badged" });
      const look = await session.evaluate(() => {
        const pill = document.querySelector("[data-nf-badge]").shadowRoot.querySelector(".pill");
        const row = document.querySelector("nf-card-ui");
        return { pillBackground: getComputedStyle(pill).backgroundColor, rowDisplay: getComputedStyle(row).display };
      });
      assert.notEqual(look.pillBackground, "rgba(0, 0, 0, 0)", "the badge has its colours");
      assert.equal(look.rowDisplay, "flex");
    });

    test("a list of 300 invitations: cards far below are badged when the user scrolls to them", async () => {
      server.route("/mynetwork/invitation-manager/received/", { file: longList(300), csp: "wasm" });
      await session.goto(RECEIVED);
      await session.waitFor(cardsOnScreenBadged, { timeout: 20000, message: "the cards on screen badged" });
      const first = await session.evaluate(countBadges);
      assert.ok(first.badged >= first.onScreen && first.onScreen > 0, `the cards on screen are badged: ${JSON.stringify(first)}`);
      assert.ok(first.badged < first.cards / 2, `cards far below wait: ${JSON.stringify(first)}`);
      assert.equal(first.lastBadged, false, "the last card is not read before it is near");
      // The user jumps to the end of the list (End key, scrollbar); the 2026 page
      // scrolls in its <main>, not the window.
      await session.evaluate(() =>
        [...document.querySelectorAll('[aria-label^="Ignore an invitation to connect from "]')].at(-1).closest('[role="listitem"]').scrollIntoView({ block: "end" }),
      );
      await session.waitFor(cardsOnScreenBadged, { timeout: 20000, message: "the cards at the end badged" });
      // Near the end the page loads more invitations (as LinkedIn does): they are near
      // the viewport, so they are badged too.
      await session.waitFor(() => document.querySelectorAll('[aria-label^="Ignore an invitation to connect from "]').length > 300, { message: "more invitations loaded" });
      await session.waitFor(() => [...document.querySelectorAll('[aria-label^="Ignore an invitation to connect from "]')].at(-1).closest('[role="listitem"]').querySelector("[data-nf-badge]"), {
        timeout: 20000,
        message: "the last card loaded badged",
      });
      const end = await session.evaluate(countBadges);
      assert.equal(end.lastBadged, true);
      assert.ok(end.badged < end.cards, `the cards jumped over still wait: ${JSON.stringify(end)}`);
      assert.deepEqual(extensionErrors(session), []);
    });

    test("a busy part of the page is looked into once a second: invitations are still badged, in it too", async () => {
      // The benchmark's busy page: 20 invitations and a feed that, once started, changes
      // 5,000 times a second.
      server.route("/mynetwork/", { file: require("../bench/fixtures").writeBusy(), csp: "wasm" });
      await session.goto("https://www.linkedin.com/mynetwork/");
      await session.waitFor(cardsOnScreenBadged, { timeout: 20000, message: "the cards on screen badged" });
      session.clearConsoleMessages();
      await session.evaluate(() => void window.__nfBusy.start(15000, 5000));
      const logged = async (pattern, what) => {
        for (const end = Date.now() + 10000; Date.now() < end; await new Promise((r) => setTimeout(r, 100)))
          if (session.consoleMessages().some((m) => pattern.test(m.text))) return;
        assert.fail(`${what}; console: ${JSON.stringify(session.consoleMessages().map((m) => m.text))}`);
      };
      await logged(/busy part of the page, with no invitation in it/, "the feed is left out of the observation");
      // A copy of a card, as LinkedIn would render a new invitation: another person,
      // none of NoteFirst's marks.
      const add = (where, name) => {
        const ignore = document.querySelector('[aria-label^="Ignore an invitation to connect from "]');
        const old = ignore.getAttribute("aria-label").replace("Ignore an invitation to connect from ", "");
        const card = ignore.closest('[role="listitem"]').cloneNode(true);
        card.removeAttribute("data-nf-seen");
        card.querySelectorAll("nf-card-ui").forEach((ui) => ui.remove());
        for (const el of card.querySelectorAll("[aria-label]")) el.setAttribute("aria-label", el.getAttribute("aria-label").replaceAll(old, name));
        const walk = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
        while (walk.nextNode()) walk.currentNode.data = walk.currentNode.data.replaceAll(old, name);
        if (where === "feed") document.getElementById("bench-feed").prepend(card);
        else ignore.closest('[role="listitem"]').after(card);
      };
      const badged = (name) => !!document.querySelector(`[aria-label="Ignore an invitation to connect from ${name}"]`)?.closest('[role="listitem"]')?.querySelector("[data-nf-badge]");
      // Outside the busy part, observed as before.
      await session.evaluate(add, "list", "Quinn Abernathy");
      await session.waitFor(badged, { args: ["Quinn Abernathy"], timeout: 5000, message: "the new invitation in the list badged" });
      // Inside it: seen within about a second, and the feed is observed again; the
      // feed lies far below, so the card is badged once the user scrolls to it.
      await session.evaluate(add, "feed", "Rosalind Marchetti");
      await logged(/busy part of the page is observed again/, "the feed is observed again");
      await session.evaluate(() => document.querySelector('[aria-label="Ignore an invitation to connect from Rosalind Marchetti"]').scrollIntoView({ block: "center" }));
      await session.waitFor(badged, { args: ["Rosalind Marchetti"], timeout: 5000, message: "the invitation that appeared in the feed badged" });
      assert.deepEqual(extensionErrors(session), []);
    });

    test("the reasons panel opens from the keyboard and closes with Escape", async () => {
      server.route("/mynetwork/invitation-manager/received/", { file: "invitations-ember-2022.html", csp: "strict" });
      await session.goto(RECEIVED);
      await session.waitFor(() => document.querySelector("[data-nf-badge]"));
      await session.click(["[data-nf-badge]", "button.pill"]);
      const open = await session.evaluate(() => {
        const root = document.querySelector("[data-nf-badge]").shadowRoot;
        return { expanded: root.querySelector(".pill").getAttribute("aria-expanded"), hidden: root.querySelector(".panel").hidden };
      });
      assert.deepEqual(open, { expanded: "true", hidden: false });
      await session.press("Escape");
      const closed = await session.evaluate(() => document.querySelector("[data-nf-badge]").shadowRoot.querySelector(".panel").hidden);
      assert.equal(closed, true);
    });
  });
}
