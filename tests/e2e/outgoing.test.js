// End-to-end: the warning before an invitation leaves with no note (or a note that
// says nothing), the one-click note and the note helper, with the built extension in
// Chromium and Firefox. Every entry point and dialog variant has a fixture
// (tests/fixtures/linkedin/{profile,search,pymk,invite}-*.html, made-up people) whose
// script models LinkedIn: Connect opens the dialog (or, on People You May Know cards,
// sends at once), the dialog's stages, the note box with its counter, Send disabled
// while the note is empty; and it counts every invitation that leaves in
// window.__nfFixture.sends, with its note. The tests count those sends; they never
// assume them.
"use strict";

const { describe, test, before, after, beforeEach } = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { startServer } = require("./harness/server");
const { launch } = require("./harness/browsers");

const DIST = path.resolve(__dirname, "../../dist");
const BROWSERS = (process.env.NF_E2E_BROWSERS || "chromium,firefox").split(",");
const ORIGIN = "https://www.linkedin.com";

const PAGES = {
  profile: { file: "profile-sdui-2026.html", path: "/in/dana-whitfield-4b1a/", url: "/in/dana-whitfield-4b1a/" },
  profilePt: { file: "profile-ember-pt.html", path: "/in/thiago-prado/", url: "/in/thiago-prado/" },
  profileEs: { file: "profile-upsell-es.html", path: "/in/lucia-ferrer/", url: "/in/lucia-ferrer/" },
  search2020: { file: "search-2020-en.html", path: "/search/results/people/", url: "/search/results/people/?keywords=rust%20engineer&origin=GLOBAL_SEARCH_HEADER" },
  search2022: { file: "search-2022-de.html", path: "/search/results/people/", url: "/search/results/people/?keywords=Datenplattform&origin=SWITCH_SEARCH_VERTICAL" },
  pymk: { file: "pymk-ember-2023.html", path: "/mynetwork/", url: "/mynetwork/" },
  preload: { file: "invite-preload-2026.html", path: "/preload/custom-invite/", url: null },
};

// ------------------------------------------------------------------ page-side readers (run in the page)

function readWarning() {
  const host = document.querySelector("[data-nf-warning]");
  if (!host) return null;
  const root = host.shadowRoot;
  const panel = root.querySelector("[role='dialog']");
  return {
    reason: host.dataset.nfReason,
    mode: host.dataset.nfMode,
    at: host.dataset.nfAt,
    place: host.dataset.nfPlace,
    limit: Number(host.dataset.nfLimit),
    theme: host.dataset.nfTheme,
    inDialog: !!host.parentElement && !!host.parentElement.closest("[role='dialog'].artdeco-modal"),
    modal: panel ? panel.getAttribute("aria-modal") : null,
    labelled: panel ? !!root.getElementById(panel.getAttribute("aria-labelledby")) : false,
    title: (root.querySelector("h2") || {}).textContent || null,
    why: (root.querySelector(".why") || {}).textContent || null,
    actions: [...root.querySelectorAll("[data-nf-action]")].map((b) => b.dataset.nfAction),
    suggestion: (root.querySelector("[data-nf-suggestion]") || {}).textContent || null,
    focused: root.activeElement ? root.activeElement.dataset.nfAction || root.activeElement.tagName : null,
    hostFocused: document.activeElement === host,
  };
}

function readFixture() {
  const f = window.__nfFixture;
  const dialog = document.querySelector(".artdeco-modal[role='dialog']");
  const textarea = dialog ? dialog.querySelector("textarea") : null;
  const helper = document.querySelector("[data-nf-note-helper]");
  const counter = dialog ? dialog.querySelector("[data-fixture-counter]") : null;
  const send = dialog ? dialog.querySelector("[data-fixture-action='send-note']") : null;
  return {
    sends: f.sends,
    connects: f.connects,
    stages: f.stages,
    dialog: dialog ? (dialog.querySelector("h2") || {}).textContent : null,
    note: textarea ? textarea.value : null,
    noteFocused: !!textarea && document.activeElement === textarea,
    counter: counter ? counter.textContent : null,
    sendDisabled: send ? send.disabled : null,
    helper: helper
      ? {
          count: Number(helper.dataset.nfCount),
          limit: Number(helper.dataset.nfLimit),
          quality: helper.dataset.nfQuality,
          suggestions: [...helper.shadowRoot.querySelectorAll("[data-nf-insert] .text")].map((t) => t.textContent),
          checks: [...helper.shadowRoot.querySelectorAll("li[data-check]")].map((li) => [li.dataset.check, li.dataset.ok]),
          inDialog: !!helper.closest("[role='dialog']"),
        }
      : null,
    warnings: document.querySelectorAll("[data-nf-warning]").length,
    inert: document.querySelectorAll("[role='dialog'] [inert]").length,
  };
}

// JavaScript's length: what LinkedIn's counter counts.
const jsLength = (s) => [...s].reduce((n, c) => n + (c.codePointAt(0) > 0xffff ? 2 : 1), 0);

const extensionErrors = (session) =>
  session.consoleErrors().filter((m) => !/favicon\.ico|ERR_NAME_NOT_RESOLVED|media\.licdn\.com|net::ERR_/.test(`${m.text ?? m} ${m.url ?? ""}`));

for (const browser of BROWSERS) {
  describe(`outgoing invitations in ${browser}`, () => {
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

    async function open(page, { csp = "strict", theme = "light" } = {}) {
      server.route(page.path, { file: page.file, csp, theme });
      server.route(PAGES.preload.path, { file: PAGES.preload.file, csp, theme });
      await session.goto(ORIGIN + page.url);
      await session.waitFor(() => document.documentElement.dataset.nfActive && window.__nfFixture, {
        timeout: 20000,
        message: "NoteFirst's core running on the page",
      });
      return session.evaluate(() => document.documentElement.dataset.nfActive);
    }

    const fixture = () => session.evaluate(readFixture);
    // Polls the fixture's state until `pred` (run here, in Node) holds.
    async function until(pred, message, timeout = 15000) {
      const deadline = Date.now() + timeout;
      let last;
      for (;;) {
        try {
          last = await fixture();
          if (pred(last)) return last;
        } catch (err) {
          last = String(err.message).slice(0, 200); // a navigation in progress
        }
        if (Date.now() > deadline) assert.fail(`timed out waiting for ${message}: ${JSON.stringify(last)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const warning = () => session.evaluate(readWarning);
    const waitWarning = (message) => session.waitFor(readWarning, { message: message || "the warning" });
    const act = (action) => session.click(["[data-nf-warning]", `[data-nf-action="${action}"]`]);
    async function noWarningFor(ms) {
      const deadline = Date.now() + ms;
      while (Date.now() < deadline) {
        assert.equal(await warning(), null, "no warning");
        await new Promise((r) => setTimeout(r, 100));
      }
    }

    for (const csp of ["strict", "wasm"]) {
      test(`profile (2026, Premium), ${csp} CSP: the warning comes before any send; add-note fills a note for Dana; Send sends it once`, async () => {
        const flavour = await open(PAGES.profile, { csp });
        assert.equal(flavour, browser === "chromium" && csp === "strict" ? "js" : "wasm");
        await session.click("a[aria-label='Invite Dana Whitfield to connect']");
        await session.waitFor(() => document.querySelector("#send-invite-modal"), { message: "LinkedIn's dialog" });
        assert.equal(await warning(), null, "no warning at a Connect that opens the dialog");
        await session.click("button[aria-label='Send without a note']");
        const w = await waitWarning();
        assert.equal((await fixture()).sends.length, 0, "nothing sent while the warning is open");
        assert.equal(w.reason, "no-note");
        assert.equal(w.mode, "normal");
        assert.equal(w.at, "dialog");
        assert.ok(w.inDialog, "inside LinkedIn's dialog");
        assert.equal(w.modal, "true");
        assert.ok(w.labelled, "labelled by its title");
        assert.deepEqual(w.actions, ["add-note", "next-suggestion", "send-anyway", "cancel"]);
        assert.equal(w.focused, "add-note", "focus starts on the first choice");
        // No counter shows before the note box opens: the smaller limit, which fits any account.
        assert.equal(w.limit, 200);
        assert.match(w.suggestion, /Dana/);
        assert.match(w.suggestion, /Casey Ray/, "names the mutual connection the page shows");
        assert.ok(jsLength(w.suggestion) <= w.limit);
        assert.ok((await fixture()).inert > 0, "LinkedIn's parts of the dialog wait meanwhile");

        await act("next-suggestion");
        const second = await warning();
        assert.notEqual(second.suggestion, w.suggestion, "another suggestion");
        await act("next-suggestion");
        await act("next-suggestion");
        assert.equal((await warning()).suggestion, w.suggestion, "three suggestions, cycling");

        await act("add-note");
        const filled = await until((f) => f.note, "the note box filled");
        assert.equal(filled.sends.length, 0, "add-note sends nothing");
        assert.equal(filled.warnings, 0);
        assert.equal(filled.inert, 0, "LinkedIn's dialog is usable again");
        assert.equal(filled.note, w.suggestion);
        assert.ok(filled.noteFocused, "the focus is in the note box");
        assert.equal(filled.counter, `${jsLength(filled.note)}/300`, "LinkedIn's counter saw the text");
        assert.equal(filled.sendDisabled, false, "LinkedIn's Send is enabled");
        assert.ok(filled.helper, "the note helper is beside the note box");
        assert.ok(filled.helper.inDialog);
        assert.equal(filled.helper.count, jsLength(filled.note));
        assert.equal(filled.helper.limit, 300);

        await session.click("button[aria-label='Send invitation']");
        await session.waitFor(() => window.__nfFixture.sends.length > 0, { message: "the send" });
        await noWarningFor(300);
        const done = await fixture();
        assert.deepEqual(done.sends, [{ person: "Dana Whitfield", note: filled.note, via: "send-note" }]);
        assert.deepEqual(extensionErrors(session), []);
        const offsite = server.requests((r) => r.offsite && !r.browserBackground && !/^media\.licdn\.com(:\d+)?$/.test(r.host));
        assert.deepEqual(offsite, [], "nothing leaves for another host");
      });
    }

    test("profile: send-anyway lets the original send through exactly once, with no note", async () => {
      await open(PAGES.profile);
      await session.click("a[aria-label='Invite Dana Whitfield to connect']");
      await session.click("button[aria-label='Send without a note']");
      await waitWarning();
      await act("send-anyway");
      await session.waitFor(() => window.__nfFixture.sends.length > 0, { message: "the send" });
      await noWarningFor(500);
      const f = await fixture();
      assert.deepEqual(f.sends, [{ person: "Dana Whitfield", note: null, via: "send-without-note" }]);
      assert.equal(f.dialog, null, "LinkedIn's dialog closed as it does after a send: no second dialog");
      assert.deepEqual(extensionErrors(session), []);
    });

    test("profile: cancel and Escape send nothing, and give the focus back", async () => {
      await open(PAGES.profile);
      await session.click("a[aria-label='Invite Dana Whitfield to connect']");
      await session.click("button[aria-label='Send without a note']");
      await waitWarning();
      await act("cancel");
      await session.waitFor(() => !document.querySelector("[data-nf-warning]"));
      let f = await fixture();
      assert.deepEqual(f.sends, []);
      assert.equal(f.dialog, "Add a note to your invitation?", "LinkedIn's dialog stays open");
      assert.equal(f.inert, 0);
      assert.equal(await session.evaluate(() => document.activeElement?.getAttribute("aria-label")), "Send without a note");

      // The keyboard: Enter on the focused button is a click; Tab stays inside; Escape cancels.
      await session.press("Enter");
      const w = await waitWarning("the warning again, from the keyboard");
      assert.equal(w.focused, "add-note");
      for (let i = 0; i < 6; i++) await session.press("Tab");
      assert.ok((await warning()).hostFocused, "Tab keeps the focus inside the warning");
      await session.press("Shift+Tab");
      assert.ok((await warning()).hostFocused, "Shift+Tab too");
      await session.press("Escape");
      await session.waitFor(() => !document.querySelector("[data-nf-warning]"));
      f = await fixture();
      assert.deepEqual(f.sends, []);
      assert.equal(f.dialog, "Add a note to your invitation?", "Escape closed only the warning");
      assert.equal(await session.evaluate(() => document.activeElement?.getAttribute("aria-label")), "Send without a note");
      assert.deepEqual(extensionErrors(session), []);
    });

    test("profile: a note that says how and why sends with no warning; the helper counts and rates it", async () => {
      await open(PAGES.profile);
      await session.click("a[aria-label='Invite Dana Whitfield to connect']");
      await session.click("button[aria-label='Add a note']");
      await session.waitFor(() => document.querySelector("[data-nf-note-helper]"), { message: "the note helper" });
      let f = await fixture();
      assert.equal(f.helper.count, 0);
      assert.equal(f.helper.quality, "empty");
      assert.equal(f.helper.suggestions.length, 3);
      assert.ok(f.helper.suggestions.every((s) => s.includes("Dana") && jsLength(s) <= 300));
      await session.click("#custom-message");
      const note = "Hi Dana, we met at the Rotterdam data meetup last week. I'd like to connect because I'm planning a warehouse migration and would value your advice.";
      await session.type(note);
      f = await until((r) => r.helper && r.helper.count === jsLength(note), "the helper's count");
      assert.equal(f.counter, `${jsLength(note)}/300`);
      assert.deepEqual(f.helper.checks, [["context", "true"], ["why", "true"]]);
      assert.equal(f.helper.quality, "good");
      await session.click("button[aria-label='Send invitation']");
      await session.waitFor(() => window.__nfFixture.sends.length > 0, { message: "the send" });
      await noWarningFor(300);
      assert.deepEqual((await fixture()).sends, [{ person: "Dana Whitfield", note, via: "send-note" }]);
    });

    test("profile: a contentless note is warned about; add-note replaces it; the helper's suggestion goes in on a click", async () => {
      await open(PAGES.profile);
      await session.click("a[aria-label='Invite Dana Whitfield to connect']");
      await session.click("button[aria-label='Add a note']");
      await session.click("#custom-message");
      await session.type("Hi Dana, let's connect!");
      await session.click("button[aria-label='Send invitation']");
      const w = await waitWarning();
      assert.equal(w.reason, "contentless-note");
      assert.equal((await fixture()).sends.length, 0);
      await act("add-note");
      const f = await until((r) => r.note && r.note !== "Hi Dana, let's connect!", "the note replaced");
      assert.equal(f.note, w.suggestion);
      // The helper's second suggestion, on a click.
      await session.click(["[data-nf-note-helper]", "[data-nf-insert='1']"]);
      const g = await until((r) => r.note !== f.note, "the helper's suggestion in the box");
      assert.equal(g.note, g.helper.suggestions[1]);
      assert.equal(g.counter, `${jsLength(g.note)}/300`);
      assert.ok(g.noteFocused);
      await session.click("button[aria-label='Send invitation']");
      await session.waitFor(() => window.__nfFixture.sends.length > 0);
      await noWarningFor(300);
      assert.deepEqual((await fixture()).sends, [{ person: "Dana Whitfield", note: g.note, via: "send-note" }]);
    });

    test("profile sidebar: a Connect that sends at once is warned about at the Connect itself", async () => {
      await open(PAGES.profile);
      await session.click("button[aria-label='Invite Omar Haddad to connect']");
      const w = await waitWarning();
      assert.equal(w.at, "connect");
      assert.equal(w.place, "near");
      assert.match(w.suggestion, /Omar/);
      assert.deepEqual(w.actions, ["add-note", "next-suggestion", "send-anyway", "cancel"]);
      assert.deepEqual((await fixture()).sends, []);
      await act("cancel");
      await session.waitFor(() => !document.querySelector("[data-nf-warning]"));
      assert.deepEqual((await fixture()).sends, []);
      await session.click("button[aria-label='Invite Omar Haddad to connect']");
      await waitWarning();
      await act("send-anyway");
      await session.waitFor(() => window.__nfFixture.sends.length > 0);
      await noWarningFor(300);
      assert.deepEqual((await fixture()).sends, [{ person: "Omar Haddad", note: null, via: "connect" }]);
      assert.deepEqual(extensionErrors(session), []);
    });

    test("profile (Ember, Portuguese, free account with 3 notes left): Connect in More actions; the warning does not nag; add-note fits 200", async () => {
      await open(PAGES.profilePt);
      await session.click("button[aria-label='Mais ações']");
      await session.click("[aria-label='Convidar Thiago Prado para se conectar']");
      await session.waitFor(() => document.querySelector("#send-invite-modal"));
      assert.equal(await warning(), null);
      await session.click("button[aria-label='Enviar sem nota']");
      const w = await waitWarning();
      assert.equal((await fixture()).sends.length, 0);
      assert.equal(w.mode, "quota");
      assert.match(w.title, /3 notes left/);
      assert.deepEqual(w.actions, ["copy-note", "add-note", "next-suggestion", "send-anyway", "cancel"]);
      assert.equal(w.limit, 200);
      assert.match(w.suggestion, /Thiago/);
      assert.ok(jsLength(w.suggestion) <= 200);
      await act("add-note");
      const f = await until((r) => r.note, "the note box filled");
      assert.equal(f.sends.length, 0);
      assert.match(f.note, /Thiago/);
      assert.ok(jsLength(f.note) <= 200, `${jsLength(f.note)} <= 200`);
      assert.equal(f.counter, `${jsLength(f.note)}/200`);
      assert.equal(f.helper.limit, 200);
      assert.ok(f.noteFocused);
      await session.click("button[aria-label='Enviar convite']");
      await session.waitFor(() => window.__nfFixture.sends.length > 0);
      await noWarningFor(300);
      assert.deepEqual((await fixture()).sends, [{ person: "Thiago Prado", note: f.note, via: "send-note" }]);
    });

    test("profile (Spanish, free account out of notes): after the upsell the warning offers to copy the note, not to add it", async () => {
      await open(PAGES.profileEs);
      await session.click("a[aria-label='Invitar a Lucía Ferrer a conectar']");
      await session.click("button[aria-label='Añadir una nota']");
      await session.waitFor(() => document.querySelector("#modal-upsell-header"), { message: "LinkedIn's upsell" });
      await session.click("button[aria-label='Enviar sin nota']");
      const w = await waitWarning();
      assert.equal((await fixture()).sends.length, 0);
      assert.equal(w.mode, "quota");
      assert.equal(w.title, "No le quedan notas este mes", "in the page's language");
      assert.deepEqual(w.actions, ["copy-note", "next-suggestion", "send-anyway", "cancel"]);
      assert.match(w.suggestion, /Lucía/);
      assert.ok(jsLength(w.suggestion) <= 200);
      await act("copy-note");
      const copied = await session.evaluate(() => {
        const root = document.querySelector("[data-nf-warning]").shadowRoot;
        return { status: root.querySelector("[role='status']").textContent, focused: root.activeElement?.dataset.nfAction };
      });
      assert.match(copied.status, /^(Copiada|No se pudo copiar)/);
      assert.equal(copied.focused, "send-anyway");
      assert.equal((await fixture()).sends.length, 0, "copying sends nothing");
      await act("send-anyway");
      await session.waitFor(() => window.__nfFixture.sends.length > 0);
      await noWarningFor(300);
      assert.deepEqual((await fixture()).sends, [{ person: "Lucía Ferrer", note: null, via: "send-without-note" }]);
    });

    test("search (2020, English, old dialog 'Send now'): the note names the search; a note with context sends unasked", async () => {
      await open(PAGES.search2020);
      await session.click("button[aria-label^='Connect with Priya Raman']");
      await session.waitFor(() => document.querySelector("#send-invite-modal"));
      assert.equal(await warning(), null);
      await session.click("button[aria-label='Send now']");
      const w = await waitWarning();
      assert.equal((await fixture()).sends.length, 0);
      assert.match(w.suggestion, /Priya/);
      assert.match(w.suggestion, /rust engineer/, "says the user found them through a search");
      await act("add-note");
      const f = await until((r) => r.note, "the note box filled");
      assert.equal(f.note, w.suggestion);
      assert.ok(jsLength(f.note) <= 300);
      assert.equal(f.helper.limit, 300, "the limit from the box's maxlength");
      // The older note stage's Send is labelled "Send now" too: with a note that says something, it goes.
      await session.click("button[aria-label='Send now']");
      await session.waitFor(() => window.__nfFixture.sends.length > 0);
      await noWarningFor(300);
      assert.deepEqual((await fixture()).sends, [{ person: "Priya Raman", note: f.note, via: "send-note" }]);

      // The old note stage with its box left empty: still a blank invitation.
      await session.click("button[aria-label^='Connect with Marcus Bell']");
      await session.click("button[aria-label='Add a note']");
      await session.waitFor(() => document.querySelector("#custom-message"));
      await session.click("button[aria-label='Send now']");
      const w2 = await waitWarning();
      assert.equal(w2.reason, "no-note");
      assert.match(w2.suggestion, /Marcus/);
      await act("send-anyway");
      await session.waitFor(() => window.__nfFixture.sends.length > 1);
      await noWarningFor(300);
      assert.deepEqual((await fixture()).sends[1], { person: "Marcus Bell", note: null, via: "send-note" });
    });

    test("search, then the profile: the note says the user found Dana through that search", async () => {
      server.route(PAGES.profile.path, { file: PAGES.profile.file, csp: "strict" });
      await open(PAGES.search2020);
      await session.click("a.search-result__result-link[href='/in/dana-whitfield-4b1a/'] .actor-name");
      await session.waitFor(() => location.pathname === "/in/dana-whitfield-4b1a/" && document.documentElement.dataset.nfActive && window.__nfFixture, {
        timeout: 20000,
        message: "Dana's profile",
      });
      await session.click("a[aria-label='Invite Dana Whitfield to connect']");
      await session.click("button[aria-label='Send without a note']");
      const w = await waitWarning();
      assert.match(w.suggestion, /^Hi Dana, I found your profile through a search for “rust engineer”/);
      await act("cancel");
      assert.deepEqual((await fixture()).sends, []);
    });

    test("search (2022, German): warning in the new dialog; the note is German and names Jonas", async () => {
      await open(PAGES.search2022);
      await session.click("button[aria-label='Jonas Ek einladen, sich mit Ihnen zu vernetzen']");
      await session.waitFor(() => document.querySelector("#send-invite-modal"));
      await session.click("button[aria-label='Ohne Notiz senden']");
      const w = await waitWarning();
      assert.equal((await fixture()).sends.length, 0);
      assert.match(w.suggestion, /^Hallo Jonas/);
      assert.match(w.suggestion, /Casey Ray|Datenplattform/);
      await act("add-note");
      const f = await until((r) => r.note, "the note box filled");
      assert.equal(f.note, w.suggestion);
      assert.equal(f.counter, `${jsLength(f.note)}/300`);
      await session.click("button[aria-label='Einladung senden']");
      await session.waitFor(() => window.__nfFixture.sends.length > 0);
      await noWarningFor(300);
      assert.deepEqual((await fixture()).sends, [{ person: "Jonas Ek", note: f.note, via: "send-note" }]);
    });

    test("the heuristic's limit: a search Connect that sends at once passes the first time, then that kind is warned about", async () => {
      await open(PAGES.search2022);
      // LinkedIn changes its mind: these search results now send at once.
      await session.evaluate(() => {
        for (const b of document.querySelectorAll("[data-fixture-connect]")) b.dataset.fixtureConnect = "direct";
      });
      await session.click("button[aria-label='Jonas Ek einladen, sich mit Ihnen zu vernetzen']");
      await until((f) => f.sends.length === 1, "the send NoteFirst did not expect");
      assert.equal(await warning(), null);
      // No dialog followed and the button says "Pending": from now on, warn at that Connect.
      await new Promise((r) => setTimeout(r, 4500));
      await session.click("button[aria-label='Anna Schulz einladen, sich mit Ihnen zu vernetzen']");
      const w = await waitWarning();
      assert.equal(w.at, "connect");
      assert.match(w.suggestion, /Anna/);
      await act("cancel");
      await session.waitFor(() => !document.querySelector("[data-nf-warning]"));
      assert.deepEqual((await fixture()).sends, [{ person: "Jonas Ek", note: null, via: "connect" }]);
    });

    test("People You May Know: Connect sends at once, so the warning comes at Connect; send-anyway sends once; cancel sends nothing", async () => {
      await open(PAGES.pymk);
      await session.click("button[aria-label='Invite Léa Moreau to connect']");
      const w = await waitWarning();
      assert.equal((await fixture()).sends.length, 0);
      assert.equal(w.at, "connect");
      assert.match(w.suggestion, /Léa/);
      assert.match(w.suggestion, /LinkedIn's suggestions|12 connections/, "says why LinkedIn suggested her");
      await act("send-anyway");
      await session.waitFor(() => window.__nfFixture.sends.length > 0);
      await noWarningFor(500);
      let f = await fixture();
      assert.deepEqual(f.sends, [{ person: "Léa Moreau", note: null, via: "connect" }]);

      await session.click("button[aria-label='Invite Kwame Mensah to connect']");
      const w2 = await waitWarning();
      assert.match(w2.suggestion, /Kwame/);
      assert.match(w2.suggestion, /Casey Ray/);
      await act("cancel");
      await session.waitFor(() => !document.querySelector("[data-nf-warning]"));
      f = await fixture();
      assert.equal(f.sends.length, 1, "cancel sent nothing");
      assert.deepEqual(f.connects, ["Léa Moreau"], "LinkedIn never saw the cancelled Connect");
      assert.deepEqual(extensionErrors(session), []);
    });

    test("People You May Know: add-note opens LinkedIn's own note dialog for the person, with the note in it", async () => {
      await open(PAGES.pymk);
      await session.click("button[aria-label='Invite Sofia Russo to connect']");
      const w = await waitWarning();
      assert.match(w.suggestion, /Sofia/);
      await act("add-note");
      await session.waitFor(() => location.pathname === "/preload/custom-invite/" && window.__nfFixture, { timeout: 20000, message: "LinkedIn's invite page" });
      const f = await until((r) => r.note, "the note box filled on the invite page", 20000);
      assert.equal(await session.evaluate(() => new URLSearchParams(location.search).get("vanityName")), "sofia-russo");
      assert.deepEqual(f.sends, [], "nothing sent on the way");
      assert.equal(f.note, w.suggestion, "the suggestion the user chose");
      assert.ok(f.noteFocused);
      await session.click("button[aria-label='Send invitation']");
      await session.waitFor(() => window.__nfFixture.sends.length > 0);
      await noWarningFor(300);
      assert.deepEqual((await fixture()).sends, [{ person: "Sofia Russo", note: w.suggestion, via: "send-note" }]);
    });

    test("dark theme: the warning and the helper follow LinkedIn's theme", async () => {
      await open(PAGES.profile, { theme: "dark" });
      await session.click("a[aria-label='Invite Dana Whitfield to connect']");
      await session.click("button[aria-label='Send without a note']");
      const w = await waitWarning();
      assert.equal(w.theme, "dark");
      await act("add-note");
      await session.waitFor(() => document.querySelector("[data-nf-note-helper]")?.dataset.nfTheme === "dark", { message: "a dark helper" });
      assert.equal((await fixture()).sends.length, 0);
    });
  });
}
