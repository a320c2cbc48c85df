/**
 * How tall a row of wrapped text must be for every line to show: the text
 * is wrapped word by word against the column's width with a width per
 * character close to the serif and sans fonts used (a little wide, so a
 * substitute font wraps no later than estimated). Excel and LibreOffice do
 * not grow a row whose height is set, and Office.js does not fit rows to
 * wrapped text everywhere: the spec says the height.
 */

/** Excel's column width unit: one digit of the default font (7 px) plus 5 px of padding, in points. */
export function columnPoints(widthCharacters: number): number {
  return (widthCharacters * 7 + 5) * 0.75;
}

/** Inner padding of a cell, both sides together, in points. */
const CELL_PADDING = 6;
/** Line advance as a share of the font size. */
const LINE_SPACING = 1.22;
/** Room above the first and below the last line. */
const ROW_PADDING = 4;
/** Excel's largest row height. */
export const MAX_ROW_HEIGHT = 409;
/** Estimated widths run this much wider than the reference font, for substitute fonts. */
const SAFETY = 1.06;

const WIDTHS: ReadonlyArray<readonly [RegExp, number]> = [
  [/[ .,;:!'|/]/u, 0.27],
  [/[ijl]/u, 0.29],
  [/[-ftrI()[\]]/u, 0.34],
  [/[mM%]/u, 0.85],
  [/[wW]/u, 0.78],
  [/[“”"?]/u, 0.45],
  [/[a-z0-9]/u, 0.5],
  [/[A-Z]/u, 0.7],
  [/[—→…]/u, 1],
];

const cache = new Map<string, number>();

/** The width of one character in ems (accents are part of their letter). */
function characterWidth(ch: string): number {
  const cached = cache.get(ch);
  if (cached !== undefined) return cached;
  const base = ch.normalize("NFD").replace(/[\u0300-\u036f]/gu, "");
  const letter = base === "đ" ? "d" : base === "Đ" ? "D" : base;
  const width = WIDTHS.find(([re]) => re.test(letter))?.[1] ?? 0.6;
  if (cache.size < 1000) cache.set(ch, width);
  return width;
}

function wordWidth(word: string): number {
  let width = 0;
  for (const ch of word) width += characterWidth(ch);
  return width * SAFETY;
}

/** Lines `text` takes when wrapped in `widthPoints` at `fontSize` points. */
export function wrappedLines(text: string, widthPoints: number, fontSize: number): number {
  const available = Math.max(1, widthPoints - CELL_PADDING) / fontSize;
  const space = characterWidth(" ") * SAFETY;
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(" ").filter((w) => w !== "")) {
      const width = wordWidth(word);
      if (used > 0 && used + space + width <= available) {
        used += space + width;
        continue;
      }
      if (used > 0) lines++;
      // A word wider than the line breaks inside the word.
      lines += Math.max(0, Math.ceil(width / available) - 1);
      used = width > available ? width - Math.floor(width / available) * available : width;
    }
  }
  return lines;
}

/** The row height (points) showing every line of `text` in a cell `widthPoints` wide, plus `extra` below. */
export function rowHeightForPoints(text: string, widthPoints: number, fontSize: number, extra = 0): number {
  const lines = wrappedLines(text, widthPoints, fontSize);
  const height = Math.ceil(lines * fontSize * LINE_SPACING + ROW_PADDING + extra);
  return Math.min(MAX_ROW_HEIGHT, height);
}

/** The row height (points) showing every line of `text` in a column `widthCharacters` wide. */
export function rowHeightFor(text: string, widthCharacters: number, fontSize: number, extra = 0): number {
  return rowHeightForPoints(text, columnPoints(widthCharacters), fontSize, extra);
}
