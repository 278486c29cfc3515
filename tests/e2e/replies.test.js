// End-to-end: the reply suggestion beside each received invitation, in Chromium and
// Firefox. The suggestion fits the case (a stranger with no note is asked why; a
// note with context is welcomed), cycles through alternatives, is copied to the
// clipboard, and is inserted into LinkedIn's message box so that LinkedIn's own code
// registers it (its Send enables). Nothing is ever sent by NoteFirst.
"use strict";

const { describe, test, before, after, beforeEach } = require("node:test");
const assert = require("node:assert/strict");
const path = require("node:path");
const { startServer } = require("./harness/server");
const pages = require("./harness/extension-pages");

const DIST = path.resolve(__dirname, "../../dist");
const RECEIVED = "https://www.linkedin.com/mynetwork/invitation-manager/received/";
const BROWSERS = (process.env.NF_E2E_BROWSERS || "chromium,firefox").split(",");

// The reply widget of the card whose Accept label names `name`, as the user sees it.
function replyState(name) {
  const card = [...document.querySelectorAll("[data-nf-seen]")].find((c) =>
    c.querySelector(`[aria-label*="${name}"]`),
  );
  const widget = card && card.querySelector("[data-nf-reply]");
  if (!widget) return null;
  const root = widget.shadowRoot;
  return {
    template: widget.dataset.nfTemplate,
    index: Number(widget.dataset.nfIndex),
    which: root.querySelector(".which").textContent,
    text: root.querySelector("textarea").value,
    status: root.querySelector(".status").textContent,
  };
}

const replyButton = (name, action) => [
  `[data-nf-seen]:has([aria-label*="${name}"]) [data-nf-reply]`,
  `button[data-nf-action="${action}"]`,
];

for (const browser of BROWSERS) {
  describe(`reply suggestions in ${browser}`, () => {
    let server;
    let session;

    before(async () => {
      server = await startServer();
      session = await pages.launchForPages(browser, { extensionDir: path.join(DIST, browser), server });
    });
    after(async () => {
      await session?.close();
      await server?.close();
    });
    beforeEach(async () => {
      server.reset();
      server.route("/mynetwork/invitation-manager/received/", { file: "invitations-composer.html", csp: "strict" });
      await session.goto(RECEIVED);
      await session.waitFor(() => document.querySelectorAll("[data-nf-reply]").length === 2, { message: "two reply widgets" });
    });

    test("the first suggestion fits the case, filled from the card", async () => {
      // No photo, no note, no mutual connection: the practice NoteFirst follows is a
      // polite letdown that leaves a door open (strangers with a photo are asked why).
      const stranger = await session.evaluate(replyState, "Rhea Calloway");
      assert.equal(stranger.template, "polite-no");
      assert.match(stranger.text, /^Hi Rhea,/);
      assert.doesNotMatch(stranger.text, /[{}]/, "no placeholder left");
      const known = await session.evaluate(replyState, "Jonas Ekdahl");
      assert.equal(known.template, "welcome", "a note with context is welcomed");
      assert.match(known.text, /^Hi Jonas,/);
    });

    test("Next cycles through the alternatives and wraps around", async () => {
      const first = await session.evaluate(replyState, "Rhea Calloway");
      const total = Number(first.which.match(/of (\d+)\)/)[1]);
      assert.ok(total >= 6, `at least 6 templates to choose from, got ${total}`);
      const seen = new Set([first.template]);
      for (let i = 1; i < total; i += 1) {
        await session.click(replyButton("Rhea Calloway", "next-reply"));
        seen.add((await session.evaluate(replyState, "Rhea Calloway")).template);
      }
      assert.equal(seen.size, total, "every alternative shown once");
      await session.click(replyButton("Rhea Calloway", "next-reply"));
      assert.equal((await session.evaluate(replyState, "Rhea Calloway")).template, first.template, "wraps around");
    });

    test("Insert asks for LinkedIn's reply box, then fills it so Send enables; nothing is sent", async () => {
      await session.click(replyButton("Jonas Ekdahl", "insert-reply"));
      const hint = await session.evaluate(replyState, "Jonas Ekdahl");
      assert.match(hint.status, /Reply to Jonas/, "says where LinkedIn's reply box is");
      await session.click(".invitation-card__custom-message-line-cta");
      await session.waitFor(() => document.querySelector(".msg-form__contenteditable"));
      await session.click(replyButton("Jonas Ekdahl", "insert-reply"));
      const after = await session.evaluate(() => ({
        text: document.querySelector(".msg-form__contenteditable").innerText,
        sendDisabled: document.querySelector(".msg-form__send-button").disabled,
        fixture: window.__nfFixture,
      }));
      const reply = (await session.evaluate(replyState, "Jonas Ekdahl")).text;
      // A rich-text box renders paragraphs as blocks: compare the words, not the breaks.
      const words = (t) => t.replace(/\s+/g, " ").trim();
      assert.equal(words(after.text), words(reply), "the composer holds the reply");
      assert.equal(after.sendDisabled, false, "LinkedIn's code registered the input: Send is enabled");
      assert.ok(after.fixture.inputs > 0);
      assert.deepEqual(after.fixture.sends, [], "NoteFirst sent nothing");
      assert.deepEqual(after.fixture.accepts, []);
    });

    test("Copy puts the (edited) reply on the clipboard", async () => {
      await session.click(replyButton("Rhea Calloway", "edit-reply"));
      await session.press("End");
      await session.type(" Thanks!");
      const edited = (await session.evaluate(replyState, "Rhea Calloway")).text;
      assert.match(edited, / Thanks!$/);
      await session.click(replyButton("Rhea Calloway", "copy-reply"));
      const status = (await session.evaluate(replyState, "Rhea Calloway")).status;
      assert.match(status, /^Copied/);
      // Paste where the user would: proves what the clipboard holds, in both browsers.
      await session.click("#paste-target");
      await session.press("Control+V");
      await session.waitFor(() => document.querySelector("#paste-target").value.length > 0, { message: "pasted text" });
      const pasted = await session.evaluate(() => document.querySelector("#paste-target").value);
      assert.equal(pasted, edited);
    });

    test("the user's own reply template comes first where it suits; with replies off, badges stay", async () => {
      const mine = {
        id: "r-mine",
        label: "My stranger reply",
        text: "Hello {first_name|there}, thanks for the invitation. What made you think of me?\n\n{sign_off}",
        when: ["no-note"],
      };
      try {
        await pages.openPage(session, "options/options.html");
        await pages.saveSettings(session, { me: { name: "Sam Okafor", signOff: "Best,\nSam" }, replyTemplates: [mine] });
        await session.goto(RECEIVED);
        await session.waitFor(() => document.querySelectorAll("[data-nf-reply]").length === 2, { message: "two reply widgets" });
        const stranger = await session.evaluate(replyState, "Rhea Calloway");
        assert.equal(stranger.template, "r-mine", "the user's template suits a card with no note");
        assert.equal(stranger.text, "Hello Rhea, thanks for the invitation. What made you think of me?\n\nBest,\nSam");
        assert.match(stranger.which, /My stranger reply/);
        const known = await session.evaluate(replyState, "Jonas Ekdahl");
        assert.notEqual(known.template, "r-mine", "not offered first where it does not suit");

        await pages.openPage(session, "options/options.html");
        await pages.saveSettings(session, { features: { replies: false } });
        await session.goto(RECEIVED);
        await session.waitFor(() => document.querySelectorAll("[data-nf-badge]").length === 2, { message: "two badges" });
        await new Promise((r) => setTimeout(r, 1000));
        assert.equal(await session.evaluate(() => document.querySelectorAll("[data-nf-reply]").length), 0, "no reply widget");
      } finally {
        await pages.openPage(session, "options/options.html");
        await pages.saveSettings(session, { replyTemplates: [], features: { replies: true } });
      }
    });
  });
}
