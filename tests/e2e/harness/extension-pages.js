// Helpers for end-to-end tests of NoteFirst's own pages (options, popup), on top of
// the session API of ./browsers.js: open a page of the extension and wait until it is
// ready, read and write the extension's storage from such a page, choose a file for
// an <input type=file>, switch the colour scheme, and measure text contrast (WCAG).
//
// The extension's base URL comes from the session: Chromium's id is computed from
// the unpacked directory's path (as Chromium does), Firefox's UUID is fixed at launch
// through the extensions.webextensions.uuids pref (see browsers.js).
'use strict';

const path = require('node:path');
const { launch } = require('./browsers');

/**
 * launch() from browsers.js, able to open the extension's own pages. Firefox's
 * remote agent refuses to navigate to moz-extension:// URLs unless system access is
 * allowed; Firefox reads that from its environment, which it inherits from
 * geckodriver, which inherits it from this process.
 */
async function launchForPages(browser, opts) {
  if (browser === 'firefox') process.env.MOZ_REMOTE_ALLOW_SYSTEM_ACCESS = '1';
  return launch(browser, opts);
}

/** Opens `page` ("options/options.html") of the extension and waits for data-ready. */
async function openPage(session, page, { timeout = 30_000 } = {}) {
  await session.goto(session.extensionBaseUrl + page);
  await session.waitFor(() => document.documentElement.dataset.ready === 'true', {
    timeout,
    message: `${page} ready`,
  });
}

/**
 * The extension's storage, read or written from one of its pages (which must be
 * open): area is 'sync' or 'local'.
 */
const storage = {
  async get(session, area, keys = null) {
    return session.evaluate((a, k) => (globalThis.browser ?? globalThis.chrome).storage[a].get(k), area, keys);
  },
  async set(session, area, items) {
    await session.evaluate((a, i) => (globalThis.browser ?? globalThis.chrome).storage[a].set(i), area, items);
  },
  async clear(session, area) {
    await session.evaluate((a) => (globalThis.browser ?? globalThis.chrome).storage[a].clear(), area);
  },
};

/** Chooses `file` (a path) in the <input type=file> matched by `selector`. */
async function chooseFile(session, selector, file) {
  const abs = path.resolve(file);
  if (session.browser === 'chromium') {
    await session.raw.page.setInputFiles(selector, abs);
  } else {
    const { By } = require('selenium-webdriver');
    const input = await session.raw.driver.findElement(By.css(selector));
    await input.sendKeys(abs);
  }
}

/**
 * Switches prefers-color-scheme ('light' or 'dark'). Chromium only (playwright's
 * media emulation); returns false where the browser cannot be switched at run time.
 */
async function setColorScheme(session, scheme) {
  if (session.browser !== 'chromium') return false;
  await session.raw.page.emulateMedia({ colorScheme: scheme });
  return true;
}

/** Types into the element matched by `selector` after clearing it (a real click, real keys). */
async function typeInto(session, selector, text) {
  await session.click(selector);
  await session.evaluate((sel) => {
    const el = document.querySelector(sel);
    el.select?.();
  }, selector);
  await session.press('Backspace');
  if (text) await session.type(text);
}

/**
 * Every visible text whose contrast with its background is below WCAG AA: 4.5:1, or
 * 3:1 for large text (24px, or 18.66px bold). Backgrounds are found by walking up to
 * the first opaque one; text over images or gradients is not measured.
 */
async function contrastFailures(session) {
  return session.evaluate(() => {
    const parse = (c) => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const [r, g, b, a = 1] = m[1].split(/[\s,/]+/).filter(Boolean).map(Number);
      return { r, g, b, a };
    };
    const lum = ({ r, g, b }) => {
      const f = (v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      };
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const blend = (top, bottom) => ({
      r: top.r * top.a + bottom.r * (1 - top.a),
      g: top.g * top.a + bottom.g * (1 - top.a),
      b: top.b * top.a + bottom.b * (1 - top.a),
      a: 1,
    });
    const background = (el) => {
      const layers = [];
      for (let e = el; e; e = e.parentElement) {
        const bg = parse(getComputedStyle(e).backgroundColor);
        if (bg && bg.a > 0) {
          layers.push(bg);
          if (bg.a >= 1) break;
        }
      }
      let color = { r: 255, g: 255, b: 255, a: 1 };
      if (!layers.length || layers[layers.length - 1].a < 1) {
        const rootBg = parse(getComputedStyle(document.documentElement).backgroundColor);
        if (rootBg && rootBg.a >= 1) color = rootBg;
      }
      for (const layer of layers.reverse()) color = blend(layer, color);
      return color;
    };
    const failures = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const seen = new Set();
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || seen.has(el) || !node.textContent.trim()) continue;
      seen.add(el);
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      if (style.visibility === 'hidden' || rect.width < 2 || rect.height < 2 || el.closest('[hidden], .sr-only, option, svg')) continue;
      let opacity = 1;
      for (let e = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
      if (opacity < 0.99 && el.closest('button:disabled, input:disabled')) continue; // WCAG exempts inactive controls
      const bg = background(el);
      const fgRaw = parse(style.color);
      if (!fgRaw) continue;
      const fg = blend({ ...fgRaw, a: fgRaw.a * opacity }, bg);
      const [l1, l2] = [lum(fg), lum(bg)].sort((a, b) => b - a);
      const ratio = (l1 + 0.05) / (l2 + 0.05);
      const size = parseFloat(style.fontSize);
      const bold = Number(style.fontWeight) >= 700;
      const large = size >= 24 || (bold && size >= 18.66);
      const needed = large ? 3 : 4.5;
      if (ratio < needed) {
        failures.push({ text: node.textContent.trim().slice(0, 60), ratio: Math.round(ratio * 100) / 100, needed, color: style.color, tag: el.tagName.toLowerCase(), cls: el.className });
      }
    }
    return failures;
  });
}

/**
 * A second tab in the same browser (same profile, same extension), for tests of two
 * pages at once: goto(url), evaluate(fn, ...args) (fn's result must be JSON-able;
 * promises are awaited), type(selector, text) with real keys, close(). The session's
 * own tab stays the one its methods work on.
 */
async function openSecondTab(session) {
  const expression = (fn, args) => `(async () => JSON.stringify(await (${fn}).apply(null, ${JSON.stringify(args)})))()`;
  const parse = (json) => (json === undefined || json === null ? undefined : JSON.parse(json));
  if (session.browser === 'chromium') {
    const page = await session.raw.context.newPage();
    return {
      goto: (url) => page.goto(url, { waitUntil: 'load' }),
      evaluate: async (fn, ...args) => parse(await page.evaluate(expression(fn, args))),
      type: async (selector, text) => {
        await page.click(selector);
        await page.keyboard.type(text);
      },
      close: () => page.close(),
    };
  }
  const { By } = require('selenium-webdriver');
  const driver = session.raw.driver;
  const home = await driver.getWindowHandle();
  await driver.switchTo().newWindow('tab');
  const tab = await driver.getWindowHandle();
  await driver.switchTo().window(home);
  const inTab = async (work) => {
    await driver.switchTo().window(tab);
    try {
      return await work();
    } finally {
      await driver.switchTo().window(home);
    }
  };
  return {
    goto: (url) => inTab(() => driver.get(url)),
    evaluate: (fn, ...args) => inTab(async () => parse(await driver.executeScript(`return ${expression(fn, args)};`))),
    type: (selector, text) => inTab(async () => {
      const el = await driver.findElement(By.css(selector));
      await el.click();
      await el.sendKeys(text);
    }),
    close: () => inTab(() => driver.close()).catch(() => driver.switchTo().window(home)),
  };
}

/** Polls `tab.evaluate(fn, ...args)` until it is truthy. */
async function waitInTab(tab, fn, { args = [], timeout = 15_000, message = '' } = {}) {
  const deadline = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await tab.evaluate(fn, ...args);
      if (last) return last;
    } catch (error) {
      last = error.message;
    }
    if (Date.now() > deadline) throw new Error(`second tab: waited ${timeout} ms for ${message || fn}: last ${JSON.stringify(last)}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

/** Requests that left for a host other than www.linkedin.com (browsers' own excepted). */
function offsiteRequests(server) {
  return server.requests((r) => r.offsite && !r.browserBackground);
}

/**
 * Changes settings the way the options page does (read, merge, plan, write: the
 * extension's own shared/storage.js and core), from the extension page the session
 * shows. `patch` is deep-merged into the current settings (lists are replaced).
 */
async function saveSettings(session, patch) {
  const problem = await session.evaluate(async (p) => {
    const { loadCore } = await import('/shared/core.js');
    const store = await import('/shared/storage.js');
    const core = await loadCore();
    const read = core.settings_read(await store.readRaw());
    const mine = structuredClone(read.settings);
    const merge = (target, source) => {
      for (const [k, v] of Object.entries(source)) {
        if (v && typeof v === 'object' && !Array.isArray(v)) merge((target[k] ??= {}), v);
        else target[k] = v;
      }
    };
    merge(mine, p);
    const result = await store.saveSettings(core, read.settings, mine);
    if (result.refused) return result.refused.message;
    if (result.syncError) return String(result.syncError);
    return null;
  }, patch);
  if (problem) throw new Error(`saving settings failed: ${problem}`);
}

module.exports = { offsiteRequests, saveSettings, openSecondTab, waitInTab, launchForPages, openPage, storage, chooseFile, setColorScheme, typeInto, contrastFailures };
