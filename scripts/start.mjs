#!/usr/bin/env node
/**
 * `npm start`: build the static site if there is no build for the current sources, then
 * serve out/ on http://localhost:3000 (PORT and HOST override) with `serve` and the headers
 * generated for this build and this environment. A fingerprint of the sources is kept next to the build, so a pull
 * or an edit triggers a rebuild and an unchanged tree starts at once.
 */
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { buildStaticHosting } from "./build-static-hosting.mjs";
import { ensureBuild } from "./serve-production.mjs";
import { spawnStaticServer } from "./static-server.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

try {
  if (ensureBuild(root, { announce: "Building Exercise Atlas (first start or sources changed)…" }))
    console.log("Build done.");
  // The headers are written again on every start, so ATLAS_FRAME_ANCESTORS (who may embed
  // /embed) takes effect without a rebuild.
  const { ignored } = buildStaticHosting(root);
  if (ignored.length > 0)
    console.warn(`ATLAS_FRAME_ANCESTORS: ignored ${ignored.join(", ")} (use http(s) origins or 'self')`);
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(1);
}

const port = process.env.PORT ?? "3000";
const listen = process.env.HOST ? `tcp://${process.env.HOST}:${port}` : port;
console.log(`Exercise Atlas: http://localhost:${port}`);
const server = spawnStaticServer(root, listen);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
