#!/usr/bin/env node
/**
 * End-to-end tests in real Chromium: finds a browser (fails loudly when there is none),
 * builds the production app if needed, serves it on a free loopback port, runs the
 * vitest e2e project against it and stops the server.
 */
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { findChromium } from "./find-chromium.mjs";
import { ensureBuild, startServer } from "./serve-production.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

let chrome;
try {
  chrome = findChromium();
} catch (e) {
  console.error(`\n${e.message}\n`);
  process.exit(1);
}

ensureBuild(root);
const server = await startServer(root);
let status = 1;
try {
  const args = ["vitest", "run", "--config", "vitest.e2e.config.mts", ...process.argv.slice(2)];
  const r = spawnSync("npx", args, {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, ATLAS_URL: server.url, CHROME_PATH: chrome },
  });
  status = r.status ?? 1;
} finally {
  await server.stop();
}
process.exit(status);
