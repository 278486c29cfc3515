// NoteFirst's content script: the thin shell that runs on every LinkedIn page.
//
// It stays idle unless the page is one NoteFirst works on, then loads the Rust core
// (WebAssembly; or the wasm2js translation of the same crate where the page's CSP
// forbids WebAssembly in content scripts) and feeds it the DOM changes, batched once
// per animation frame, through one MutationObserver. Everything it calls into the
// core is wrapped so that no error of ours ever reaches the page.
"use strict";

(() => {
  // A second injection (extension reload, update) must not double the work.
  if (globalThis.__noteFirstLoader) return;
  globalThis.__noteFirstLoader = true;

  const ext = globalThis.browser ?? globalThis.chrome;

  // Paths where a feature has something to do. Keep in step with the core's
  // PageKind (src/core/page.rs): the core decides what runs; this only decides
  // whether loading it is worth anything at all. Invitations are received on
  // /mynetwork/; they are sent from profiles, people search, /mynetwork/ and
  // LinkedIn's own invite page.
  const SURFACES = /^\/(?:mynetwork|in|preload\/custom-invite|search\/results\/(?:people|all))(?:\/|$)/;

  let core = null; // the loaded module, once started
  let loading = null; // the promise of loading it
  let observer = null;
  let pending = new Set(); // nodes changed since the last frame
  let frameRequested = false;
  let lastHref = "";
  const reported = new Set();

  function report(what, error) {
    // Once per kind of failure: a broken page must not flood the console.
    if (reported.has(what)) return;
    reported.add(what);
    console.warn(`NoteFirst: ${what} failed; NoteFirst does less on this page.`, error);
  }

  // Calls into the core. Anything thrown out of it (a Rust panic is a trap) may have
  // left that instance inconsistent, so it is replaced by a fresh one, at most
  // MAX_RESTARTS times a page; the card it failed on stays marked and is not retried.
  const MAX_RESTARTS = 3;
  let restarts = 0;

  function guarded(what, fn) {
    try {
      return fn();
    } catch (error) {
      report(what, error);
      restartCore();
      return undefined;
    }
  }

  function restartCore() {
    if (!core) return;
    core = null;
    loading = null;
    if (restarts >= MAX_RESTARTS) {
      stopObserving();
      return;
    }
    restarts += 1;
    start();
  }

  async function loadCore() {
    // A query string makes a new module record, hence a fresh instance, on a restart.
    const instance = restarts ? `?instance=${restarts}` : "";
    const url = (path) => ext.runtime.getURL(path) + instance;
    try {
      const wasm = await import(url("core/notefirst.js"));
      await wasm.default({ module_or_path: url("core/notefirst_bg.wasm") });
      return { module: wasm, flavour: "wasm" };
    } catch (wasmError) {
      // Expected where the page's CSP has no 'wasm-unsafe-eval' (Chromium applies it
      // to content scripts): fall back quietly to the JavaScript flavour.
      const js = await import(url("core/notefirst_js.js"));
      return { module: js, flavour: "js", wasmError };
    }
  }

  function scheduleFrame() {
    if (frameRequested) return;
    frameRequested = true;
    requestAnimationFrame(() => {
      frameRequested = false;
      const nodes = [...pending];
      pending = new Set();
      if (!core) return;
      if (location.href !== lastHref) {
        onNavigation();
        return;
      }
      guarded("scanning changes", () => core.scan(nodes));
    });
  }

  function observe() {
    if (observer) return;
    observer = new MutationObserver((records) => {
      for (const record of records) pending.add(record.target);
      scheduleFrame();
    });
    observer.observe(document.documentElement, { childList: true, subtree: true, characterData: true });
  }

  function stopObserving() {
    observer?.disconnect();
    observer = null;
    pending.clear();
  }

  // The user's settings (laid out as src/core/settings/storage.rs says) and the
  // in-page UI's language: LinkedIn's page language where NoteFirst has it, else the
  // browser's; its strings come from the extension's _locales. Read when the core
  // starts and again whenever they change.
  const LOCAL_SETTINGS = "nf.settings.local";
  const LANGUAGES = ["en", "fr", "de", "es"];
  const strings = {}; // by language, flattened to {key: message}
  const base = (tag) => String(tag || "").split(/[-_]/)[0].toLowerCase();

  async function readConfig() {
    const page = base(document.documentElement.lang);
    const ui = base(ext.i18n.getUILanguage());
    const lang = LANGUAGES.includes(page) ? page : LANGUAGES.includes(ui) ? ui : "en";
    const [sync, local] = await Promise.all([
      ext.storage.sync.get(null).catch((error) => (report("reading settings", error), {})),
      ext.storage.local.get(LOCAL_SETTINGS).catch(() => ({})),
      strings[lang] ??
        fetch(ext.runtime.getURL(`_locales/${lang}/messages.json`))
          .then((r) => r.json())
          .then((messages) => (strings[lang] = Object.fromEntries(Object.entries(messages).map(([k, v]) => [k, v?.message ?? ""]))))
          .catch((error) => report("reading translations", error)),
    ]);
    return { sync, local: local[LOCAL_SETTINGS] ?? null, lang, strings: strings[lang] ?? null };
  }

  let reconfigure = 0;
  ext.storage.onChanged.addListener((changes, area) => {
    const ours = Object.keys(changes).some((k) => (area === "sync" ? k.startsWith("nf.") : k === LOCAL_SETTINGS));
    if (!core || !ours) return;
    // One save writes several items: apply them once.
    clearTimeout(reconfigure);
    reconfigure = setTimeout(async () => {
      const config = await readConfig();
      if (core) guarded("applying settings", () => core.configure(config));
    }, 200);
  });

  // The history the toolbar popup shows (src/history_feed.rs): the core reports each
  // badged invitation and the user's own Accept or Ignore clicks; each record is read,
  // updated by the core and written back, one at a time so two events never race.
  // A new record may take the history over its cap (src/core/history.rs): pruned
  // once a page, least recently touched first.
  let historyQueue = Promise.resolve();
  let capped = false;
  function recordHistory(event) {
    const key = event?.key;
    if (!key) return;
    historyQueue = historyQueue
      .then(async () => {
        const got = await ext.storage.local.get(key);
        const record = core?.history_apply(got[key] ?? null, event, Date.now());
        if (record) await ext.storage.local.set({ [key]: record });
        if (record && !got[key] && !capped) {
          capped = true;
          await ext.storage.local.remove(core?.history_prune(await ext.storage.local.get(null), 0) ?? []);
        }
      })
      .catch((error) => report("recording history", error));
  }

  // What the adapters found on this page (src/diagnostics.rs), for the options page:
  // the core merges each report into the list kept under one key.
  function recordDiagnostics(found) {
    found.version = ext.runtime.getManifest().version;
    historyQueue = historyQueue
      .then(async () => {
        const got = await ext.storage.local.get("nf.diagnostics");
        const list = core?.diagnostics_apply(got["nf.diagnostics"] ?? null, found);
        if (list) await ext.storage.local.set({ "nf.diagnostics": list });
      })
      .catch((error) => report("recording diagnostics", error));
  }

  async function start() {
    loading ??= loadCore();
    let loaded, config;
    try {
      [loaded, config] = await Promise.all([loading, readConfig()]);
    } catch (error) {
      report("loading the core", error);
      return;
    }
    if (core) return;
    core = loaded.module;
    // On failure guarded() has already replaced this instance (or given up).
    guarded("applying settings", () => loaded.module.configure(config));
    guarded("recording history", () => loaded.module.on_history(recordHistory));
    guarded("recording diagnostics", () => loaded.module.on_diagnostics(recordDiagnostics));
    if (core !== loaded.module) return;
    const started = guarded("starting", () => loaded.module.start(loaded.flavour, location.href));
    if (started === undefined) return;
    observe();
  }

  function onNavigation() {
    lastHref = location.href;
    const wanted = SURFACES.test(location.pathname);
    if (!wanted) {
      stopObserving();
      return;
    }
    if (!core) {
      start();
      return;
    }
    observe();
    guarded("navigating", () => core.navigate(location.href));
  }

  // An invitation leaves on a click (or Enter/Space) that LinkedIn handles: the core
  // must see it first, so it listens in the capture phase on window, ahead of the
  // page's handlers, and decides there whether to hold it back (src/features/outgoing.rs).
  // Accept and Ignore clicks on received invitations, for the history: only read.
  addEventListener("click", (event) => core && guarded("recording a decision", () => core.history_click(event)), true);

  function intercept(event) {
    if (core) guarded("checking an invitation", () => core.intercept(event));
  }
  addEventListener("click", intercept, true);
  addEventListener("keydown", intercept, true);

  // LinkedIn is a single-page app: pushState changes the URL with no event a content
  // script can hear, so the URL is also checked on every batch of DOM changes (while
  // observing) and, cheaply, once a second.
  addEventListener("popstate", () => onNavigation());
  setInterval(() => {
    if (location.href !== lastHref) onNavigation();
  }, 1000);
  onNavigation();
})();
