/**
 * The layer allow-lists of eslint.config.mjs: one forbidden import per rule
 * fails lint, one allowed import per folder passes. Snippets are linted as
 * if they were files at the given path (ESLint's lintText; nothing written).
 */
import { execFileSync } from "child_process";
import path from "path";

interface Probe {
  readonly filePath: string;
  readonly code: string;
}

interface Linted {
  readonly filePath: string;
  readonly rules: readonly string[];
  readonly messages: readonly string[];
}

const value = (specifier: string) => `import { a } from "${specifier}";\nexport const b = a;\n`;
const typeOnly = (specifier: string) => `import type { A } from "${specifier}";\nexport type B = A;\n`;

/** [file, import, how] — each must fail with the layer rule. */
const FORBIDDEN: ReadonlyArray<readonly [string, string, string?]> = [
  ["src/core/probe.ts", "../files/read-ward-file"],
  ["src/core/probe.ts", "../simulator"],
  ["src/core/probe.ts", "../excel"],
  ["src/core/probe.ts", "../taskpane/host/types"],
  ["src/core/probe.ts", "../functions/kieumau"],
  ["src/core/probe.ts", "../contracts/problem-text"],
  ["src/core/entries/probe.ts", "../../cli/main"],
  ["src/core/probe.ts", "react"],
  ["src/core/probe.ts", "exceljs"],
  ["src/core/probe.ts", "fs"],
  ["src/contracts/probe.ts", "../excel"],
  ["src/contracts/probe.ts", "../taskpane/App"],
  ["src/contracts/probe.ts", "../core/criteria", "value"],
  ["src/functions/probe.ts", "../excel"],
  ["src/functions/probe.ts", "../taskpane/App"],
  ["src/functions/probe.ts", "../files/read-ward-file"],
  ["src/functions/probe.ts", "hyperformula"],
  ["src/functions/probe.ts", "./hyperformula-plugin"],
  ["src/excel/probe.ts", "../files/consolidate-files"],
  ["src/excel/probe.ts", "../taskpane/ribbon-bridge"],
  ["src/excel/summary/probe.ts", "../../functions/kieumau"],
  ["src/excel/probe.ts", "../simulator"],
  ["src/excel/probe.ts", "react"],
  ["src/files/probe.ts", "../excel"],
  ["src/files/probe.ts", "../taskpane/App"],
  ["src/files/probe.ts", "@fluentui/react-components"],
  ["src/cli/probe.ts", "../excel"],
  ["src/cli/probe.ts", "../taskpane/App"],
  ["src/cli/probe.ts", "../simulator"],
  ["src/cli/probe.ts", "exceljs"],
  ["src/simulator/probe.ts", "../core"],
  ["src/simulator/probe.ts", "../excel/errors"],
  ["src/simulator/probe.ts", "react"],
  ["src/taskpane/components/probe.ts", "../../excel"],
  ["src/taskpane/components/CheckPanel/probe.ts", "../../../excel/errors", "type"],
  ["src/taskpane/components/probe.ts", "../../files/consolidate-files"],
  ["src/taskpane/probe.ts", "../simulator"],
  ["src/taskpane/probe.ts", "../preview/SheetGrid"],
  ["src/taskpane/probe.ts", "../functions/kieumau"],
  ["src/taskpane/probe.ts", "../commands/commands"],
  ["src/taskpane/probe.ts", "hyperformula"],
  ["src/taskpane/probe.ts", "exceljs"],
  ["src/taskpane/host/probe.ts", "../../simulator"],
  ["src/taskpane/host/probe.ts", "../../preview/SheetGrid"],
  ["src/commands/probe.ts", "../taskpane/App"],
  ["src/commands/probe.ts", "../files/consolidate-files"],
  ["src/commands/probe.ts", "react"],
  ["src/preview/probe.ts", "../excel"],
  ["src/preview/probe.ts", "../files/read-ward-file"],
  ["src/preview/probe.ts", "../functions/kieumau"],
  ["src/preview/probe.ts", "exceljs"],
  ["src/taskpane/probe.ts", "../../test/support/fake-host"],
  ["src/newfolder/probe.ts", "./neighbour"],
];

/** One allowed import per folder (and per kind of allowance): each must lint clean. */
const ALLOWED: ReadonlyArray<readonly [string, string, string?]> = [
  ["src/core/probe.ts", "./criteria"],
  ["src/core/scoring/probe.ts", "../entries/parse"],
  ["src/contracts/probe.ts", "../core/problems", "type"],
  ["src/contracts/probe.ts", "./problem-text"],
  ["src/functions/probe.ts", "../core/scoring"],
  ["src/functions/probe.ts", "../contracts/problem-text"],
  ["src/functions/hyperformula-plugin.ts", "hyperformula"],
  ["src/excel/probe.ts", "../core/template"],
  ["src/excel/summary/probe.ts", "../../contracts/problem-text"],
  ["src/files/probe.ts", "exceljs"],
  ["src/files/probe.ts", "../core/consolidate/consolidate"],
  ["src/cli/probe.ts", "../files/consolidate-files"],
  ["src/cli/probe.ts", "node:fs"],
  ["src/cli/probe.ts", "path"],
  ["src/simulator/probe.ts", "./api"],
  ["src/simulator/probe.ts", "hyperformula"],
  ["src/taskpane/components/probe.ts", "../../core/criteria"],
  ["src/taskpane/components/probe.ts", "../../contracts/ribbon-bridge"],
  ["src/taskpane/components/probe.ts", "../host/types", "type"],
  ["src/taskpane/components/probe.ts", "@fluentui/react-components"],
  ["src/taskpane/probe.ts", "react-dom/client"],
  ["src/taskpane/host/probe.ts", "../../excel"],
  ["src/taskpane/host/probe.ts", "../../files/consolidate-files"],
  ["src/commands/probe.ts", "../excel"],
  ["src/commands/probe.ts", "../contracts/ribbon-bridge"],
  ["src/preview/probe.ts", "../taskpane/App"],
  ["src/preview/probe.ts", "../simulator"],
  ["src/preview/probe.ts", "../functions/hyperformula-plugin"],
  ["src/preview/probe.ts", "hyperformula"],
  // Tests may import anything.
  ["src/core/probe.test.ts", "../files/read-ward-file"],
  ["src/taskpane/components/probe.test.tsx", "../../simulator"],
  ["test/probe.test.ts", "../src/excel"],
];

function probe([filePath, specifier, kind]: readonly [string, string, string?]): Probe {
  return { filePath, code: kind === "type" ? typeOnly(specifier) : value(specifier) };
}

function lint(probes: readonly Probe[]): Linted[] {
  const root = path.resolve(__dirname, "../..");
  const out = execFileSync(process.execPath, [path.join(__dirname, "lint-probes.mjs")], {
    cwd: root,
    input: JSON.stringify(probes),
    encoding: "utf8",
    timeout: 120_000,
  });
  return JSON.parse(out) as Linted[];
}

const label = ([file, specifier, kind]: readonly [string, string, string?]) =>
  `${file} ← ${kind === "type" ? "import type " : ""}"${specifier}"`;

let forbidden: Linted[];
let allowed: Linted[];

beforeAll(() => {
  const results = lint([...FORBIDDEN, ...ALLOWED].map(probe));
  forbidden = results.slice(0, FORBIDDEN.length);
  allowed = results.slice(FORBIDDEN.length);
}, 120_000);

test.each(FORBIDDEN.map((row, i) => [label(row), i] as const))("forbidden: %s", (_name, i) => {
  const result = forbidden[i] as Linted;
  expect(result.rules).toContain("layers/allowed-imports");
  // Only the layer rule speaks: the snippet itself is clean, so the failure is the import.
  expect(result.rules.every((rule) => rule === "layers/allowed-imports")).toBe(true);
});

test.each(ALLOWED.map((row, i) => [label(row), i] as const))("allowed: %s", (_name, i) => {
  expect((allowed[i] as Linted).messages).toEqual([]);
});

test("other ways of importing are checked too: re-exports, dynamic imports, import types, require", () => {
  const file = "src/core/probe.ts";
  const results = lint([
    { filePath: file, code: 'export { a } from "../excel";\n' },
    { filePath: file, code: 'export * from "../files/sniff";\n' },
    { filePath: file, code: 'export async function f() {\n  return import("../taskpane/App");\n}\n' },
    { filePath: file, code: 'export type T = typeof import("exceljs");\n' },
    {
      filePath: file,
      code: '// eslint-disable-next-line @typescript-eslint/no-require-imports\nexport const x = require("react");\n',
    },
  ]);
  for (const result of results) expect(result.rules).toEqual(["layers/allowed-imports"]);
}, 120_000);

test("the message names the layer, the import and what is allowed", () => {
  const [result] = lint([probe(["src/functions/probe.ts", "../excel"])]);
  expect(result?.messages).toEqual(["src/functions may not import src/excel (allowed: core, contracts)."]);
}, 120_000);
