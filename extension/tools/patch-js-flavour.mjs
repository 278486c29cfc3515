// Adapts wasm-bindgen's bundler-style glue to the wasm2js translation of the module
// (build time only):  node patch-js-flavour.mjs target/flavours/js
//
// 1. The entry imports "./notefirst_js_bg.wasm", which only a bundler understands;
//    the JavaScript flavour imports the same exports from "./notefirst_js_bg.wasm.js".
// 2. The glue caches typed-array views of the module's memory and renews them only
//    when the old buffer is detached, which is what WebAssembly's memory.grow does.
//    wasm2js grows memory by allocating a new ArrayBuffer and leaves the old one
//    attached, so the views go stale and strings come out garbled. Every view is made
//    to compare buffers instead.
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];

function patch(file, replacements) {
  const path = join(dir, file);
  let text = readFileSync(path, "utf8");
  for (const [pattern, replacement, what] of replacements) {
    const next = text.replace(pattern, replacement);
    if (next === text) {
      console.error(`patch-js-flavour: ${what} not found in ${path}; did wasm-bindgen's output change?`);
      process.exit(1);
    }
    text = next;
  }
  writeFileSync(path, text);
}

patch("notefirst_js.js", [[/"\.\/notefirst_js_bg\.wasm"/g, '"./notefirst_js_bg.wasm.js"', "the import of ./notefirst_js_bg.wasm"]]);
patch("notefirst_js_bg.js", [
  [/(cached\w+Memory0)\.byteLength === 0/g, "$1.buffer !== wasm.memory.buffer", "the typed-array view cache check"],
  [
    /cachedDataViewMemory0\.buffer\.detached === true \|\| \(cachedDataViewMemory0\.buffer\.detached === undefined && cachedDataViewMemory0\.buffer !== wasm\.memory\.buffer\)/g,
    "cachedDataViewMemory0.buffer !== wasm.memory.buffer",
    "the DataView cache check",
  ],
]);
