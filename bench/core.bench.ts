import { HyperFormula } from "hyperformula";
import { DEFAULT_CRITERIA_SET, criterionCodes, passCountFormula, scoreWard } from "../src/core";
import { bestTime, round, type Report } from "./report";

const WARDS = 10_000;
const FORMS: readonly unknown[] = ["Đạt", "Không đạt", "x", "Đ", "K", 1, 0, "", "Đạt", "Đạt"];

function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Score 10,000 wards × 22 criteria with the core, and the same pass counts with COUNTIF in HyperFormula. */
export async function run(report: Report): Promise<void> {
  const codes = criterionCodes(DEFAULT_CRITERIA_SET);
  let seed = 7;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const rows = Array.from({ length: WARDS }, () => codes.map(() => FORMS[Math.floor(random() * FORMS.length)]));

  let coreTotal = 0;
  const coreMs = await bestTime(() => {
    coreTotal = 0;
    for (const row of rows) coreTotal += scoreWard(row, codes).met;
  });

  const last = columnName(codes.length - 1);
  const sheet = rows.map((row, r) => [
    ...row.map((v) => (v === "" ? null : v)),
    passCountFormula(`A${r + 1}:${last}${r + 1}`),
  ]);
  let formulaTotal = 0;
  const formulaMs = await bestTime(() => {
    const hf = HyperFormula.buildFromArray(sheet as never, { licenseKey: "gpl-v3" });
    formulaTotal = 0;
    for (let r = 0; r < WARDS; r++) formulaTotal += Number(hf.getCellValue({ sheet: 0, row: r, col: codes.length }));
    hf.destroy();
  }, 1);
  if (formulaTotal !== coreTotal) throw new Error(`Core and COUNTIF disagree: ${coreTotal} vs ${formulaTotal}`);

  report({ name: "core.score10k.ms", value: round(coreMs), unit: "ms", aim: "" });
  report({ name: "core.score10k.hyperformula_ms", value: round(formulaMs), unit: "ms", aim: "" });
  report({ name: "core.score10k.ratio_vs_hyperformula", value: round(formulaMs / coreMs, 1), unit: "x", aim: ">= 20" });
}
