/**
 * Rows that sit inside or under a table but are not wards: totals
 * ("Tổng cộng", "Cộng", a row of COUNTIF/SUM formulas), notes ("Ghi
 * chú…"), signatures ("Người lập biểu", "Thủ trưởng đơn vị", "Xác nhận",
 * the place-and-date line). They are reported once and not counted. A row a
 * user typed by hand with a ward's name and results is a ward.
 */
import { cellText, type CellGrid } from "../consolidate/grid";
import { foldForComparison } from "../text/normalize";
import type { NotWardKind } from "./problems";

/** Folded text (no case, no diacritics) that starts a total, note or signature line. */
const TEXT_KINDS: ReadonlyArray<readonly [NotWardKind, RegExp]> = [
  ["total", /^(?:tong cong|tong so|cong tong|tong hop chung)\b|^(?:tong|cong)\s*(?:[:.(\-–]|\d|$)/u],
  ["note", /^(?:ghi chu|chu thich|chu y|luu y)\b|^\*/u],
  [
    "signature",
    new RegExp(
      [
        "^(?:nguoi lap(?: bieu| bang)?|nguoi tong hop|nguoi cham|nguoi kiem tra|thu truong(?: don vi)?|xac nhan\\b",
        "|ky(?:,)? (?:ten|ghi ro)|lanh dao|truong (?:cong an|phong|ban|doan)|pho truong|giam doc|chi huy|noi nhan)\\b",
        "|\\bngay\\s*(?:\\d{1,2}|\\.+|…)\\s*thang\\b",
      ].join(""),
      "u",
    ),
  ],
];

/** A range in a formula: "C2:C40", "$C$2:$C$40", "C:C". */
const RANGE = /\$?([A-Z]{1,3})\$?(\d*)\s*:\s*\$?([A-Z]{1,3})\$?(\d*)/giu;

/**
 * A formula that totals other rows: a range over more than one row (a
 * column total). A formula over its own row (the template's "Số tiêu chí
 * đạt") is not.
 */
export function totalsRows(formula: string): boolean {
  for (const match of formula.slice(0, 2_000).matchAll(RANGE)) {
    const [, , from, , to] = match;
    if (from === "" || to === "" || from !== to) return true;
  }
  return false;
}

/** Texts longer than this are not footer labels (a name, a paragraph); only their start is looked at. */
const LABEL_LENGTH = 120;

/** First letters (without diacritics) of every label above: other texts are not folded at all (130,000 rows). */
const FIRST_LETTERS = new Set(["t", "c", "g", "l", "n", "x", "k", "p", "*", "d", "đ"]);

function mayBeLabel(text: string): boolean {
  const first = (text[0] ?? "").normalize("NFD")[0]?.toLowerCase() ?? "";
  return FIRST_LETTERS.has(first) || /ng[aà]y/iu.test(text.slice(0, LABEL_LENGTH));
}

export function textKind(text: string): NotWardKind | null {
  if (text === "" || !mayBeLabel(text)) return null;
  const folded = foldForComparison(text.slice(0, LABEL_LENGTH)).trim();
  for (const [kind, pattern] of TEXT_KINDS) if (pattern.test(folded)) return kind;
  return null;
}

export interface NotWard {
  readonly kind: NotWardKind;
  /** The text that says so (the label, or the formula). */
  readonly text: string;
}

/**
 * Whether a table row is not a ward: by its name or province cell, by a
 * totalling formula in a result cell, or (a row without any result) by a
 * label typed in a result cell.
 */
export function notWardRow(
  grid: CellGrid,
  row: number,
  labels: readonly string[],
  resultColumns: readonly number[],
  verdicts: number,
): NotWard | null {
  for (const label of labels) {
    const kind = textKind(label);
    if (kind !== null) return { kind, text: label.slice(0, LABEL_LENGTH) };
  }
  for (const column of resultColumns) {
    const formula = grid.formula(row, column);
    if (formula !== undefined && totalsRows(formula)) return { kind: "formula", text: formula.slice(0, LABEL_LENGTH) };
  }
  if (verdicts > 0) return null;
  for (const column of resultColumns) {
    const text = cellText(grid.value(row, column));
    const kind = text === "" ? null : textKind(text);
    if (kind !== null) return { kind, text: text.slice(0, LABEL_LENGTH) };
  }
  return null;
}
