// Which requirement set each member of the simulated Excel API belongs to.
//
// Reads the `[Api set: ExcelApi 1.x]` annotations of the Excel classes in
// node_modules/@types/office-js/index.d.ts and the members the simulator's
// proxy classes implement (src/simulator/api/*.ts: each class names its Excel
// class in `typeName = "…"`), and writes the intersection to
// src/simulator/profiles/api-sets.json: "Class.member" → "ExcelApi 1.x".
//
// Run: node scripts/generate-api-sets.mjs          (writes the file)
//      node scripts/generate-api-sets.mjs --check  (exit 1 if the file is stale)
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const TYPES = path.join(ROOT, "node_modules/@types/office-js");
const API_DIR = path.join(ROOT, "src/simulator/api");
const OUTPUT = path.join(ROOT, "src/simulator/profiles/api-sets.json");

/** "ExcelApi 1.9" → [1, 9] for comparing. */
function versionOf(set) {
  return set.split(" ")[1].split(".").map(Number);
}

function lowerSet(a, b) {
  if (a === undefined) return b;
  const [x, y] = [versionOf(a), versionOf(b)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) < (y[i] ?? 0) ? a : b;
  }
  return a;
}

/** Excel class → member → requirement set, from the d.ts (the lowest set when overloads differ). */
export function excelMembers(dts) {
  const lines = dts.split("\n");
  const start = lines.findIndex((l) => l.startsWith("declare namespace Excel {"));
  const members = new Map();
  let current = null;
  let comment = [];
  let inComment = false;
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i];
    if (/^ {4}namespace Interfaces \{/u.test(line) || line.startsWith("declare namespace")) break;
    const cls = /^ {4}class (\w+) extends OfficeExtension\.ClientObject/u.exec(line);
    if (cls) {
      current = new Map();
      members.set(cls[1], current);
      continue;
    }
    if (/^ {4}\}/u.test(line)) current = null;
    if (current === null) continue;
    if (/^ {8}\/\*\*/u.test(line)) {
      inComment = true;
      comment = [];
    }
    if (inComment) {
      comment.push(line);
      if (line.includes("*/")) inComment = false;
      continue;
    }
    const member = /^ {8}(?:readonly )?(\w+)(?:\?)?(?:<[^>]*>)?[(:]/u.exec(line);
    if (!member || member[1] === "context") continue;
    const set = /\[Api set: (ExcelApi(?:Online|Desktop)? [\d.]+)/u.exec(comment.join("\n"));
    if (set) current.set(member[1], lowerSet(current.get(member[1]), set[1]));
    comment = [];
  }
  return members;
}

/** Simulator class (by its Excel typeName) → public member names. */
export function simulatorMembers(sources) {
  const result = new Map();
  for (const source of sources) {
    const blocks = source.split(/^export (?:abstract )?class /mu).slice(1);
    for (const block of blocks) {
      const typeName = /typeName = "(\w+)"/u.exec(block);
      if (!typeName) continue;
      const names = new Set();
      for (const m of block.matchAll(/^ {2}(?:get |set |readonly )?(\w+)[(:]/gmu)) {
        if (!["constructor", "protected", "private", "static"].includes(m[1])) names.add(m[1]);
      }
      if (/extends SimCollection</u.test(block)) names.add("items");
      result.set(typeName[1], names);
    }
  }
  return result;
}

export function generate() {
  const dts = readFileSync(path.join(TYPES, "index.d.ts"), "utf8");
  const typesVersion = JSON.parse(readFileSync(path.join(TYPES, "package.json"), "utf8")).version;
  const sources = readdirSync(API_DIR)
    .filter((f) => f.endsWith(".ts") && !f.endsWith(".test.ts"))
    .sort()
    .map((f) => readFileSync(path.join(API_DIR, f), "utf8"));
  const excel = excelMembers(dts);
  const members = {};
  const internal = [];
  for (const [typeName, names] of [...simulatorMembers(sources)].sort(([a], [b]) => a.localeCompare(b))) {
    const known = excel.get(typeName);
    if (!known) throw new Error(`The simulator's typeName "${typeName}" is not an Excel class in @types/office-js.`);
    for (const name of [...names].sort()) {
      const set = known.get(name);
      if (set === undefined) internal.push(`${typeName}.${name}`);
      else members[`${typeName}.${name}`] = set;
    }
  }
  const json = `${JSON.stringify({ source: `@types/office-js ${typesVersion}`, members }, null, 2)}\n`;
  return { json, internal };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { json, internal } = generate();
  if (process.argv.includes("--check")) {
    let committed = "";
    try {
      committed = readFileSync(OUTPUT, "utf8");
    } catch {
      // missing counts as stale
    }
    if (committed !== json) {
      console.error(`${path.relative(ROOT, OUTPUT)} is stale: run node scripts/generate-api-sets.mjs`);
      process.exit(1);
    }
  } else {
    writeFileSync(OUTPUT, json);
    console.log(`wrote ${path.relative(ROOT, OUTPUT)} (${Object.keys(JSON.parse(json).members).length} members)`);
    console.log(`simulator-only members (not Excel API): ${internal.join(", ")}`);
  }
}
