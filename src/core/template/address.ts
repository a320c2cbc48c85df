/** A1 addresses: column letters, cell and range addresses (1-based rows and columns). */

export function columnLetter(column: number): string {
  if (!Number.isInteger(column) || column < 1) throw new RangeError(`Invalid column number ${column}`);
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0) - 64;
    if (code < 1 || code > 26) throw new RangeError(`Invalid column letters "${letters}"`);
    n = n * 26 + code;
  }
  return n;
}

export function cellAddress(row: number, column: number): string {
  return `${columnLetter(column)}${row}`;
}

export function absoluteCell(row: number, column: number): string {
  return `$${columnLetter(column)}$${row}`;
}

export function rangeAddress(top: number, left: number, bottom: number, right: number): string {
  const start = cellAddress(top, left);
  const end = cellAddress(bottom, right);
  return start === end ? start : `${start}:${end}`;
}

export interface CellRef {
  readonly row: number;
  readonly column: number;
}

export interface RangeRef {
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/u;

export function parseCell(address: string): CellRef {
  const match = CELL.exec(address.trim());
  if (match === null) throw new RangeError(`Invalid cell address "${address}"`);
  return { column: columnNumber(match[1] as string), row: Number(match[2]) };
}

/** "B2:D9", "B2", or with a sheet prefix ("'Phiếu chấm'!B2:D9"; the prefix is dropped). */
export function parseRange(address: string): RangeRef {
  const bang = address.lastIndexOf("!");
  const local = bang >= 0 ? address.slice(bang + 1) : address;
  const [first, second] = local.split(":");
  const a = parseCell(first as string);
  const b = second === undefined ? a : parseCell(second);
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.column, b.column),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.column, b.column),
  };
}
