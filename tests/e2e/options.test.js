// End-to-end: NoteFirst's options page in Chromium and Firefox with the built
// extension, driven with real clicks and keys: a template edited, the page reloaded,
// the template there (and stored one item per template in storage.sync); inline
// errors for an unknown placeholder and an over-limit note; an import of a malformed
// file that changes nothing and says what is wrong, then a good one; two tabs whose
// edits are merged, not clobbered; settings from a newer version kept read-only; the
// settings reaching LinkedIn pages (weights, features, and the in-page language,
// which follows LinkedIn's); keyboard use; screenshots in light and dark with every
// text passing WCAG AA. Also, without a browser: every language has every message.
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
const LOCALES = path.join(ROOT, "extension/_locales");
const RECEIVED = "https://www.linkedin.com/mynetwork/invitation-manager/received/";
const BROWSERS = (process.env.NF_E2E_BROWSERS || "chromium,firefox").split(",");
const SHOTS = process.env.NF_SCREENSHOTS || path.join(os.tmpdir(), "notefirst-screenshots");

const LANGUAGES = ["en", "fr", "de", "es"];
const messages = Object.fromEntries(LANGUAGES.map((l) => [l, JSON.parse(fs.readFileSync(path.join(LOCALES, l, "messages.json"), "utf8"))]));

describe("translations", () => {
  test("every language has every message, with the same $1..$9", () => {
    const keys = Object.keys(messages.en).sort();
    for (const lang of LANGUAGES.slice(1)) {
      assert.deepEqual(Object.keys(messages[lang]).sort(), keys, `${lang} has exactly the English keys`);
      for (const key of keys) {
        const subs = (m) => [...new Set(m.match(/\$[1-9]/g) || [])].sort();
        assert.deepEqual(subs(messages[lang][key].message), subs(messages.en[key].message), `${lang}.${key} substitutions`);
        assert.ok(messages[lang][key].message.trim(), `${lang}.${key} is not empty`);
      }
    }
  });

  test("every scoring rule, problem code, placeholder and manifest message has its message", () => {
    const score = fs.readFileSync(path.join(ROOT, "src/core/score.rs"), "utf8");
    const rules = [...score.matchAll(/^\s*rule\("([a-z-]+)"/gm)].map((m) => m[1]);
    assert.ok(rules.length >= 10, `rules read from score.rs: ${rules}`);
    for (const id of rules) assert.ok(messages.en[`rule_${id.replaceAll("-", "_")}`], `rule ${id}`);
    const settings = fs.readFileSync(path.join(ROOT, "src/core/settings.rs"), "utf8");
    const codes = [...settings.match(/PROBLEM_CODES: \[&str; \d+\] = \[([^\]]+)\]/)[1].matchAll(/"([a-z-]+)"/g)].map((m) => m[1]);
    for (const code of codes) assert.ok(messages.en[`err_${code.replaceAll("-", "_")}`], `problem ${code}`);
    const template = fs.readFileSync(path.join(ROOT, "src/core/template.rs"), "utf8");
    const names = [...template.matchAll(/Placeholder::\w+ => "([a-z_]+)"/g)].map((m) => m[1]);
    assert.equal(names.length, 13);
    for (const name of names) assert.ok(messages.en[`ph_${name}`], `placeholder ${name}`);
    const manifest = fs.readFileSync(path.join(ROOT, "manifest.json"), "utf8");
    for (const [, key] of manifest.matchAll(/__MSG_(\w+)__/g)) assert.ok(messages.en[key], `manifest ${key}`);
  });
});

const settingsIn = async (session) =>
  session.evaluate(async () => {
    const { loadCore } = await import("/shared/core.js");
    const store = await import("/shared/storage.js");
    return (await loadCore()).settings_read(await store.readRaw());
  });

/** Waits until the stored settings satisfy `check` (run here, on what the page reads). */
async function waitStored(session, check, message, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    last = (await settingsIn(session)).settings;
    if (check(last)) return last;
    if (Date.now() > deadline) throw new Error(`${session.browser}: waited ${timeout} ms for ${message}; stored: ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

const problemsOf = (cardSelector) => {
  const card = document.querySelector(cardSelector);
  return {
    errors: [...card.querySelectorAll(".text-problems li.error")].map((li) => li.textContent),
    warnings: [...card.querySelectorAll(".text-problems li.warning")].map((li) => li.textContent),
    invalid: card.querySelector(".template-text").getAttribute("aria-invalid"),
    describedBy: card.querySelector(".template-text").getAttribute("aria-describedby"),
    counter: card.querySelector(".counter").textContent,
    preview: card.querySelector(".preview-text").textContent,
  };
};

for (const browser of BROWSERS) {
  describe(`options page in ${browser}`, () => {
    let server;
    let session;
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `nf-options-${browser}-`));

    before(async () => {
      server = await startServer();
      session = await pages.launchForPages(browser, { extensionDir: path.join(DIST, browser), server, viewport: { width: 1200, height: 1000 } });
    });
    after(async () => {
      await session?.close();
      await server?.close();
      fs.rmSync(tmp, { recursive: true, force: true });
    });
    beforeEach(async () => {
      server.reset();
      await pages.openPage(session, "options/options.html");
      await pages.storage.clear(session, "sync");
      await pages.storage.clear(session, "local");
      await pages.openPage(session, "options/options.html");
      session.clearConsoleMessages();
    });

    test("a template edited, the page reloaded: it is there, one sync item per template", async () => {
      await pages.typeInto(session, "#me-name", "Sam Okafor");
      await session.click("#add-note");
      await session.type("Conference");
      await session.click("#note-list li .template-text");
      await session.type("Hi {first_name|there}, we met at {shared_org|the meetup}. Glad to stay in touch.");
      const preview = await session.evaluate(() => document.querySelector("#note-list li .preview-text").textContent);
      assert.match(preview, /^Hi \S+, we met at .+\. Glad to stay in touch\.$/, "live preview with sample values");
      const saved = await waitStored(session, (s) => s.noteTemplates.length === 1 && s.noteTemplates[0].text.endsWith("touch.") && s.me.name === "Sam Okafor", "the template saved");
      const id = saved.noteTemplates[0].id;

      const sync = await pages.storage.get(session, "sync");
      assert.deepEqual(sync["nf.settings"].notes, [id], "the index lists the template by id");
      assert.equal(sync[`nf.t.${id}`].label, "Conference", "the template is its own item");
      assert.equal(sync["nf.settings"].me.name, "Sam Okafor");
      for (const [key, value] of Object.entries(sync)) {
        assert.ok(key.length + JSON.stringify(value).length <= 8192, `${key} fits a sync item`);
      }
      const local = await pages.storage.get(session, "local", "nf.settings.local");
      assert.equal(local["nf.settings.local"].pending, false, "the local copy says sync has it");

      await pages.openPage(session, "options/options.html");
      const shown = await session.evaluate(() => ({
        name: document.querySelector("#me-name").value,
        labels: [...document.querySelectorAll("#note-list .template-label")].map((i) => i.value),
        texts: [...document.querySelectorAll("#note-list .template-text")].map((i) => i.value),
      }));
      assert.deepEqual(shown, {
        name: "Sam Okafor",
        labels: ["Conference"],
        texts: ["Hi {first_name|there}, we met at {shared_org|the meetup}. Glad to stay in touch."],
      });
      assert.deepEqual(session.consoleErrors(), []);
    });

    test("an unknown placeholder and an over-limit note get a clear inline error", async () => {
      await session.click('input[name="account"][value="free"]');
      await session.click("#add-note");
      await session.type("Typo");
      await session.click("#note-list li .template-text");
      await session.type("Hi {frist_name}, glad to connect.");
      let p = await session.evaluate(problemsOf, "#note-list li");
      assert.deepEqual(p.errors, ["Unknown placeholder {frist_name} at character 4. Did you mean {first_name}?"]);
      assert.equal(p.invalid, "true");
      assert.ok(p.describedBy.split(" ").some((id) => id.endsWith("-problems")), "the error is tied to the field");

      await pages.typeInto(session, "#note-list li .template-text", `Hi {first_name|}, ${"a".repeat(200)}`);
      p = await session.evaluate(problemsOf, "#note-list li");
      assert.deepEqual(p.errors, ["This note is 204 characters before any placeholder is filled in, and the limit is 200. Shorten it by at least 4."]);
      assert.match(p.counter, /\/ 200/);

      // Premium allows it.
      await session.click('input[name="account"][value="premium"]');
      p = await session.evaluate(problemsOf, "#note-list li");
      assert.deepEqual(p.errors, []);
      assert.equal(p.invalid, null);
      // "Detect" allows it too, with a warning about free accounts.
      await session.click('input[name="account"][value="detect"]');
      p = await session.evaluate(problemsOf, "#note-list li");
      assert.deepEqual(p.errors, []);
      assert.equal(p.warnings.length, 1);
      assert.match(p.warnings[0], /free accounts/);
    });

    test("import: a malformed file changes nothing and says what is wrong; a good one replaces after confirmation", async () => {
      await pages.saveSettings(session, {
        me: { name: "Before Import" },
        noteTemplates: [{ id: "keep-me", label: "Mine", text: "Hi {first_name|there}" }],
      });
      await pages.openPage(session, "options/options.html");
      const snapshot = async () => ({ sync: await pages.storage.get(session, "sync"), local: await pages.storage.get(session, "local") });
      const before = await snapshot();

      const bad = [
        ["not-json.json", '{\n  "format": "notefirst-settings",\n  "settings": { "version": 1, }\n}', /not valid JSON \(line 3, column \d+\)/],
        ["other.json", '{"hello": "world"}', /not a NoteFirst settings file/],
        [
          "typo.json",
          JSON.stringify({ format: "notefirst-settings", settings: { version: 1, noteTemplates: [{ id: "n1", label: "Broken", text: "Hi {frist_name}" }], scoring: { goodAt: 10, spamAt: 50 } } }),
          /Note template 1 \(“Broken”\), text: Unknown placeholder \{frist_name\}/,
        ],
        ["future.json", JSON.stringify({ format: "notefirst-settings", settings: { version: 99 } }), /newer NoteFirst \(settings version 99/],
      ];
      for (const [name, text, expected] of bad) {
        const file = path.join(tmp, name);
        fs.writeFileSync(file, text);
        await pages.chooseFile(session, "#import-file", file);
        const result = await session.waitFor((fileName) => {
          const box = document.querySelector("#import-result [data-import-result]");
          return box && box.textContent.includes(fileName) && { kind: box.dataset.importResult, text: box.textContent, focused: document.activeElement.id };
        }, { args: [name], message: `result for ${name}` });
        assert.equal(result.kind, "refused", name);
        assert.match(result.text, /^Nothing was changed/, name);
        assert.match(result.text, expected, name);
        assert.equal(result.focused, "import-result", "the result is focused, so it is read out");
        assert.deepEqual(await snapshot(), before, `${name}: storage untouched`);
      }
      assert.equal(await session.evaluate(() => document.querySelector("#me-name").value), "Before Import", "the page untouched");

      // A good file: nothing changes until confirmed.
      const good = {
        format: "notefirst-settings",
        settings: {
          version: 1,
          me: { name: "From File", signOff: "Cheers,\nFile" },
          replyTemplates: [{ id: "r-file", label: "From file", text: "Hi {first_name|there}, thanks!", when: ["ask"] }],
        },
        history: [{ name: "Dana", path: "/in/dana/", seen: Date.now() - 3600_000, band: "good", score: 80, note: true }],
      };
      const file = path.join(tmp, "good.json");
      fs.writeFileSync(file, JSON.stringify(good));
      await pages.chooseFile(session, "#import-file", file);
      await session.waitFor(() => document.querySelector('#import-result [data-import-result="ready"]'));
      assert.deepEqual(await snapshot(), before, "not before confirming");
      await session.click("#import-confirm");
      await session.waitFor(() => document.querySelector('#import-result [data-import-result="done"]'), { message: "import done" });
      const after = await settingsIn(session);
      assert.equal(after.settings.me.name, "From File");
      assert.deepEqual(after.settings.noteTemplates, [], "replaced, not mixed");
      assert.equal(after.settings.replyTemplates[0].label, "From file");
      const local = await pages.storage.get(session, "local", "nf.h.in/dana");
      assert.equal(local["nf.h.in/dana"].name, "Dana", "history imported");
      assert.equal(await session.evaluate(() => document.querySelector("#me-name").value), "From File");
    });

    test("two tabs: each one's edits survive the other's", async () => {
      await pages.typeInto(session, "#me-name", "Sam");
      await session.click("#add-note");
      await session.type("A's note");
      await waitStored(session, (s) => s.me.name === "Sam" && s.noteTemplates.length === 1 && s.noteTemplates[0].label === "A's note", "tab A saved");

      const tabB = await pages.openSecondTab(session);
      try {
        await tabB.goto(session.extensionBaseUrl + "options/options.html");
        await pages.waitInTab(tabB, () => document.documentElement.dataset.ready === "true", { message: "tab B ready" });
        // Both tabs edit at once: B the sign-off and a new reply, A its note's text.
        await tabB.type("#me-signoff", "Cheers, Sam");
        await session.click("#note-list li .template-text");
        await session.type("Hi {first_name|there}, from tab A.");
        await tabB.evaluate(() => document.querySelector("#add-reply").click());
        await tabB.type("#reply-list li .template-text", "Hi from tab B");
        await waitStored(
          session,
          (s) => s.me.signOff === "Cheers, Sam" && s.replyTemplates.length === 1 && s.replyTemplates[0].text === "Hi from tab B" && s.noteTemplates[0].text === "Hi {first_name|there}, from tab A." && s.me.name === "Sam",
          "both tabs' edits stored",
        );
        // Tab A shows B's edits without a reload, and B shows A's.
        await session.waitFor(() => document.querySelector("#me-signoff").value === "Cheers, Sam" && document.querySelectorAll("#reply-list li").length === 1, { message: "tab A merged B's edits" });
        await pages.waitInTab(tabB, () => document.querySelector("#note-list .template-text")?.value === "Hi {first_name|there}, from tab A.", { message: "tab B merged A's edit" });
      } finally {
        await tabB.close();
      }
    });

    test("templates too large for sync stay on this device, and the page names them", async () => {
      const long = `Hi {first_name|there}, ${"—".repeat(1900)}`;
      const replyTemplates = Array.from({ length: 50 }, (_, i) => ({ id: `r-${i}`, label: `Long reply ${i + 1}`, text: long, when: [] }));
      await pages.saveSettings(session, { replyTemplates });
      await pages.openPage(session, "options/options.html");
      const notice = await session.evaluate(() => {
        const box = document.querySelector('[data-notice="local-only"]');
        return box && { text: box.textContent, items: [...box.querySelectorAll("li")].map((li) => li.textContent) };
      });
      assert.ok(notice, "a notice says some settings did not fit");
      assert.match(notice.text, /do not all fit in the browser's sync storage/);
      assert.match(notice.text, /kept on this device only \(storage\.local\)/);
      assert.ok(notice.items.length > 0 && notice.items.length < 50, `${notice.items.length} named`);
      assert.equal(notice.items.at(-1), "Reply template “Long reply 50”", "the last ones overflow, by name");

      const sync = await pages.storage.get(session, "sync");
      const bytes = Object.entries(sync).map(([k, v]) => k.length + new TextEncoder().encode(JSON.stringify(v)).length);
      assert.ok(bytes.every((n) => n <= 8192), "every sync item within 8 KB");
      assert.ok(bytes.reduce((a, b) => a + b, 0) <= 102_400, "sync within 100 KB");
      const marked = sync["nf.settings"].replies.filter((id) => id.startsWith("~")).length;
      assert.equal(marked, notice.items.length, "the index marks the same ones as local");
      const shown = await session.evaluate(() => document.querySelectorAll("#reply-list li").length);
      assert.equal(shown, 50, "every template is there");
    });

    test("settings from a newer NoteFirst are shown read-only and never overwritten", async () => {
      const future = { version: 7, saved: 1, me: { name: "Future Me" }, notes: [], replies: [], links: "none", hologram: { on: true } };
      await pages.storage.set(session, "sync", { "nf.settings": future });
      await pages.openPage(session, "options/options.html");
      const state = await session.evaluate(() => ({
        notice: document.querySelector('[data-notice="newer"]')?.textContent ?? null,
        name: document.querySelector("#me-name").value,
        disabled: document.querySelector("#me-name").disabled && document.querySelector("#add-note").disabled,
      }));
      assert.match(state.notice, /newer NoteFirst \(settings version 7\)/);
      assert.equal(state.name, "Future Me");
      assert.ok(state.disabled, "editing is off");
      await new Promise((r) => setTimeout(r, 1500));
      assert.deepEqual((await pages.storage.get(session, "sync"))["nf.settings"], future, "storage untouched");
    });

    test("keyboard only: add, move, duplicate and delete templates, with focus kept", async () => {
      await session.evaluate(() => document.querySelector("#add-reply").focus());
      await session.press("Enter");
      await session.type("First");
      assert.equal(await session.evaluate(() => document.activeElement.classList.contains("template-label")), true, "a new template's name has focus");
      await session.evaluate(() => document.querySelector("#add-reply").focus());
      await session.press("Enter");
      await session.type("Second");
      // Move "Second" up with its own button, from the keyboard.
      await session.evaluate(() => document.querySelectorAll("#reply-list .move-up")[1].focus());
      await session.press("Enter");
      const order = await session.evaluate(() => [...document.querySelectorAll("#reply-list .template-label")].map((i) => i.value));
      assert.deepEqual(order, ["Second", "First"]);
      assert.equal(await session.evaluate(() => document.activeElement.closest("li")?.querySelector(".template-label").value), "Second", "focus moved with the template");
      // Duplicate, then delete with undo.
      await session.evaluate(() => document.querySelectorAll("#reply-list .duplicate")[0].focus());
      await session.press("Enter");
      assert.deepEqual(await session.evaluate(() => [...document.querySelectorAll("#reply-list .template-label")].map((i) => i.value)), ["Second", "Copy of Second", "First"]);
      await session.evaluate(() => document.querySelectorAll("#reply-list .delete")[2].focus());
      await session.press("Enter");
      assert.deepEqual(await session.evaluate(() => [...document.querySelectorAll("#reply-list .template-label")].map((i) => i.value)), ["Second", "Copy of Second"]);
      await session.click("#undo-delete");
      assert.deepEqual(await session.evaluate(() => [...document.querySelectorAll("#reply-list .template-label")].map((i) => i.value)), ["Second", "Copy of Second", "First"]);
      await waitStored(session, (s) => s.replyTemplates.map((t) => t.label).join("|") === "Second|Copy of Second|First", "order saved");
    });

    test("settings reach LinkedIn pages: weights, features, and the page's language", async () => {
      const entry = fixtures.find((f) => f.file === "invitations-ember-2022.html");
      const noNote = entry.cards.find((c) => c.note === null);
      const html = fs.readFileSync(path.join(ROOT, "tests/fixtures/linkedin", entry.file), "utf8");
      const badgeOf = (name) => {
        const card = [...document.querySelectorAll("[data-nf-seen]")].find((c) => c.querySelector(`[aria-label*="${name}"]`));
        const badge = card?.querySelector("[data-nf-badge]");
        return badge && {
          rules: badge.dataset.nfRules.split(",").filter(Boolean),
          word: badge.shadowRoot.querySelector(".word").textContent,
          label: badge.shadowRoot.querySelector(".pill").getAttribute("aria-label"),
          reasons: [...badge.shadowRoot.querySelectorAll("li[data-rule] .reason")].map((r) => r.textContent),
        };
      };
      const visit = async (lang) => {
        server.route("/mynetwork/invitation-manager/received/", { body: html.replace('<html lang="en"', `<html lang="${lang}"`), csp: "strict" });
        await session.goto(RECEIVED);
        await session.waitFor((n) => document.querySelectorAll("[data-nf-badge]").length >= n, { args: [entry.cards.length], timeout: 30_000 });
        return session.evaluate(badgeOf, noNote.full_name);
      };

      let badge = await visit("en");
      assert.ok(badge.rules.includes("no-note"));
      assert.match(badge.word, /^(Good|Ask why|Likely spam)$/);

      // LinkedIn in French: the badge speaks French.
      badge = await visit("fr");
      assert.match(badge.word, /^(Bonne|Demander pourquoi|Spam probable)$/);
      assert.match(badge.label, /^NoteFirst\u00a0: .+, score de \d+ sur 100\. Afficher pourquoi\.$/);
      assert.ok(badge.reasons.includes(messages.fr.rule_no_note.message), `French reasons: ${badge.reasons}`);
      // German, Spanish: likewise.
      assert.match((await visit("de-DE")).word, /^(Gut|Nachfragen|Wahrscheinlich Spam)$/);
      assert.match((await visit("es")).word, /^(Buena|Preguntar por qué|Probable spam)$/);
      // A language NoteFirst does not have: the browser's (English here).
      assert.match((await visit("pt-BR")).word, /^(Good|Ask why|Likely spam)$/);

      // Weight 0 turns a rule off, and the page applies it as soon as it is saved.
      const tabB = await pages.openSecondTab(session);
      try {
        await tabB.goto(session.extensionBaseUrl + "options/options.html");
        await pages.waitInTab(tabB, () => document.documentElement.dataset.ready === "true");
        await tabB.evaluate(async () => {
          const input = document.querySelector('[data-rule-weight="no-note"]');
          input.value = "0";
          input.dispatchEvent(new Event("input", { bubbles: true }));
        });
        await pages.waitInTab(tabB, async () => {
          const all = await (globalThis.browser ?? globalThis.chrome).storage.sync.get("nf.settings");
          return all["nf.settings"]?.scoring?.weights?.["no-note"] === 0;
        }, { message: "weight saved" });
      } finally {
        await tabB.close();
      }
      await session.waitFor((name) => {
        const card = [...document.querySelectorAll("[data-nf-seen]")].find((c) => c.querySelector(`[aria-label*="${name}"]`));
        const rules = card?.querySelector("[data-nf-badge]")?.dataset.nfRules ?? "no-note";
        return !rules.split(",").includes("no-note");
      }, { args: [noNote.full_name], message: "the open page re-scored without no-note" });

      // Everything on received invitations off: no badges at all.
      await pages.openPage(session, "options/options.html");
      await pages.saveSettings(session, { features: { badges: false, replies: false, history: false } });
      server.route("/mynetwork/invitation-manager/received/", { file: entry.file, csp: "strict" });
      await session.goto(RECEIVED);
      await session.waitFor(() => document.documentElement.dataset.nfActive, { message: "core started" });
      await new Promise((r) => setTimeout(r, 1500));
      assert.equal(await session.evaluate(() => document.querySelectorAll("[data-nf-badge]").length), 0);
      assert.deepEqual(pages.offsiteRequests(server).filter((r) => !/media\.licdn\.com/.test(r.host)), [], "nothing leaves the machine");
    });

    test("screenshots in light and dark; every text passes WCAG AA", async () => {
      fs.mkdirSync(SHOTS, { recursive: true });
      await pages.saveSettings(session, {
        me: { name: "Sam Okafor", signOff: "Best regards,\nSam" },
        links: [{ label: "Blog", url: "https://example.org/blog" }],
        noteTemplates: [
          { id: "n-conf", label: "Conference", text: "Hi {first_name|there}, we met at {shared_org|the meetup}. I'd be glad to stay in touch. {sign_off}" },
          { id: "n-typo", label: "Typo", text: "Hi {frist_name}, I saw your post about {company and liked it." },
        ],
        replyTemplates: [{ id: "r-why", label: "Ask for context", text: "Hi {first_name|there},\n\nThank you for the invitation. Would you tell me why you wanted to connect?\n\n{sign_off}", when: ["ask", "no-note"] }],
      });
      await pages.openPage(session, "options/options.html");
      const shoot = async (scheme) => {
        await session.screenshot(path.join(SHOTS, `options-${browser}-${scheme}.png`));
        assert.deepEqual(await pages.contrastFailures(session), [], `${scheme}: contrast`);
      };
      if (await pages.setColorScheme(session, "light")) {
        await shoot("light");
        await pages.setColorScheme(session, "dark");
        await shoot("dark");
        await pages.setColorScheme(session, "light");
      } else {
        await shoot("light");
      }
      assert.deepEqual(session.consoleErrors(), []);
    });
  });
}
