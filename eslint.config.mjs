import path from "node:path";
import { builtinModules } from "node:module";
import { fileURLToPath } from "node:url";
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const ROOT = path.dirname(fileURLToPath(import.meta.url));

/**
 * Layers, one direction, as allow-lists (design.md). Each entry names what the
 * files under `path` (relative to src/) may import: `may` lists places under
 * src/ (a folder, or a module path without extension; a file may always import
 * its own folder), `typesOnly` places reachable by `import type` alone, and
 * `packages` npm packages ("@scope/*" for a whole scope; "node:" for Node's
 * built-in modules). The most specific path wins; a `closed` entry is reached
 * only by naming it in `may`, not through its folder. A source file under src/
 * outside every entry is itself an error: a new folder needs its line here.
 * Tests (*.test.ts(x), test/**) may import anything.
 */
export const LAYERS = [
  // Pure TypeScript: criteria, entries, scoring, templates. No Office, no UI, no I/O.
  { path: "core", may: [], packages: [] },
  // Neutral contracts both sides of a boundary import (problem texts, cancellation, ribbon bridge).
  { path: "contracts", may: [], typesOnly: ["core"], packages: [] },
  // Core results applied to an Excel.RequestContext.
  { path: "excel", may: ["core", "contracts"], packages: [] },
  // The ExcelJS adapter: ward .xlsx files read and written without Excel.
  // (JSZip and saxes: the bounded ZIP and XML reading of ward files, in the pane and the command line alike.)
  { path: "files", may: ["core", "contracts"], packages: ["exceljs", "jszip", "saxes"] },
  // The command line.
  { path: "cli", may: ["core", "contracts", "files"], packages: ["node:"] },
  // Custom functions over the core; only the HyperFormula plugin knows HyperFormula.
  { path: "functions", may: ["core", "contracts"], packages: [] },
  { path: "functions/hyperformula-plugin", may: ["core", "contracts"], packages: ["hyperformula"], closed: true },
  // Build-time only (webpack, through ts-node): the English metadata and the help pages.
  {
    path: "functions/build-metadata",
    may: ["core", "contracts", "functions", "help"],
    packages: ["node:"],
    closed: true,
  },
  // Help pages generated from the core's tables at build time.
  { path: "help", may: ["core", "contracts", "functions"], packages: [] },
  // The strict simulated workbook: nothing of the product (HyperFormula evaluates its formulas).
  { path: "simulator", may: [], packages: ["hyperformula"] },
  // The task pane: React and Fluent UI; Excel and files only through its host.
  { path: "taskpane", may: ["core", "contracts"], packages: ["react", "react-dom", "@fluentui/*"] },
  { path: "taskpane/host", may: ["core", "contracts", "taskpane", "excel", "files"], packages: [] },
  // Ribbon commands in the shared runtime.
  { path: "commands", may: ["core", "contracts", "excel"], packages: [] },
  // The development-only preview: the pane over the simulated workbook with HyperFormula.
  {
    path: "preview",
    may: ["core", "contracts", "taskpane", "simulator", "functions/hyperformula-plugin"],
    packages: ["react", "react-dom", "@fluentui/*", "hyperformula"],
  },
];

const NODE_BUILTINS = new Set(builtinModules);

function packageName(specifier) {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

function packageAllowed(name, allowed) {
  const builtin = name.startsWith("node:") || NODE_BUILTINS.has(name);
  return allowed.some((entry) =>
    entry === "node:" ? builtin : entry.endsWith("/*") ? name.startsWith(entry.slice(0, -1)) : name === entry,
  );
}

/** "core/entries/parse.ts" → "core/entries/parse" (extensions and index files are not part of a place). */
function placeOf(relative) {
  return relative.replace(/\.(d\.ts|tsx?|mjs|cjs|js|json)$/, "").replace(/\/index$/, "");
}

function within(place, prefix) {
  return place === prefix || place.startsWith(`${prefix}/`);
}

/** The entry for a file under src/ (most specific path first), or undefined. */
function layerOf(place) {
  let best;
  for (const layer of LAYERS) {
    if (within(place, layer.path) && (!best || layer.path.length > best.path.length)) best = layer;
  }
  return best;
}

const SRC = path.join(ROOT, "src");

/** @type {import("eslint").Rule.RuleModule} */
const allowedImports = {
  meta: {
    type: "problem",
    docs: { description: "Imports follow the layer allow-lists in eslint.config.mjs (LAYERS)." },
    schema: [],
    messages: {
      noLayer: "src/{{folder}} has no entry in LAYERS (eslint.config.mjs): say what it may import.",
      place: "{{from}} may not import {{to}} (allowed: {{allowed}}).",
      typesOnly: "{{from}} may import only types from {{to}} (use `import type`).",
      outside: "{{from}} may not import {{to}}, which is outside src/.",
      package: '{{from}} may not import the package "{{name}}" (allowed: {{allowed}}).',
    },
  },
  create(context) {
    const file = path.resolve(context.cwd, context.filename);
    const relative = path.relative(SRC, file).split(path.sep).join("/");
    if (relative.startsWith("..") || path.isAbsolute(relative)) return {};
    const self = placeOf(relative);
    const layer = layerOf(self);
    const from = `src/${layer ? layer.path : self}`;

    function check(node, specifier, typeOnly) {
      if (typeof specifier !== "string") return;
      if (!layer) return context.report({ node, messageId: "noLayer", data: { folder: self.split("/")[0] } });
      if (!specifier.startsWith(".") && !specifier.startsWith("/")) {
        const name = specifier.startsWith("node:") ? specifier : packageName(specifier);
        if (packageAllowed(name, layer.packages)) return;
        const allowed = layer.packages.join(", ") || "none";
        return context.report({ node, messageId: "package", data: { from, name, allowed } });
      }
      const target = path
        .relative(SRC, path.resolve(path.dirname(file), specifier))
        .split(path.sep)
        .join("/");
      if (target.startsWith("..") || path.isAbsolute(target)) {
        return context.report({ node, messageId: "outside", data: { from, to: specifier } });
      }
      const place = placeOf(target);
      const owner = layerOf(place);
      // A closed entry is reached only by naming it (or something inside it), not through its folder.
      const reaches = (prefix) =>
        within(place, prefix) && (!owner?.closed || owner === layer || within(prefix, owner.path));
      if (reaches(self.split("/")[0]) || layer.may.some(reaches)) return;
      const to = `src/${place}`;
      if ((layer.typesOnly ?? []).some((prefix) => within(place, prefix))) {
        if (typeOnly) return;
        return context.report({ node, messageId: "typesOnly", data: { from, to } });
      }
      const types = (layer.typesOnly ?? []).map((p) => `${p} (types)`);
      const allowed = [...layer.may, ...types].join(", ") || "its own folder";
      context.report({ node, messageId: "place", data: { from, to, allowed } });
    }

    const typeOnlyImport = (node) =>
      node.importKind === "type" ||
      (node.specifiers?.length > 0 && node.specifiers.every((s) => s.importKind === "type"));

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value, typeOnlyImport(node)),
      ExportNamedDeclaration: (node) =>
        node.source && check(node.source, node.source.value, node.exportKind === "type"),
      ExportAllDeclaration: (node) => check(node.source, node.source.value, node.exportKind === "type"),
      ImportExpression: (node) => node.source.type === "Literal" && check(node.source, node.source.value, false),
      TSImportType: (node) => {
        const argument = "source" in node ? node.source : node.argument; // `source` since typescript-eslint 8.x
        const literal = argument?.type === "Literal" ? argument : argument?.literal;
        if (literal?.type === "Literal") check(literal, literal.value, true);
      },
      TSExternalModuleReference: (node) => check(node.expression, node.expression.value, false),
      CallExpression: (node) => {
        const [first] = node.arguments;
        if (node.callee.type === "Identifier" && node.callee.name === "require" && first?.type === "Literal") {
          check(first, first.value, false);
        }
      },
    };
  },
};

const TESTS = ["**/*.test.ts", "**/*.test.tsx", "test/**"];

export default tseslint.config(
  { ignores: ["dist/", "node_modules/", "coverage/", "test-output/"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: {
        console: "readonly",
        process: "readonly",
        Buffer: "readonly",
        URL: "readonly",
        document: "readonly",
        window: "readonly",
        Office: "readonly",
        Excel: "readonly",
        CustomFunctions: "readonly",
      },
    },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    files: ["**/*.js", "**/*.cjs"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { module: "writable", require: "readonly", __dirname: "readonly" },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Every source file under src/ imports only what its layer allows (LAYERS above).
    files: ["src/**/*.ts", "src/**/*.tsx"],
    ignores: TESTS,
    plugins: { layers: { rules: { "allowed-imports": allowedImports } } },
    rules: { "layers/allowed-imports": "error" },
  },
  {
    // The core and the contracts know nothing of Office, Excel or the browser.
    files: ["src/core/**/*.ts", "src/contracts/**/*.ts"],
    ignores: TESTS,
    rules: { "no-restricted-globals": ["error", "Office", "Excel", "CustomFunctions", "document", "window"] },
  },
);
