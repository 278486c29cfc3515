// End-to-end: one failing card must not stop the others. Runs the `fault-injection`
// build (dist/test-fault/, made by ./build.sh test), whose core panics on Fay
// Ultman's card, in Chromium and Firefox, with WebAssembly and with the JavaScript
// flavour. The panic is logged once with the feature's name, the page sees no error,
// the failing card gets nothing (no half-built widget), the cards before and after it
// get their badges, and a fresh core instance keeps working on cards added later.
"use strict";

const { describe, test, before, after, beforeEach } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");
const { startServer } = require("./harness/server");
const { launch } = require("./harness/browsers");

const FAULT_DIST = path.resolve(__dirname, "../../dist/test-fault");
const RECEIVED = "https://www.linkedin.com/mynetwork/invitation-manager/received/";
const BROWSERS = (process.env.NF_E2E_BROWSERS || "chromium,firefox").split(",");

function cardState() {
  const byName = {};
  for (const card of document.querySelectorAll("[role='listitem']")) {
    const name = [...card.querySelectorAll("a[href^='/in/']")].map((a) => a.textContent.trim()).find(Boolean);
    byName[name] = {
      badges: card.querySelectorAll("[data-nf-badge]").length,
      widgets: card.querySelectorAll("nf-card-ui").length,
      seen: card.getAttribute("data-nf-seen"),
    };
  }
  return { cards: byName, pageErrors: window.__nfFixture.pageErrors };
}

function addCard(name, slug) {
  const list = document.querySelector("[data-testid='lazy-column']");
  const row = document.createElement("div");
  row.setAttribute("role", "listitem");
  const link = document.createElement("a");
  link.href = `/in/${slug}/`;
  link.textContent = name;
  const line = document.createElement("p");
  line.textContent = `${name} is inviting you to connect`;
  const headline = document.createElement("p");
  headline.textContent = "Engineer at Harbourline";
  const buttons = document.createElement("div");
  for (const [label, text] of [[`Ignore an invitation to connect from ${name}`, "Ignore"], [`Accept ${name}’s invitation`, "Accept"]]) {
    const button = document.createElement("button");
    button.setAttribute("aria-label", label);
    button.textContent = text;
    buttons.append(button);
  }
  row.append(link, line, headline, buttons);
  list.append(row);
}

for (const browser of BROWSERS) {
  describe(`one failing card in ${browser}`, () => {
    let server;
    let session;

    before(async () => {
      assert.ok(fs.existsSync(path.join(FAULT_DIST, browser, "manifest.json")), "dist/test-fault is built by ./build.sh test");
      server = await startServer();
      session = await launch(browser, { extensionDir: path.join(FAULT_DIST, browser), server });
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
      test(`${csp} CSP: the others are badged, the page sees nothing, later cards still work`, async () => {
        server.route("/mynetwork/invitation-manager/received/", { file: "invitations-fault.html", csp });
        await session.goto(RECEIVED);
        await session.waitFor(
          () => document.querySelectorAll("[data-nf-badge]").length >= 2,
          { timeout: 20000, message: "the two healthy cards badged" },
        );
        const state = await session.evaluate(cardState);
        assert.equal(state.cards["Ada Quill"].badges, 1, "the card before the failing one");
        assert.equal(state.cards["Ben Ortiz"].badges, 1, "the card after the failing one");
        assert.equal(state.cards["Fay Ultman"].badges, 0);
        assert.equal(state.cards["Fay Ultman"].widgets, 0, "no half-built widget on the failing card");
        assert.match(state.cards["Fay Ultman"].seen, /:pending$/, "the failing card stays marked, not retried");
        assert.deepEqual(state.pageErrors, [], "no error of NoteFirst's reaches the page");

        // A fresh instance serves what comes next.
        await session.evaluate(addCard, "Gil Marsh", "gil-marsh");
        await session.waitFor(() => document.querySelectorAll("[data-nf-badge]").length >= 3, {
          timeout: 15000,
          message: "a card added after the failure badged",
        });
        const after = await session.evaluate(cardState);
        assert.equal(after.cards["Gil Marsh"].badges, 1);
        assert.equal(after.cards["Fay Ultman"].badges, 0);
        assert.deepEqual(after.pageErrors, []);

        const logs = session.consoleMessages().map((m) => m.text ?? String(m)).filter((t) => /NoteFirst/.test(t));
        assert.ok(logs.some((t) => /received-invitations/.test(t)), `the panic is logged with the feature's name: ${JSON.stringify(logs)}`);
        const panics = logs.filter((t) => /received-invitations/.test(t));
        assert.equal(panics.length, 1, `logged once: ${JSON.stringify(panics)}`);
      });
    }
  });
}
