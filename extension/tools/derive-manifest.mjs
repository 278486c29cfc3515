// Derives one browser's manifest from the single source manifest.json (build time only).
//   node derive-manifest.mjs manifest.json chromium|firefox > dist/<browser>/manifest.json
// Chromium ignores, with a warning, keys meant for Firefox; Firefox does not know
// `use_dynamic_url`. Each package gets only the keys its browser understands.
import { readFileSync } from "node:fs";

const [source, browser] = process.argv.slice(2);
if (!source || !["chromium", "firefox"].includes(browser)) {
  console.error("usage: derive-manifest.mjs manifest.json chromium|firefox");
  process.exit(2);
}
const manifest = JSON.parse(readFileSync(source, "utf8"));

if (browser === "chromium") {
  delete manifest.browser_specific_settings;
} else {
  for (const entry of manifest.web_accessible_resources ?? []) delete entry.use_dynamic_url;
  if (manifest.background?.service_worker) {
    manifest.background = { scripts: [manifest.background.service_worker], type: manifest.background.type };
  }
}
process.stdout.write(JSON.stringify(manifest, null, 2) + "\n");
