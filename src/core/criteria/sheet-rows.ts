import type { CriteriaSet } from "./types";
import { CriteriaSetError, validateCriteriaSet } from "./validate";
import { foldForComparison, toCanonicalText } from "../text/normalize";
import { problem } from "../problems/problem";

/**
 * A criteria set as the rows of a "Bộ tiêu chí" sheet, so provinces can
 * edit the wording in Excel itself:
 *
 *   Mã bộ tiêu chí | cand-kieu-mau-22
 *   Phiên bản      | 2021.1
 *   Tên bộ         | Công an phường điển hình, kiểu mẫu …
 *   Căn cứ         | QĐ 5764/QĐ-BCA-V05 (13/7/2021)
 *   (blank row)
 *   Mã | Nhóm | Tên ngắn | Nội dung | Minh chứng
 *   TC01 | Sự lãnh đạo … | … | … | …
 *
 * Groups are identified by their titles, in order of first appearance.
 */

export const CRITERIA_SHEET_NAME = "Bộ tiêu chí";

const META_LABELS = {
  id: "Mã bộ tiêu chí",
  version: "Phiên bản",
  title: "Tên bộ",
  source: "Căn cứ",
  note: "Ghi chú",
} as const;
const COLUMN_LABELS = {
  code: "Mã",
  group: "Nhóm",
  title: "Tên ngắn",
  text: "Nội dung",
  evidence: "Minh chứng",
} as const;

type Column = keyof typeof COLUMN_LABELS;

const META_BY_KEY = new Map(
  Object.entries(META_LABELS).map(([field, label]) => [foldForComparison(label), field as keyof typeof META_LABELS]),
);
const COLUMN_BY_KEY = new Map(
  Object.entries(COLUMN_LABELS).map(([field, label]) => [foldForComparison(label), field as Column]),
);

function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  return toCanonicalText(String(value)).text;
}

/** Rows for writing a criteria set to a sheet (first column labels, then the criteria table). */
export function criteriaSetToRows(set: CriteriaSet): string[][] {
  const width = Object.keys(COLUMN_LABELS).length;
  const pad = (row: string[]) => [...row, ...Array<string>(width - row.length).fill("")];
  const groupTitle = new Map(set.groups.map((group) => [group.id, group.title]));
  return [
    pad([META_LABELS.id, set.id]),
    pad([META_LABELS.version, set.version]),
    pad([META_LABELS.title, set.title]),
    pad([META_LABELS.source, set.source ?? ""]),
    pad([META_LABELS.note, set.note ?? ""]),
    pad([]),
    Object.values(COLUMN_LABELS),
    ...set.criteria.map((c) => [c.code, groupTitle.get(c.group) ?? c.group, c.title, c.text, c.evidence]),
  ];
}

/** Read a criteria set back from sheet rows; throws CriteriaSetError listing the problems. */
export function criteriaSetFromRows(rows: readonly (readonly unknown[])[]): CriteriaSet {
  const meta: Partial<Record<keyof typeof META_LABELS, string>> = {};
  let headerIndex = -1;
  let columns = new Map<Column, number>();
  for (let r = 0; r < rows.length && headerIndex < 0; r++) {
    const row = rows[r] ?? [];
    const found = new Map<Column, number>();
    row.forEach((value, c) => {
      const column = COLUMN_BY_KEY.get(foldForComparison(cellText(value)));
      if (column !== undefined && !found.has(column)) found.set(column, c);
    });
    if (found.has("code") && found.has("title")) {
      headerIndex = r;
      columns = found;
      continue;
    }
    const field = META_BY_KEY.get(foldForComparison(cellText(row[0])));
    if (field !== undefined) meta[field] = cellText(row[1]);
  }
  if (headerIndex < 0) {
    const params = { sheet: CRITERIA_SHEET_NAME, code: COLUMN_LABELS.code, title: COLUMN_LABELS.title };
    throw new CriteriaSetError([problem("criteriaSheetNoHeader", params, "error")]);
  }
  const groups: { id: string; title: string }[] = [];
  const groupIdByTitle = new Map<string, string>();
  const criteria: Record<Column, string>[] = [];
  for (const row of rows.slice(headerIndex + 1)) {
    const read = (column: Column) => {
      const index = columns.get(column);
      return index === undefined ? "" : cellText(row[index]);
    };
    if ([...columns.keys()].every((column) => read(column) === "")) continue;
    const groupTitle = read("group") || "Chung";
    let groupId = groupIdByTitle.get(groupTitle);
    if (groupId === undefined) {
      groupId = `G${groups.length + 1}`;
      groupIdByTitle.set(groupTitle, groupId);
      groups.push({ id: groupId, title: groupTitle });
    }
    criteria.push({
      code: read("code"),
      group: groupId,
      title: read("title"),
      text: read("text"),
      evidence: read("evidence"),
    });
  }
  return validateCriteriaSet({ ...meta, groups, criteria }, "sheet");
}
