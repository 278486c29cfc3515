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
  // whether loading it is worth anything at all.
  const SURFACES = /^\/mynetwork(\/|$)/;

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

  async function start() {
    loading ??= loadCore();
    let loaded;
    try {
      loaded = await loading;
    } catch (error) {
      report("loading the core", error);
      return;
    }
    if (core) return;
    core = loaded.module;
    // On failure guarded() has already replaced this instance (or given up).
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

  // LinkedIn is a single-page app: pushState changes the URL with no event a content
  // script can hear, so the URL is also checked on every batch of DOM changes (while
  // observing) and, cheaply, once a second.
  addEventListener("popstate", () => onNavigation());
  setInterval(() => {
    if (location.href !== lastHref) onNavigation();
  }, 1000);
  onNavigation();
})();
