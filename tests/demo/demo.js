// `./build.sh demo`: NoteFirst working without a LinkedIn account. Serves the fixture
// pages at LinkedIn's real URLs (nothing leaves the machine) to Chromium with the
// built extension. With a display, opens a window to click around in; without one,
// writes screenshots and says where.
"use strict";

const fs = require("node:fs");
const path = require("node:path");
const { startServer } = require("../e2e/harness/server");
const { launch } = require("../e2e/harness/browsers");

const ROOT = path.resolve(__dirname, "../..");
const OUT = path.join(ROOT, "dist", "demo");
const RECEIVED = "/mynetwork/invitation-manager/received/";

const SCENES = [
  { name: "invitations-2026-light", path: RECEIVED, file: "invitations-sdui-2026.html", theme: "light" },
  { name: "invitations-2026-dark", path: RECEIVED, file: "invitations-sdui-2026.html", theme: "dark" },
  { name: "invitations-2022-light", path: RECEIVED, file: "invitations-ember-2022.html", theme: "light" },
  { name: "mynetwork-2026", path: "/mynetwork/", file: "mynetwork-sdui-2026.html", theme: "light" },
];

async function main() {
  const headed = Boolean(process.env.DISPLAY) && !process.env.CI;
  const server = await startServer();
  for (const scene of SCENES) server.route(scene.path, { file: scene.file, csp: "strict", theme: scene.theme });
  const session = await launch("chromium", { extensionDir: path.join(ROOT, "dist", "chromium"), server, headed });
  try {
    if (headed) {
      await session.goto(`https://www.linkedin.com${RECEIVED}`);
      console.log("NoteFirst demo: a Chromium window shows the received invitations with NoteFirst.");
      console.log("Hover or click a badge for its reasons; Ctrl+C here ends the demo.");
      await new Promise((resolve) => process.once("SIGINT", resolve));
      return;
    }
    fs.mkdirSync(OUT, { recursive: true });
    for (const scene of SCENES) {
      server.route(scene.path, { file: scene.file, csp: "strict", theme: scene.theme });
      await session.goto(`https://www.linkedin.com${scene.path}`);
      await session.waitFor(() => document.querySelector("[data-nf-badge]"), { timeout: 20000 });
      // Open the first badge's reasons, as a user hovering it would see them.
      await session.click(["[data-nf-badge]", "button.pill"]);
      const file = path.join(OUT, `${scene.name}.png`);
      await session.screenshot(file);
      console.log(`wrote ${path.relative(ROOT, file)}`);
    }
    console.log(`No display: screenshots of the demo are in ${path.relative(ROOT, OUT)}/`);
  } finally {
    await session.close();
    await server.close();
  }
}

main().catch((error) => {
  console.error(`demo failed: ${error.message}`);
  process.exit(1);
});
