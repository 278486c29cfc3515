// NoteFirst's content script, on every LinkedIn page: idle unless NoteFirst works on
// the page, then loads the Rust core (WebAssembly, else its wasm2js translation where
// the page's CSP forbids WebAssembly) and feeds it the DOM changes. Every call into the
// core is wrapped: no error of ours reaches the page.
"use strict";

(() => {
  // A second injection (reload, update) must not double the work.
  if (globalThis.__noteFirstLoader) return;
  globalThis.__noteFirstLoader = true;

  const ext = globalThis.browser ?? globalThis.chrome;

  // Paths where a feature has something to do, in step with PageKind (src/core/page.rs):
  // the core decides what runs; this, whether loading it is worth anything at all.
  const SURFACES = /^\/(?:mynetwork|in|preload\/custom-invite|search\/results\/(?:people|all))(?:\/|$)/;

  let core = null; // the loaded module
  let loading = null; // its promise
  let observer = null;
  const pending = new Set(); // nodes for the core
  // What the core has left queued (src/lib.rs `scan`): cards that may be near the
  // viewport (worked on in tasks back to back), or only cards far from it (worked on
  // when the page scrolls).
  const WORK_NOW = 1;
  const WORK_ON_SCROLL = 2;
  let more = false;
  let parked = false;
  let batchRequested = false;
  let lastHref = "";
  const reported = new Set();
  // Node -> the watched element around it, or null. Reset by the core calls that may
  // mark or unmark cards (`data-nf-seen`, which `watched` selects); not by those that only
  // read (a click or a key the core looks at), so typing on a busy page keeps it.
  let memo = new WeakMap();

  // Once per kind of failure: a broken page must not flood the console.
  function report(what, error) {
    if (!reported.has(what)) reported.add(what), console.warn(`NoteFirst: ${what} failed; NoteFirst does less on this page.`, error);
  }

  // Anything thrown out of the core (a Rust panic is a trap) may have left that instance
  // inconsistent: it is replaced by a fresh one, at most MAX_RESTARTS times a page (the
  // card it failed on stays marked and is not retried).
  const MAX_RESTARTS = 3;
  let restarts = 0;

  function guarded(what, fn, marks = true) {
    if (marks) memo = new WeakMap();
    try {
      return fn();
    } catch (error) {
      report(what, error);
      restartCore();
    }
  }

  function restartCore() {
    if (!core) return;
    core = loading = null;
    if (restarts++ < MAX_RESTARTS) start();
    else stopObserving();
  }

  async function loadCore() {
    // A query string makes a new module record, hence a fresh instance, on a restart.
    const url = (path) => ext.runtime.getURL(path) + (restarts ? `?instance=${restarts}` : "");
    try {
      const wasm = await import(url("core/notefirst.js"));
      await wasm.default({ module_or_path: url("core/notefirst_bg.wasm") });
      return { module: wasm, flavour: "wasm" };
    } catch (wasmError) {
      // Expected where the page's CSP lacks 'wasm-unsafe-eval'.
      return { module: await import(url("core/notefirst_js.js")), flavour: "js", wasmError };
    }
  }

  // The observer only queues records (it runs in the page's tasks); a batch reads them
  // at most every BATCH_MS, in a task of ours when the page is idle, through a coarse
  // pre-filter (`watched`, src/lib.rs): added elements that may matter; for text or
  // removals, the element around them that may. The core gets the outermost, for
  // SLICE_MS; the rest waits. Cards the core has queued (a page read from the top holds
  // hundreds) are handled in tasks of their own, one after the other, of WORK_MS each:
  // under the 50 ms of a long task, yet long enough that the page is not laid out again
  // after every few cards.
  const BATCH_MS = 100;
  const SLICE_MS = 8;
  const WORK_MS = 40;
  let queue = []; // record lists since the last batch
  let watched = ["*"]; // until the core says
  const idle = globalThis.requestIdleCallback ?? setTimeout;
  const ours = (n) => n.localName?.startsWith("nf-");

  function scheduleBatch() {
    if (!batchRequested) (batchRequested = true), setTimeout(() => (more ? batch() : idle(batch, { timeout: BATCH_MS })), more ? 0 : BATCH_MS);
  }

  function batch() {
    batchRequested = false;
    const lists = queue;
    queue = [];
    if (!core || location.href !== lastHref) return pending.clear(), core && onNavigation();
    const [sel, box, hints] = watched;
    // Cheapest first: what lies in a watched element (memoised) matters whatever it is.
    const matters = (n, r = n.closest(box) ?? n) => around(r.parentElement) || said.test(r.textContent) || r.matches(hints) || r.querySelector(hints);
    // Memoised for any node, text nodes included: a busy page rewrites the same few
    // nodes over and over, so most records cost one lookup here.
    const around = (n) => {
      if (!n) return null;
      let got = memo.get(n);
      if (got === undefined) memo.set(n, (got = n.nodeType !== 1 ? around(n.parentElement) : ours(n) ? null : n.matches(sel) ? n : around(n.parentElement)));
      return got;
    };
    for (const records of lists)
      for (const r of records) {
        // Only an element with element children can have had elements added.
        const t = r.target;
        const added = t.firstElementChild && r.addedNodes;
        let theirs = !added?.length;
        if (!theirs) for (const n of added) if (!ours(n)) (theirs = true), n.nodeType === 1 && matters(n) && pending.add(n);
        const a = theirs && around(t);
        if (a) pending.add(a);
        // Around a busy region only children are observed: what is added there is
        // observed whole from now on (what it held already is read as added, above).
        if (trunk.has(t)) for (const n of r.addedNodes) n.nodeType === 1 && !trunk.has(n) && observer.observe(n, EVERYTHING);
      }
    watchChurn(lists);
    const nodes = [...pending].filter((n) => {
      for (let p = n.parentNode; p; p = p.parentNode) if (pending.has(p)) return false;
      return n.isConnected;
    });
    pending.clear();
    // The core works on its queue until `until` itself: a call that leaves cards queued
    // has used its time.
    const until = performance.now() + (more ? WORK_MS : SLICE_MS);
    if (nodes.length || more)
      do left(guarded("scanning changes", () => core.scan(nodes.splice(0, 4), until - performance.now())));
      while (nodes.length && core && performance.now() < until);
    for (const n of nodes) pending.add(n);
    if (pending.size || more) scheduleBatch();
  }

  const left = (state) => ((more = state === WORK_NOW), (parked = state === WORK_ON_SCROLL), state);
  // After a core call that may have queued cards.
  const working = (state) => (left(state), more && scheduleBatch(), state);
  // Cards far from the viewport are worked on once it moves (any scroller: the capture
  // phase sees them all); the core reads where they are then.
  const nearer = () => parked && working(WORK_NOW);

  // Text changes are observed too: React and Ember update text in place (a recycled
  // card row, a dialog's next stage), with no childList record.
  const EVERYTHING = { childList: true, subtree: true, characterData: true };

  function observe() {
    if (observer) return;
    watched = guarded("starting", () => core.watched(), false) ?? watched;
    said = RegExp(watched[3] ?? "", "i");
    observer = new MutationObserver((records) => (queue.push(records), scheduleBatch()));
    observer.observe(document.documentElement, EVERYTHING);
    addEventListener("scroll", nearer, { capture: true, passive: true });
    addEventListener("resize", nearer, { passive: true });
  }

  function stopObserving() {
    observer?.disconnect();
    observer = null;
    removeEventListener("scroll", nearer, { capture: true });
    removeEventListener("resize", nearer);
    (queue = []), pending.clear(), (more = parked = false);
    (leftOut = []), trunk.clear(), (churning = 0);
  }

  // A region that keeps changing (a feed, a ticker) and holds nothing NoteFirst reads is
  // left out of the observation: the observer's callback runs in the page's own tasks,
  // once for every task that mutates, so on a busy page that region alone cost more than
  // all our work. Its ancestors (the trunk) are then observed for their children only,
  // and everything else whole. Once a second, and just after a click or a key, each
  // region left out is looked into again; when it holds something NoteFirst reads (a
  // card, a dialog, a control with Accept's words) it is observed again and read whole.
  // What appears there is seen within a second, no change is lost.
  const CHURN_RECORDS = 100; // a batch's records, in three batches in a row
  const MAX_LEFT_OUT = 4;
  let leftOut = []; // the busy regions
  const trunk = new Set(); // their ancestors
  let churning = 0; // busy batches in a row (negative: wait after a region was refused)
  let said = /(?:)/; // Accept's words (from the core's `watched`); until then, any text

  // Whether `el` is or holds what the core looks for, or lies in it (when in doubt, it
  // does). Controls are read one by one only when Accept's words are in its text.
  const holdsAnything = (el) => {
    const [sel, , hints] = watched;
    try {
      if (el.closest(sel) || el.querySelector(`[data-nf-seen], ${hints}`)) return true;
      return said.test(el.textContent) && [...el.querySelectorAll(sel)].some((c) => said.test(c.textContent));
    } catch {
      return true;
    }
  };

  function watchChurn(lists) {
    if (lists.reduce((count, records) => count + records.length, 0) < CHURN_RECORDS) return void (churning = Math.min(churning, 0));
    if (++churning < 3 || leftOut.length >= MAX_LEFT_OUT) return;
    // The innermost element around every change of this batch.
    let region = null;
    for (const records of lists)
      for (const r of records) {
        const t = r.target;
        if (!region) region = t.nodeType === 1 ? t : t.parentElement;
        while (region && !region.contains(t)) region = region.parentElement;
      }
    const top = [document.documentElement, document.head, document.body];
    if (!region || top.includes(region) || holdsAnything(region)) return void (churning = -20);
    churning = 0;
    leftOut = leftOut.filter((x) => !region.contains(x)).concat(region);
    reobserve();
    console.debug("NoteFirst: a busy part of the page, with no invitation in it, is looked into once a second from now on.", region);
  }

  // Observes the page whole but for the regions left out that are still in it.
  function reobserve() {
    if (!observer) return;
    const taken = observer.takeRecords();
    if (taken.length) queue.push(taken), scheduleBatch();
    observer.disconnect();
    leftOut = leftOut.filter((x) => x.isConnected);
    trunk.clear();
    for (const x of leftOut) for (let a = x.parentElement; a; a = a.parentElement) trunk.add(a);
    if (!trunk.size) return observer.observe(document.documentElement, EVERYTHING);
    for (const a of trunk) {
      observer.observe(a, { childList: true });
      for (const c of a.children) if (!trunk.has(c) && !leftOut.includes(c)) observer.observe(c, EVERYTHING);
    }
  }

  function lookIntoLeftOut() {
    if (!observer || !leftOut.length) return;
    const back = leftOut.filter((x) => !x.isConnected || holdsAnything(x));
    if (!back.length) return;
    leftOut = leftOut.filter((x) => !back.includes(x));
    reobserve();
    for (const x of back) if (x.isConnected) pending.add(x), console.debug("NoteFirst: a busy part of the page is observed again: something NoteFirst reads is in it.", x);
    scheduleBatch();
  }

  // The settings (as src/core/settings/storage.rs lays them out) and the UI's language
  // (the page's if we have it, else the browser's) with its strings.
  const LOCAL_SETTINGS = "nf.settings.local";
  const LANGUAGES = ["en", "fr", "de", "es"];
  const strings = {}; // by language, flattened to {key: message}
  const base = (tag) => String(tag || "").split(/[-_]/)[0].toLowerCase();

  async function readConfig() {
    const lang = [document.documentElement.lang, ext.i18n.getUILanguage()].map(base).find((l) => LANGUAGES.includes(l)) ?? "en";
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
    if (!core || !Object.keys(changes).some((k) => (area === "sync" ? k.startsWith("nf.") : k === LOCAL_SETTINGS))) return;
    // One save writes several items: apply them once.
    clearTimeout(reconfigure);
    reconfigure = setTimeout(async () => {
      const config = await readConfig();
      core && guarded("applying settings", () => core.configure(config)), core && working(WORK_NOW);
    }, 200);
  });

  // The popup's history (src/history_feed.rs): the core reports each badged invitation
  // and the user's Accept or Ignore clicks; each record is read, updated by the core and
  // written back one at a time, so two events never race. Pruned to its cap
  // (src/core/history.rs) once a page that adds a record.
  let storing = Promise.resolve();
  let capped = false;
  const serially = (what, fn) => (storing = storing.then(fn).catch((error) => report(what, error)));
  const local = ext.storage.local;
  function recordHistory(event) {
    const key = event?.key;
    if (key)
      serially("recording history", async () => {
        const got = await local.get(key);
        const record = core?.history_apply(got[key] ?? null, event, Date.now());
        if (record) await local.set({ [key]: record });
        if (record && !got[key] && !capped) (capped = true), await local.remove(core?.history_prune(await local.get(null), 0) ?? []);
      });
  }

  // What the adapters found (src/diagnostics.rs), merged by the core into one list.
  function recordDiagnostics(found) {
    const key = "nf.diagnostics";
    found.version = ext.runtime.getManifest().version;
    serially("recording diagnostics", async () => {
      const list = core?.diagnostics_apply((await local.get(key))[key] ?? null, found);
      if (list) await local.set({ [key]: list });
    });
  }

  async function start() {
    const [loaded, config] = await Promise.all([(loading ??= loadCore()), readConfig()]).catch((e) => [report("loading the core", e)]);
    if (!loaded || core) return;
    const m = (core = loaded.module);
    // On failure guarded() has already replaced this instance (or given up).
    guarded("applying settings", () => m.configure(config));
    guarded("recording history", () => m.on_history(recordHistory));
    guarded("recording diagnostics", () => m.on_diagnostics(recordDiagnostics));
    if (core === m && working(guarded("starting", () => m.start(loaded.flavour, location.href))) !== undefined) observe();
  }

  function onNavigation() {
    lastHref = location.href;
    if (!SURFACES.test(location.pathname)) return stopObserving();
    if (!core) return start();
    observe();
    working(guarded("navigating", () => core.navigate(location.href)));
  }

  // An invitation leaves on a click (or Enter/Space) LinkedIn handles: the core sees it
  // first (capture phase on window) and decides whether to hold it back
  // (src/features/outgoing.rs). Accept and Ignore clicks, for the history: only read.
  addEventListener("click", (event) => core && guarded("recording a decision", () => core.history_click(event), false), true);

  const intercept = (event) => core && guarded("checking an invitation", () => core.intercept(event), false);
  addEventListener("click", intercept, true);
  addEventListener("keydown", intercept, true);
  // What a click or a key makes appear in a busy region is looked for soon after.
  const soon = () => leftOut.length && setTimeout(lookIntoLeftOut, 250);
  addEventListener("click", soon, true);
  addEventListener("keydown", soon, true);

  // pushState changes the URL with no event a content script hears: the URL is also
  // checked on every batch (while observing) and, cheaply, once a second, when the busy
  // regions left out of the observation are looked into.
  addEventListener("popstate", () => onNavigation());
  setInterval(() => (location.href !== lastHref ? onNavigation() : lookIntoLeftOut()), 1000);
  onNavigation();
})();
