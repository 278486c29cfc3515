// End-to-end: nothing leaks, nothing runs, nothing breaks (issue 7), in Chromium and
// Firefox with the built extension (dist/). See SECURITY.md for the threat model these
// tests stand behind.
//
// - The built manifests ask for `storage` and https://www.linkedin.com/* only, run only
//   there, expose only what the loader needs, and keep a strict extension-pages CSP.
// - The shipped code holds no remote code: no http(s) URL it could load, no eval or
//   new Function, no HTML written from strings, no network API but the two fetches of
//   the extension's own files.
// - A page cannot find NoteFirst by probing its web-accessible files: Chromium serves
//   them only at a per-session URL (use_dynamic_url), Firefox only under a per-install
//   random UUID, and neither URL ever reaches the page.
// - NoteFirst makes no network request on any fixture.
// - Hostile names, headlines and notes stay text: no script runs, none of our shadow
//   roots holds an element or a URL from the page, quoted evidence shows markup as
//   the characters it is, and every hostile card still gets its badge and reply.
"use strict";

const { describe, test, before, after, beforeEach } = require("node:test");
const assert = require("node:assert/strict");
const crypto = require("node:crypto");
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const { startServer } = require("./harness/server");
const { launch } = require("./harness/browsers");
const fixtures = require("../fixtures/linkedin/cards.json");

const DIST = path.resolve(__dirname, "../../dist");
const FIXTURES = path.resolve(__dirname, "../fixtures/linkedin");
const ORIGIN = "https://www.linkedin.com";
const RECEIVED = `${ORIGIN}/mynetwork/invitation-manager/received/`;
const BROWSERS = (process.env.NF_E2E_BROWSERS || "chromium,firefox").split(",");
const LINKEDIN = "https://www.linkedin.com/*";

const entries = Array.isArray(fixtures) ? fixtures : fixtures.fixtures;
const fixture = (file) => {
  const entry = entries.find((f) => f.file === file);
  assert.ok(entry, `cards.json describes ${file}`);
  return entry;
};

const extensionErrors = (session) =>
  session.consoleErrors().filter((m) => !/favicon\.ico|ERR_NAME_NOT_RESOLVED|media\.licdn\.com|net::ERR_/.test(`${m.text ?? m} ${m.url ?? ""}`));

// ------------------------------------------------------------------ the package, read from disk

function readManifest(browser) {
  return JSON.parse(fs.readFileSync(path.join(DIST, browser, "manifest.json"), "utf8"));
}

function filesUnder(dir) {
  const out = [];
  for (const name of fs.readdirSync(dir)) {
    const full = path.join(dir, name);
    if (fs.statSync(full).isDirectory()) out.push(...filesUnder(full));
    else out.push(full);
  }
  return out;
}

/** Every string in a JSON value, with its path. */
function stringsIn(value, at = "") {
  if (typeof value === "string") return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringsIn(v, `${at}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([k, v]) => stringsIn(v, at ? `${at}.${k}` : k));
  return [];
}

/** A CSP string as { directive: [tokens] }. */
function parseCsp(csp) {
  const out = {};
  for (const part of String(csp).split(";")) {
    const [name, ...tokens] = part.trim().split(/\s+/);
    if (name) out[name.toLowerCase()] = tokens;
  }
  return out;
}

// What may be web-accessible: the core (both flavours) and the in-page strings. Anything
// more widens what a page can probe for; add it here only with a reason in SECURITY.md.
const WEB_ACCESSIBLE = ["core/*", "_locales/*/messages.json"];

// http(s) strings that are names, never fetched: XML namespaces for createElementNS.
const JUSTIFIED_URLS = ["http://www.w3.org/2000/svg", "http://www.w3.org/1999/xhtml", "http://www.w3.org/1999/xlink"];

// Network APIs, and who may use them: the WebAssembly glue instantiates the module from
// the URL the loader hands it (an extension URL, runtime.getURL), and the loader reads
// the extension's own _locales/<lang>/messages.json (lang from a fixed list); the
// pages' module's glue does the same for the options page and popup (shared/core.js).
const NETWORK_API = /\b(?:fetch|XMLHttpRequest|WebSocket|EventSource|importScripts)\s*\(|\bnew\s+(?:XMLHttpRequest|WebSocket|EventSource|RTCPeerConnection)\b|\.sendBeacon\s*\(|\bnew\s+Worker\s*\(/g;
const NETWORK_ALLOWED = { "core/notefirst.js": ["fetch("], "pages-core/pages.js": ["fetch("], "content/loader.js": ["fetch("] };

for (const browser of BROWSERS) {
  describe(`the ${browser} package`, () => {
    const dir = path.join(DIST, browser);

    test("the manifest asks for storage and LinkedIn only", () => {
      const m = readManifest(browser);
      assert.equal(m.manifest_version, 3);
      assert.deepEqual(m.permissions ?? [], ["storage"]);
      assert.deepEqual(m.host_permissions ?? [], [LINKEDIN]);
      for (const key of ["optional_permissions", "optional_host_permissions", "externally_connectable", "update_url", "key", "chrome_url_overrides", "declarative_net_request", "content_security_policy.sandbox"]) {
        const value = key.split(".").reduce((v, k) => v?.[k], m);
        assert.equal(value, undefined, `manifest has no ${key}`);
      }
      assert.ok(Array.isArray(m.content_scripts) && m.content_scripts.length > 0);
      for (const cs of m.content_scripts) {
        assert.deepEqual(cs.matches, [LINKEDIN], "content scripts run on LinkedIn only");
        assert.equal(cs.all_frames ?? false, false, "never inside LinkedIn's frames (ads, embeds)");
        assert.equal(cs.match_about_blank ?? false, false);
        assert.equal(cs.world ?? "ISOLATED", "ISOLATED", "content scripts stay in their isolated world");
        for (const js of cs.js ?? []) assert.ok(fs.existsSync(path.join(dir, js)), `${js} is in the package`);
      }
      // Any URL in the manifest is LinkedIn's pattern: nothing else is named.
      for (const [at, s] of stringsIn(m)) {
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s)) assert.equal(s, LINKEDIN, `${at}: ${s}`);
      }
      if (m.background) {
        for (const file of [m.background.service_worker, ...(m.background.scripts ?? [])].filter(Boolean)) {
          assert.ok(fs.existsSync(path.join(dir, file)), `background ${file} is in the package`);
        }
      }
    });

    test("web-accessible files: only the core and the strings, only to LinkedIn", () => {
      const m = readManifest(browser);
      assert.ok(Array.isArray(m.web_accessible_resources));
      for (const entry of m.web_accessible_resources) {
        assert.deepEqual(entry.matches, [LINKEDIN]);
        assert.equal(entry.extension_ids, undefined, "no other extension may read them");
        for (const r of entry.resources) assert.ok(WEB_ACCESSIBLE.includes(r), `web-accessible ${r} is not on the reviewed list`);
        if (browser === "chromium") {
          assert.equal(entry.use_dynamic_url, true, "Chromium serves them only at a per-session URL");
        } else {
          // Firefox does not know the key (derive-manifest drops it): its protection is
          // the random per-install UUID of moz-extension:// URLs, checked in the page below.
          assert.equal(entry.use_dynamic_url, undefined);
        }
      }
    });

    test("the extension pages' CSP is strict", () => {
      const csp = parseCsp(readManifest(browser).content_security_policy?.extension_pages);
      assert.ok(csp["script-src"], "script-src is set");
      assert.ok(csp["script-src"].includes("'self'"));
      for (const token of csp["script-src"]) {
        assert.ok(["'self'", "'wasm-unsafe-eval'"].includes(token), `script-src allows ${token}`);
      }
      // The options page and popup run the pages' module as WebAssembly, with no other flavour.
      assert.ok(csp["script-src"].includes("'wasm-unsafe-eval'"), "extension pages may instantiate WebAssembly");
      assert.deepEqual(csp["object-src"], ["'none'"]);
      for (const [name, tokens] of Object.entries(csp)) {
        for (const token of tokens) assert.ok(!/^(?:https?:|\*|'unsafe-(?:eval|inline)'|data:|blob:)/.test(token), `${name} allows ${token}`);
      }
    });

    test("no remote code: no URL to load, no eval, no HTML from strings, no network but our own files", (t) => {
      const files = filesUnder(dir).map((f) => path.relative(dir, f).split(path.sep).join("/"));
      const scripts = files.filter((f) => f.endsWith(".js") || f.endsWith(".mjs"));
      assert.ok(scripts.includes("content/loader.js") && scripts.includes("core/notefirst.js") && scripts.includes("core/notefirst_js.js"));
      assert.ok(scripts.includes("pages-core/pages.js"));
      const problems = [];
      // The JavaScript flavour carries the Rust core's data segment as string literals:
      // text found there that is also, byte for byte, in the WebAssembly module is a
      // Rust string constant (LinkedIn's profile URL prefixes that profile_path strips,
      // the "https://" a link setting must start with). Data loads nothing: the core
      // reaches the outside only through the glue's imports, scanned below.
      const wasmBytes = fs.readFileSync(path.join(dir, "core/notefirst_bg.wasm")).toString("latin1");
      const inRustData = (file, text) => file === "core/notefirst_js.js" && text.length >= 7 && wasmBytes.includes(text);
      for (const file of scripts) {
        const code = fs.readFileSync(path.join(dir, file), "utf8");
        for (const m of code.matchAll(/https?:\/\/[^\s"'`)<>]*/g)) {
          const line = code.slice(code.lastIndexOf("\n", m.index) + 1, m.index);
          const literalPart = m[0].split("\\")[0];
          if (/^\s*(?:\/\/|\/\*|\*)/.test(line)) {
            // In a comment (wasm-bindgen's glue cites MDN): never loaded.
            t.diagnostic(`${file}: URL in a comment: ${m[0]}`);
          } else if (inRustData(file, literalPart)) {
            t.diagnostic(`${file}: Rust string constant in the data segment: ${JSON.stringify(literalPart)}`);
          } else if (!JUSTIFIED_URLS.includes(m[0]) && !/^https?:\/\/$/.test(m[0])) {
            // A bare "https://" (the options page's placeholder for a link) names no host.
            problems.push(`${file}: URL ${m[0]}`);
          }
        }
        for (const m of code.matchAll(/\beval\s*\(|\bnew\s+Function\s*\(|\bFunction\s*\(\s*["'`]|\bset(?:Timeout|Interval)\s*\(\s*["'`]/g)) {
          problems.push(`${file}: ${m[0]}`);
        }
        for (const m of code.matchAll(/\.(?:innerHTML|outerHTML)\s*=(?!=)|\binsertAdjacentHTML\s*\(|\bdocument\.write(?:ln)?\s*\(|\bcreateContextualFragment\s*\(|\bsrcdoc\b/g)) {
          problems.push(`${file}: HTML from a string (${m[0]})`);
        }
        for (const m of code.matchAll(/\bimport\s*\(\s*["'`]|\bfrom\s*["'`](?:https?:)?\/\//g)) {
          problems.push(`${file}: import of a literal (${m[0]})`);
        }
        for (const m of code.matchAll(NETWORK_API)) {
          const api = m[0].replace(/\s+/g, "");
          if (!(NETWORK_ALLOWED[file] ?? []).includes(api)) problems.push(`${file}: network API ${api}`);
        }
      }
      for (const file of files.filter((f) => f.endsWith(".html"))) {
        const html = fs.readFileSync(path.join(dir, file), "utf8");
        for (const m of html.matchAll(/<(?:script|link|img|iframe|object|embed|source|audio|video)\b[^>]*\b(?:src|href|data)\s*=\s*["']?\s*(?:https?:|\/\/|data:|javascript:)[^>]*>/gi)) {
          problems.push(`${file}: ${m[0]}`);
        }
        for (const m of html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>\s*\S/gi)) problems.push(`${file}: inline script (${m[0].slice(0, 40)})`);
        for (const m of html.matchAll(/\son[a-z]+\s*=/gi)) problems.push(`${file}: inline handler (${m[0].trim()})`);
      }
      assert.deepEqual(problems, []);
    });
  });
}

// ------------------------------------------------------------------ in the browsers

// Paths where the loader starts the core (SURFACES in extension/content/loader.js).
const SURFACE = /^\/(?:mynetwork|in|preload\/custom-invite|search\/results\/(?:people|all))(?:\/|$)/;

/** Where each fixture is served: cards.json says for most; the rest by their name. */
function fixtureUrl(file) {
  const entry = entries.find((f) => f.file === file);
  if (entry?.url) return entry.url;
  if (file.startsWith("profile-")) return "/in/nf-security-probe/";
  if (file.startsWith("search-")) return "/search/results/people/?keywords=rust";
  if (file.startsWith("pymk-") || file.startsWith("mynetwork-")) return "/mynetwork/";
  if (file.startsWith("invite-preload-")) return "/preload/custom-invite/?vanityName=nf-security-probe";
  return "/mynetwork/invitation-manager/received/";
}

/** In the page: every NoteFirst host and what its shadow root holds. */
function inspectOurUi() {
  const ALLOWED_TAGS = new Set(["STYLE", "DIV", "SPAN", "P", "H2", "H3", "UL", "OL", "LI", "Q", "I", "BUTTON", "TEXTAREA", "LABEL", "STRONG", "EM", "SMALL", "SECTION", "HEADER", "FOOTER", "BR"]);
  const URL_ATTRIBUTES = ["href", "src", "srcset", "srcdoc", "action", "formaction", "xlink:href", "data", "poster", "background", "ping"];
  const BIDI = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
  const hosts = [...document.querySelectorAll("*")].filter((el) => el.tagName.startsWith("NF-") || [...el.attributes].some((a) => /^data-nf-(?:badge|reply|warning|note-helper)$/.test(a.name)));
  const problems = [];
  let text = "";
  for (const host of hosts) {
    const root = host.shadowRoot;
    if (!root) continue;
    for (const el of root.querySelectorAll("*")) {
      if (!ALLOWED_TAGS.has(el.tagName)) problems.push(`<${el.tagName.toLowerCase()}> in ${host.tagName.toLowerCase()}`);
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) problems.push(`${a.name} on <${el.tagName.toLowerCase()}>`);
        if (URL_ATTRIBUTES.includes(a.name.toLowerCase())) problems.push(`${a.name}=${a.value} on <${el.tagName.toLowerCase()}>`);
      }
      if (el.tagName === "TEXTAREA") text += el.value;
    }
    text += root.textContent;
  }
  return { hosts: hosts.length, problems, bidi: BIDI.test(text), text: text.length };
}

/** In the page: whether any extension URL (or its id) is visible to the page. */
function extensionTrace(needles) {
  const parts = [document.documentElement.outerHTML];
  for (const el of document.querySelectorAll("*")) if (el.shadowRoot) parts.push(el.shadowRoot.innerHTML);
  for (const e of performance.getEntries()) parts.push(e.name);
  const all = parts.join("\n");
  return [/(?:chrome|moz)-extension:\/\//, ...needles.map((n) => new RegExp(n))].filter((re) => re.test(all)).map(String);
}

for (const browser of BROWSERS) {
  describe(`nothing leaks, nothing runs, in ${browser}`, () => {
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

    test("no network request on any fixture", async () => {
      const files = fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".html"));
      assert.ok(files.length >= 8, `fixtures found: ${files}`);
      for (const file of files) {
        for (const csp of file === "invitations-hostile.html" ? ["strict", "wasm"] : ["strict"]) {
          server.reset();
          const url = fixtureUrl(file);
          const { pathname } = new URL(url, ORIGIN);
          server.route(pathname, { file, csp });
          await session.goto(ORIGIN + url);
          const works = SURFACE.test(pathname);
          if (works) {
            await session.waitFor(() => document.documentElement.dataset.nfActive, { timeout: 20000, message: `NoteFirst runs on ${file}` });
          } else {
            await session.waitFor(() => document.readyState === "complete");
          }
          const cards = works ? entries.find((f) => f.file === file)?.cards?.length ?? 0 : 0;
          if (cards) {
            await session.waitFor((n) => document.querySelectorAll("[data-nf-badge]").length >= n, { args: [cards], timeout: 20000, message: `${cards} badges on ${file}` });
          }
          // Let NoteFirst finish whatever it does after the first badges.
          await new Promise((r) => setTimeout(r, 600));
          const offsite = server.requests((r) => r.offsite && !r.browserBackground && !/^media\.licdn\.com(:\d+)?$/.test(r.host));
          assert.deepEqual(offsite.map((r) => `${r.method} ${r.url}`), [], `${file} (${csp}): nothing leaves for another host`);
          const onsite = server.requests((r) => !r.offsite && !r.browserBackground).map((r) => r.path);
          assert.deepEqual(onsite.filter((p) => p !== "/favicon.ico").map((p) => p.split("?")[0]), [pathname], `${file} (${csp}): only the page itself`);
          assert.deepEqual(await session.evaluate(extensionTrace, []), [], `${file}: no extension URL in the page`);
        }
      }
    });

    test("hostile names, headlines and notes: nothing runs, text stays text, every card served", async () => {
      const entry = fixture("invitations-hostile.html");
      server.route("/mynetwork/invitation-manager/received/", { file: entry.file, csp: "strict" });
      await session.goto(RECEIVED);
      await session.waitFor((n) => document.querySelectorAll("[data-nf-badge]").length >= n, { args: [entry.cards.length], timeout: 20000 });
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(await session.evaluate(() => typeof window.__pwned), "undefined", "no script from the page's text ran");

      // Every card, the hostile ones included, has exactly one badge and one reply.
      const perCard = await session.evaluate((paths) => paths.map((p) => {
        const link = document.querySelector(`a[href="${p}"]`);
        const card = link && link.closest("[data-nf-seen]");
        const badge = card && card.querySelector("[data-nf-badge]");
        const reply = card && card.querySelector("[data-nf-reply]");
        return {
          path: p,
          badges: card ? card.querySelectorAll("[data-nf-badge]").length : 0,
          replies: card ? card.querySelectorAll("[data-nf-reply]").length : 0,
          score: badge ? badge.dataset.nfScore : null,
          rules: badge ? badge.dataset.nfRules : null,
          reply: reply ? reply.shadowRoot.querySelector("textarea").value : null,
        };
      }), entry.cards.map((c) => c.profile_path));
      for (const [i, card] of perCard.entries()) {
        const name = JSON.stringify(entry.cards[i].full_name);
        assert.equal(card.badges, 1, `${name}: one badge`);
        assert.equal(card.replies, 1, `${name}: one reply`);
        assert.match(card.score, /^(?:\d|[1-9]\d|100)$/, `${name}: score ${card.score}`);
        assert.match(card.rules, /^[a-z-]*(?:,[a-z-]+)*$/, `${name}: rules ${card.rules}`);
        assert.ok(card.reply && card.reply.trim().length > 0, `${name}: a reply to edit`);
      }
      // A name that is markup ("<img src=x onerror=alert(1)>", first word "<img") is
      // written into the reply as the characters it is.
      const first = perCard.find((c) => c.path === "/in/img-src-x-onerror-alert1-9f3e2a/");
      assert.ok(first.reply.startsWith("Hi <img,"), first.reply.slice(0, 60));

      // Our UI holds no element, handler or URL from the page, and no bidi control.
      const ui = await session.evaluate(inspectOurUi);
      assert.ok(ui.hosts >= 2 * entry.cards.length, `our widgets: ${ui.hosts}`);
      assert.deepEqual(ui.problems, []);
      assert.equal(ui.bidi, false, "no bidi control in anything NoteFirst shows");

      // Quoted evidence shows markup as the characters it is.
      const evidence = await session.evaluate(() => {
        const card = document.querySelector('a[href="/in/sam-surrogate-d800/"]').closest("[data-nf-seen]");
        const q = card.querySelector("[data-nf-badge]").shadowRoot.querySelector('li[data-rule="context"] q');
        return q && { text: q.textContent, children: q.children.length };
      });
      assert.ok(evidence, "the note with <b> fired the context rule, with its words quoted");
      assert.ok(evidence.text.includes("<b>Rust</b>"), evidence.text);
      assert.equal(evidence.children, 0);

      // The page's own text is untouched.
      const headline = await session.evaluate(() => document.querySelector('a[href="/in/img-src-x-onerror-alert1-9f3e2a/"]').closest("[role='listitem']").querySelector("p.d6f0a3e8").textContent);
      assert.equal(headline, "<script>window.__pwned=1</script>");
      assert.deepEqual(extensionErrors(session), []);
    });

    test("a page cannot find NoteFirst by probing its files", async (t) => {
      // No page CSP here, so only the browser's rules for extension files decide (a
      // strict CSP would block the probe by itself and prove nothing).
      const probe = async (base) =>
        session.evaluate(async (base, files) => {
          const out = {};
          for (const file of files) {
            try {
              const r = await fetch(base + file);
              out[file] = r.ok ? `readable (${r.status})` : `status ${r.status}`;
            } catch (e) {
              out[file] = `refused (${e.name})`;
            }
          }
          try {
            await import(base + "core/notefirst.js");
            out["import core/notefirst.js"] = "imported";
          } catch (e) {
            out["import core/notefirst.js"] = `refused (${e.name})`;
          }
          return out;
        }, base, ["core/notefirst.js", "core/notefirst_bg.wasm", "core/notefirst_js.js", "pages-core/pages.js", "pages-core/pages_bg.wasm", "_locales/en/messages.json", "manifest.json", "content/loader.js"]);
      const readable = (results) => Object.entries(results).filter(([, r]) => /^(?:readable|imported)/.test(r));

      // Where NoteFirst works (its widgets are there to see, but not its files)...
      server.route("/mynetwork/invitation-manager/received/", { file: "invitations-ember-2022.html", csp: "none" });
      await session.goto(RECEIVED);
      await session.waitFor(() => document.querySelector("[data-nf-badge]"), { timeout: 20000 });
      if (browser === "chromium") {
        // ...the static ID, which any page can compute from the store listing, opens nothing.
        assert.ok(/^chrome-extension:\/\/[a-p]{32}\/$/.test(session.extensionBaseUrl), session.extensionBaseUrl);
        assert.deepEqual(readable(await probe(session.extensionBaseUrl)), [], "nothing readable at the static ID");
      } else {
        // ...a guessed UUID opens nothing; the real one is random per install and never
        // reaches the page (extensionTrace), so a page cannot build the URL at all.
        const guessed = `moz-extension://${crypto.randomUUID()}/`;
        assert.deepEqual(readable(await probe(guessed)), [], "nothing readable at a guessed UUID");
        const real = await probe(session.extensionBaseUrl);
        t.diagnostic(`with the real per-install UUID (which the page never sees): ${JSON.stringify(real)}`);
        // The pages' module is not web-accessible at all: even the real URL opens nothing.
        for (const file of ["pages-core/pages.js", "pages-core/pages_bg.wasm"]) assert.doesNotMatch(real[file], /^readable/, file);
      }
      const id = browser === "chromium" ? session.extensionBaseUrl.slice(19, 51) : session.extensionBaseUrl.slice(16, 52);
      assert.deepEqual(await session.evaluate(extensionTrace, [id]), [], "no extension URL or id in the page");

      // Where NoteFirst does not work, it leaves no trace at all.
      server.route("/feed/", { body: "<!DOCTYPE html><html lang=en><head><title>Feed</title></head><body><main><p>Feed</p></main></body></html>", csp: "none" });
      await session.goto(`${ORIGIN}/feed/`);
      await session.waitFor(() => document.readyState === "complete");
      await new Promise((r) => setTimeout(r, 1500));
      const trace = await session.evaluate(() => ({
        active: document.documentElement.dataset.nfActive ?? null,
        ours: [...document.querySelectorAll("*")].filter((el) => el.tagName.startsWith("NF-") || [...el.attributes].some((a) => a.name.startsWith("data-nf-"))).length,
        globals: Object.keys(window).filter((k) => /notefirst|__nf/i.test(k)),
      }));
      assert.deepEqual(trace, { active: null, ours: 0, globals: [] });
      if (browser === "chromium") assert.deepEqual(readable(await probe(session.extensionBaseUrl)), []);
    });

    if (browser === "chromium") {
      test("control: without use_dynamic_url the same probe does find the files", async () => {
        // Proves the probe above can fail: a copy of the package without the key.
        const copy = fs.mkdtempSync(path.join(os.tmpdir(), "nf-security-nodynamic-"));
        let control;
        try {
          fs.cpSync(path.join(DIST, "chromium"), copy, { recursive: true });
          const m = readManifest("chromium");
          for (const entry of m.web_accessible_resources) delete entry.use_dynamic_url;
          fs.writeFileSync(path.join(copy, "manifest.json"), JSON.stringify(m, null, 2));
          control = await launch("chromium", { extensionDir: copy, server });
          server.route("/mynetwork/invitation-manager/received/", { file: "invitations-ember-2022.html", csp: "none" });
          await control.goto(RECEIVED);
          await control.waitFor(() => document.querySelector("[data-nf-badge]"), { timeout: 20000 });
          const status = await control.evaluate(async (url) => {
            try {
              return (await fetch(url)).ok ? "readable" : "refused";
            } catch (e) {
              return `refused (${e.name})`;
            }
          }, `${control.extensionBaseUrl}core/notefirst.js`);
          assert.equal(status, "readable", "a static web-accessible URL is readable by the page");
        } finally {
          await control?.close();
          fs.rmSync(copy, { recursive: true, force: true });
        }
      });
    }
  });
}
