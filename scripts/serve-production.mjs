/**
 * Builds the static site when its sources changed, then serves out/ on a free loopback port
 * exactly as `npm start` does (scripts/static-server.mjs). Used by `npm start`, the
 * end-to-end tests and the benchmark; the caller stops the server.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { buildIsCurrent, writeBuildFingerprint } from "./build-fingerprint.mjs";
import { spawnStaticServer } from "./static-server.mjs";

/** Every file the server needs from a build: the site and the headers written for it. */
const BUILD_OUTPUTS = [join("out", "index.html"), join("hosting", "serve.json")];

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on("error", reject);
    srv.listen(0, "127.0.0.1", () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Builds unless a build of the current sources is there; true when it built. */
export function ensureBuild(root, { announce = null } = {}) {
  if (BUILD_OUTPUTS.every((f) => existsSync(join(root, f))) && buildIsCurrent(root)) return false;
  if (announce) console.log(announce);
  const started = Date.now();
  const r = spawnSync("npm", ["run", "build"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`npm run build failed with exit code ${r.status}`);
  writeBuildFingerprint(root);
  console.log(`build took ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return true;
}

/** Starts the server and resolves once it answers; returns { url, stop }. `config`: see spawnStaticServer. */
export async function startServer(root, env = {}, { config } = {}) {
  const port = await freePort();
  const child = spawnStaticServer(root, `tcp://127.0.0.1:${port}`, {
    stdio: ["ignore", "pipe", "pipe"],
    env,
    logRequests: false,
    ...(config ? { config } : {}),
  });
  let log = "";
  child.stdout.on("data", (d) => (log += d));
  child.stderr.on("data", (d) => (log += d));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the static server exited early:\n${log}`);
    try {
      const res = await fetch(url);
      if (res.ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`the static server did not answer within 60 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null) return resolve();
      child.once("exit", () => resolve());
      child.kill("SIGTERM");
      setTimeout(() => child.kill("SIGKILL"), 5000).unref();
    });
  return { url, stop, log: () => log };
}
