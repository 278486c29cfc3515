// End-to-end browser launcher: starts Debian's Chromium (through playwright-core) or
// Firefox ESR (through selenium-webdriver + geckodriver) headless with an unpacked
// extension loaded, pointed at the local fixture server for https://www.linkedin.com
// and at its offsite sink for every other host, and gives both browsers one small
// session API (goto, evaluate, waitFor, click, press, type, screenshot,
// consoleMessages, close). Every session kills the processes it started, by PID, and
// deletes its temporary profile when closed (and on exit of the test process).
'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');

const DEFAULT_TIMEOUTS = {
  launch: 90_000, // cold start of a browser on a busy 2-core machine
  goto: 60_000,
  evaluate: 30_000,
  waitFor: 15_000,
  click: 15_000,
  input: 15_000,
  screenshot: 30_000,
  close: 30_000,
};

const CHROMIUM_DEFAULT = '/usr/bin/chromium';

// Chromium features off: those playwright turns off for stable automation, plus the
// ones that make requests of their own (seen at the offsite sink).
const CHROMIUM_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'DialMediaRouteProvider',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'AutofillServerCommunication',
  'Translate',
  'CertificateTransparencyComponentUpdater',
  'InterestFeedContentSuggestions',
];
const FIREFOX_DEFAULT = '/usr/lib/firefox-esr/firefox-esr';

// ---------------------------------------------------------------------------
// Finding the tools, with messages that say how to get them.

function isExecutable(p) {
  try {
    fs.accessSync(p, fs.constants.X_OK);
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function findChromium() {
  const p = process.env.CHROMIUM_PATH || CHROMIUM_DEFAULT;
  if (!isExecutable(p)) {
    throw new Error(`Chromium not found at ${p}: apt-get install -y chromium (or set CHROMIUM_PATH). playwright's own browser download does not work on the project's machines.`);
  }
  return p;
}

function findFirefox() {
  const p = process.env.FIREFOX_PATH || FIREFOX_DEFAULT;
  if (!isExecutable(p)) {
    throw new Error(`Firefox not found at ${p}: apt-get install -y firefox-esr (or set FIREFOX_PATH)`);
  }
  return p;
}

function findGeckodriver() {
  if (process.env.GECKODRIVER) {
    if (!isExecutable(process.env.GECKODRIVER)) {
      throw new Error(`GECKODRIVER=${process.env.GECKODRIVER} is not an executable file`);
    }
    return process.env.GECKODRIVER;
  }
  for (const dir of (process.env.PATH || '').split(path.delimiter).filter(Boolean)) {
    const p = path.join(dir, 'geckodriver');
    if (isExecutable(p)) return p;
  }
  const cargoBin = path.join(process.env.CARGO_HOME || path.join(os.homedir(), '.cargo'), 'bin', 'geckodriver');
  if (isExecutable(cargoBin)) return cargoBin;
  throw new Error('geckodriver not found (looked at $GECKODRIVER, PATH and ~/.cargo/bin): run `cargo install geckodriver --locked` (about 3 min)');
}

function readManifest(extensionDir) {
  if (!extensionDir) throw new Error('launch(): extensionDir is required (the unpacked extension directory)');
  const dir = path.resolve(extensionDir);
  const file = path.join(dir, 'manifest.json');
  if (!fs.existsSync(file)) throw new Error(`no manifest.json in ${dir}: build the extension first (or pass the right extensionDir)`);
  try {
    return { dir, manifest: JSON.parse(fs.readFileSync(file, 'utf8')) };
  } catch (err) {
    throw new Error(`${file} is not valid JSON: ${err.message}`);
  }
}

/** Chromium's id for an unpacked extension: from manifest.key if any, else from its absolute path. */
function chromiumExtensionId(dir, manifest) {
  const input = manifest.key ? Buffer.from(manifest.key, 'base64') : Buffer.from(fs.realpathSync(dir));
  const hex = crypto.createHash('sha256').update(input).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

// ---------------------------------------------------------------------------
// Processes: every session knows the root PIDs it started and kills their whole tree.

/** All descendants (and the roots) of the given PIDs, read from /proc. */
function processTree(rootPids) {
  const children = new Map();
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat;
    try { stat = fs.readFileSync(`/proc/${name}/stat`, 'utf8'); } catch { continue; }
    // Field 4 (ppid) comes after the parenthesised command name, which may hold spaces.
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (!children.has(ppid)) children.set(ppid, []);
    children.get(ppid).push(Number(name));
  }
  const seen = new Set();
  const todo = rootPids.filter((p) => Number.isInteger(p) && p > 0);
  while (todo.length) {
    const p = todo.pop();
    if (seen.has(p)) continue;
    seen.add(p);
    for (const c of children.get(p) || []) todo.push(c);
  }
  return [...seen];
}

/** PIDs whose command line contains `needle` (used with a session's unique profile path). */
function pidsWithArg(needle) {
  const out = [];
  for (const name of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(name) || Number(name) === process.pid) continue;
    try {
      if (fs.readFileSync(`/proc/${name}/cmdline`, 'utf8').includes(needle)) out.push(Number(name));
    } catch { /* gone */ }
  }
  return out;
}

function killTree(rootPids) {
  const pids = processTree(rootPids);
  for (const p of pids) {
    try { process.kill(p, 'SIGKILL'); } catch { /* already gone */ }
  }
  return pids;
}

const liveSessions = new Set();
let exitHooksInstalled = false;
function installExitHooks() {
  if (exitHooksInstalled) return;
  exitHooksInstalled = true;
  // Synchronous last resort: a test process that exits or is killed by the runner's
  // timeout must not leave browsers behind.
  const killAll = () => {
    for (const s of liveSessions) {
      try { s.killSync(); } catch { /* best effort */ }
      try { s.cleanup(); } catch { /* best effort */ }
    }
  };
  process.on('exit', killAll);
  for (const sig of ['SIGINT', 'SIGTERM']) {
    process.once(sig, () => {
      killAll();
      process.exit(128 + os.constants.signals[sig]);
    });
  }
}

// ---------------------------------------------------------------------------
// Small helpers.

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

function toSource(fn) {
  if (typeof fn === 'function') return fn.toString();
  if (typeof fn === 'string') return `(function () { return (${fn}); })`;
  throw new TypeError('expected a function (or an expression string)');
}

/**
 * The expression both browsers evaluate in the page: calls fn(...args), awaits it and
 * hands back JSON text, so results are the same in both (undefined stays undefined).
 */
function wrappedCall(fn, args) {
  return `(async () => {
    const __nfResult = await (${toSource(fn)}).apply(null, ${JSON.stringify(args)});
    return __nfResult === undefined ? { undef: true } : { json: JSON.stringify(__nfResult) };
  })()`;
}

function unwrapResult(r) {
  if (!r || r.undef) return undefined;
  return r.json === undefined ? undefined : JSON.parse(r.json);
}

/** Page-side resolver for a selector or a chain [host, ..., target] through open shadow roots. */
function resolverSource(chain) {
  return `(() => {
    const chain = ${JSON.stringify(chain)};
    let root = document;
    for (let i = 0; i < chain.length; i++) {
      const el = root.querySelector(chain[i]);
      if (!el) return { error: 'no element matches ' + JSON.stringify(chain[i]) + (i ? ' in the shadow root of ' + JSON.stringify(chain[i - 1]) : '') };
      if (i === chain.length - 1) return { el };
      if (!el.shadowRoot) return { error: JSON.stringify(chain[i]) + ' has no open shadowRoot' };
      root = el.shadowRoot;
    }
  })()`;
}

function normalizeChain(selector) {
  const chain = Array.isArray(selector) ? selector : [selector];
  if (!chain.length || chain.some((s) => typeof s !== 'string' || !s)) {
    throw new TypeError('click(): expected a CSS selector or a non-empty array of them (host, ..., target)');
  }
  return chain;
}

// ---------------------------------------------------------------------------
// The session API, shared by both browsers. A driver object supplies the primitives.

function makeSession(browserName, drv, info) {
  const timeouts = info.timeouts;
  const messages = [];
  let closed = false;

  const session = {
    browser: browserName,
    /** chrome-extension://<id>/ or moz-extension://<uuid>/ */
    extensionBaseUrl: info.extensionBaseUrl,
    extensionId: info.extensionId,
    /** playwright BrowserContext/Page, or selenium WebDriver: an escape hatch. */
    raw: drv.raw,

    async goto(url) {
      if (closed) throw new Error(`${browserName}: session is closed`);
      await withTimeout(drv.goto(url, timeouts.goto), timeouts.goto + 5_000, `${browserName}: goto(${url})`);
    },

    async url() {
      return withTimeout(drv.url(), timeouts.evaluate, `${browserName}: url()`);
    },

    /** Runs fn(...args) in the page's main world; returns its JSON-able result. */
    async evaluate(fn, ...args) {
      if (closed) throw new Error(`${browserName}: session is closed`);
      const expr = wrappedCall(fn, args);
      let r;
      try {
        r = await withTimeout(drv.evaluate(expr), timeouts.evaluate, `${browserName}: evaluate`);
      } catch (err) {
        throw new Error(`${browserName}: evaluate(${String(toSource(fn)).slice(0, 200)}) failed: ${err.message}`);
      }
      return unwrapResult(r);
    },

    /** Polls fn(...args) in the page until it returns a truthy value, which it returns. */
    async waitFor(fn, opts = {}) {
      const timeout = opts.timeout || timeouts.waitFor;
      const interval = opts.interval || 100;
      const args = opts.args || [];
      const deadline = Date.now() + timeout;
      let last;
      let lastErr = null;
      for (;;) {
        try {
          last = await session.evaluate(fn, ...args);
          lastErr = null;
          if (last) return last;
        } catch (err) {
          lastErr = err; // e.g. a navigation in progress: keep polling
        }
        if (Date.now() >= deadline) break;
        await sleep(Math.min(interval, Math.max(0, deadline - Date.now())));
      }
      let where = '?';
      try { where = await drv.url(); } catch { /* ignore */ }
      const errors = messages.filter((m) => m.level === 'error').slice(-5).map((m) => `  ${m.text}`);
      throw new Error([
        `${browserName}: waitFor timed out after ${timeout} ms${opts.message ? ` (${opts.message})` : ''}`,
        `  page: ${where}`,
        `  predicate: ${toSource(fn).replace(/\s+/g, ' ').slice(0, 300)}`,
        lastErr ? `  last error: ${lastErr.message}` : `  last value: ${JSON.stringify(last)}`,
        errors.length ? `  last console errors:\n${errors.join('\n')}` : '  no console errors captured',
      ].join('\n'));
    },

    /**
     * A real (trusted) mouse click on the element; `selector` is a CSS selector or a
     * chain [hostSelector, ..., targetSelector] through open shadow roots. Waits for the
     * element to exist.
     */
    async click(selector, opts = {}) {
      const chain = normalizeChain(selector);
      const timeout = opts.timeout || timeouts.click;
      const deadline = Date.now() + timeout;
      let problem = null;
      for (;;) {
        try {
          problem = await drv.evaluate(`(() => { const r = ${resolverSource(chain)}; return r.error || null; })()`);
        } catch (err) {
          problem = err.message;
        }
        if (!problem) break;
        if (Date.now() >= deadline) {
          throw new Error(`${browserName}: click(${JSON.stringify(chain)}): ${problem} (waited ${timeout} ms)`);
        }
        await sleep(100);
      }
      await withTimeout(drv.click(resolverSource(chain), Math.max(1_000, deadline - Date.now())),
        timeout + 5_000, `${browserName}: click(${JSON.stringify(chain)})`);
    },

    /** Presses a key or combination in the focused element: 'Enter', 'Escape', 'Tab', 'Shift+Tab', 'a'. */
    async press(key) {
      await withTimeout(drv.press(key), timeouts.input, `${browserName}: press(${key})`);
    },

    /** Types text, one key at a time, into the focused element. */
    async type(text) {
      await withTimeout(drv.type(String(text)), timeouts.input + 50 * String(text).length, `${browserName}: type()`);
    },

    async screenshot(file) {
      fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      await withTimeout(drv.screenshot(path.resolve(file)), timeouts.screenshot, `${browserName}: screenshot`);
    },

    /**
     * Console output and uncaught errors collected since launch:
     * { level: 'debug'|'info'|'warn'|'error', kind: 'console'|'exception'|'log', text, url, time }.
     */
    consoleMessages() {
      return messages.map((m) => ({ ...m }));
    },
    consoleErrors() {
      return messages.filter((m) => m.level === 'error').map((m) => ({ ...m }));
    },
    clearConsoleMessages() { messages.length = 0; },

    async close() {
      if (closed) return;
      closed = true;
      try {
        await withTimeout(drv.close(), timeouts.close, `${browserName}: close`);
      } catch { /* fall through to the kill */ } finally {
        drv.killSync();
        liveSessions.delete(drv);
        drv.cleanup();
      }
    },
  };
  drv.onMessage = (m) => messages.push({ time: Date.now(), ...m });
  return session;
}

// ---------------------------------------------------------------------------
// Chromium through playwright-core.

/** After a Chromium launch: the page, console capture, and proof the extension loaded. */
async function chromiumAfterLaunch(drv, context, manifest, dir, extensionId) {
  drv.page = context.pages()[0] || await context.newPage();
  drv.raw = { context, page: drv.page };

  const toLevel = (t) => ({ warning: 'warn', log: 'info', info: 'info', debug: 'debug', error: 'error', trace: 'debug' }[t] || 'info');
  context.on('console', (msg) => {
    let url = '';
    try { url = msg.location().url || (msg.page() ? msg.page().url() : ''); } catch { /* ignore */ }
    drv.onMessage({ level: toLevel(msg.type()), kind: 'console', text: msg.text(), url });
  });
  context.on('weberror', (webError) => {
    const e = webError.error();
    let url = '';
    try { url = webError.page() ? webError.page().url() : ''; } catch { /* ignore */ }
    drv.onMessage({ level: 'error', kind: 'exception', text: e && e.stack ? e.stack : String(e), url });
  });

  // An MV3 service worker tells us the extension really loaded (and its id).
  const bg = manifest.background && manifest.background.service_worker;
  if (bg) {
    let worker = context.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'));
    if (!worker) {
      try {
        worker = await context.waitForEvent('serviceworker', {
          predicate: (w) => w.url().startsWith('chrome-extension://'),
          timeout: 30_000,
        });
      } catch {
        throw new Error(`chromium: the extension's service worker (${bg}) did not start within 30 s: is ${dir} a valid unpacked MV3 extension?`);
      }
    }
    const actual = new URL(worker.url()).host;
    if (actual !== extensionId) throw new Error(`chromium: extension id ${actual} differs from the computed ${extensionId}`);
  }
}

async function launchChromium(opts) {
  const { chromium } = require('playwright-core');
  const executablePath = findChromium();
  const { dir, manifest } = readManifest(opts.extensionDir);
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'nf-e2e-chromium-'));
  const extensionId = chromiumExtensionId(dir, manifest);
  // The whole command line is ours (ignoreDefaultArgs: true): playwright's defaults
  // include --disable-extensions, and a second --disable-features would replace its
  // list instead of adding to it. This keeps the useful part of playwright's defaults.
  const args = [
    `--user-data-dir=${profile}`,
    '--remote-debugging-pipe',
    ...(opts.headed ? [] : ['--headless=new']), // headed: the demo, on a machine with a display
    `--load-extension=${dir}`,
    `--disable-extensions-except=${dir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--no-default-browser-check',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-quic',
    '--disable-domain-reliability',
    '--disable-breakpad',
    '--disable-default-apps',
    '--disable-component-extensions-with-background-pages',
    '--disable-client-side-phishing-detection',
    '--disable-dev-shm-usage',
    '--disable-field-trial-config',
    '--disable-background-timer-throttling',
    '--disable-backgrounding-occluded-windows',
    '--disable-renderer-backgrounding',
    '--disable-back-forward-cache',
    '--disable-hang-monitor',
    '--disable-ipc-flooding-protection',
    '--disable-popup-blocking',
    '--disable-prompt-on-repost',
    '--disable-search-engine-choice-screen',
    '--allow-browser-signin=false',
    '--metrics-recording-only',
    '--no-pings',
    '--no-service-autorun',
    '--password-store=basic',
    '--use-mock-keychain',
    '--force-color-profile=srgb',
    '--mute-audio',
    '--hide-scrollbars',
    `--disable-features=${CHROMIUM_DISABLED_FEATURES.join(',')}`,
    // www.linkedin.com is the local server; every other name fails to resolve...
    // (EXCLUDE keeps the loopback address of the offsite sink proxy reachable.)
    '--host-resolver-rules=MAP www.linkedin.com 127.0.0.1, MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ];
  if (opts.sinkProxy) {
    // ...and, with a sink, every other host goes to it instead, so it is recorded.
    args.push(`--proxy-server=http://${opts.sinkProxy}`, '--proxy-bypass-list=www.linkedin.com');
  }
  args.push(...(opts.extraArgs || []), 'about:blank');

  const drv = {
    raw: null,
    onMessage: () => {},
    context: null,
    page: null,
    killSync() {
      // Everything whose command line names this session's profile, and its children.
      killTree(pidsWithArg(profile));
    },
    cleanup() { fs.rmSync(profile, { recursive: true, force: true, maxRetries: 3 }); },
  };
  liveSessions.add(drv);
  installExitHooks();

  try {
    drv.context = await withTimeout(chromium.launchPersistentContext(profile, {
      executablePath,
      headless: false, // --headless=new is passed above; playwright's would add its own flags
      ignoreDefaultArgs: true,
      args,
      ignoreHTTPSErrors: true,
      viewport: opts.viewport || { width: 1280, height: 900 },
      timeout: opts.timeouts.launch,
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    }), opts.timeouts.launch + 5_000, 'chromium: launch');
  } catch (err) {
    drv.killSync();
    liveSessions.delete(drv);
    drv.cleanup();
    throw new Error(`chromium: launch failed (${executablePath}): ${err.message}`);
  }
  const context = drv.context;
  try {
    await chromiumAfterLaunch(drv, context, manifest, dir, extensionId);
  } catch (err) {
    await withTimeout(context.close(), 10_000, 'close').catch(() => {});
    drv.killSync();
    liveSessions.delete(drv);
    drv.cleanup();
    throw err;
  }

  Object.assign(drv, {
    async goto(url, timeout) {
      await drv.page.goto(url, { waitUntil: 'load', timeout });
    },
    async url() { return drv.page.url(); },
    async evaluate(expr) { return drv.page.evaluate(expr); },
    async click(resolverExpr, timeout) {
      const handle = await drv.page.evaluateHandle(`(() => { const r = ${resolverExpr}; if (r.error) throw new Error(r.error); return r.el; })()`);
      try {
        await handle.asElement().click({ timeout });
      } finally {
        await handle.dispose().catch(() => {});
      }
    },
    async press(key) { await drv.page.keyboard.press(key); },
    async type(text) { await drv.page.keyboard.type(text); },
    async screenshot(file) { await drv.page.screenshot({ path: file }); },
    async close() { await drv.context.close(); },
  });

  return makeSession('chromium', drv, {
    timeouts: opts.timeouts,
    extensionId,
    extensionBaseUrl: `chrome-extension://${extensionId}/`,
  });
}

// ---------------------------------------------------------------------------
// Firefox through selenium-webdriver and a geckodriver we start ourselves.

/** Prefs that point Firefox at the local server and stop its own background traffic. */
function firefoxPrefs({ sinkProxy, grantHostPermissions, uuids }) {
  const [proxyHost, proxyPort] = (sinkProxy || '127.0.0.1:1').split(':');
  return {
    // www.linkedin.com resolves to loopback (our server); no DNS over HTTPS.
    'network.dns.localDomains': 'www.linkedin.com',
    'network.trr.mode': 5,
    // Every other host goes to the offsite sink (or to a dead port without one).
    'network.proxy.type': 1,
    'network.proxy.http': proxyHost,
    'network.proxy.http_port': Number(proxyPort),
    'network.proxy.ssl': proxyHost,
    'network.proxy.ssl_port': Number(proxyPort),
    'network.proxy.no_proxies_on': 'www.linkedin.com',
    'network.proxy.allow_hijacking_localhost': false,
    // MV3 host permissions (host_permissions and content_scripts matches) granted at
    // install, as Firefox 127+ does by default after its install prompt. false = the
    // user has not granted them (content scripts do not run).
    'extensions.originControls.grantByDefault': grantHostPermissions,
    // Fixed moz-extension://<uuid>/ for the add-on under test.
    'extensions.webextensions.uuids': JSON.stringify(uuids),
    'xpinstall.signatures.required': false,
    'extensions.update.enabled': false,
    'extensions.update.autoUpdateDefault': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.blocklist.enabled': false,
    'extensions.systemAddon.update.enabled': false,
    'app.update.auto': false,
    'app.normandy.enabled': false,
    'app.shield.optoutstudies.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'browser.safebrowsing.update.enabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.enabled': false,
    'toolkit.telemetry.unified': false,
    'toolkit.telemetry.archive.enabled': false,
    'toolkit.telemetry.server': '',
    'browser.ping-centre.telemetry': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'network.prefetch-next': false,
    'network.dns.disablePrefetch': true,
    'network.http.speculative-parallel-limit': 0,
    'network.predictor.enabled': false,
    'browser.startup.page': 0,
    'browser.startup.homepage': 'about:blank',
    'browser.newtabpage.enabled': false,
    'browser.newtabpage.activity-stream.feeds.system.topstories': false,
    'browser.newtabpage.activity-stream.feeds.section.topstories': false,
    'browser.newtabpage.activity-stream.default.sites': '',
    'browser.topsites.contile.enabled': false,
    'browser.search.update': false,
    'browser.region.update.enabled': false,
    'browser.region.network.url': '',
    'media.gmp-manager.url': '',
    'security.OCSP.enabled': 0,
    'security.remote_settings.crlite_filters.enabled': false,
    'security.remote_settings.intermediates.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    // No remote settings fetches (honoured with MOZ_REMOTE_SETTINGS_DEVTOOLS=1).
    'services.settings.server': 'data:,#remote-settings-dummy/v1',
  };
}

async function waitForHttp(url, timeoutMs, proc, logTail) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`geckodriver exited with ${proc.exitCode}: ${logTail()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (res.ok) return;
    } catch { /* not up yet */ }
    if (Date.now() > deadline) throw new Error(`geckodriver did not answer on ${url} within ${timeoutMs} ms: ${logTail()}`);
    await sleep(100);
  }
}

const FIREFOX_KEYS = {
  Enter: 'ENTER', Escape: 'ESCAPE', Tab: 'TAB', Backspace: 'BACK_SPACE', Delete: 'DELETE',
  ArrowUp: 'ARROW_UP', ArrowDown: 'ARROW_DOWN', ArrowLeft: 'ARROW_LEFT', ArrowRight: 'ARROW_RIGHT',
  Home: 'HOME', End: 'END', PageUp: 'PAGE_UP', PageDown: 'PAGE_DOWN', Space: 'SPACE', ' ': 'SPACE',
  Shift: 'SHIFT', Control: 'CONTROL', Alt: 'ALT', Meta: 'META', Insert: 'INSERT',
  F1: 'F1', F2: 'F2', F3: 'F3', F4: 'F4', F5: 'F5', F6: 'F6', F7: 'F7', F8: 'F8', F9: 'F9', F10: 'F10', F11: 'F11', F12: 'F12',
};

async function launchFirefox(opts) {
  const { Key } = require('selenium-webdriver');
  const firefox = require('selenium-webdriver/firefox');
  const { Executor, HttpClient } = require('selenium-webdriver/http');
  const { Command } = require('selenium-webdriver/lib/command');

  const binary = findFirefox();
  const geckodriver = findGeckodriver();
  const { dir, manifest } = readManifest(opts.extensionDir);
  const geckoId = manifest.browser_specific_settings && manifest.browser_specific_settings.gecko
    && manifest.browser_specific_settings.gecko.id;
  if (!geckoId) {
    throw new Error(`firefox: ${dir}/manifest.json has no browser_specific_settings.gecko.id (Firefox needs one for MV3)`);
  }
  const uuid = crypto.randomUUID();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'nf-e2e-firefox-'));
  const [port, wsPort] = [await freePort(), await freePort()];

  const log = [];
  const logTail = () => log.slice(-30).join('').trim() || '(geckodriver printed nothing)';
  const proc = spawn(geckodriver, [
    '--host', '127.0.0.1', '--port', String(port), '--websocket-port', String(wsPort), '--log', 'warn',
  ], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      // Firefox inherits these from geckodriver. A release build ignores the
      // services.settings.server pref (below) without the first one.
      MOZ_REMOTE_SETTINGS_DEVTOOLS: '1',
      MOZ_CRASHREPORTER_DISABLE: '1',
    },
  });
  for (const stream of [proc.stdout, proc.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => { log.push(chunk); if (log.length > 200) log.shift(); });
  }
  proc.on('error', (err) => log.push(`spawn error: ${err.message}\n`));

  const drv = {
    raw: null,
    onMessage: () => {},
    driver: null,
    bidi: null,
    killSync() {
      // geckodriver's PID only while node has not reaped it (after that it could be reused).
      const alive = proc.exitCode === null && proc.signalCode === null;
      killTree([alive ? proc.pid : 0, ...pidsWithArg(profile)]);
    },
    cleanup() { fs.rmSync(profile, { recursive: true, force: true, maxRetries: 3 }); },
  };
  liveSessions.add(drv);
  installExitHooks();

  const fail = (what, err) => {
    drv.killSync();
    liveSessions.delete(drv);
    drv.cleanup();
    return new Error(`firefox: ${what}: ${err.message}\ngeckodriver log:\n${logTail()}`);
  };

  try {
    await waitForHttp(`http://127.0.0.1:${port}/status`, 30_000, proc, logTail);
  } catch (err) {
    throw fail(`geckodriver (${geckodriver}) did not start`, err);
  }

  const options = new firefox.Options();
  options.setBinary(binary);
  // Our own profile directory: geckodriver writes the prefs into it, and its path in
  // Firefox's command line lets close() find the processes.
  options.addArguments('-headless', '-profile', profile);
  options.setAcceptInsecureCerts(true);
  options.enableBidi();
  const prefs = firefoxPrefs({
    sinkProxy: opts.sinkProxy,
    grantHostPermissions: opts.grantHostPermissions !== false,
    uuids: { [geckoId]: uuid },
  });
  for (const [k, v] of Object.entries(prefs)) options.setPreference(k, v);
  options.set('pageLoadStrategy', 'normal');

  try {
    const executor = new Executor(new HttpClient(`http://127.0.0.1:${port}`));
    executor.defineCommand('nfInstallAddonPath', 'POST', '/session/:sessionId/moz/addon/install');
    drv.driver = firefox.Driver.createSession(options, executor);
    await withTimeout(drv.driver.getSession(), opts.timeouts.launch, 'new session');
  } catch (err) {
    throw fail('could not start a session', err);
  }
  const driver = drv.driver;
  drv.raw = { driver };

  try {
    await driver.manage().setTimeouts({ pageLoad: opts.timeouts.goto, script: opts.timeouts.evaluate });
    await driver.manage().window().setRect({ width: (opts.viewport || {}).width || 1280, height: (opts.viewport || {}).height || 900 });
    // Installed from its directory as a temporary add-on, as `web-ext run` or
    // about:debugging would (no zip, no signature).
    await withTimeout(driver.execute(new Command('nfInstallAddonPath')
      .setParameter('path', dir).setParameter('temporary', true)), 60_000, 'install add-on');
  } catch (err) {
    const msg = fail(`could not install the add-on from ${dir}`, err);
    throw msg;
  }

  // Console output and uncaught errors through WebDriver BiDi log.entryAdded.
  try {
    drv.bidi = await driver.getBidi();
    drv.bidi.on('log.entryAdded', (p) => {
      if (!p) return;
      const level = p.level === 'warning' ? 'warn' : (p.level || 'info');
      const kind = p.type === 'javascript' ? 'exception' : (p.type === 'console' ? 'console' : 'log');
      let text = p.text;
      const frame = p.stackTrace && p.stackTrace.callFrames && p.stackTrace.callFrames[0];
      if (kind === 'exception' && frame) {
        text += `\n    at ${frame.functionName || '<anonymous>'} (${frame.url}:${frame.lineNumber + 1}:${frame.columnNumber + 1})`;
      }
      // BiDi names no page URL; the script's URL is the best there is.
      drv.onMessage({ level, kind, text, url: frame ? frame.url : '' });
    });
    await withTimeout(drv.bidi.subscribe('log.entryAdded'), 15_000, 'BiDi subscribe');
  } catch (err) {
    throw fail('could not subscribe to console messages (BiDi)', err);
  }

  Object.assign(drv, {
    async goto(url, timeout) { await driver.get(url); void timeout; },
    async url() { return driver.getCurrentUrl(); },
    async evaluate(expr) { return driver.executeScript(`return ${expr};`); },
    async click(resolverExpr) {
      const el = await driver.executeScript(`const r = ${resolverExpr}; if (r.error) throw new Error(r.error); return r.el;`);
      await el.click();
    },
    async press(key) {
      const parts = key === '+' ? ['+'] : key.split('+');
      const toKey = (k) => {
        if (FIREFOX_KEYS[k]) return Key[FIREFOX_KEYS[k]];
        if ([...k].length === 1) return k;
        throw new Error(`press(): unknown key ${JSON.stringify(k)} (known: ${Object.keys(FIREFOX_KEYS).join(', ')}, or one character)`);
      };
      const keys = parts.map(toKey);
      const a = driver.actions();
      for (const k of keys.slice(0, -1)) a.keyDown(k);
      a.keyDown(keys[keys.length - 1]).keyUp(keys[keys.length - 1]);
      for (const k of keys.slice(0, -1).reverse()) a.keyUp(k);
      await a.perform();
    },
    async type(text) { await driver.actions().sendKeys(text).perform(); },
    async screenshot(file) { fs.writeFileSync(file, Buffer.from(await driver.takeScreenshot(), 'base64')); },
    async close() {
      try { if (drv.bidi) await withTimeout(drv.bidi.close(), 5_000, 'BiDi close'); } catch { /* ignore */ }
      await driver.quit();
      if (proc.exitCode === null) proc.kill('SIGTERM');
    },
  });

  return makeSession('firefox', drv, {
    timeouts: opts.timeouts,
    extensionId: geckoId,
    extensionBaseUrl: `moz-extension://${uuid}/`,
  });
}

// ---------------------------------------------------------------------------

/**
 * Launches a headless browser with the unpacked extension loaded.
 * @param {'chromium'|'firefox'} browser
 * @param {object} opts
 * @param {string} opts.extensionDir unpacked extension (manifest.json inside)
 * @param {object} [opts.server] the fixture server from server.js: its offsite sink then
 *   receives (and records) every request for a host other than www.linkedin.com
 * @param {boolean} [opts.grantHostPermissions=true] Firefox only: false = the MV3 host
 *   permissions are not granted at install (as when a user withholds them)
 * @param {object} [opts.timeouts] override DEFAULT_TIMEOUTS entries (ms)
 * @param {{width:number,height:number}} [opts.viewport]
 * @param {string[]} [opts.extraArgs] Chromium only: more command-line switches
 */
async function launch(browser, opts = {}) {
  const o = {
    ...opts,
    timeouts: { ...DEFAULT_TIMEOUTS, ...(opts.timeouts || {}) },
    sinkProxy: opts.server ? opts.server.sinkProxy : opts.sinkProxy,
  };
  if (browser === 'chromium') return launchChromium(o);
  if (browser === 'firefox') return launchFirefox(o);
  throw new Error(`launch(): unknown browser ${JSON.stringify(browser)} (chromium or firefox)`);
}

module.exports = {
  launch,
  DEFAULT_TIMEOUTS,
  findChromium,
  findFirefox,
  findGeckodriver,
  chromiumExtensionId,
  killTree,
};
