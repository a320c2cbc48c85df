import fc from "fast-check";
import type { CriteriaSet } from "../criteria/types";
import { DEFAULT_CRITERIA_SET } from "../criteria/default-set";
import { buildMatrixTemplate, buildPhieuTemplate, parseRange } from ".";
import { fitScale, printableArea, sheetWidthPoints } from "./fit";
import {
  columnWidthPoints,
  mergedWidth,
  rowHeightFor,
  rowHeightForLines,
  textWidthPoints,
  wrappedLines,
  CELL_INSET_POINTS,
  WIDTH_SAFETY,
} from "./text-fit";

const font = { size: 12 };
const words = fc.array(fc.stringMatching(/^[a-zA-ZđĐạảãàáâầấậẩẫăằắặẳẵêềếệểễôồốộổỗơờớợởỡưừứựửữ,.:]{1,12}$/u), {
  minLength: 1,
  maxLength: 60,
});

describe("text width and wrapping (Times New Roman metrics)", () => {
  it("measures Vietnamese letters as their base letter: diacritics take no width", () => {
    expect(textWidthPoints("Nghị quyết, kế hoạch của cấp ủy", font)).toBe(
      textWidthPoints("Nghi quyet, ke hoach cua cap uy", font),
    );
    expect(textWidthPoints("Đạt", font)).toBe(textWidthPoints("Dat", font));
  });

  it("scales with the font size, bold is wider, wide letters are wider than narrow ones", () => {
    expect(textWidthPoints("Phường", { size: 24 })).toBeCloseTo(2 * textWidthPoints("Phường", font), 6);
    expect(textWidthPoints("Phường", { size: 12, bold: true })).toBeGreaterThan(textWidthPoints("Phường", font));
    expect(textWidthPoints("mmmm", font)).toBeGreaterThan(textWidthPoints("iiii", font));
    // Times: "m" is 0.778 em, "i" 0.278 em.
    expect(textWidthPoints("m", { size: 10 })).toBeCloseTo(7.78, 2);
  });

  it("converts Excel column widths as Excel does (7 px per character plus 5 px, 96 dpi)", () => {
    expect(columnWidthPoints(8.43)).toBeCloseTo(48, 0);
    expect(mergedWidth([4, 6])).toBeCloseTo((4 * 7 + 5 + 6 * 7 + 5 - 5) / 7, 6);
  });

  it("puts text that fits on one line, and wraps at spaces into as many lines as a greedy wrap needs", () => {
    expect(wrappedLines("Phường", 200, font)).toBe(1);
    expect(wrappedLines("", 200, font)).toBe(1);
    const word = "Đạt";
    const room = (textWidthPoints(word, font) * 2 + textWidthPoints(" ", font)) * WIDTH_SAFETY + CELL_INSET_POINTS;
    expect(wrappedLines(`${word} ${word}`, room + 0.01, font)).toBe(1);
    expect(wrappedLines(`${word} ${word} ${word}`, room + 0.01, font)).toBe(2);
    expect(wrappedLines("a\nb\nc", 200, font)).toBe(3);
  });

  it("never gives fewer lines than the text's width divided by the room, nor more than one line per word", () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 20, max: 600 }), (ws, width) => {
        const text = ws.join(" ");
        const lines = wrappedLines(text, width, font);
        const room = width - CELL_INSET_POINTS;
        // The words alone must fit in the lines (a space at a line break takes no room).
        const wordsWidth = textWidthPoints(ws.join(""), font);
        expect(lines).toBeGreaterThanOrEqual(Math.ceil((wordsWidth * WIDTH_SAFETY) / room - 1e-9));
        const longest = Math.max(...ws.map((w) => Math.ceil((textWidthPoints(w, font) * WIDTH_SAFETY) / room)));
        expect(lines).toBeLessThanOrEqual(ws.length * Math.max(1, longest));
      }),
    );
  });

  it("gives a wider column no more lines, and a longer text no fewer", () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 30, max: 400 }), fc.integer({ min: 0, max: 200 }), (ws, width, more) => {
        const text = ws.join(" ");
        expect(wrappedLines(text, width + more, font)).toBeLessThanOrEqual(wrappedLines(text, width, font));
        expect(wrappedLines(`${text} ${text}`, width, font)).toBeGreaterThanOrEqual(wrappedLines(text, width, font));
      }),
    );
  });

  it("makes a row as tall as its tallest cell", () => {
    expect(rowHeightForLines(1, font)).toBeGreaterThanOrEqual(15.75);
    expect(rowHeightForLines(3, font)).toBeGreaterThan(3 * 12);
    const long = "Không có tội phạm từ nghiêm trọng trở lên: không để xảy ra tội phạm từ nghiêm trọng trở lên.";
    const cells = [
      { text: "1", widthCharacters: 4, font },
      { text: long, widthCharacters: 30, font },
    ];
    expect(rowHeightFor(cells)).toBe(rowHeightForLines(wrappedLines(long, columnWidthPoints(30), font), font));
    expect(rowHeightFor(cells)).toBeGreaterThan(rowHeightFor([{ text: long, widthCharacters: 90, font }]));
  });
});

function longSet(size: number, length: number): CriteriaSet {
  return {
    id: `dai-${size}`,
    version: "1",
    title: "Bộ dài",
    groups: [{ id: "A", title: "Nhóm A" }],
    criteria: Array.from({ length: size }, (_, i) => ({
      code: `T${i + 1}`,
      group: "A",
      title: `Tiêu chí ${i + 1}`,
      text: "Nội dung đánh giá "
        .repeat(Math.ceil(length / 18))
        .slice(0, length)
        .trim(),
      evidence: "",
    })),
  };
}

describe("the phiếu on paper", () => {
  const spec = buildPhieuTemplate(DEFAULT_CRITERIA_SET);
  const height = (row: number): number => spec.rowHeights.find((h) => h.row === row)?.height ?? 0;

  it("prints A4 portrait on exactly one page, with narrow margins", () => {
    expect(spec.print).toMatchObject({ orientation: "portrait", paperSize: "A4", fitToWidth: 1, fitToHeight: 1 });
    expect(spec.print.margins.left + spec.print.margins.right).toBeLessThanOrEqual(1);
  });

  it("gives every printed row a height, each criterion row enough lines for its whole wording", () => {
    const area = parseRange(spec.print.printArea);
    for (let row = area.top; row <= area.bottom; row++) expect(height(row)).toBeGreaterThan(0);
    const text = spec.columnWidths[2]?.width ?? 0;
    for (const c of DEFAULT_CRITERIA_SET.criteria) {
      const row = spec.layout.criteria.find((x) => x.code === c.code)?.row ?? 0;
      const wording = `${c.title}: ${c.text}`;
      expect(spec.cells.find((cell) => cell.address === `C${row}`)?.value).toBe(wording);
      const lines = wrappedLines(wording, columnWidthPoints(text), font);
      expect({ code: c.code, height: height(row) }).toEqual({ code: c.code, height: rowHeightForLines(lines, font) });
    }
  });

  it("sizes the criterion column so the page is filled in both directions at one scale", () => {
    const widths = spec.columnWidths.map((c) => c.width);
    const page = printableArea("portrait");
    const total = spec.rowHeights.reduce((sum, h) => sum + h.height, 0);
    const scale = fitScale(sheetWidthPoints(widths), total, page);
    expect(scale).toBeGreaterThanOrEqual(60);
    // Width and height both nearly used: within 10% of the page's either way.
    expect((sheetWidthPoints(widths) * scale) / 100 / page.width).toBeGreaterThan(0.9);
    expect((total * scale) / 100 / page.height).toBeGreaterThan(0.9);
  });

  it("autofits only the criterion rows in the add-in, never a merged group heading", () => {
    const runs = (spec.autofitRows ?? []).map((r) => r.split(":").map(Number) as [number, number]);
    const criterionRows = new Set(spec.layout.criteria.map((c) => c.row));
    const covered = runs.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, i) => a + i));
    expect(new Set(covered)).toEqual(criterionRows);
  });

  it("keeps very long criteria readable: taller rows, still one page", () => {
    const long = buildPhieuTemplate(longSet(22, 400));
    const rowOf = (s: typeof spec): number => s.layout.criteria[0]?.row ?? 0;
    const h = (s: typeof spec): number => s.rowHeights.find((x) => x.row === rowOf(s))?.height ?? 0;
    expect(h(long)).toBeGreaterThan(h(buildPhieuTemplate(longSet(22, 40))));
    expect(long.print.fitToHeight).toBe(1);
  });

  it("the matrix prints landscape, one page wide, the two header rows on every page, short titles not cut", () => {
    const matrix = buildMatrixTemplate(DEFAULT_CRITERIA_SET, { wardRows: 60 });
    expect(matrix.print).toMatchObject({ orientation: "landscape", fitToWidth: 1, fitToHeight: 0, titleRows: "4:5" });
    const short = matrix.rowHeights.find((h) => h.row === 5)?.height ?? 0;
    const widthOf = (i: number): number => matrix.columnWidths[2 + i]?.width ?? 0;
    DEFAULT_CRITERIA_SET.criteria.forEach((c, i) => {
      const lines = wrappedLines(c.title, columnWidthPoints(widthOf(i)), { size: 8 });
      expect(short).toBeGreaterThanOrEqual(rowHeightForLines(lines, { size: 8 }));
    });
  });
});
