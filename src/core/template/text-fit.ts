/**
 * How tall a wrapped cell must be, without a renderer: Excel does not
 * autofit the rows of a file it opens, and LibreOffice keeps the heights it
 * reads, so the templates carry row heights computed here.
 *
 * Widths are those of Times New Roman (the templates' font; Liberation Serif
 * and Nimbus Roman have the same metrics), per 1000 units of the em, from
 * the Adobe Times-Roman metrics. Vietnamese letters measure as their base
 * letter: the diacritics sit above or below and take no width. Column widths
 * are in Excel's unit, characters of the default font (Calibri 11: 7 px per
 * character plus 5 px of padding at 96 dpi).
 */

export interface FontMetrics {
  /** Points. */
  readonly size: number;
  readonly bold?: boolean;
}

/** Pixels per character of Excel's default font (Calibri 11, Aptos Narrow 11) at 96 dpi. */
export const PIXELS_PER_CHARACTER = 7;
/** Pixels Excel adds to every column for its gridline and padding. */
export const COLUMN_PADDING_PIXELS = 5;
/** Points a cell keeps free on its left and right together before text wraps. */
export const CELL_INSET_POINTS = 4.5;
/** Measured widths are multiplied by this before wrapping: rendering differs between apps and printers. */
export const WIDTH_SAFETY = 1.06;
/** Bold Times is about this much wider than regular. */
const BOLD_FACTOR = 1.07;
/** Line height of Times New Roman in Excel, in font sizes (12 pt → 15.75 pt row). */
export const LINE_HEIGHT = 1.3;
/** Points added to every computed row for the cell's top and bottom padding. */
const ROW_PADDING_POINTS = 2;

const WIDTHS: Record<string, number> = {};
function widths(chars: string, width: number): void {
  for (const ch of chars) WIDTHS[ch] = width;
}
widths(" ,.", 250);
widths("ijlt:;'", 278);
widths("/", 278);
widths("frI()-[]`", 333);
widths("s", 389);
widths('"', 408);
widths("J", 389);
widths("aceză?", 444);
widths("bdghknopquvxy0123456789_*$#đ", 500);
widths("–", 500);
widths("FPS", 556);
widths("ELTZ", 611);
widths("BCR", 667);
widths("w", 722);
widths("ADGHKNOQUVXYĐ&", 722);
widths("m", 778);
widths("%", 833);
widths("M", 889);
widths("W", 944);
widths("—", 1000);
const DEFAULT_WIDTH = 500;

/** The letter without its Vietnamese marks ("ệ" → "e"; "đ" stays). */
function baseLetter(ch: string): string {
  return ch.normalize("NFD").replace(/[\u0300-\u036f]/gu, "")[0] ?? ch;
}

/** Width of `text` on one line, in points. */
export function textWidthPoints(text: string, font: FontMetrics): number {
  let units = 0;
  for (const ch of text) units += WIDTHS[ch] ?? WIDTHS[baseLetter(ch)] ?? DEFAULT_WIDTH;
  return (units / 1000) * font.size * (font.bold === true ? BOLD_FACTOR : 1);
}

/** A column of `characters` Excel units, in points (what a page measures). */
export function columnWidthPoints(characters: number): number {
  return (characters * PIXELS_PER_CHARACTER + COLUMN_PADDING_PIXELS) * 0.75;
}

/** Lines `text` takes when wrapped at spaces in a cell `widthPoints` wide (a word longer than a line is split). */
export function wrappedLines(text: string, widthPoints: number, font: FontMetrics): number {
  const room = Math.max(1, widthPoints - CELL_INSET_POINTS);
  const measure = (s: string): number => textWidthPoints(s, font) * WIDTH_SAFETY;
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let used = 0;
    for (const word of paragraph.split(" ").filter((w) => w !== "")) {
      const width = measure(word);
      const space = used === 0 ? 0 : measure(" ");
      if (used + space + width <= room) {
        used += space + width;
        continue;
      }
      if (used > 0) lines++;
      // A word wider than the cell breaks where the app chooses (after "/", or anywhere): count whole lines for it.
      const extra = width > room ? Math.ceil(width / room) - 1 : 0;
      lines += extra;
      used = extra > 0 ? room : width;
    }
  }
  return lines;
}

/** Row height in points for `lines` lines of `font`. */
export function rowHeightForLines(lines: number, font: FontMetrics): number {
  return Math.ceil((Math.max(1, lines) * font.size * LINE_HEIGHT + ROW_PADDING_POINTS) * 4) / 4;
}

/** One cell of a row: its text, the width it wraps in (Excel characters, merged columns summed) and its font. */
export interface CellText {
  readonly text: string;
  readonly widthCharacters: number;
  readonly font: FontMetrics;
}

/** The height a row needs so every one of its cells shows its whole text (points). */
export function rowHeightFor(cells: readonly CellText[]): number {
  let height = 0;
  for (const cell of cells) {
    const lines = wrappedLines(cell.text, columnWidthPoints(cell.widthCharacters), cell.font);
    height = Math.max(height, rowHeightForLines(lines, cell.font));
  }
  return height;
}

/**
 * Width in Excel characters of merged columns: Excel adds the padding once
 * per column, so merged columns are a little wider than the sum of widths.
 */
export function mergedWidth(widthsInCharacters: readonly number[]): number {
  const pixels = widthsInCharacters.reduce((sum, w) => sum + w * PIXELS_PER_CHARACTER + COLUMN_PADDING_PIXELS, 0);
  return (pixels - COLUMN_PADDING_PIXELS) / PIXELS_PER_CHARACTER;
}
