/**
 * Every Office.js member the product calls, with its requirement set: the
 * TypeScript compiler resolves each property access and call in src/excel,
 * src/taskpane/host, src/commands and src/functions (tests left out); where
 * the member is declared in @types/office-js, the `[Api set: …]` annotation of
 * its declaration names the set (the common API writes "**Requirement set**:
 * {@link … | SharedRuntime 1.1}", read as well). Each use records the functions around it
 * ("path#name", path under src/), which is what the gate check compares with
 * the feature map (src/excel/features.ts).
 */
import path from "node:path";
import ts from "typescript";

const ROOT = path.join(__dirname, "../..");
export const PRODUCT_FOLDERS = ["src/excel", "src/taskpane/host", "src/commands", "src/functions"];
const OFFICE_TYPES = `${path.sep}@types${path.sep}office-js${path.sep}`;

export interface MemberUse {
  /** "Excel.Worksheet.pageLayout", "Office.Actions.associate". */
  readonly member: string;
  /** "ExcelApi 1.9", or "" when the declaration names no set. */
  readonly set: string;
  /** "excel/render-template.ts". */
  readonly file: string;
  /** Named functions around the use, innermost first ("excel/render-template.ts#queuePrint"). */
  readonly functions: readonly string[];
}

function productFiles(program: ts.Program): ts.SourceFile[] {
  return program.getSourceFiles().filter((sf) => {
    const rel = path.relative(ROOT, sf.fileName).split(path.sep).join("/");
    return PRODUCT_FOLDERS.some((f) => rel.startsWith(`${f}/`)) && !/\.test\.tsx?$/u.test(rel);
  });
}

function createProgram(): ts.Program {
  const configPath = path.join(ROOT, "tsconfig.json");
  const config = ts.readConfigFile(configPath, (p) => ts.sys.readFile(p));
  const parsed = ts.parseJsonConfigFileContent(config.config, ts.sys, ROOT);
  const roots = parsed.fileNames.filter((f) => {
    const rel = path.relative(ROOT, f).split(path.sep).join("/");
    return PRODUCT_FOLDERS.some((folder) => rel.startsWith(`${folder}/`)) && !/\.test\.tsx?$/u.test(rel);
  });
  return ts.createProgram(roots, { ...parsed.options, noEmit: true });
}

/** "[Api set: ExcelApi 1.9]" in the JSDoc just before a declaration (the lowest when several declarations differ). */
function apiSetOf(declaration: ts.Declaration): string {
  const sf = declaration.getSourceFile();
  const ranges = ts.getLeadingCommentRanges(sf.text, declaration.getFullStart()) ?? [];
  for (const range of ranges.reverse()) {
    const text = sf.text.slice(range.pos, range.end);
    // Excel's classes: "[Api set: ExcelApi 1.9]"; the common API: "**Requirement set**: {@link … | SharedRuntime 1.1}".
    const match =
      /\[Api set: ([^\]]+)\]/u.exec(text) ?? /\*\*Requirement set\*\*: \{@link [^|}]*\| ([^}]+)\}/u.exec(text);
    if (match) return (match[1] as string).trim();
  }
  return "";
}

/** "Excel.Worksheet" for a declaration's container. */
function containerName(declaration: ts.Declaration): string {
  const names: string[] = [];
  for (let node: ts.Node | undefined = declaration.parent; node !== undefined; node = node.parent) {
    if (
      (ts.isClassDeclaration(node) || ts.isInterfaceDeclaration(node) || ts.isModuleDeclaration(node)) &&
      node.name !== undefined
    ) {
      names.unshift(node.name.getText());
    }
  }
  return names.join(".");
}

function functionName(node: ts.Node): string | null {
  if ((ts.isFunctionDeclaration(node) || ts.isMethodDeclaration(node)) && node.name !== undefined) {
    return node.name.getText();
  }
  if (ts.isArrowFunction(node) || ts.isFunctionExpression(node)) {
    const parent = node.parent;
    if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return parent.name.getText();
  }
  return null;
}

function enclosingFunctions(node: ts.Node, file: string): string[] {
  const out: string[] = [];
  for (let at: ts.Node | undefined = node.parent; at !== undefined; at = at.parent) {
    const name = functionName(at);
    if (name !== null) out.push(`${file}#${name}`);
  }
  return out;
}

/** Every use of an Office.js member in the product (one entry per member, file and innermost function). */
export function officeMemberUses(): MemberUse[] {
  const program = createProgram();
  const checker = program.getTypeChecker();
  const seen = new Map<string, MemberUse>();
  for (const sf of productFiles(program)) {
    const file = path.relative(path.join(ROOT, "src"), sf.fileName).split(path.sep).join("/");
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        const symbol = checker.getSymbolAtLocation(node.name);
        const declarations = (symbol?.declarations ?? []).filter((d) =>
          d.getSourceFile().fileName.includes(OFFICE_TYPES),
        );
        const first = declarations[0];
        if (first !== undefined) {
          const sets = declarations.map(apiSetOf).filter((s) => s !== "");
          const member = `${containerName(first)}.${node.name.getText()}`;
          const functions = enclosingFunctions(node, file);
          const use = { member, set: lowestSet(sets), file, functions };
          seen.set(`${member}|${file}|${functions[0] ?? ""}`, use);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return [...seen.values()].sort(
    (a, b) =>
      a.member.localeCompare(b.member) ||
      a.file.localeCompare(b.file) ||
      String(a.functions[0]).localeCompare(String(b.functions[0])),
  );
}

export function compareVersions(a: string, b: string): number {
  const x = a.split(".").map(Number);
  const y = b.split(".").map(Number);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function lowestSet(sets: readonly string[]): string {
  return (
    [...sets].sort((a, b) => {
      const [na, va] = a.split(" ");
      const [nb, vb] = b.split(" ");
      return na === nb ? compareVersions(va ?? "0", vb ?? "0") : 0;
    })[0] ?? ""
  );
}
