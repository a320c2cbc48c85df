/** A1 addresses for the simulator (0-based Rect inside). */
import { invalidArgument } from "./errors";
import type { Rect } from "./state";

export function columnLetters(column0: number): string {
  let letters = "";
  for (let n = column0 + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** Split "'Sheet name'!A1:B2" into sheet name (or null) and local address. */
export function splitSheet(address: string): { sheet: string | null; local: string } {
  const text = address.trim().replace(/^=/u, "");
  const bang = text.lastIndexOf("!");
  if (bang < 0) return { sheet: null, local: text };
  let sheet = text.slice(0, bang);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/gu, "'");
  return { sheet, local: text.slice(bang + 1) };
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/u;
const COLS = /^\$?([A-Za-z]{1,3}):\$?([A-Za-z]{1,3})$/u;
const ROWS = /^\$?(\d{1,7}):\$?(\d{1,7})$/u;

export function parseLocal(local: string): Rect {
  const cols = COLS.exec(local);
  if (cols !== null) {
    const a = columnIndex(cols[1] as string);
    const b = columnIndex(cols[2] as string);
    return { top: 0, bottom: 1_048_575, left: Math.min(a, b), right: Math.max(a, b) };
  }
  const rows = ROWS.exec(local);
  if (rows !== null) {
    const a = Number(rows[1]) - 1;
    const b = Number(rows[2]) - 1;
    return { top: Math.min(a, b), bottom: Math.max(a, b), left: 0, right: 16_383 };
  }
  const [first, second, extra] = local.split(":");
  if (extra !== undefined || first === undefined) throw invalidArgument(`Invalid address '${local}'`);
  const a = CELL.exec(first);
  const b = second === undefined ? a : CELL.exec(second);
  if (a === null || b === null) throw invalidArgument(`Invalid address '${local}'`);
  const r1 = Number(a[2]) - 1;
  const r2 = Number(b[2]) - 1;
  const c1 = columnIndex(a[1] as string);
  const c2 = columnIndex(b[1] as string);
  if (r1 < 0 || r2 < 0 || r1 > 1_048_575 || r2 > 1_048_575 || c1 > 16_383 || c2 > 16_383)
    throw invalidArgument(`Address out of the sheet '${local}'`);
  return { top: Math.min(r1, r2), bottom: Math.max(r1, r2), left: Math.min(c1, c2), right: Math.max(c1, c2) };
}

export function rectAddress(rect: Rect, absolute = false): string {
  const d = absolute ? "$" : "";
  const a = `${d}${columnLetters(rect.left)}${d}${rect.top + 1}`;
  if (rect.top === rect.bottom && rect.left === rect.right) return a;
  return `${a}:${d}${columnLetters(rect.right)}${d}${rect.bottom + 1}`;
}

export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/u.test(name) && !/^[A-Za-z]{1,3}\d+$/u.test(name)
    ? name
    : `'${name.replace(/'/gu, "''")}'`;
}
