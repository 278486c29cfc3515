// Tests of the end-to-end harness itself (tests/e2e/harness/): the fixture server's
// headers, nonce, theme, route table and request log; then, in Chromium and in Firefox,
// a throwaway MV3 extension generated here whose content script must run on
// https://www.linkedin.com/ under the strict page CSP, with clicks, keys, console capture
// and the offsite sink checked on the way. Also lints that extension with web-ext.
// Run: node --test tests/e2e/harness.test.js   (needs root for port 443; see harness/)
'use strict';

const assert = require('node:assert/strict');
const fs = require('node:fs');
const https = require('node:https');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { describe, it, before, after } = require('node:test');

const { startServer, applyTheme } = require('./harness/server');
const { launch } = require('./harness/browsers');

const SMOKE_HTML = path.join(__dirname, 'harness', 'smoke.html');
const REPO_ROOT = path.resolve(__dirname, '..', '..');
const BROWSER_TEST_TIMEOUT = 180_000;

/** An HTTPS request to the server, trusting only its own certificate, for www.linkedin.com. */
function request(server, p, { method = 'GET', headers = {}, agent = false } = {}) {
  return new Promise((resolve, reject) => {
    const req = https.request({
      host: '127.0.0.1',
      port: server.port,
      path: p,
      method,
      servername: 'www.linkedin.com',
      ca: fs.readFileSync(server.certPath),
      headers: { host: 'www.linkedin.com', ...headers },
      agent,
      timeout: 10_000,
    }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body }));
    });
    req.on('timeout', () => req.destroy(new Error(`request ${p} timed out`)));
    req.on('error', reject);
    req.end();
  });
}

/** A throwaway MV3 extension: its content script marks the page and exercises the harness. */
function makeSmokeExtension(browser) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `nf-smoke-ext-${browser}-`));
  const manifest = {
    manifest_version: 3,
    name: 'NoteFirst harness smoke',
    version: '0.0.1',
    description: 'Throwaway extension made by tests/e2e/harness.test.js',
    content_scripts: [{ matches: ['https://www.linkedin.com/*'], js: ['content.js'], run_at: 'document_idle' }],
    background: browser === 'firefox' ? { scripts: ['background.js'] } : { service_worker: 'background.js' },
  };
  if (browser === 'firefox') {
    manifest.browser_specific_settings = {
      gecko: {
        id: 'harness-smoke@notefirst.test',
        strict_min_version: '142.0', // data_collection_permissions: desktop 140, Android 142
        data_collection_permissions: { required: ['none'] },
      },
    };
  }
  fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  fs.writeFileSync(path.join(dir, 'content.js'), [
    "document.documentElement.dataset.smoke = 'ok';",
    "console.log('nf-smoke content script ran');",
    // An uncaught error and an offsite request, for the harness to catch.
    "setTimeout(() => { throw new Error('nf-smoke uncaught'); }, 0);",
    "fetch('https://leak.notefirst.test/beacon').catch(() => {});",
    '',
  ].join('\n'));
  fs.writeFileSync(path.join(dir, 'background.js'), "console.log('nf-smoke background up');\n");
  return dir;
}

const isPng = (file) => fs.readFileSync(file).subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));

describe('harness', () => {
  let server;
  before(async () => { server = await startServer(); });
  after(async () => { if (server) await server.close(); });

  describe('server', () => {
    it('serves a fixture with the strict CSP and a fresh nonce substituted', async () => {
      server.reset();
      server.route('/mynetwork/invitation-manager/', { file: SMOKE_HTML, csp: 'strict' });
      const a = await request(server, '/mynetwork/invitation-manager/?filter=all');
      const b = await request(server, '/mynetwork/invitation-manager/');
      assert.equal(a.status, 200);
      assert.equal(a.headers['content-type'], 'text/html; charset=utf-8');
      assert.equal(a.headers['x-frame-options'], 'sameorigin');
      assert.equal(a.headers['x-content-type-options'], 'nosniff');
      assert.equal(a.headers['strict-transport-security'], 'max-age=31536000');
      assert.equal(a.headers['cache-control'], 'no-cache, no-store');
      const csp = a.headers['content-security-policy'];
      const m = csp.match(/script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' https:\/\/static\.licdn\.com;/);
      assert.ok(m, `unexpected CSP: ${csp}`);
      assert.ok(!/unsafe-eval/.test(csp), 'strict CSP must have neither unsafe-eval nor wasm-unsafe-eval');
      assert.match(csp, /default-src \*; .*object-src 'none'; base-uri 'self'; frame-ancestors 'self'$/);
      assert.ok(!a.body.includes('{{NONCE}}'), 'placeholder left in the body');
      assert.equal(a.body.split(`nonce="${m[1]}"`).length - 1, 2, 'both nonce attributes carry the header nonce');
      assert.notEqual(b.headers['content-security-policy'], csp, 'nonce must differ per response');
    });

    it("csp 'wasm' adds 'wasm-unsafe-eval' and 'none' sends no CSP", async () => {
      server.reset();
      server.route('/wasm/', { file: SMOKE_HTML, csp: 'wasm' });
      server.route('/none/', { file: SMOKE_HTML, csp: 'none' });
      const w = await request(server, '/wasm/');
      assert.match(w.headers['content-security-policy'], /script-src 'self' 'nonce-[^']+' https:\/\/static\.licdn\.com 'wasm-unsafe-eval';/);
      const n = await request(server, '/none/');
      assert.equal(n.headers['content-security-policy'], undefined);
      assert.equal(n.headers['x-frame-options'], 'sameorigin');
    });

    it("theme 'dark' adds theme--dark to the <html> class, 'light' leaves it out", async () => {
      server.reset();
      server.route('/dark/', { file: SMOKE_HTML, theme: 'dark' });
      server.route('/light/', { file: SMOKE_HTML, theme: 'light' });
      const d = await request(server, '/dark/');
      assert.match(d.body, /<html lang="en" class="theme theme--mercado artdeco theme--dark">/);
      const l = await request(server, '/light/');
      assert.match(l.body, /<html lang="en" class="theme theme--mercado artdeco">/);
      assert.equal(applyTheme('<html lang="en"><body>', 'dark'), '<html class="theme--dark" lang="en"><body>');
      assert.equal(applyTheme("<html class='a theme--dark'>", 'light'), '<html class="a">');
      assert.equal(applyTheme('<html lang="en">', 'light'), '<html lang="en">');
    });

    it('records every request, and answers unknown paths with a recorded 404', async () => {
      server.reset();
      server.route(/^\/feed\//, { body: '<html><body>feed</body></html>' });
      const t0 = Date.now();
      await request(server, '/feed/?x=1', { headers: { 'x-nf-probe': 'yes' } });
      const miss = await request(server, '/voyager/api/nothing', { method: 'POST' });
      assert.equal(miss.status, 404);
      const log = server.requests();
      assert.equal(log.length, 2);
      assert.equal(log[0].method, 'GET');
      assert.equal(log[0].path, '/feed/?x=1');
      assert.equal(log[0].url, 'https://www.linkedin.com/feed/?x=1');
      assert.equal(log[0].headers['x-nf-probe'], 'yes');
      assert.equal(log[0].status, 200);
      assert.equal(log[0].offsite, false);
      assert.ok(log[0].time >= t0 && log[0].time <= Date.now());
      assert.deepEqual([log[1].method, log[1].path, log[1].status, log[1].route], ['POST', '/voyager/api/nothing', 404, null]);
      server.clearRequests();
      assert.deepEqual(server.requests(), []);
    });

    it('honours status and extraHeaders, later routes win, reset forgets routes', async () => {
      server.reset();
      server.route(/^\/in\//, { body: '<html></html>', status: 200 });
      server.route('/in/gone/', { body: '<html>gone</html>', status: 410, extraHeaders: { 'x-li-fabric': 'test-fabric', 'x-frame-options': null } });
      const r = await request(server, '/in/gone/');
      assert.equal(r.status, 410);
      assert.equal(r.headers['x-li-fabric'], 'test-fabric');
      assert.equal(r.headers['x-frame-options'], undefined);
      assert.equal((await request(server, '/in/someone/')).status, 200);
      server.reset();
      assert.equal((await request(server, '/in/someone/')).status, 404);
      assert.throws(() => server.route('/x/', { file: 'no-such-fixture.html' }),
        /fixture not found: .*tests\/fixtures\/linkedin\/no-such-fixture\.html/);
      assert.throws(() => server.route('/x/', { body: '', csp: 'lax' }), /csp must be one of/);
    });
  });

  for (const browserName of ['chromium', 'firefox']) {
    describe(`${browserName} smoke`, () => {
      it(`loads the extension; its content script runs under the strict CSP (${browserName})`, { timeout: BROWSER_TEST_TIMEOUT }, async () => {
        server.reset();
        server.route('/feed/', { file: SMOKE_HTML, csp: 'strict', theme: 'dark' });
        const extensionDir = makeSmokeExtension(browserName);
        const shot = path.join(os.tmpdir(), `nf-harness-smoke-${browserName}-${process.pid}.png`);
        let session;
        try {
          session = await launch(browserName, { extensionDir, server });
          await session.goto('https://www.linkedin.com/feed/');
          await session.waitFor(() => document.documentElement.dataset.smoke === 'ok', { timeout: 20_000, message: 'content script mark' });

          // The browser enforced the header: the nonce'd inline script ran, the other did not.
          const page = await session.evaluate(() => ({
            nonce: document.documentElement.dataset.pageNonce,
            noNonce: document.documentElement.dataset.pageNoNonce || null,
            world: window.__nfPageWorld, // set by the page's own script: main world
            dark: document.documentElement.classList.contains('theme--dark'),
          }));
          assert.deepEqual(page, { nonce: 'ran', noNonce: null, world: 'main', dark: true });
          assert.equal(await session.evaluate((a, b) => a + b, 2, 3), 5);
          assert.equal(await session.evaluate(() => undefined), undefined);

          // Trusted clicks (also through an open shadow root), typing and keys.
          await session.click('#smoke-button');
          await session.click(['[data-nf-smoke-host]', 'button.inner']);
          await session.click('#smoke-input');
          await session.type('hello');
          await session.press('Enter');
          const events = await session.evaluate(() => window.__nfEvents);
          assert.deepEqual(events.filter((e) => e.type !== 'keydown'), [
            { type: 'click', trusted: true },
            { type: 'shadow-click', trusted: true },
          ]);
          assert.deepEqual(events.filter((e) => e.type === 'keydown').map((e) => [e.key, e.trusted]),
            [['h', true], ['e', true], ['l', true], ['l', true], ['o', true], ['Enter', true]]);
          assert.equal(await session.evaluate(() => document.querySelector('#smoke-input').value), 'hello');

          await assert.rejects(session.click(['[data-nf-smoke-host]', '.missing'], { timeout: 500 }),
            /no element matches "\.missing" in the shadow root of "\[data-nf-smoke-host\]"/);
          await assert.rejects(session.waitFor(() => window.__never === true, { timeout: 300 }),
            (err) => /waitFor timed out after 300 ms/.test(err.message) && /__never/.test(err.message));

          // Console output and the uncaught error of the content script were captured.
          await session.waitFor(() => true);
          const deadline = Date.now() + 10_000;
          while (Date.now() < deadline && !session.consoleErrors().some((m) => m.text.includes('nf-smoke uncaught'))) {
            await new Promise((r) => setTimeout(r, 100));
          }
          const msgs = session.consoleMessages();
          assert.ok(msgs.some((m) => m.text.includes('nf-smoke content script ran')), `content script log missing: ${JSON.stringify(msgs)}`);
          assert.ok(session.consoleErrors().some((m) => m.text.includes('nf-smoke uncaught')), `uncaught error missing: ${JSON.stringify(msgs)}`);

          // The content script's request to another host reached the offsite sink.
          const leakDeadline = Date.now() + 10_000;
          const leak = () => server.requests((r) => r.offsite && /^leak\.notefirst\.test(:443)?$/.test(r.host));
          while (Date.now() < leakDeadline && leak().length === 0) await new Promise((r) => setTimeout(r, 100));
          assert.equal(leak().length, 1, `offsite request not recorded: ${JSON.stringify(server.requests())}`);
          const onsite = server.requests((r) => !r.offsite).map((r) => `${r.method} ${r.path}`);
          assert.equal(onsite[0], 'GET /feed/');
          assert.equal(server.requests((r) => r.offsite && !r.browserBackground && !leak().some((l) => l.id === r.id)).length, 0,
            `unexpected offsite requests: ${JSON.stringify(server.requests((r) => r.offsite).map((r) => r.host))}`);

          await session.screenshot(shot);
          assert.ok(isPng(shot), 'screenshot is not a PNG');
        } finally {
          if (session) await session.close();
          fs.rmSync(extensionDir, { recursive: true, force: true });
          fs.rmSync(shot, { force: true });
        }
      });
    });
  }

  describe('firefox host permissions', () => {
    it('without the install-time grant the MV3 content script does not run (so the grant is what makes it run)', { timeout: BROWSER_TEST_TIMEOUT }, async () => {
      server.reset();
      server.route('/feed/', { file: SMOKE_HTML, csp: 'strict' });
      const extensionDir = makeSmokeExtension('firefox');
      let session;
      try {
        session = await launch('firefox', { extensionDir, server, grantHostPermissions: false });
        await session.goto('https://www.linkedin.com/feed/');
        await session.waitFor(() => document.documentElement.dataset.pageNonce === 'ran');
        await new Promise((r) => setTimeout(r, 3_000));
        assert.equal(await session.evaluate(() => document.documentElement.dataset.smoke), undefined);
      } finally {
        if (session) await session.close();
        fs.rmSync(extensionDir, { recursive: true, force: true });
      }
    });
  });

  describe('web-ext lint', () => {
    const lint = (dir) => {
      const bin = path.join(REPO_ROOT, 'node_modules', '.bin', 'web-ext');
      assert.ok(fs.existsSync(bin), 'web-ext not installed: run `npm ci` at the repository root');
      const r = spawnSync(bin, ['lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'], {
        encoding: 'utf8', timeout: 110_000,
      });
      assert.ok(r.stdout, `web-ext lint printed nothing: ${r.error || r.stderr}`);
      return { status: r.status, report: JSON.parse(r.stdout), stderr: r.stderr };
    };

    it('lints the Firefox smoke extension offline: clean; and fails on an MV3 without a gecko id', { timeout: 120_000 }, () => {
      const extensionDir = makeSmokeExtension('firefox');
      try {
        const ok = lint(extensionDir);
        assert.deepEqual(ok.report.errors, [], JSON.stringify(ok.report.errors));
        assert.deepEqual(ok.report.warnings, [], JSON.stringify(ok.report.warnings));
        assert.equal(ok.status, 0, ok.stderr);
        const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, 'manifest.json'), 'utf8'));
        delete manifest.browser_specific_settings;
        fs.writeFileSync(path.join(extensionDir, 'manifest.json'), JSON.stringify(manifest));
        const bad = lint(extensionDir);
        assert.equal(bad.status, 1);
        assert.ok(bad.report.errors.some((e) => e.code === 'ADDON_ID_REQUIRED'), JSON.stringify(bad.report.errors));
      } finally {
        fs.rmSync(extensionDir, { recursive: true, force: true });
      }
    });
  });
});

describe('server close', () => {
  it('frees port 443', { timeout: 60_000 }, async () => {
    const s = await startServer();
    const agent = new https.Agent({ keepAlive: true });
    await request(s, '/nothing', { agent }); // leaves an open keep-alive connection
    await s.close();
    agent.destroy();
    const probe = net.createServer();
    await new Promise((resolve, reject) => {
      probe.once('error', reject);
      probe.listen({ port: 443, host: '127.0.0.1', exclusive: true }, resolve);
    });
    await new Promise((resolve) => probe.close(resolve));
  });
});
