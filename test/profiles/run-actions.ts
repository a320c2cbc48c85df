/**
 * Every user action of the add-in, driven through the host (or the ribbon
 * command) over a simulated workbook that behaves like one client profile.
 * Each action ends as "works" (possibly with notes: what was left out) or as
 * the plain message the user sees (a problem code). Any other failure — an
 * Office.js member this client lacks reaching Excel (ApiNotFound) — is
 * returned as "broken" so the test names it.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { DEFAULT_CRITERIA_SET } from "../../src/core/criteria/default-set";
import { latestRibbonCheck } from "../../src/contracts/ribbon-bridge";
import { runRibbonCheck } from "../../src/commands/commands";
import { hasFeature, MANIFEST_MINIMUM } from "../../src/excel/features";
import { KieuMauExcelError } from "../../src/excel/errors";
import { createSimulatedExcel, type SimulatedExcel } from "../../src/simulator";
import { isSetSupported, type ClientProfile, type ProfileId } from "../../src/simulator/profiles/profiles";
import { createExcelHost } from "../../src/taskpane/host/excel-host";
import type { AddinHost } from "../../src/taskpane/host/types";
import { fileSource, matrixWorkbook, resultsFor } from "../consolidate/fixtures";

const set = DEFAULT_CRITERIA_SET;

export const ACTIONS = [
  "insertMatrix",
  "insertPhieu",
  "check",
  "normalise",
  "consolidate",
  "summaryFormulas",
  "ribbon",
] as const;
export type Action = (typeof ACTIONS)[number];

/** The add-in never runs here: Office does not list it, or the old-engine script explains instead. */
export type NotLoaded = { readonly kind: "not loaded"; readonly why: "manifest" | "engine" };

export type Outcome =
  | { readonly kind: "works"; readonly notes: readonly string[] }
  | { readonly kind: "message"; readonly code: string }
  | NotLoaded
  | { readonly kind: "broken"; readonly error: string };

/** The user's view before the bundle runs: is the add-in offered, and does its pane start? */
export function loads(profile: ClientProfile): NotLoaded | null {
  const [name, version] = MANIFEST_MINIMUM;
  if (!isSetSupported(profile, name, version)) return { kind: "not loaded", why: "manifest" };
  if (profile.engine === "Trident") return { kind: "not loaded", why: "engine" };
  return null;
}

/** The old-engine script's text (src/engine-check/engine-check.js), what Trident clients show. */
export function engineCheckText(): string {
  return readFileSync(path.join(__dirname, "../../src/engine-check/engine-check.js"), "utf8");
}

function outcomeOf(error: unknown): Outcome {
  if (error instanceof KieuMauExcelError) {
    if (error.code === "ApiNotFound" || error.problem.code === "excelUnexpected") {
      return { kind: "broken", error: `${error.code}: ${String((error.cause as Error | undefined)?.message)}` };
    }
    return { kind: "message", code: error.problem.code };
  }
  return { kind: "broken", error: String(error) };
}

async function attempt(action: () => Promise<readonly string[]>): Promise<Outcome> {
  try {
    return { kind: "works", notes: await action() };
  } catch (error) {
    return outcomeOf(error);
  }
}

/** A scoring table as the template file has it (typed, so it needs no API): codes header, two wards. */
function typeTable(excel: SimulatedExcel, sheet: string): void {
  excel.type(sheet, "A1", "Tỉnh");
  excel.type(sheet, "B1", "Phường");
  set.criteria.forEach((c, i) => excel.type(sheet, `${String.fromCharCode(67 + i)}1`, c.code));
  excel.type(sheet, "A2", "Huế");
  excel.type(sheet, "B2", "Phường Một");
  excel.type(sheet, "A3", "Huế");
  excel.type(sheet, "B3", "Phường Hai");
  set.criteria.forEach((_, i) => {
    excel.type(sheet, `${String.fromCharCode(67 + i)}2`, "dat");
    excel.type(sheet, `${String.fromCharCode(67 + i)}3`, i === 1 ? "Không đạt" : "Đạt");
  });
}

function hostFor(excel: SimulatedExcel): AddinHost {
  return createExcelHost((batch) => excel.run(batch), excel.requirements.isSetSupported);
}

async function consolidateOn(excel: SimulatedExcel, host: AddinHost) {
  const file = fileSource(
    "cum.xlsx",
    await matrixWorkbook([{ province: "Huế", ward: "Phường Ba", results: resultsFor(set, ["TC03"]) }]),
  );
  return host.consolidate({
    files: [file],
    useWorkbook: true,
    set,
    defaultTarget: 0.3,
    onProgress: () => undefined,
    signal: new AbortController().signal,
    confirmReplace: async () => true,
  });
}

/** Run one action on a fresh workbook behaving like `profileId`. */
export async function runAction(profileId: ProfileId, action: Action): Promise<Outcome> {
  const excel = createSimulatedExcel({ profile: profileId, sheets: ["Sheet1"] });
  const host = hostFor(excel);
  const notesOf = (notes: readonly { code: string }[] | undefined) => (notes ?? []).map((n) => n.code);
  switch (action) {
    case "insertMatrix":
      return attempt(async () => notesOf((await host.insertTemplate({ layout: "matrix", set, wardRows: 30 })).notes));
    case "insertPhieu":
      return attempt(async () => notesOf((await host.insertTemplate({ layout: "phieu", set, wardRows: 1 })).notes));
    case "check":
      typeTable(excel, "Sheet1");
      return attempt(async () => {
        const report = await host.check();
        if (report.templates[0]?.wards.length !== 2) throw new Error("check did not read both wards");
        return [];
      });
    case "normalise":
      typeTable(excel, "Sheet1");
      return attempt(async () => {
        const result = await host.normalise(async () => true);
        if (excel.sheet("Sheet1").value("C2") !== "Đạt") throw new Error(`normalise left ${JSON.stringify(result)}`);
        return [];
      });
    case "consolidate":
    case "summaryFormulas":
      typeTable(excel, "Sheet1");
      return attempt(async () => {
        const outcome = await consolidateOn(excel, host);
        if (!outcome.written) throw new Error("nothing written");
        if (action === "consolidate") return notesOf(outcome.notes).filter((c) => c !== "excelNativeFormulas");
        const formula = String(excel.sheet("Theo tỉnh").formula("E4"));
        return [/KIEUMAU\./u.test(formula) ? "KIEUMAU.*" : "native"];
      });
    case "ribbon":
      typeTable(excel, "Sheet1");
      if (!hasFeature("ribbon", excel.requirements.isSetSupported)) {
        // No button (the manifest's VersionOverrides are ignored): Kiểm tra is in the pane.
        return { kind: "message", code: "excelFeatureMissing" };
      }
      return attempt(async () => {
        await runRibbonCheck(
          { completed: () => undefined },
          (batch) => excel.run(batch),
          async () => undefined,
        );
        const outcome = latestRibbonCheck<{ templates: unknown[] }>();
        if (outcome?.error !== undefined) throw outcome.error;
        return [];
      });
  }
}

/** One cell of the docs' table. */
export function describeOutcome(outcome: Outcome): string {
  switch (outcome.kind) {
    case "works":
      return outcome.notes.length === 0 ? "works" : `works (${outcome.notes.map((n) => `\`${n}\``).join(", ")})`;
    case "message":
      return `message \`${outcome.code}\``;
    case "not loaded":
      return outcome.why === "manifest" ? "not offered (manifest: ExcelApi 1.7)" : "old-engine message";
    case "broken":
      return `BROKEN: ${outcome.error}`;
  }
}
