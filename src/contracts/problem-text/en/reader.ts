import type { ReaderProblems } from "../../../core/reader/problems";
import { quote } from "../shared";
import type { ProblemTexts } from "../types";

const FORM = {
  tcvn3: " (old TCVN3/ABC font)",
  vni: " (old VNI font)",
  noDiacritics: " (without diacritics)",
  other: "",
} as const;
const FIELD = {
  period: "Kỳ đánh giá (period)",
  date: "Ngày chấm (date)",
  assessor: "Người chấm / đơn vị (assessor)",
} as const;
const INSERT_ROWS =
  "Insert rows inside the table (right-click a ward row › Insert) and move the data there, or insert a new template with more rows.";

export const enReader: ProblemTexts<keyof ReaderProblems> = {
  readerNeedsNormalising: (p) => ({
    message: `${quote(p.value)}${FORM[p.form]} is read as "${p.meant}", but the sheet's own counting formulas (without the add-in) do not recognise this spelling.`,
    action: `Click "Normalise" to change it to "${p.meant}", or type "${p.meant}" again.`,
  }),
  readerRowWithoutWard: () => ({
    message: "The row has results but no ward name.",
    action: "Type the ward's name in this cell.",
  }),
  readerRowWithoutProvince: () => ({
    message: "The row has no province or city.",
    action: "Type the province or city (needed to consolidate).",
  }),
  readerPhieuWithoutWard: () => ({
    message: "The form does not name the ward.",
    action: "Type the name of the ward assessed.",
  }),
  readerPhieuWithoutProvince: () => ({
    message: "The form does not name the province or city.",
    action: "Type the province or city.",
  }),
  readerPhieuFieldMissing: (p) => ({
    message: `The form leaves "${FIELD[p.field]}" empty.`,
    action: `Fill in ${FIELD[p.field]}.`,
  }),
  readerPhieuBadDate: (p) => ({
    message: `The date ${quote(p.value)} is not a valid date.`,
    action: "Type the date as dd/mm/yyyy, for example 05/11/2026.",
  }),
  readerWardRepeated: (p) => ({
    message: `Ward "${p.ward}" is already on row ${p.firstRow}.`,
    action: "Delete one of the two rows, or correct the name if they are two different wards.",
  }),
  readerCodesChanged: (p) => ({
    message: `The criterion codes were edited: ${p.found} codes found, the template needs ${p.expected} distinct codes.`,
    action: "Undo the change to the codes, or insert a new template and paste the results into it.",
  }),
  readerRowWithoutFormulas: () => ({
    message:
      "This row has no counting formulas (usually a row inserted by hand), so the sheet does not compute its result.",
    action: "Select the Số đạt…Thiếu cells of the row above, copy them and paste them into this row.",
  }),
  readerRowBelowTable: (p) => ({
    message: `Row ${p.row} was typed right under the table (which ends at row ${p.lastRow}): it is checked and consolidated, but the table's formulas, drop-down list and colours do not cover it.`,
    action: INSERT_ROWS,
  }),
  readerRowOutsideTable: (p) => ({
    message: `Row ${p.row}${p.count > 1 ? ` (and ${p.count - 1} more rows below it)` : ""} is outside the table (which ends at row ${p.lastRow}), so ${p.count > 1 ? "they are" : "it is"} neither counted nor consolidated.`,
    action: INSERT_ROWS,
  }),
  readerFoundByCodes: (p) => ({
    message: `The sheet ${p.why === "noMarker" ? "has no template marker (the hidden KIEUMAU row)" : "has a damaged or misplaced template marker"}: its data was found by the row or column of criterion codes.`,
    action: "Nothing to do; next time use a new template (kieumau template or Insert template) for an exact reading.",
  }),
  readerNoWardColumn: () => ({
    message: 'There is a row of criterion codes but no "Phường" (ward) column, so this sheet cannot be read.',
    action:
      'Head the ward-name column "Phường" (and the province column "Tỉnh/thành phố") in the header row, then try again.',
  }),
  readerNotWardRow: (p) => ({
    message: `Row ${p.row} is not a ward: it is ${NOT_WARD[p.kind]}${p.text === "" ? "" : ` (${quote(p.text)})`} — not counted.`,
    action: "Nothing to do. If it is a ward, put its name in the ward column and its results in the criterion cells.",
  }),
  readerFormulaWithoutValue: (p) => ({
    message: `${p.count} result cells (from ${p.cell}) hold a formula whose result the file did not save — they count as not assessed.`,
    action: "Open the file in Excel, save it and send it again (Excel calculates and saves the results).",
  }),
  readerTextTooLong: (p) => ({
    message: `The ${TEXT_FIELD[p.field]} is ${p.length.toLocaleString("en-US")} characters long — too long; only the first ${p.limit} are used.`,
    action: `Correct the ${TEXT_FIELD[p.field]} and send the file again.`,
  }),
};

const NOT_WARD = {
  total: "a total row",
  note: "a note",
  signature: "a signature line",
  formula: "a row of totalling formulas",
} as const;
const TEXT_FIELD = { ward: "ward name", province: "province name", period: "assessment period" } as const;
