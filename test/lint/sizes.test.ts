/**
 * Small units: no source file over 500 lines and no function over 120 lines
 * outside tests (issue 12's limits; the aim is about 400 and 80). Functions
 * are found with the TypeScript parser: declarations, methods, arrow
 * functions and function expressions, measured from their first to last line.
 */
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";

const ROOT = path.resolve(__dirname, "../..");
const FILE_LIMIT = 500;
const FUNCTION_LIMIT = 120;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|tsx)$/u.test(name) && !/\.test\.tsx?$/u.test(name)) out.push(full);
  }
  return out;
}

function longFunctions(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const source = ts.createSourceFile(
    file,
    text,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && "body" in node && node.body !== undefined) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      if (end - start + 1 > FUNCTION_LIMIT)
        found.push(`${path.relative(ROOT, file)}:${start + 1} (${end - start + 1} lines)`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

const FILES = sourceFiles(path.join(ROOT, "src"));

describe("small units", () => {
  it("finds the sources it measures", () => {
    expect(FILES.length).toBeGreaterThan(100);
  });

  it(`no source file is over ${FILE_LIMIT} lines`, () => {
    const long = FILES.map((f) => [path.relative(ROOT, f), readFileSync(f, "utf8").split("\n").length] as const).filter(
      ([, n]) => n > FILE_LIMIT,
    );
    expect(long).toEqual([]);
  });

  it(`no function is over ${FUNCTION_LIMIT} lines`, () => {
    expect(FILES.flatMap(longFunctions)).toEqual([]);
  });

  it("would notice a long function", () => {
    const tmp = path.join(ROOT, "test-output", "long-function-probe.ts");
    mkdirSync(path.dirname(tmp), { recursive: true });
    writeFileSync(tmp, `export function f() {\n${"  void 0;\n".repeat(FUNCTION_LIMIT)}}\n`);
    expect(longFunctions(tmp)).toHaveLength(1);
  });
});
