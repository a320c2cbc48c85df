/**
 * The Office.js members the product calls, mapped to their requirement sets
 * (office-members.ts), against the feature map (src/excel/features.ts):
 * a member above the manifest's minimum (ExcelApi 1.7) must be used inside a
 * function the map lists as gated by a feature that needs at least that set.
 * docs/requirement-sets.md ("Office.js members the product calls") is this
 * test's output: `UPDATE_DOCS=1 npx jest test/profiles` rewrites it.
 */
import { FEATURES, MANIFEST_MINIMUM, type FeatureRequirement } from "../../src/excel/features";
import { replaceSection } from "./doc-sections";
import { compareVersions, officeMemberUses, type MemberUse } from "./office-members";

const uses = officeMemberUses();

/** "ExcelApi 1.9" above ExcelApi 1.7? Any other set is above it: the manifest asks for ExcelApi only. */
function aboveMinimum(set: string): boolean {
  if (set === "") return false;
  const [name, version] = set.split(" ");
  return name !== MANIFEST_MINIMUM[0] || compareVersions(version ?? "0", MANIFEST_MINIMUM[1]) > 0;
}

/** Features whose gated functions enclose the use and whose sets reach the member's set. */
function gatesOf(use: MemberUse): string[] {
  const [name, version] = use.set.split(" ");
  return Object.entries(FEATURES as Record<string, FeatureRequirement>)
    .filter(([, f]) => f.gated.some((g) => use.functions.includes(g)))
    .filter(([, f]) => f.sets.some(([n, v]) => n === name && compareVersions(v, version ?? "0") >= 0))
    .map(([feature]) => feature);
}

describe("Office.js members the product calls", () => {
  test("the map finds the members we know of, with their sets", () => {
    const find = (member: string) => uses.find((u) => u.member === member);
    expect(find("Excel.Worksheet.pageLayout")?.set).toBe("ExcelApi 1.9");
    expect(find("Excel.Range.copyFrom")?.set).toBe("ExcelApi 1.9");
    expect(find("Excel.Range.dataValidation")?.set).toBe("ExcelApi 1.8");
    expect(find("Excel.Worksheet.getUsedRangeOrNullObject")?.set).toBe("ExcelApi 1.4");
    expect(uses.length).toBeGreaterThan(40);
  });

  test("every member above ExcelApi 1.7 is used only where a gate covers it", () => {
    const uncovered = uses
      .filter((u) => aboveMinimum(u.set) && gatesOf(u).length === 0)
      .map((u) => `${u.member} (${u.set}) in ${u.functions[0] ?? u.file}`);
    expect(uncovered).toEqual([]);
  });

  test("a gate covers only inside its functions and only up to its own set", () => {
    const use = (functions: string[], set = "ExcelApi 1.9"): MemberUse => ({
      member: "Excel.Worksheet.pageLayout",
      set,
      file: "excel/insert.ts",
      functions,
    });
    expect(gatesOf(use(["excel/render-template.ts#queuePrint", "excel/render-template.ts#queueTemplate"]))).toEqual([
      "printSetup",
    ]);
    // insertTemplate is gated on ExcelApi 1.8: it does not cover a 1.9 member.
    expect(gatesOf(use(["excel/insert.ts#insertTemplate"]))).toEqual([]);
    expect(gatesOf(use(["excel/insert.ts#insertTemplate"], "ExcelApi 1.8"))).toEqual(["insertTemplate"]);
    expect(aboveMinimum("ExcelApi 1.7")).toBe(false);
    expect(aboveMinimum("ExcelApi 1.10")).toBe(true);
    expect(aboveMinimum("SharedRuntime 1.1")).toBe(true);
  });

  test("a gate the map names exists in the code (no stale entries)", () => {
    const functions = new Set(uses.flatMap((u) => u.functions));
    const gated = Object.values(FEATURES as Record<string, FeatureRequirement>).flatMap((f) => f.gated);
    expect(gated.filter((g) => !functions.has(g))).toEqual([]);
  });

  test("the docs' section is current", () => {
    const rows = new Map<string, { set: string; where: Set<string>; gates: Set<string> }>();
    for (const use of uses) {
      const row = rows.get(use.member) ?? { set: use.set, where: new Set<string>(), gates: new Set<string>() };
      row.where.add(use.file);
      for (const gate of gatesOf(use)) if (aboveMinimum(use.set)) row.gates.add(gate);
      rows.set(use.member, row);
    }
    const lines = ["| Member | Requirement set | Used in | Gate (feature) |", "|---|---|---|---|"];
    for (const [member, row] of rows) {
      const gates = aboveMinimum(row.set) ? [...row.gates].map((g) => `\`${g}\``).join(", ") : "— (≤ ExcelApi 1.7)";
      lines.push(`| \`${member}\` | ${row.set || "—"} | ${[...row.where].join(", ")} | ${row.set ? gates : "—"} |`);
    }
    expect(replaceSection("docs/requirement-sets.md", "members", lines.join("\n"))).toBe("current");
  });
});
