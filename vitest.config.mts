import { defineConfig } from "vitest/config";
import { fileURLToPath } from "node:url";

export default defineConfig({
  resolve: {
    alias: { "@": fileURLToPath(new URL("./", import.meta.url)) },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/data/**/*.test.ts", "tests/components/**/*.test.{ts,tsx}"],
    environment: "node",
    // Property-based suites run thousands of cases; on a shared 2-core machine they can take
    // several seconds. This is a harness limit, not a performance assertion.
    testTimeout: 60_000,
  },
});
