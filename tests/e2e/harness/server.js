// End-to-end test server: serves fixture pages at https://www.linkedin.com/... to both
// browsers from 127.0.0.1:443, with LinkedIn-like response headers (strict CSP with a
// fresh nonce per response, or a CSP that allows WebAssembly, or none), a per-test
// route table, and a record of every request it receives. It also runs an "offsite
// sink": a local HTTP proxy that both browsers send every other host to; it refuses
// all of them and records each attempt, so a test can prove nothing left for anywhere
// else. The TLS certificate for www.linkedin.com is self-signed, made once with the
// `openssl` CLI into tests/e2e/.cache/tls/ (gitignored).
'use strict';

const crypto = require('node:crypto');
const fs = require('node:fs');
const http = require('node:http');
const https = require('node:https');
const path = require('node:path');
const { execFileSync } = require('node:child_process');

const E2E_DIR = path.resolve(__dirname, '..');
const REPO_ROOT = path.resolve(E2E_DIR, '..', '..');
const CACHE_DIR = path.join(E2E_DIR, '.cache');
const TLS_DIR = path.join(CACHE_DIR, 'tls');
const FIXTURES_DIR = path.join(REPO_ROOT, 'tests', 'fixtures', 'linkedin');

const HOSTNAME = 'www.linkedin.com';
const ORIGIN = `https://${HOSTNAME}`;

const CSP_MODES = ['strict', 'wasm', 'none'];

// Hosts the browsers themselves call in the background even with the harness's
// switches and prefs (measured: Chromium 156 calls the first ones; Firefox ESR 153 is
// quiet with the harness's prefs). Offsite records for them get `browserBackground:
// true`, so a test can tell them from the extension's own requests. Exact names only.
const BROWSER_BACKGROUND_HOSTS = new Set([
  'accounts.google.com',
  'update.googleapis.com',
  'clients2.google.com',
  'redirector.gvt1.com',
  'content-autofill.googleapis.com',
  'optimizationguide-pa.googleapis.com',
  'safebrowsing.googleapis.com',
  'clientservices.googleapis.com',
  'firefox.settings.services.mozilla.com',
  'content-signature-2.cdn.mozilla.net',
  'aus5.mozilla.org',
  'incoming.telemetry.mozilla.org',
  'detectportal.firefox.com',
  'push.services.mozilla.com',
  'shavar.services.mozilla.com',
  'tracking-protection.cdn.mozilla.net',
]);

function isBrowserBackground(host) {
  return BROWSER_BACKGROUND_HOSTS.has(String(host || '').replace(/:\d+$/, '').toLowerCase());
}
const THEMES = ['light', 'dark'];

/** The page CSP, modelled on LinkedIn's: nonce-based script-src, no eval of any kind;
 *  inline styles allowed, as LinkedIn's own pages need them. */
function cspHeader(mode, nonce) {
  if (mode === 'none') return null;
  const scriptSrc = ["'self'", `'nonce-${nonce}'`, 'https://static.licdn.com'];
  if (mode === 'wasm') scriptSrc.push("'wasm-unsafe-eval'");
  return [
    'default-src *',
    `script-src ${scriptSrc.join(' ')}`,
    "style-src 'self' 'unsafe-inline' https://static.licdn.com",
    'img-src * data: blob:',
    "object-src 'none'",
    "base-uri 'self'",
    "frame-ancestors 'self'",
  ].join('; ');
}

/** Makes (once) and returns the self-signed certificate for www.linkedin.com. */
function ensureCertificate() {
  const keyPath = path.join(TLS_DIR, 'www.linkedin.com.key.pem');
  const certPath = path.join(TLS_DIR, 'www.linkedin.com.cert.pem');
  if (!(fs.existsSync(keyPath) && fs.existsSync(certPath))) {
    fs.mkdirSync(TLS_DIR, { recursive: true });
    // Write to unique names and rename, so two processes making it at once cannot
    // leave a key that does not match its certificate.
    const tag = `${process.pid}-${crypto.randomBytes(4).toString('hex')}`;
    const tmpKey = `${keyPath}.${tag}.tmp`;
    const tmpCert = `${certPath}.${tag}.tmp`;
    try {
      execFileSync('openssl', [
        'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-sha256', '-days', '3650',
        '-subj', `/CN=${HOSTNAME}`,
        '-addext', `subjectAltName=DNS:${HOSTNAME},DNS:linkedin.com`,
        '-keyout', tmpKey, '-out', tmpCert,
      ], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 60_000 });
    } catch (err) {
      for (const f of [tmpKey, tmpCert]) fs.rmSync(f, { force: true });
      if (err.code === 'ENOENT') {
        throw new Error('openssl not found: it makes the test certificate (apt-get install -y openssl)');
      }
      throw new Error(`openssl failed to make the test certificate: ${String(err.stderr || err.message).trim()}`);
    }
    // Certificate last: its presence (with the key) is what later runs check.
    fs.renameSync(tmpKey, keyPath);
    fs.renameSync(tmpCert, certPath);
  }
  const key = fs.readFileSync(keyPath);
  const cert = fs.readFileSync(certPath);
  const spki = new crypto.X509Certificate(cert).publicKey.export({ type: 'spki', format: 'der' });
  return {
    key,
    cert,
    keyPath,
    certPath,
    // base64(sha256(SubjectPublicKeyInfo)), the form Chromium's
    // --ignore-certificate-errors-spki-list takes.
    spkiSha256: crypto.createHash('sha256').update(spki).digest('base64'),
  };
}

/** Adds or removes `theme--dark` in the class list of the <html> start tag. */
function applyTheme(html, theme) {
  return html.replace(/<html\b([^>]*)>/i, (tag, attrs) => {
    const classRe = /\bclass\s*=\s*("([^"]*)"|'([^']*)')/i;
    const m = attrs.match(classRe);
    let classes = m ? (m[2] !== undefined ? m[2] : m[3]).split(/\s+/).filter(Boolean) : [];
    classes = classes.filter((c) => c !== 'theme--dark');
    if (theme === 'dark') classes.push('theme--dark');
    const classAttr = `class="${classes.join(' ')}"`;
    if (m) return `<html${attrs.replace(classRe, classAttr)}>`;
    if (theme !== 'dark') return tag;
    return `<html ${classAttr}${attrs}>`;
  });
}

function validateRoute(opts) {
  if (!opts || typeof opts !== 'object') throw new TypeError('server.route(match, opts): opts must be an object');
  if ((opts.file === undefined) === (opts.body === undefined)) {
    throw new TypeError('server.route: give exactly one of `file` (under tests/fixtures/linkedin/, or absolute) or `body`');
  }
  const csp = opts.csp === undefined ? 'strict' : opts.csp;
  if (!CSP_MODES.includes(csp)) throw new TypeError(`server.route: csp must be one of ${CSP_MODES.join(', ')}, got ${csp}`);
  const theme = opts.theme === undefined ? 'light' : opts.theme;
  if (!THEMES.includes(theme)) throw new TypeError(`server.route: theme must be one of ${THEMES.join(', ')}, got ${theme}`);
  let file = null;
  if (opts.file !== undefined) {
    file = path.isAbsolute(opts.file) ? opts.file : path.join(FIXTURES_DIR, opts.file);
    if (!fs.existsSync(file)) throw new Error(`server.route: fixture not found: ${file}`);
  }
  return {
    file,
    body: opts.body,
    csp,
    theme,
    status: opts.status === undefined ? 200 : opts.status,
    extraHeaders: opts.extraHeaders || {},
    delayMs: opts.delayMs || 0,
  };
}

function listenOnce(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (err) => { server.off('listening', onListening); reject(err); };
    const onListening = () => { server.off('error', onError); resolve(); };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen({ port, host, exclusive: true });
  });
}

/** Listens, waiting (bounded) while another process holds the port, e.g. a second test file. */
async function listenWithWait(server, port, host, waitMs) {
  const deadline = Date.now() + waitMs;
  for (;;) {
    try {
      await listenOnce(server, port, host);
      return;
    } catch (err) {
      if (err.code === 'EACCES') {
        throw new Error(`cannot listen on ${host}:${port}: a port under 1024 needs root or CAP_NET_BIND_SERVICE (the e2e tests serve https://www.linkedin.com on 443)`);
      }
      if (err.code !== 'EADDRINUSE' || Date.now() > deadline) {
        if (err.code === 'EADDRINUSE') {
          throw new Error(`${host}:${port} is still in use after waiting ${Math.round(waitMs / 1000)} s: another e2e server (test files must run one at a time) or a stray process holds it; see \`ss -ltnp 'sport = :${port}'\``);
        }
        throw err;
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

/**
 * Starts the HTTPS fixture server (and the offsite sink).
 * @param {object} [options]
 * @param {number} [options.port=443]
 * @param {string} [options.host='127.0.0.1']
 * @param {number} [options.portWaitMs=600000] how long to wait while another process holds
 *   the port (env NF_E2E_PORT_WAIT_MS); test files that run in parallel take turns
 */
async function startServer(options = {}) {
  const port = options.port === undefined ? 443 : options.port;
  const host = options.host || '127.0.0.1';
  const portWaitMs = options.portWaitMs !== undefined ? options.portWaitMs
    : Number(process.env.NF_E2E_PORT_WAIT_MS) || 600_000;
  const tls = ensureCertificate();

  let routes = [];
  let log = [];
  let seq = 0;
  const sockets = new Set();

  function record(entry) {
    const e = { id: ++seq, time: Date.now(), ...entry };
    log.push(e);
    return e;
  }

  function findRoute(pathWithQuery) {
    const pathname = pathWithQuery.split('?')[0];
    // Last registered wins, so a test can override a broader route.
    for (let i = routes.length - 1; i >= 0; i--) {
      const r = routes[i];
      if (r.match instanceof RegExp ? r.match.test(pathWithQuery) : r.match === pathname) return r;
    }
    return null;
  }

  function baseHeaders() {
    return {
      'content-type': 'text/html; charset=utf-8',
      'x-frame-options': 'sameorigin',
      'x-content-type-options': 'nosniff',
      'strict-transport-security': 'max-age=31536000',
      'cache-control': 'no-cache, no-store',
      pragma: 'no-cache',
      expires: 'Thu, 01 Jan 1970 00:00:00 GMT',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'x-li-fabric': 'prod-lva1',
      'x-li-pop': 'prod-lva1-x',
      'x-li-proto': 'http/1.1',
      'x-li-uuid': crypto.randomBytes(16).toString('base64'),
    };
  }

  async function handle(req, res) {
    const entry = record({
      offsite: false,
      browserBackground: false,
      method: req.method,
      path: req.url,
      url: `https://${req.headers.host || HOSTNAME}${req.url}`,
      host: req.headers.host || null,
      headers: { ...req.headers },
      status: null,
      route: null,
    });
    const route = findRoute(req.url);
    if (!route) {
      entry.status = 404;
      res.writeHead(404, {
        'content-type': 'text/plain; charset=utf-8',
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache, no-store',
      });
      res.end(`404: no route for ${req.url} (e2e test server)\n`);
      return;
    }
    const r = route.opts;
    entry.route = String(route.match);
    const nonce = crypto.randomBytes(16).toString('base64');
    let body;
    try {
      body = r.file !== null ? fs.readFileSync(r.file, 'utf8') : String(r.body);
    } catch (err) {
      entry.status = 500;
      res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
      res.end(`500: cannot read fixture ${r.file}: ${err.message}\n`);
      return;
    }
    body = body.split('{{NONCE}}').join(nonce);
    body = applyTheme(body, r.theme);
    const headers = baseHeaders();
    const csp = cspHeader(r.csp, nonce);
    if (csp) headers['content-security-policy'] = csp;
    for (const [k, v] of Object.entries(r.extraHeaders)) {
      if (v === null || v === undefined) delete headers[k.toLowerCase()];
      else headers[k.toLowerCase()] = v;
    }
    const buf = Buffer.from(body, 'utf8');
    headers['content-length'] = String(buf.length);
    entry.status = r.status;
    entry.nonce = nonce;
    if (r.delayMs) await new Promise((resolve) => setTimeout(resolve, r.delayMs));
    res.writeHead(r.status, headers);
    res.end(req.method === 'HEAD' ? undefined : buf);
  }

  const httpsServer = https.createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    handle(req, res).catch((err) => {
      try { res.writeHead(500); res.end(String(err && err.stack)); } catch { /* socket gone */ }
    });
  });
  // Offsite sink: an HTTP proxy that refuses everything and writes it down.
  const sink = http.createServer((req, res) => {
    let host = req.headers.host || null;
    try { host = new URL(req.url).host; } catch { /* not an absolute URL */ }
    record({ offsite: true, browserBackground: isBrowserBackground(host), method: req.method, path: req.url, url: req.url, host, headers: { ...req.headers }, status: 403, route: null });
    res.writeHead(403, { 'content-type': 'text/plain' });
    res.end('blocked by the e2e offsite sink\n');
  });
  sink.on('connect', (req, socket) => {
    record({ offsite: true, browserBackground: isBrowserBackground(req.url), method: 'CONNECT', path: req.url, url: `https://${req.url}/`, host: req.url, headers: { ...req.headers }, status: 403, route: null });
    socket.on('error', () => {});
    socket.end('HTTP/1.1 403 Forbidden\r\ncontent-length: 0\r\nconnection: close\r\n\r\n');
  });
  for (const s of [httpsServer, sink]) {
    s.on('connection', (socket) => {
      sockets.add(socket);
      socket.on('close', () => sockets.delete(socket));
    });
    s.on('clientError', (err, socket) => { socket.destroy(); });
  }
  httpsServer.on('tlsClientError', () => {});

  await listenWithWait(httpsServer, port, host, portWaitMs);
  try {
    await listenOnce(sink, 0, '127.0.0.1');
  } catch (err) {
    httpsServer.close();
    throw err;
  }
  let closed = false;

  return {
    hostname: HOSTNAME,
    origin: ORIGIN,
    host,
    port,
    /** `host:port` of the offsite sink proxy, for the browser launchers. */
    sinkProxy: `127.0.0.1:${sink.address().port}`,
    certPath: tls.certPath,
    spkiSha256: tls.spkiSha256,
    fixturesDir: FIXTURES_DIR,
    /** https://www.linkedin.com + path */
    url(p = '/') { return ORIGIN + p; },
    /**
     * Adds a route. `match` is a pathname compared exactly (query ignored) or a RegExp
     * tested against path+query. Later routes take precedence.
     */
    route(match, opts) {
      if (!(typeof match === 'string' || match instanceof RegExp)) throw new TypeError('server.route: match must be a string path or a RegExp');
      routes.push({ match, opts: validateRoute(opts) });
      return this;
    },
    /** Forgets all routes and all recorded requests. */
    reset() { routes = []; log = []; },
    /** Copies of the recorded requests, oldest first; `filter` optional. */
    requests(filter) {
      const copy = log.map((e) => ({ ...e, headers: { ...e.headers } }));
      return filter ? copy.filter(filter) : copy;
    },
    clearRequests() { log = []; },
    async close() {
      if (closed) return;
      closed = true;
      const done = Promise.all([httpsServer, sink].map((s) => new Promise((resolve) => s.close(() => resolve()))));
      for (const socket of sockets) socket.destroy();
      await done;
    },
  };
}

module.exports = { startServer, cspHeader, applyTheme, isBrowserBackground, ensureCertificate, HOSTNAME, ORIGIN, FIXTURES_DIR, CACHE_DIR };
