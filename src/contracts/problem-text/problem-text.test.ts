import { problem, type AnyProblem } from "../../core/problems";
import { catalogCodes, locationText, problemRenderer, problemText } from ".";

/** Hangul, CJK or Latin-1 mojibake would show a wrong encoding; "undefined"/"[object" a missing parameter. */
const BROKEN = /undefined|\[object|NaN|Ã|Æ/u;
const VIETNAMESE = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

/** One example of every code, with every parameter filled. */
const EXAMPLES: AnyProblem[] = [
  problem("readerNeedsNormalising", { value: "§¹t", meant: "Đạt", form: "tcvn3" }, "warning"),
  problem("readerRowOutsideTable", { row: 17, count: 3, lastRow: 15 }, "warning"),
  problem("readerRowBelowTable", { row: 16, lastRow: 15 }, "warning"),
  problem("readerPhieuFieldMissing", { field: "date" }, "warning"),
  problem("readerFoundByCodes", { why: "damagedMarker" }, "info"),
  problem(
    "consolidateWardConflict",
    {
      ward: "Thạch Thang",
      province: "",
      period: "11/2023",
      kept: { file: "a.xlsx", sheet: "S", row: 6 },
      other: { file: "b.xlsx", sheet: "S" },
      differences: [{ code: "TC07", keptCell: "I6", keptValue: "Đạt", otherCell: "D14", otherValue: "" }],
      more: 2,
    },
    "warning",
  ),
  problem(
    "consolidateCriteriaMissing",
    { codes: ["TC21", "TC22"], setId: "a", setVersion: "2", sourceSetId: "a", sourceSetVersion: "1" },
    "warning",
  ),
  problem("sourceTooBig", { bytes: 52 * 1024 * 1024, limit: 30 * 1024 * 1024 }, "error"),
  problem("excelNotATemplate", { sheet: "Sheet1" }, "error"),
  problem("cliConsolidated", { wards: 3, files: 2, total: 3, metAll: 1, problems: 4, output: "x.xlsx" }, "info"),
] as AnyProblem[];

describe("problem text", () => {
  test("every code has a text in both languages, and the catalogs list the same codes", () => {
    expect(catalogCodes("en").sort()).toEqual(catalogCodes("vi").sort());
    expect(catalogCodes("vi").length).toBeGreaterThan(60);
  });

  test("examples render without holes, Vietnamese in vi and English in en", () => {
    for (const p of EXAMPLES) {
      const vi = problemText(p, "vi");
      const en = problemText(p, "en");
      for (const text of [vi.message, vi.action, en.message, en.action]) expect(text).not.toMatch(BROKEN);
      expect(vi.message).not.toEqual(en.message);
      expect(vi.message.normalize("NFC")).toBe(vi.message);
    }
    expect(problemText(EXAMPLES[0]!, "en").action).toMatch(/Normalise/u);
    expect(problemText(EXAMPLES[7]!, "vi").message).toContain("52,0 MB");
    expect(problemText(EXAMPLES[7]!, "en").message).toContain("52.0 MB");
    expect(problemText(EXAMPLES[5]!, "en").message).toContain("(blank)");
    // Names and result words are data; the sentences around them are English.
    for (const i of [1, 4, 7, 8, 9]) expect(problemText(EXAMPLES[i]!, "en").message).not.toMatch(VIETNAMESE);
  });

  test("a ward already called 'Phường …' is not named twice, and the reason is said once", () => {
    const entry = problem(
      "entryNotAResult",
      { ward: "Phường Thạch Thang", criterion: "TC08", value: "?" },
      "warning",
    ) as AnyProblem;
    expect(problemText(entry, "vi").message).toBe('Phường Thạch Thang, TC08: "?" không phải kết quả hợp lệ.');
    const bare = problem(
      "entryNotAResult",
      { ward: "Thạch Thang", criterion: "TC08", value: "?" },
      "warning",
    ) as AnyProblem;
    expect(problemText(bare, "vi").message).toBe('Phường Thạch Thang, TC08: "?" không phải kết quả hợp lệ.');
    expect(problemText(bare, "en").message).toBe('Ward Thạch Thang, TC08: "?" is not a valid result.');
    expect(problemText({ ...bare, params: { ...bare.params, ward: "P. 1" } }, "vi").message).toMatch(/^P\. 1, TC08/u);
  });

  test("locations and the renderer follow the language", () => {
    expect(locationText({ file: "a.xlsx", sheet: "S", row: 6 }, "vi")).toBe("a.xlsx › S (dòng 6)");
    expect(locationText({ file: "a.xlsx", sheet: "S", row: 6 }, "en")).toBe("a.xlsx › S (row 6)");
    expect(locationText({ sheet: "S", cell: "B7" })).toBe("S!B7");
    expect(problemRenderer("en").severity("warning")).toBe("Warning");
    expect(problemRenderer("vi").severity("error")).toBe("Lỗi");
  });
});
