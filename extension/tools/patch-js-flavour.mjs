// Points wasm-bindgen's bundler-style glue at the wasm2js translation of the module
// (build time only):  node patch-js-flavour.mjs target/flavours/js
// The glue imports "./notefirst_js_bg.wasm", which only a bundler understands; the
// JavaScript flavour imports the same exports from "./notefirst_js_bg.wasm.js".
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2];
const entry = join(dir, "notefirst_js.js");
const glue = readFileSync(entry, "utf8");
const patched = glue.replaceAll('"./notefirst_js_bg.wasm"', '"./notefirst_js_bg.wasm.js"');
if (patched === glue) {
  console.error(`patch-js-flavour: no import of ./notefirst_js_bg.wasm in ${entry}; did wasm-bindgen's output change?`);
  process.exit(1);
}
writeFileSync(entry, patched);
