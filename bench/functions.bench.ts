import { HyperFormula } from "hyperformula";
import { NATIVE_MET_TOKENS, NATIVE_NOT_MET_TOKENS, passCountFormula } from "../src/core";
import { passCount } from "../src/functions/kieumau";
import { bestTime, round, type Report } from "./report";

const ROWS = 10_000;
const WIDTH = 22;
const FORMS: readonly (string | number | null)[] = [...NATIVE_MET_TOKENS, ...NATIVE_NOT_MET_TOKENS, 1, 0, null];

/** KIEUMAU.PASSCOUNT over 10,000 rows × 22 cells against COUNTIF in HyperFormula, same cells, same run. */
export async function run(report: Report): Promise<void> {
  let seed = 11;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const rows = Array.from({ length: ROWS }, () =>
    Array.from({ length: WIDTH }, () => FORMS[Math.floor(random() * FORMS.length)] ?? null),
  );
  // Excel hands empty cells to custom functions as "".
  const excelRows = rows.map((row) => [row.map((v) => (v === null ? "" : v))]);

  let ours = 0;
  const oursMs = await bestTime(() => {
    ours = 0;
    for (const row of excelRows) ours += passCount(row);
  });

  const sheet = rows.map((row, r) => [...row, passCountFormula(`A${r + 1}:V${r + 1}`)]);
  let theirs = 0;
  const theirsMs = await bestTime(() => {
    const hf = HyperFormula.buildFromArray(sheet as never, { licenseKey: "gpl-v3" });
    theirs = 0;
    for (let r = 0; r < ROWS; r++) theirs += Number(hf.getCellValue({ sheet: 0, row: r, col: WIDTH }));
    hf.destroy();
  }, 1);
  if (ours !== theirs) throw new Error(`PASSCOUNT and COUNTIF disagree: ${ours} vs ${theirs}`);

  report({ name: "functions.passcount10k.ms", value: round(oursMs), unit: "ms", aim: "" });
  report({ name: "functions.passcount10k.hyperformula_ms", value: round(theirsMs), unit: "ms", aim: "" });
  report({
    name: "functions.passcount10k.ratio_vs_hyperformula",
    value: round(theirsMs / oursMs, 1),
    unit: "x",
    aim: ">= 1",
  });
}
