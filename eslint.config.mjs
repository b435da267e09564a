import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";
import { boundaryZones } from "./scripts/architecture-layers.mjs";

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  {
    ignores: [".next/**", "out/**", "node_modules/**", "public/**", "next-env.d.ts", "bench-results.json"],
  },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      eqeqeq: ["error", "always", { null: "ignore" }],
    },
  },
  {
    // The layering (docs/architecture.md, table in scripts/architecture-layers.mjs).
    files: ["lib/**", "components/**"],
    rules: {
      "import/no-restricted-paths": ["error", { zones: boundaryZones() }],
    },
  },
];

export default config;
