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
      // A local named `window` hides the DOM's global in that scope; the app's time window is
      // `win` (or a store field, read as `s.window`).
      "no-restricted-syntax": [
        "error",
        {
          selector: "VariableDeclarator[id.name='window']",
          message: "Do not name a variable `window` (it hides the DOM's): use `win`.",
        },
        {
          selector: ":function > Identifier.params[name='window']",
          message: "Do not name a parameter `window` (it hides the DOM's): use `win`.",
        },
        {
          selector: "ObjectPattern > Property > Identifier.value[name='window']",
          message: "Do not destructure into `window` (it hides the DOM's): use `window: win`.",
        },
      ],
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
