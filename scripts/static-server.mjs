/**
 * Serves the static build (out/) with `serve` and the headers written for this build
 * (hosting/serve.json). `npm start`, the end-to-end tests and the benchmark all use this,
 * so the tests see exactly what a reader of `npm start` gets.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";

/**
 * `listen`: a port number, or "tcp://host:port"; `config`: another serve.json (a test's,
 * written for other settings). Returns the child process.
 */
export function spawnStaticServer(
  root,
  listen,
  { stdio = "inherit", env = {}, logRequests = true, config = join(root, "hosting", "serve.json") } = {},
) {
  const bin = join(root, "node_modules", ".bin", "serve");
  const args = [
    join(root, "out"),
    "--config",
    config,
    "--listen",
    String(listen),
    "--no-clipboard",
    "--no-port-switching",
  ];
  if (!logRequests) args.push("--no-request-logging");
  // serve asks the package registry for a newer version unless told not to; stay offline.
  return spawn(bin, args, { cwd: root, stdio, env: { ...process.env, NO_UPDATE_CHECK: "1", ...env } });
}
