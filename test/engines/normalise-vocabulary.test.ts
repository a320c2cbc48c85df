/**
 * Every token of the vocabulary through the add-in's own path: typed into
 * the matrix (strict simulated workbook), counted by the sheet as the table
 * says, checked by the core, then "Chuẩn hoá" writes the canonical word of
 * the token's meaning, after which the sheet counts every one of them.
 */
import type { CriteriaSet } from "../../src/core/criteria/types";
import { CANONICAL_MET, CANONICAL_NOT_MET, VOCABULARY } from "../../src/core/entries/vocabulary";
import { cellAddress, matrixSummaryColumns } from "../../src/core/template";
import { insertMatrix, normaliseSheet } from "../../src/excel";
import { createSimulatedExcel } from "../../src/simulator";

const SHEET = "Bảng chấm nhanh";
const SET: CriteriaSet = {
  id: "one",
  version: "1",
  title: "Một tiêu chí",
  groups: [{ id: "A", title: "A" }],
  criteria: [{ code: "TC01", group: "A", title: "T", text: "T", evidence: "" }],
};
const CANONICAL = { met: CANONICAL_MET, notMet: CANONICAL_NOT_MET } as const;

describe("the vocabulary through the add-in: typed, counted, normalised", () => {
  it("counts what the table counts, and after Chuẩn hoá every token is its canonical word, counted", async () => {
    const excel = createSimulatedExcel();
    await excel.run((context) => insertMatrix(context, SET, { wardRows: VOCABULARY.length }));
    const cols = matrixSummaryColumns(1);
    const first = 6;
    VOCABULARY.forEach((row, i) => {
      excel.type(SHEET, cellAddress(first + i, 2), `Phường ${i + 1}`);
      // Typed "1" or "true" becomes a number or boolean, as in Excel: the apostrophe keeps the text forms text.
      const asText = row.form === "numberText" || row.form === "booleanText";
      excel.type(SHEET, cellAddress(first + i, 3), asText ? `'${String(row.token)}` : row.token);
    });
    const sheet = excel.sheet(SHEET);
    VOCABULARY.forEach((row, i) => expect(typeof sheet.value(cellAddress(first + i, 3))).toBe(typeof row.token));
    const counts = (i: number): [unknown, unknown] => [
      sheet.value(cellAddress(first + i, cols.met)),
      sheet.value(cellAddress(first + i, cols.notMet)),
    ];
    const one = (row: (typeof VOCABULARY)[number]): [number, number] => (row.meaning === "met" ? [1, 0] : [0, 1]);
    VOCABULARY.forEach((row, i) => {
      expect({ token: row.token, counts: counts(i) }).toEqual({
        token: row.token,
        counts: row.counted ? one(row) : [0, 0],
      });
    });

    const result = await excel.run((context) => normaliseSheet(context, { sheetName: SHEET, confirm: () => true }));
    expect(result.invalidLeft).toBe(0);
    VOCABULARY.forEach((row, i) => {
      expect({ token: row.token, now: sheet.value(cellAddress(first + i, 3)) }).toEqual({
        token: row.token,
        now: CANONICAL[row.meaning],
      });
      expect({ token: row.token, counts: counts(i) }).toEqual({ token: row.token, counts: one(row) });
    });
  });
});
