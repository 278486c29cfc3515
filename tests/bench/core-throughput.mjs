// One throughput run of the core in Node (V8, as in Chromium), in a fresh process so
// that its first call pays for compiling the regexes as a page does:
//
//   node tests/bench/core-throughput.mjs wasm|js FLAVOURS-DIR MILLISECONDS [WARM-UP-MS]
//
// FLAVOURS-DIR is target/flavours-bench (./build.sh bench builds it: the module with
// the `bench` feature's entry point, src/bench_entry.rs). Prints one JSON line.
import { readFileSync, copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";

const require = createRequire(import.meta.url);
const { readNotes } = require("./fixtures.js");

const [flavour, dir, msArg] = process.argv.slice(2);
const ms = Number(msArg || 1000);
// V8 optimises wasm2js's large functions late, later still on a busy machine: measured
// steady-state rates of the JavaScript flavour differed ninefold between a run measured
// right after the first call and one given time to warm up. The first call is reported
// apart (coldMs); the rate is measured after this warm-up.
const warmupMs = Number(process.argv[5] || 1500);
const notes = readNotes();

// Nanoseconds this (main) thread has run on a CPU, from Linux's schedstat; null
// elsewhere. A rate per CPU second holds up on a machine busy with other work.
const threadCpuNs = () => {
  try {
    return Number(readFileSync("/proc/thread-self/schedstat", "utf8").split(" ")[0]);
  } catch {
    return null;
  }
};

// Both flavours' entry points are ES modules named .js; this package is CommonJS, so
// they are imported from a scratch copy named .mjs (neither imports a sibling file).
const scratch = mkdtempSync(join(tmpdir(), "nf-bench-core-"));
const asModule = (file) => {
  const copy = join(scratch, "core.mjs");
  copyFileSync(file, copy);
  return import(pathToFileURL(copy).href);
};
let core;
const loadStart = performance.now();
if (flavour === "wasm") {
  core = await asModule(join(dir, "wasm", "notefirst.js"));
  await core.default({ module_or_path: readFileSync(join(dir, "wasm", "notefirst_bg.wasm")) });
} else if (flavour === "js") {
  core = await asModule(join(dir, "notefirst_js.js"));
} else {
  throw new Error(`unknown flavour ${flavour}: wasm or js`);
}
const loadMs = performance.now() - loadStart;

// The first call compiles every regex (once per instance, as in a page).
let t = performance.now();
const checksum = core.bench_score_notes(notes, 1) >>> 0;
const coldMs = performance.now() - t;

// Calls of about 25-50 ms each: first the warm-up, then `ms` measured.
let batch = 1;
const warm = performance.now();
while (performance.now() - warm < warmupMs) {
  const c0 = performance.now();
  core.bench_score_notes(notes, batch);
  if (performance.now() - c0 < 25) batch *= 2;
}
let rounds = 0;
const cpuStart = threadCpuNs();
const start = performance.now();
while (performance.now() - start < ms) {
  const c0 = performance.now();
  const got = core.bench_score_notes(notes, batch) >>> 0;
  if (got !== checksum) throw new Error(`checksum ${got} differs from the first call's ${checksum}`);
  rounds += batch;
  if (performance.now() - c0 < 25) batch *= 2;
}
const elapsed = performance.now() - start;
const cpuEnd = threadCpuNs();
const cpuMs = cpuStart != null && cpuEnd > cpuStart ? (cpuEnd - cpuStart) / 1e6 : null;
const scored = rounds * notes.length;
const result = {
  flavour,
  notes: notes.length,
  rounds,
  scored,
  ms: Math.round(elapsed * 10) / 10,
  cpuMs: cpuMs == null ? null : Math.round(cpuMs * 10) / 10,
  notesPerSec: Math.round(scored / (elapsed / 1000)),
  notesPerCpuSec: cpuMs == null ? null : Math.round(scored / (cpuMs / 1000)),
  coldMs: Math.round(coldMs * 100) / 100,
  loadMs: Math.round(loadMs * 10) / 10,
  checksum,
  memoryBytes: core.bench_memory_bytes(),
};
rmSync(scratch, { recursive: true, force: true });
console.log(JSON.stringify(result));
