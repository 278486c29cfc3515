// Benchmark pages, generated at bench time from the 2026 invitation-manager fixture
// (tests/fixtures/linkedin/invitations-sdui-2026.html) into tests/bench/.cache/:
//
// - invitations(n): the received-invitations page with n person invitations, each a
//   copy of one of the fixture's cards with another made-up name, profile and note
//   (notes from tests/bench/notes.tsv, the same the throughput runs score);
// - busy(): the same page with 20 invitations plus a feed-like region that, once
//   window.__nfBusy.start(ms, perSecond) is called, keeps changing its DOM (posts
//   added and removed, counters and times rewritten) at a steady rate of mutation
//   records, as LinkedIn's busiest pages do. Served at /mynetwork/ (the core runs
//   there) and at /feed/ (only the loader runs there).
"use strict";

const fs = require("node:fs");
const path = require("node:path");

const FIXTURE = path.resolve(__dirname, "../fixtures/linkedin/invitations-sdui-2026.html");
const NOTES = path.resolve(__dirname, "notes.tsv");
const CACHE = path.resolve(__dirname, ".cache");

const FIRST = ["Dana", "Tomás", "Priya", "Jonas", "Amara", "Lucía", "Henrik", "Mei", "Grace", "Rohan", "Ingrid", "Yusuf",
  "Olivia", "Benedict", "Camille", "Beatriz", "Friederike", "Sam", "Victor", "Nikolai", "Aisha", "Pieter", "Chiara", "Mateo"];
const LAST = ["Whitfield", "Ibarra", "Raman", "Feld", "Okafor", "Navarro", "Aalto", "Zhao", "Whitaker", "Mehta", "Solberg",
  "Demir", "Grant", "Ashworth", "Dubois", "Almeida", "Lang", "Okonkwo", "Hale", "Petrov", "Bello", "de Vries", "Conti",
  "Ferreira", "Lindqvist", "Novak", "Haddad", "Moreau", "Kowalski"];

/** The notes of tests/bench/notes.tsv: strings, null for "no note". */
function readNotes() {
  return fs.readFileSync(NOTES, "utf8").split("\n").slice(1)
    .filter((l) => l.trim() && !l.startsWith("#") && l.includes("\t"))
    .map((l) => {
      const [kind, ...rest] = l.split("\t");
      return kind === "none" ? null : rest.join("\t");
    });
}

const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The 2026 fixture cut into the page around the list, and its cards. */
function parseFixture() {
  const src = fs.readFileSync(FIXTURE, "utf8");
  const open = src.indexOf('data-testid="lazy-column"');
  const close = src.indexOf("        </div>\n      </section>", open);
  if (open < 0 || close < 0) throw new Error(`bench: ${FIXTURE} no longer has the lazy-column list this generator expects`);
  const headEnd = src.indexOf("\n", open) + 1;
  const cards = src.slice(headEnd, close).split(/(?=        <div role="listitem")/).filter((b) => b.trim());
  // Person invitations only (not the newsletter), with a plain note or none.
  const persons = cards.filter((c) => c.includes('aria-label="Ignore an invitation to connect from ') && !c.includes("see more"));
  const noteBox = /\n          <div class="[^"]*">\n            <p class="[^"]*"><span data-testid="expandable-text-box" class="[^"]*">([^<]*)<\/span><\/p>\n[^\n]*\n          <\/div>/;
  const withNote = persons.filter((c) => noteBox.test(c));
  if (!withNote.length) throw new Error(`bench: no card with a plain note in ${FIXTURE}`);
  return { head: src.slice(0, headEnd), tail: src.slice(close), withNote, noteBox };
}

function uuid(i, salt) {
  const h = (n) => ((Math.imul(n ^ 0x9e3779b9, 0x85ebca6b) >>> 0) % 0x10000).toString(16).padStart(4, "0");
  return `${h(i)}${h(i + salt)}-${h(i * 3)}-4${h(i * 5).slice(1)}-a${h(i * 7).slice(1)}-${h(i * 11)}${h(i * 13)}${h(i * 17)}`;
}

/** One card: a copy of a fixture card with person number i's name, profile and note. */
function card(fx, i, note) {
  let c = fx.withNote[i % fx.withNote.length];
  const oldName = /<strong>([^<]+)<\/strong>/.exec(c)[1];
  const oldSlug = /href="\/in\/([^/"]+)\/"/.exec(c)[1];
  const first = FIRST[i % FIRST.length];
  const last = LAST[Math.floor(i / FIRST.length) % LAST.length];
  const name = i < FIRST.length * LAST.length ? `${first} ${last}` : `${first} ${String.fromCharCode(65 + (i % 26))}. ${last}`;
  const slug = `${first}-${last}-${i}`.toLowerCase().normalize("NFD").replace(/[^a-z0-9-]/g, "");
  c = c.replace(new RegExp(escapeRegExp(oldName), "g"), name)
    .replace(new RegExp(`/in/${escapeRegExp(oldSlug)}/`, "g"), `/in/${slug}/`)
    .replace(/componentkey="[^"]*"/, `componentkey="${uuid(i, 7)}"`)
    .replace(/>Reply to [^<]*</, `>Reply to ${first}<`)
    .replace(/recipient=[A-Za-z0-9_-]+/, `recipient=ACoAA${uuid(i, 3).replace(/-/g, "")}`);
  return note === null
    ? c.replace(fx.noteBox, "")
    : c.replace(fx.noteBox, (box, text) => box.replace(`>${text}<`, `>${escapeHtml(note)}<`));
}

/** The received-invitations page with n invitations. */
function invitationsHtml(n, { extraSection = "", extraScript = "" } = {}) {
  const fx = parseFixture();
  const notes = readNotes();
  const cards = [];
  for (let i = 0; i < n; i++) cards.push(card(fx, i, notes[i % notes.length]));
  const head = fx.head.replace(/All \(\d+\)/, `All (${n})`).replace(/People \(\d+\)/, `People (${n})`);
  let tail = fx.tail;
  if (extraSection) tail = tail.replace("      </section>", `      </section>\n${extraSection}`);
  if (extraScript) tail = tail.replace("</body>", `${extraScript}\n</body>`);
  return head + cards.join("") + tail;
}

// The busy region: a feed of posts, and the script that keeps changing it.
const FEED_SECTION = `      <section class="c0a8f1d2" aria-label="Feed updates" style="padding: 8px 16px">
        <h2 class="_6a2d8f4e">Recent activity</h2>
        <div id="bench-feed"></div>
      </section>`;

const BUSY_SCRIPT = `<script nonce="{{NONCE}}">
(function () {
  var feed = document.getElementById('bench-feed');
  var posts = [], counters = [], times = [], serial = 0, running = null;
  var WORDS = 'data shipment carrier platform team launch hiring event talk metrics pipeline logistics schema contract week'.split(' ');
  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    for (var k in attrs) e.setAttribute(k, attrs[k]);
    if (text != null) e.textContent = text;
    return e;
  }
  function post() {
    var n = ++serial;
    var p = el('div', { role: 'listitem', 'data-urn': 'urn:li:activity:' + (7300000000000 + n), class: 'f59fbc39' });
    var head = el('div', { class: '_7a1c3e95' });
    var a = el('a', { href: '/in/poster-' + (n % 97) + '/', class: '_4d9e2b70' });
    a.appendChild(el('img', { alt: '', width: '48', height: '48', class: '_8f0b3c1e' }));
    head.appendChild(a);
    var who = el('div', { class: '_3b8e1f4c' });
    who.appendChild(el('p', { class: 'c5e9a2d7' }, 'Poster ' + (n % 97)));
    who.appendChild(el('p', { class: '_9c4e1b7a' }, 'Operations at Company ' + (n % 13)));
    var t = el('span', { class: 'e1d5b9c3' }, n % 60 + 'm');
    who.appendChild(t);
    head.appendChild(who);
    head.appendChild(el('button', { 'aria-label': 'Follow Poster ' + (n % 97), type: 'button', class: '_8e2a6c0f' }, '+ Follow'));
    p.appendChild(head);
    var words = [];
    for (var i = 0; i < 40; i++) words.push(WORDS[(n * 7 + i * 3) % WORDS.length]);
    p.appendChild(el('p', { class: 'f2c6a0e4' }, words.join(' ')));
    var social = el('div', { class: '_5f2d8b3c' });
    var count = document.createTextNode(String(n % 500));
    social.appendChild(count);
    social.appendChild(document.createTextNode(' reactions'));
    p.appendChild(social);
    var bar = el('div', { class: '_3f7b1e9d' });
    ['Like', 'Comment', 'Repost', 'Send'].forEach(function (b) { bar.appendChild(el('button', { type: 'button', class: '_8e2a6c0f' }, b)); });
    p.appendChild(bar);
    return { el: p, count: count, time: t };
  }
  function add() {
    var q = post();
    feed.insertBefore(q.el, feed.firstChild);
    posts.push(q);
    return 1;
  }
  function removeOldest() {
    var q = posts.shift();
    q.el.remove();
    return 1;
  }
  // One step: 50 mutation records (2 childList for a post added and one removed, 24
  // characterData for counters, 24 childList for times rewritten).
  function step() {
    var done = add() + (posts.length > 60 ? removeOldest() : add());
    for (var i = 0; i < 24; i++) {
      var q = posts[(serial * 31 + i * 17) % posts.length];
      q.count.data = String((+q.count.data + 1) % 1000);
      var r = posts[(serial * 13 + i * 7) % posts.length];
      r.time.textContent = ((serial + i) % 59 + 1) + 'm';
      done += 2;
    }
    return done;
  }
  for (var i = 0; i < 30; i++) add();
  window.__nfBusy = {
    // Mutates at perSecond records a second for ms milliseconds; resolves with what it did.
    start: function (ms, perSecond) {
      if (running) return running;
      var t0 = performance.now(), records = 0, ticks = 0;
      running = new Promise(function (resolve) {
        var timer = setInterval(function () {
          var now = performance.now(), elapsed = Math.min(now - t0, ms);
          ticks++;
          // Catch up on time lost to a slow tick, so the rate holds whatever the load.
          var due = Math.min(Math.floor(elapsed / 1000 * perSecond) - records, perSecond / 10);
          while (due >= 50) { var k = step(); records += k; due -= k; }
          if (now - t0 >= ms) {
            clearInterval(timer);
            running = null;
            resolve({ records: records, ticks: ticks, ms: now - t0 });
          }
        }, 10);
      });
      return running;
    }
  };
})();
</script>`;

function write(name, html) {
  fs.mkdirSync(CACHE, { recursive: true });
  const file = path.join(CACHE, name);
  fs.writeFileSync(file, html);
  return file;
}

/** Writes the invitations page with n cards; returns its path. */
function writeInvitations(n) {
  return write(`invitations-${n}.html`, invitationsHtml(n));
}

/** Writes the busy page; returns its path. */
function writeBusy() {
  return write("busy.html", invitationsHtml(20, { extraSection: FEED_SECTION, extraScript: BUSY_SCRIPT }));
}

module.exports = { readNotes, writeInvitations, writeBusy, invitationsHtml, CACHE };

if (require.main === module) {
  for (const n of [50, 500, 5000]) console.log(writeInvitations(n));
  console.log(writeBusy());
}
