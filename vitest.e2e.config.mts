import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

// Real-browser tests: one file at a time (2 cores, one Chromium each), generous timeouts
// because software WebGL is slow; nothing here asserts a duration.
export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL("./", import.meta.url)) },
  },
  test: {
    include: ["tests/e2e/**/*.e2e.test.ts"],
    environment: "node",
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // expect.poll waits for the page to catch up (URL sync is throttled, software WebGL is
    // slow on a shared machine); a generous default wait, not a performance bound.
    expect: { poll: { timeout: 15_000 } },
  },
});
