/**
 * Every user action under every client profile (src/simulator/profiles):
 * it works, or the user is told in plain Vietnamese what this Excel lacks and
 * what to use instead. The table in docs/requirement-sets.md ("Actions by
 * client") is this test's output: `UPDATE_DOCS=1 npx jest test/profiles` rewrites it.
 */
import { problemText } from "../../src/contracts/problem-text";
import { problem, type AnyProblem } from "../../src/core/problems";
import { DEFAULT_CRITERIA_SET } from "../../src/core/criteria/default-set";
import { createSimulatedExcel } from "../../src/simulator";
import { PROFILES, type ProfileId } from "../../src/simulator/profiles/profiles";
import { createExcelHost } from "../../src/taskpane/host/excel-host";
import { registerKieumauFunctions } from "../../src/functions/hyperformula-plugin";
import { fileSource, matrixWorkbook, resultsFor } from "../consolidate/fixtures";
import { replaceSection } from "./doc-sections";
import { ACTIONS, describeOutcome, engineCheckText, loads, runAction, type Action, type Outcome } from "./run-actions";

const PROFILE_IDS = Object.keys(PROFILES) as ProfileId[];
const results = new Map<ProfileId, Map<Action, Outcome>>();

/** What the user gets; a client the manifest excludes never runs the add-in at all. */
async function outcome(profile: ProfileId, action: Action): Promise<Outcome> {
  const row = results.get(profile) ?? new Map<Action, Outcome>();
  results.set(profile, row);
  const excluded = loads(PROFILES[profile]);
  const done = row.get(action) ?? (excluded?.why === "manifest" ? excluded : await runAction(profile, action));
  row.set(action, done);
  return done;
}

describe.each(PROFILE_IDS)("client profile %s", (profileId) => {
  test.each([...ACTIONS])("%s works or says plainly what is missing", async (action) => {
    const result = await outcome(profileId, action);
    expect(result.kind).not.toBe("broken");
    if (result.kind === "message") {
      const params = { feature: action === "ribbon" ? "ribbon" : "insertTemplate", set: "ExcelApi 1.8" };
      const text = problemText(problem(result.code as never, params as never, "error") as AnyProblem, "vi");
      expect(text.message).toMatch(/Excel/u);
      expect(text.action).toMatch(/dòng lệnh|bảng tác vụ/u);
    }
  });
});

describe("what each client gets", () => {
  const expectWorks = async (profile: ProfileId, action: Action, notes: readonly string[] = []) =>
    expect(await outcome(profile, action)).toEqual({ kind: "works", notes });

  test("ExcelApi 1.7 (Excel 2019 volume-licensed, were its pane to run): no insert, everything else works", async () => {
    expect(await outcome("excel2019-volume", "insertMatrix")).toEqual({ kind: "message", code: "excelFeatureMissing" });
    expect(await outcome("excel2019-volume", "insertPhieu")).toEqual({ kind: "message", code: "excelFeatureMissing" });
    await expectWorks("excel2019-volume", "check");
    await expectWorks("excel2019-volume", "normalise");
    await expectWorks("excel2019-volume", "consolidate");
    await expectWorks("excel2019-volume", "summaryFormulas", ["native"]);
    expect(await outcome("excel2019-volume", "ribbon")).toEqual({ kind: "message", code: "excelFeatureMissing" });
  });

  test("ExcelApi 1.8 exactly: insert works with validations, without copyFrom, and says print setup was skipped", async () => {
    const profile = { ...PROFILES["office2021-ltsc"], id: "office2021-ltsc" as const, sets: { ExcelApi: "1.8" } };
    const excel = createSimulatedExcel({ profile });
    const host = createExcelHost((batch) => excel.run(batch), excel.requirements.isSetSupported);
    const result = await host.insertTemplate({ layout: "matrix", set: DEFAULT_CRITERIA_SET, wardRows: 20 });
    expect(result.inserted).toBe(true);
    expect(result.notes?.map((n) => n.code)).toEqual(["excelPrintSetupSkipped"]);
    expect(problemText(result.notes?.[0] as AnyProblem, "vi").message).toMatch(/chưa đặt trang in/u);
    const sheet = excel.sheet(result.sheetName);
    expect(String(sheet.formula("Y25"))).toMatch(/^=COUNTIF/u);
    expect(sheet.validations.length).toBeGreaterThan(0);
  });

  test("Office 2021 retail before Version 2311 has the shared runtime but no custom functions: native formulas", async () => {
    await expectWorks("office2021-retail-pre2311", "insertMatrix");
    await expectWorks("office2021-retail-pre2311", "summaryFormulas", ["native"]);
    expect(await outcome("office2021-retail-pre2311", "ribbon")).toEqual({
      kind: "message",
      code: "excelFeatureMissing",
    });
  });

  test("native and KIEUMAU.* summary formulas give the same numbers (Office 2021 retail before 2311 vs Microsoft 365)", async () => {
    registerKieumauFunctions();
    const figures = async (profile: ProfileId) => {
      const excel = createSimulatedExcel({ profile });
      const host = createExcelHost((batch) => excel.run(batch), excel.requirements.isSetSupported);
      const wards = Array.from({ length: 12 }, (_, i) => ({
        province: ["Huế", "Nghệ An", "Hà Nội"][i % 3] as string,
        ward: `Phường ${i + 1}`,
        results: resultsFor(DEFAULT_CRITERIA_SET, i % 4 === 0 ? ["TC02"] : []),
      }));
      const file = fileSource("cum.xlsx", await matrixWorkbook(wards));
      const outcome = await host.consolidate({
        files: [file],
        useWorkbook: false,
        set: DEFAULT_CRITERIA_SET,
        defaultTarget: 0.3,
        onProgress: () => undefined,
        signal: new AbortController().signal,
        confirmReplace: async () => true,
      });
      const sheet = excel.sheet("Theo tỉnh");
      const formulas = [4, 5, 6].map((r) => String(sheet.formula(`E${r}`)));
      return { values: sheet.values("A4:H6"), formulas, notes: (outcome.notes ?? []).map((n) => n.code) };
    };
    const native = await figures("office2021-retail-pre2311");
    const functions = await figures("microsoft365");
    expect(native.formulas.every((f) => !f.includes("KIEUMAU."))).toBe(true);
    expect(functions.formulas.every((f) => f.includes("KIEUMAU."))).toBe(true);
    expect(native.notes).toEqual(["excelNativeFormulas"]);
    expect(functions.notes).toEqual([]);
    expect(native.values).toEqual(functions.values);
    expect(typeof native.values[0]?.[4]).toBe("number");
  });

  test("LTSC 2021, Microsoft 365, the web and Mac get KIEUMAU.* formulas and the ribbon", async () => {
    for (const profile of ["office2021-ltsc", "microsoft365", "web", "mac"] as const) {
      await expectWorks(profile, "summaryFormulas", ["KIEUMAU.*"]);
      await expectWorks(profile, "ribbon");
      await expectWorks(profile, "insertMatrix");
    }
  });

  test("Trident clients never run the bundle: the old-engine script names the template file and the command line", () => {
    expect(loads(PROFILES["excel2019-volume"])).toEqual({ kind: "not loaded", why: "engine" });
    expect(loads(PROFILES["excel2016-volume"])).toEqual({ kind: "not loaded", why: "manifest" });
    for (const id of PROFILE_IDS.filter((p) => !p.startsWith("excel20"))) expect(loads(PROFILES[id])).toBeNull();
    const script = engineCheckText();
    expect(script).toMatch(/tệp mẫu/u);
    expect(script).toMatch(/dòng lệnh/u);
  });

  test("the docs' table is current", async () => {
    const header = `| Client | ${ACTIONS.map((a) => `\`${a}\``).join(" | ")} |`;
    const lines = [header, `|---|${ACTIONS.map(() => "---").join("|")}|`];
    for (const id of PROFILE_IDS) {
      const before = loads(PROFILES[id]);
      const cells: string[] = [];
      for (const action of ACTIONS) {
        const host = describeOutcome(await outcome(id, action));
        cells.push(before === null || before.why === "manifest" ? host : `${describeOutcome(before)} (pane: ${host})`);
      }
      lines.push(`| \`${id}\` | ${cells.join(" | ")} |`);
    }
    expect(replaceSection("docs/requirement-sets.md", "actions", lines.join("\n"))).toBe("current");
  });
});
