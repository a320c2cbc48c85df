/**
 * One reader, two callers: the same sheets go through "Kiểm tra" (the
 * simulated workbook, Office.js reads) and through consolidation (a grid,
 * the pipeline, the merge). Both must find the same wards and report the
 * same problems — the check adds only the ones about the sheet's own
 * formulas, colours and paperwork (CHECK_ONLY_CODES).
 */
import { DEFAULT_CRITERIA_SET as SET } from "../../src/core/criteria/default-set";
import { consolidateSources } from "../../src/core/consolidate/pipeline";
import { gridFromRows } from "../../src/core/consolidate/grid";
import type { AnyProblem } from "../../src/core/problems";
import { CHECK_ONLY_CODES } from "../../src/core/reader";
import { scoreWard } from "../../src/core/scoring/score-ward";
import { MARKER_TAG, MARKER_NOTE } from "../../src/core/template";
import { checkSheet } from "../../src/excel";
import { createSimulatedExcel } from "../../src/simulator";

const CODES = SET.criteria.map((c) => c.code);
const N = CODES.length;

interface Ward {
  readonly province: string;
  readonly ward: string;
  /** Codes not met (the rest met); "?" entries are typed as given. */
  readonly entries: readonly unknown[];
  /** A row inserted by hand: no counting formulas. */
  readonly noFormulas?: boolean;
}

const results = (notMet: readonly string[] = [], overrides: Record<string, unknown> = {}): unknown[] =>
  CODES.map((c) => (c in overrides ? overrides[c] : notMet.includes(c) ? "Không đạt" : "Đạt"));

interface BlockOptions {
  /** The tag as a user (or another program) left it. */
  readonly tag?: string;
  /** Ward slots drawn (at least the wards). */
  readonly slots?: number;
  /** Rows inserted between the title and the header (the marker's positions follow, as Excel's formulas do). */
  readonly insertedAbove?: number;
  /** Wards typed right under the table, outside its drawn rows. */
  readonly typedBelow?: readonly Ward[];
  /** The marker row was deleted. */
  readonly noMarker?: boolean;
}

/** A bảng chấm nhanh as Office.js gives its values (the marker's positions computed). */
function matrixBlock(top: number, wards: readonly Ward[], options: BlockOptions = {}): unknown[][] {
  const slots = Math.max(options.slots ?? wards.length, wards.length);
  const headerRow = top + 3 + (options.insertedAbove ?? 0);
  const firstDataRow = headerRow + 2;
  const lastDataRow = firstDataRow + slots - 1;
  const marker = [
    options.tag ?? MARKER_TAG,
    1,
    "matrix",
    SET.id,
    SET.version,
    N,
    headerRow,
    headerRow,
    firstDataRow,
    lastDataRow,
    3,
    2 + N,
    headerRow,
    1,
    headerRow,
    2,
    MARKER_NOTE,
    "",
  ];
  const rows: unknown[][] = [];
  if (!options.noMarker) rows.push(marker);
  rows.push(["BẢNG CHẤM NHANH CÔNG AN PHƯỜNG ĐIỂN HÌNH, KIỂU MẪU"], []);
  for (let i = 0; i < (options.insertedAbove ?? 0); i++) rows.push([`dòng chèn thêm ${i + 1}`]);
  rows.push(["Tỉnh/thành phố", "Phường", ...CODES, "Số đạt", "Không đạt", "Chưa chấm", "Kết quả", "Thiếu"]);
  rows.push(["", "", ...SET.criteria.map((c) => c.title)]);
  const wardRow = (w: Ward, formulas: boolean): unknown[] => {
    const score = scoreWard(w.entries, CODES);
    const summary = formulas ? [score.met, score.notMet, score.blank, score.status, score.unmetCodes.join(", ")] : [];
    return [w.province, w.ward, ...w.entries, ...summary];
  };
  for (let i = 0; i < slots; i++) {
    const w = wards[i];
    rows.push(
      w === undefined
        ? ["", "", ...CODES.map(() => ""), 0, 0, N, `Chưa chấm đủ 0/${N}`, ""]
        : wardRow(w, w.noFormulas !== true),
    );
  }
  for (const w of options.typedBelow ?? []) rows.push(wardRow(w, false));
  return rows;
}

/** Rows padded to one width (Office.js gives rectangles). */
function rectangle(rows: readonly unknown[][]): unknown[][] {
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) => Array.from({ length: width }, (_, i) => (r[i] === undefined || r[i] === null ? "" : r[i])));
}

/** What both callers say, in a form that compares: no file, wards by name. */
function comparable(
  problems: readonly AnyProblem[],
): Array<{ code: string; params: unknown; severity: string; sheet?: string; cell?: string }> {
  return problems.map((p) => ({
    code: p.code,
    params: p.params,
    severity: p.severity,
    sheet: p.where.sheet,
    cell: p.where.cell,
  }));
}

async function bothWays(sheet: string, rows: unknown[][]) {
  const values = rectangle(rows);
  const excel = createSimulatedExcel();
  await excel.run(async (context) => {
    const ws = context.workbook.worksheets.add(sheet);
    ws.getRangeByIndexes(0, 0, values.length, values[0]?.length ?? 1).values = values;
    await context.sync();
  });
  const check = await excel.run((context) => checkSheet(context, { sheetName: sheet }));
  const grid = gridFromRows(sheet, values);
  const { result } = await consolidateSources(
    [{ name: "wb.xlsx", kind: "file", open: async () => ({ grids: [grid] }) }],
    SET,
  );
  const checkWards = check.templates
    .flatMap((t) => t.wards)
    .filter((w) => w.ward !== "" && w.verdicts > 0)
    .map((w) => [w.ward, w.score.met])
    .sort();
  const consolidatedWards = result.wards.map((w) => [w.ward, w.met]).sort();
  const readByConsolidation = result.problems.filter((p) => !p.code.startsWith("consolidate"));
  return { check, result, checkWards, consolidatedWards, readByConsolidation };
}

const an: Ward = { province: "Huế", ward: "Phường An", entries: results() };
const binh: Ward = { province: "Huế", ward: "Phường Bình", entries: results(["TC07"], { TC03: "daat" }) };
const cau: Ward = { province: "Huế", ward: "Phường Cầu", entries: results(["TC02"]) };
const dong: Ward = { province: "Đà Nẵng", ward: "Phường Đông", entries: results() };
const typed: Ward = { province: "Huế", ward: "Phường Thêm", entries: results(["TC22"]) };

describe("one template reader for check and consolidation", () => {
  test("two templates on a sheet, a ward typed right under the first: each table stops at its own last row", async () => {
    const first = matrixBlock(1, [an, binh], { slots: 3, typedBelow: [typed] });
    const gap = [[], [], ["ghi chú: bảng thứ hai của huyện"], []];
    const second = matrixBlock(first.length + gap.length + 1, [cau, dong], { slots: 2 });
    const way = await bothWays("Hai bảng", [...first, ...gap, ...second]);
    expect(way.check.templates.map((t) => t.markerAddress)).toEqual(["A1", `A${first.length + gap.length + 1}`]);
    const expected = [
      ["Phường An", 22],
      ["Phường Bình", 20],
      ["Phường Cầu", 21],
      ["Phường Thêm", 21],
      ["Phường Đông", 22],
    ].sort();
    expect(way.checkWards).toEqual(expected);
    expect(way.consolidatedWards).toEqual(expected);
    // The note between the tables is a note, not a ward (reported once); nothing is skipped as "no result".
    expect(way.check.problems.map((p) => `${p.code}@${p.where.cell ?? ""}`)).toEqual([
      "entryNotAResult@E7",
      "readerRowBelowTable@Y9",
      "readerNotWardRow@A12",
    ]);
    expect(comparable(way.readByConsolidation)).toEqual(
      comparable(way.check.problems.filter((p) => !CHECK_ONLY_CODES.has(p.code))),
    );
    expect(way.result.problems.some((p) => p.code === "consolidateWardsWithoutResults")).toBe(false);
  });

  test("rows inserted above the header and inside the table, and a tag typed over in lower case with spaces", async () => {
    const inside: Ward = { ...cau, noFormulas: true };
    const rows = matrixBlock(1, [an, inside, binh], { insertedAbove: 2, tag: "  kieumau " });
    const way = await bothWays("Chèn dòng", rows);
    expect(way.checkWards).toEqual([
      ["Phường An", 22],
      ["Phường Bình", 20],
      ["Phường Cầu", 21],
    ]);
    expect(way.consolidatedWards).toEqual(way.checkWards);
    expect(way.check.problems.map((p) => p.code)).toEqual(["readerRowWithoutFormulas", "entryNotAResult"]);
    expect(comparable(way.readByConsolidation)).toEqual(
      comparable(way.check.problems.filter((p) => !CHECK_ONLY_CODES.has(p.code))),
    );
    // The ward is named once, with the criterion, in both.
    expect(way.readByConsolidation[0]).toMatchObject({
      code: "entryNotAResult",
      params: { ward: "Phường Bình", criterion: "TC03", value: "daat" },
    });
  });

  test("a deleted marker row: found by the criterion codes, said so, same wards", async () => {
    const way = await bothWays("Mất dấu", matrixBlock(1, [an, binh, cau], { noMarker: true }));
    expect(way.check.templates.map((t) => t.foundBy)).toEqual(["headerCodes"]);
    expect(way.checkWards).toEqual([
      ["Phường An", 22],
      ["Phường Bình", 20],
      ["Phường Cầu", 21],
    ]);
    expect(way.consolidatedWards).toEqual(way.checkWards);
    expect(way.check.problems.map((p) => p.code)).toEqual(["readerFoundByCodes", "entryNotAResult"]);
    expect(comparable(way.readByConsolidation)).toEqual(comparable(way.check.problems));
    expect(way.check.highlighted).toBe(0);
  });
});
