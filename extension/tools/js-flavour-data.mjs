// Makes the JavaScript flavour's data smaller once gzipped (build time only):
//   node js-flavour-data.mjs target/flavours/js/notefirst_js_bg.wasm.js
//
// wasm2js writes the module's data segments (lexicon phrases, UI strings, CSS, tables)
// as base64, which gzip compresses poorly: measured 117 KB gzipped against 92 KB for the
// same bytes as text. Each segment becomes a string literal instead, one character per
// byte (printable ASCII as itself, bytes 0xA0-0xFF as U+00A0-U+00FF, the rest escaped),
// copied into memory with charCodeAt. Bundle the result with esbuild --charset=utf8 so
// the literals stay as they are. If wasm2js ever writes its data differently, this
// says so and leaves the file unchanged: the flavour still works, only larger.
import { readFileSync, writeFileSync } from "node:fs";

const file = process.argv[2];
const CALL = /base64DecodeToExistingUint8Array\(bufferView, (\d+), "([A-Za-z0-9+/=]*)"\)/g;
const DECODER = "function base64DecodeToExistingUint8Array(";

function literal(bytes) {
  let s = "";
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c === 0x22) s += '\\"';
    else if (c === 0x5c) s += "\\\\";
    else if (c === 0x0a) s += "\\n";
    else if (c === 0x0d) s += "\\r";
    else if (c === 0x00 && !(bytes[i + 1] >= 0x30 && bytes[i + 1] <= 0x39)) s += "\\0";
    else if ((c >= 0x20 && c < 0x7f) || c >= 0xa0) s += String.fromCharCode(c);
    else s += "\\x" + c.toString(16).padStart(2, "0");
  }
  return `"${s}"`;
}

let text = readFileSync(file, "utf8");
let segments = 0;
const next = text.replace(CALL, (_, offset, b64) => {
  segments += 1;
  return `nfBytesToMemory(bufferView, ${offset}, ${literal(Buffer.from(b64, "base64"))})`;
});
if (!segments || !next.includes(DECODER)) {
  console.warn(`js-flavour-data: no base64 data segments found in ${file}; left as wasm2js wrote it (larger).`);
  process.exit(0);
}
text = next.replace(
  DECODER,
  "function nfBytesToMemory(u8, offset, s) { for (let i = 0; i < s.length; i++) u8[offset + i] = s.charCodeAt(i); }\n  " + DECODER,
);
writeFileSync(file, text);
