import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "test-output/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { console: "readonly", process: "readonly", Buffer: "readonly", URL: "readonly", document: "readonly", window: "readonly", Office: "readonly", Excel: "readonly", CustomFunctions: "readonly" },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: { sourceType: "commonjs", globals: { module: "writable", require: "readonly", __dirname: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Layers, one direction: the core knows nothing of Office, Excel or the UI.
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "document", "window"],
      "no-restricted-imports": ["error", { patterns: ["**/excel", "**/excel/**", "**/taskpane", "**/taskpane/**", "**/functions", "**/functions/**", "**/commands", "**/commands/**", "react", "@fluentui/*"] }],
    },
  },
  {
    files: ["src/excel/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: ["**/taskpane", "**/taskpane/**", "**/functions", "**/functions/**", "**/preview", "**/preview/**", "react", "@fluentui/*"] }] },
  },
  {
    // File reading and the CLI call the core only.
    files: ["src/files/**/*.ts", "src/cli/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: ["**/excel", "**/excel/**", "**/taskpane", "**/taskpane/**", "**/functions", "**/functions/**", "**/preview", "**/preview/**", "react", "@fluentui/*"] }] },
  },
  {
    // The task pane reaches Excel through its host module; the preview (simulator, HyperFormula) never enters it.
    files: ["src/taskpane/**/*.ts", "src/taskpane/**/*.tsx"],
    ignores: ["**/*.test.ts", "**/*.test.tsx"],
    rules: { "no-restricted-imports": ["error", { patterns: ["**/functions", "**/functions/**", "**/preview", "**/preview/**", "**/simulator", "**/simulator/**", "hyperformula"] }] },
  },
  {
    files: ["src/simulator/**/*.ts"],
    rules: { "no-restricted-imports": ["error", { patterns: ["**/excel", "**/excel/**", "**/taskpane", "**/taskpane/**", "**/preview", "**/preview/**", "react", "@fluentui/*"] }] },
  },
);
