/**
 * Move a formula's relative references by (rows, columns), as Excel does
 * when a formula is filled or copied, or when a conditional format written
 * for the top-left cell applies to another cell. String literals are left
 * alone; references that fall off the sheet become #REF!.
 */

const MAX_ROWS = 1_048_576;
const MAX_COLUMNS = 16_384;

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

// A cell reference not preceded by a name character and not followed by "(" (LOG10( is a function).
const CELL_REF = /(^|[^A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3})(\$?)(\d{1,7})(?![A-Za-z0-9_(!])/gu;
// A whole-column reference such as C:C or $C:$E (used by COLUMN()).
const COLUMN_REF = /(^|[^A-Za-z0-9_.$])(\$?)([A-Za-z]{1,3}):(\$?)([A-Za-z]{1,3})(?![A-Za-z0-9_(])/gu;

function shiftCode(code: string, rows: number, columns: number): string {
  const shiftedColumns = code.replace(
    COLUMN_REF,
    (_all, lead: string, d1: string, c1: string, d2: string, c2: string) => {
      const move = (dollar: string, letters: string): string => {
        if (dollar === "$") return `$${letters.toUpperCase()}`;
        const n = columnNumber(letters.toUpperCase()) + columns;
        return n < 1 || n > MAX_COLUMNS ? "#REF!" : columnLetters(n);
      };
      return `${lead}${move(d1, c1)}:${move(d2, c2)}`;
    },
  );
  return shiftedColumns.replace(
    CELL_REF,
    (all, lead: string, colDollar: string, letters: string, rowDollar: string, digits: string) => {
      const upper = letters.toUpperCase();
      const col = columnNumber(upper);
      if (col > MAX_COLUMNS) return all; // not a reference (a name such as ABCD1 cannot reach here, but be safe)
      const row = Number(digits);
      const newCol = colDollar === "$" ? col : col + columns;
      const newRow = rowDollar === "$" ? row : row + rows;
      if (newCol < 1 || newCol > MAX_COLUMNS || newRow < 1 || newRow > MAX_ROWS) return `${lead}#REF!`;
      return `${lead}${colDollar}${columnLetters(newCol)}${rowDollar}${newRow}`;
    },
  );
}

/** Apply `transform` to the parts of a formula outside string literals. */
export function mapOutsideStrings(formula: string, transform: (code: string) => string): string {
  let result = "";
  let index = 0;
  while (index < formula.length) {
    const quote = formula.indexOf('"', index);
    if (quote < 0) {
      result += transform(formula.slice(index));
      break;
    }
    result += transform(formula.slice(index, quote));
    // A string literal runs to the next lone quote ("" is an escaped quote).
    let end = quote + 1;
    for (;;) {
      const next = formula.indexOf('"', end);
      if (next < 0) {
        end = formula.length;
        break;
      }
      if (formula[next + 1] === '"') {
        end = next + 2;
        continue;
      }
      end = next + 1;
      break;
    }
    result += formula.slice(quote, end);
    index = end;
  }
  return result;
}

export function shiftFormula(formula: string, rows: number, columns: number): string {
  if (rows === 0 && columns === 0) return formula;
  return mapOutsideStrings(formula, (code) => shiftCode(code, rows, columns));
}

/** Replace ROW() and COLUMN() without arguments by the numbers of the cell being evaluated. */
export function bindRowColumn(formula: string, row: number, column: number): string {
  return mapOutsideStrings(formula, (code) =>
    code.replace(/\bROW\(\s*\)/giu, String(row)).replace(/\bCOLUMN\(\s*\)/giu, String(column)),
  );
}

/**
 * References after `count` rows are inserted before row `at` (1-based), as
 * Excel rewrites formulas, names and conditional formats: every reference
 * to a row at or after `at` moves down, absolute or not.
 */
export function adjustForInsertedRows(formula: string, at: number, count: number): string {
  return mapOutsideStrings(formula, (code) =>
    code.replace(
      CELL_REF,
      (all, lead: string, colDollar: string, letters: string, rowDollar: string, digits: string) => {
        if (columnNumber(letters.toUpperCase()) > MAX_COLUMNS) return all;
        const row = Number(digits);
        return row >= at ? `${lead}${colDollar}${letters}${rowDollar}${row + count}` : all;
      },
    ),
  );
}
