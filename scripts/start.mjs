#!/usr/bin/env node
/**
 * `npm start`: build the production app if there is no build for the current sources,
 * then serve it on http://localhost:3000 (PORT and HOST override). A fingerprint of the
 * sources is kept next to the build, so a pull or an edit triggers a rebuild and an
 * unchanged tree starts at once.
 */
import { spawnSync, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { buildIsCurrent, writeBuildFingerprint } from "./build-fingerprint.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

if (!existsSync(join(root, ".next", "BUILD_ID")) || !buildIsCurrent(root)) {
  console.log("Building Exercise Atlas (first start or sources changed)…");
  const build = spawnSync(npm, ["run", "build"], { cwd: root, stdio: "inherit" });
  if (build.status !== 0) process.exit(build.status ?? 1);
  writeBuildFingerprint(root);
}

const port = process.env.PORT ?? "3000";
const args = ["next", "start", "-p", port];
if (process.env.HOST) args.push("-H", process.env.HOST);
console.log(`Exercise Atlas: http://localhost:${port}`);
const server = spawn("npx", args, { cwd: root, stdio: "inherit" });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
