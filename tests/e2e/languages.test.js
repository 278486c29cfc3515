// End-to-end: the in-page UI speaks the page's language. On a French LinkedIn
// profile the warning before a blank invitation and the note helper are French (on a
// Spanish one, the quota warning is Spanish); on a German invitation manager the
// badges and the reply widget are German; on English pages they stay English; on a
// page in a language NoteFirst does not have (Portuguese) the browser's language is
// used. Texts are compared with the extension's
// own _locales, so a missing or wrong translation fails here. Screenshots of the
// French warning and the German reply widget go to $NF_SCREENSHOTS (or the temp
// directory), and the tests check that no label overflows its button or panel.
//
// Before the browsers: every in-page string in src/ui and src/features is looked up
// with a key whose English message is the same text as the built-in fallback.
"use strict";

const { describe, test, before, after, beforeEach } = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { startServer } = require("./harness/server");
const { launch } = require("./harness/browsers");

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const BROWSERS = (process.env.NF_E2E_BROWSERS || "chromium,firefox").split(",");
const SHOTS = process.env.NF_SCREENSHOTS || path.join(os.tmpdir(), "notefirst-screenshots");
const ORIGIN = "https://www.linkedin.com";
const RECEIVED = `${ORIGIN}/mynetwork/invitation-manager/received/`;

const LANGUAGES = ["en", "fr", "de", "es"];
const messages = Object.fromEntries(
  LANGUAGES.map((l) => [l, JSON.parse(fs.readFileSync(path.join(ROOT, "extension/_locales", l, "messages.json"), "utf8"))]),
);
/** The message `key` in `lang` with $1.. filled, as src/app.rs text_with does. */
function msg(lang, key, ...args) {
  const m = messages[lang][key];
  assert.ok(m, `${lang}.${key} exists`);
  return m.message.replace(/\$([1-9])/g, (_, d) => args[Number(d) - 1] ?? "");
}

const PAGES = {
  profileFr: { file: "profile-sdui-2026-fr.html", path: "/in/aurelie-vasseur-5e2f/" },
  profileEn: { file: "profile-sdui-2026.html", path: "/in/dana-whitfield-4b1a/" },
  profilePt: { file: "profile-ember-pt.html", path: "/in/thiago-prado/" },
  profileEs: { file: "profile-upsell-es.html", path: "/in/lucia-ferrer/" },
  preload: { file: "invite-preload-2026.html", path: "/preload/custom-invite/" },
};

// ------------------------------------------------------------------ the sources (no browser)

describe("in-page strings", () => {
  const files = ["src/ui", "src/features"].flatMap((dir) =>
    fs
      .readdirSync(path.join(ROOT, dir))
      .filter((f) => f.endsWith(".rs"))
      .map((f) => path.join(ROOT, dir, f)),
  );
  const lit = String.raw`"((?:[^"\\]|\\.)*)"`;
  const unquote = (s) => JSON.parse(`"${s}"`);

  test("every app::text key has its English message, equal to the built-in fallback", () => {
    const call = new RegExp(String.raw`\btext(?:_with)?\(\s*${lit},\s*${lit}`, "g");
    const named = new RegExp(String.raw`\bwhy_text\(\s*spec,\s*${lit},\s*${lit},\s*${lit}`, "g");
    let seen = 0;
    for (const file of files) {
      const source = fs.readFileSync(file, "utf8");
      const pairs = [];
      for (const m of source.matchAll(call)) pairs.push([m[1], m[2]]);
      for (const m of source.matchAll(named)) pairs.push([m[1], m[2]], [`${m[1]}_anon`, m[3]]);
      for (const [key, english] of pairs) {
        seen += 1;
        assert.ok(messages.en[key], `${path.relative(ROOT, file)}: "${key}" is in en/messages.json`);
        assert.equal(messages.en[key].message, unquote(english), `${key}: the English message is the fallback`);
        for (const lang of LANGUAGES) assert.ok(messages[lang][key]?.message.trim(), `${lang}.${key}`);
      }
    }
    assert.ok(seen >= 50, `in-page strings found: ${seen}`);
  });

  test("the note helper's quality words (keys built from their ids) are translated", () => {
    const source = fs.readFileSync(path.join(ROOT, "src/ui/note_helper.rs"), "utf8");
    const fn = source.slice(source.indexOf("pub fn quality("), source.indexOf("/// Re-renders"));
    const words = [...fn.matchAll(new RegExp(String.raw`\(\d, "([a-z]+)", ${lit}\)`, "g"))].map((m) => [m[1], unquote(m[2])]);
    assert.equal(words.length, 6, JSON.stringify(words));
    for (const [id, english] of words) {
      assert.equal(messages.en[`helper_quality_${id}`]?.message, english, id);
      for (const lang of LANGUAGES) assert.ok(messages[lang][`helper_quality_${id}`]?.message.trim(), `${lang} ${id}`);
    }
  });
});

// ------------------------------------------------------------------ page-side readers (run in the page)

function readWarning() {
  const host = document.querySelector("[data-nf-warning]");
  if (!host) return null;
  const root = host.shadowRoot;
  const text = (sel) => (root.querySelector(sel) || {}).textContent || null;
  return {
    mode: host.dataset.nfMode,
    limit: Number(host.dataset.nfLimit),
    title: text("h2"),
    why: text(".why"),
    which: text(".which"),
    count: text(".count"),
    groupLabel: (root.querySelector(".actions[role='group']") || { getAttribute: () => null }).getAttribute("aria-label"),
    buttons: [...root.querySelectorAll("button[data-nf-action]")].map((b) => [b.dataset.nfAction, b.textContent]),
    suggestion: text("[data-nf-suggestion]"),
  };
}

function readHelper() {
  const host = document.querySelector("[data-nf-note-helper]");
  if (!host) return null;
  const root = host.shadowRoot;
  return {
    label: root.querySelector("section").getAttribute("aria-label"),
    heading: (root.querySelector("h3") || {}).textContent || null,
    uses: [...root.querySelectorAll("button .use")].map((u) => u.textContent),
    quality: host.dataset.nfQuality,
    word: root.querySelector(".quality").textContent,
    meter: root.querySelector(".meter").getAttribute("aria-label"),
    level: root.querySelector(".meter").dataset.level,
    checks: [...root.querySelectorAll("li[data-check] > span:not(.mark)")].map((s) => s.textContent),
  };
}

// The badge and reply widget of the card whose Accept/Ignore labels name `name`.
function readCard(name) {
  const card = [...document.querySelectorAll("[data-nf-seen]")].find((c) => c.querySelector(`[aria-label*="${name}"]`));
  if (!card) return null;
  const badge = card.querySelector("[data-nf-badge]");
  const widget = card.querySelector("[data-nf-reply]");
  const b = badge && badge.shadowRoot;
  const r = widget && widget.shadowRoot;
  return {
    band: badge ? badge.dataset.nfBand : null,
    score: badge ? badge.dataset.nfScore : null,
    word: b ? b.querySelector(".word").textContent : null,
    pillLabel: b ? b.querySelector("button").getAttribute("aria-label") : null,
    panelLabel: b ? b.querySelector("[role='region']").getAttribute("aria-label") : null,
    foot: b ? b.querySelector(".foot").textContent : null,
    replyLabel: r ? r.querySelector(".box").getAttribute("aria-label") : null,
    title: r ? r.querySelector(".title").firstChild.textContent : null,
    which: r ? r.querySelector(".which").textContent : null,
    buttons: r ? [...r.querySelectorAll("button[data-nf-action]")].map((x) => [x.dataset.nfAction, x.textContent]) : [],
    nextLabel: r ? r.querySelector("[data-nf-action='next-reply']").getAttribute("aria-label") : null,
    areaLabel: r ? r.querySelector("textarea").getAttribute("aria-label") : null,
    status: r ? r.querySelector(".status").textContent : null,
  };
}

// Labels cut off or spilling out: a button whose text is wider than the button, a
// button poking out of its panel, or a panel wider than the dialog or card it sits in.
function overflows(hostSelector, panelSelector, containerSelector) {
  const host = document.querySelector(hostSelector);
  if (!host) return ["no host"];
  const root = host.shadowRoot;
  const panel = root.querySelector(panelSelector);
  const p = panel.getBoundingClientRect();
  const problems = [];
  for (const b of root.querySelectorAll("button")) {
    const r = b.getBoundingClientRect();
    if (b.scrollWidth > b.clientWidth + 1) problems.push(`"${b.textContent}" is wider than its button`);
    if (r.left < p.left - 1 || r.right > p.right + 1) problems.push(`"${b.textContent}" pokes out of the panel`);
  }
  if (panel.scrollWidth > panel.clientWidth + 1) problems.push("the panel scrolls sideways");
  const container = host.closest(containerSelector);
  if (container) {
    const c = container.getBoundingClientRect();
    if (p.left < c.left - 1 || p.right > c.right + 1) problems.push("the panel is wider than its container");
  }
  return problems;
}

for (const browser of BROWSERS) {
  describe(`the in-page UI's language in ${browser}`, () => {
    let server;
    let session;

    before(async () => {
      fs.mkdirSync(SHOTS, { recursive: true });
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

    async function openProfile(page) {
      server.route(page.path, { file: page.file, csp: "strict" });
      server.route(PAGES.preload.path, { file: PAGES.preload.file, csp: "strict" });
      await session.goto(ORIGIN + page.path);
      await session.waitFor(() => document.documentElement.dataset.nfActive && window.__nfFixture, {
        timeout: 20000,
        message: "NoteFirst's core running on the page",
      });
    }
    async function openReceived(file) {
      server.route("/mynetwork/invitation-manager/received/", { file, csp: "strict" });
      await session.goto(RECEIVED);
      await session.waitFor(() => document.querySelectorAll("[data-nf-reply]").length === 2 && document.querySelectorAll("[data-nf-badge]").length === 2, {
        timeout: 20000,
        message: "two badges and two reply widgets",
      });
    }
    const warning = () => session.waitFor(readWarning, { message: "the warning" });
    const extensionErrors = () =>
      session.consoleErrors().filter((m) => !/favicon\.ico|ERR_NAME_NOT_RESOLVED|media\.licdn\.com|net::ERR_/.test(`${m.text ?? m} ${m.url ?? ""}`));

    test("a French profile: the warning and the note helper are in French, and fit", async () => {
      await openProfile(PAGES.profileFr);
      await session.click("a[aria-label='Inviter Aurélie Vasseur à rejoindre votre réseau']");
      await session.waitFor(() => document.querySelector("#send-invite-modal"), { message: "LinkedIn's dialog" });
      await session.click("button[aria-label='Envoyer sans note']");
      const w = await warning();
      assert.equal(w.mode, "normal");
      assert.equal(w.title, msg("fr", "warning_title_no_note"));
      assert.equal(w.title, "Envoyer sans note\u00a0?");
      assert.equal(w.why, msg("fr", "warning_why_no_note", "Aurélie"));
      assert.match(w.why, /^Beaucoup de gens ignorent .* comment vous avez trouvé Aurélie /);
      assert.deepEqual(w.buttons, [
        ["add-note", "Ajouter cette note"],
        ["next-suggestion", "Autre suggestion"],
        ["send-anyway", "Envoyer sans note"],
        ["cancel", "Annuler"],
      ]);
      assert.equal(w.groupLabel, "La note");
      assert.equal(w.which, "Note suggérée 1 sur 3");
      assert.match(w.count, /^\d+\/200 caractères$/);
      assert.match(w.suggestion, /^Bonjour Aurélie/, "the note itself is French too (the core's)");
      assert.deepEqual(await session.evaluate(overflows, "[data-nf-warning]", ".panel", "[role='dialog']"), []);
      await session.screenshot(path.join(SHOTS, `languages-warning-fr-${browser}.png`));

      await session.click(["[data-nf-warning]", "[data-nf-action='next-suggestion']"]);
      assert.equal((await session.evaluate(readWarning)).which, "Note suggérée 2 sur 3");

      await session.click(["[data-nf-warning]", "[data-nf-action='add-note']"]);
      const h = await session.waitFor(readHelper, { message: "the note helper" });
      assert.equal(h.label, "NoteFirst\u00a0: votre note");
      assert.equal(h.word, msg("fr", `helper_quality_${h.quality}`), JSON.stringify(h));
      assert.equal(h.meter, `Qualité de la note\u00a0: ${h.level} sur 3`);
      assert.deepEqual(h.checks, ["Dit comment vous connaissez ou avez trouvé la personne", "Dit pourquoi vous souhaitez vous connecter"]);
      if (h.heading !== null) {
        assert.equal(h.heading, "Suggestions (cliquez pour utiliser)");
        assert.ok(h.uses.length > 0 && h.uses.every((u) => u === "Utiliser cette note"), JSON.stringify(h.uses));
      }
      await session.screenshot(path.join(SHOTS, `languages-helper-fr-${browser}.png`));
      // The user empties the box: the helper says so in French.
      await session.evaluate(() => {
        const box = document.querySelector("#custom-message");
        box.value = "";
        box.dispatchEvent(new Event("input", { bubbles: true }));
      });
      const empty = await session.waitFor(() => {
        const host = document.querySelector("[data-nf-note-helper]");
        return host && host.dataset.nfQuality === "empty" && host.shadowRoot.querySelector(".quality").textContent;
      });
      assert.equal(empty, "Pas encore de note");
      assert.deepEqual((await session.evaluate(() => window.__nfFixture.sends)), [], "nothing was sent");
      assert.deepEqual(extensionErrors(), []);
    });

    test("an English profile: the warning stays English", async () => {
      await openProfile(PAGES.profileEn);
      await session.click("a[aria-label='Invite Dana Whitfield to connect']");
      await session.waitFor(() => document.querySelector("#send-invite-modal"), { message: "LinkedIn's dialog" });
      await session.click("button[aria-label='Send without a note']");
      const w = await warning();
      assert.equal(w.title, "Send without a note?");
      assert.match(w.why, /^Many people ignore invitations .* how you found Dana /);
      assert.deepEqual(w.buttons, [
        ["add-note", "Add this note"],
        ["next-suggestion", "Another suggestion"],
        ["send-anyway", "Send without a note"],
        ["cancel", "Cancel"],
      ]);
      assert.equal(w.which, "Suggested note 1 of 3");
      assert.match(w.count, /^\d+\/200 characters$/);
      await session.click(["[data-nf-warning]", "[data-nf-action='cancel']"]);
      assert.deepEqual((await session.evaluate(() => window.__nfFixture.sends)), []);
    });

    test("a Spanish profile out of notes: the quota warning and its copy status are in Spanish", async () => {
      await openProfile(PAGES.profileEs);
      await session.click("a[aria-label='Invitar a Lucía Ferrer a conectar']");
      await session.click("button[aria-label='Añadir una nota']");
      await session.waitFor(() => document.querySelector("#modal-upsell-header"), { message: "LinkedIn's upsell" });
      await session.click("button[aria-label='Enviar sin nota']");
      const w = await warning();
      assert.equal(w.mode, "quota");
      assert.equal(w.title, "No le quedan notas este mes");
      assert.equal(w.why, msg("es", "warning_why_out_of_notes", "Lucía"));
      assert.deepEqual(w.buttons, [
        ["copy-note", "Copiar nota"],
        ["next-suggestion", "Otra sugerencia"],
        ["send-anyway", "Enviar sin nota"],
        ["cancel", "Cancelar"],
      ]);
      assert.equal(w.which, "Nota sugerida 1 de 3");
      assert.deepEqual(await session.evaluate(overflows, "[data-nf-warning]", ".panel", "[role='dialog']"), []);
      await session.click(["[data-nf-warning]", "[data-nf-action='copy-note']"]);
      const status = await session.evaluate(() => document.querySelector("[data-nf-warning]").shadowRoot.querySelector("[role='status']").textContent);
      assert.ok([msg("es", "warning_copied"), msg("es", "warning_copy_failed")].includes(status), status);
      await session.click(["[data-nf-warning]", "[data-nf-action='cancel']"]);
      assert.deepEqual(await session.evaluate(() => window.__nfFixture.sends), []);
    });

    test("a Portuguese profile (a language NoteFirst lacks): the browser's language", async () => {
      const uiLang = await session.evaluate(() => navigator.language);
      const base = String(uiLang).split(/[-_]/)[0].toLowerCase();
      const lang = LANGUAGES.includes(base) ? base : "en";
      await openProfile(PAGES.profilePt);
      await session.click("button[aria-label='Mais ações']");
      await session.click("[aria-label='Convidar Thiago Prado para se conectar']");
      await session.waitFor(() => document.querySelector("#send-invite-modal"));
      await session.click("button[aria-label='Enviar sem nota']");
      const w = await warning();
      assert.equal(w.mode, "quota");
      assert.equal(w.title, msg(lang, "warning_title_notes_left", "3"), `browser language ${uiLang}`);
      assert.equal(w.why, msg(lang, "warning_why_save_notes", "Thiago"));
      assert.deepEqual(
        w.buttons.map(([, label]) => label),
        [msg(lang, "warning_copy_note"), msg(lang, "warning_add_note"), msg(lang, "warning_another"), msg(lang, "warning_send_without_note"), msg(lang, "warning_cancel")],
      );
      await session.click(["[data-nf-warning]", "[data-nf-action='cancel']"]);
    });

    test("a German invitation manager: badges and the reply widget are in German, and fit", async () => {
      await openReceived("invitations-composer-de.html");
      const jonas = await session.evaluate(readCard, "Jonas Ekdahl");
      assert.ok(jonas, "Jonas's card was read");
      assert.equal(jonas.word, msg("de", `band_${jonas.band}`));
      assert.equal(jonas.pillLabel, msg("de", "badge_label", msg("de", `band_${jonas.band}`), jonas.score));
      assert.equal(jonas.panelLabel, msg("de", "badge_panel_label"));
      assert.equal(jonas.foot, msg("de", "badge_foot"));
      const rhea = await session.evaluate(readCard, "Rhea Calloway");
      assert.equal(rhea.word, msg("de", `band_${rhea.band}`));
      assert.notEqual(rhea.word, messages.en[`band_${rhea.band}`].message, "not the English word");

      assert.equal(jonas.replyLabel, "NoteFirst: Antwortvorschlag");
      assert.equal(jonas.title, "Antwort: ");
      assert.match(jonas.which, /^.+ \(1 von \d+\)$/);
      assert.deepEqual(jonas.buttons, [
        ["next-reply", "Nächste"],
        ["edit-reply", "Bearbeiten"],
        ["copy-reply", "Kopieren"],
        ["insert-reply", "Einfügen"],
      ]);
      assert.match(jonas.nextLabel, /^Nächster Vorschlag: ./);
      assert.equal(jonas.areaLabel, msg("de", "reply_text_label"));
      assert.deepEqual(await session.evaluate(overflows, "[data-nf-seen]:has([aria-label*='Jonas Ekdahl']) [data-nf-reply]", ".box", "[data-nf-seen]"), []);

      // Insert before LinkedIn's box is open: the hint quotes LinkedIn's own German label.
      await session.click(["[data-nf-seen]:has([aria-label*='Jonas Ekdahl']) [data-nf-reply]", "button[data-nf-action='insert-reply']"]);
      const hint = (await session.evaluate(readCard, "Jonas Ekdahl")).status;
      assert.equal(hint, "Öffnen Sie zuerst das Antwortfeld von LinkedIn („Jonas antworten“) und klicken Sie dann auf Einfügen.");
      // Edit turns into Done (Fertig) while the text is open.
      await session.click(["[data-nf-seen]:has([aria-label*='Jonas Ekdahl']) [data-nf-reply]", "button[data-nf-action='edit-reply']"]);
      const editing = await session.evaluate(readCard, "Jonas Ekdahl");
      assert.deepEqual(editing.buttons[1], ["edit-reply", "Fertig"]);
      assert.deepEqual(await session.evaluate(overflows, "[data-nf-seen]:has([aria-label*='Jonas Ekdahl']) [data-nf-reply]", ".box", "[data-nf-seen]"), []);
      await session.screenshot(path.join(SHOTS, `languages-reply-de-${browser}.png`));
      // Next: the position in German.
      await session.click(["[data-nf-seen]:has([aria-label*='Rhea Calloway']) [data-nf-reply]", "button[data-nf-action='next-reply']"]);
      assert.match((await session.evaluate(readCard, "Rhea Calloway")).which, /^.+ \(2 von \d+\)$/);
      assert.deepEqual(await session.evaluate(() => window.__nfFixture.sends), [], "nothing was sent");
      assert.deepEqual(extensionErrors(), []);
    });

    test("an English invitation manager: badges and the reply widget stay English", async () => {
      await openReceived("invitations-composer.html");
      const jonas = await session.evaluate(readCard, "Jonas Ekdahl");
      assert.equal(jonas.word, messages.en[`band_${jonas.band}`].message);
      assert.equal(jonas.foot, messages.en.badge_foot.message);
      assert.equal(jonas.title, "Reply: ");
      assert.match(jonas.which, /^.+ \(1 of \d+\)$/);
      assert.deepEqual(jonas.buttons, [
        ["next-reply", "Next"],
        ["edit-reply", "Edit"],
        ["copy-reply", "Copy"],
        ["insert-reply", "Insert"],
      ]);
      await session.click(["[data-nf-seen]:has([aria-label*='Jonas Ekdahl']) [data-nf-reply]", "button[data-nf-action='insert-reply']"]);
      assert.equal((await session.evaluate(readCard, "Jonas Ekdahl")).status, "Open LinkedIn's reply box first (“Reply to Jonas”), then press Insert.");
    });
  });
}
