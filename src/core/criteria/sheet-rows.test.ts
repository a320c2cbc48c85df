import fc from "fast-check";
import { CriteriaSetError, DEFAULT_CRITERIA_SET, criteriaSetFromRows, criteriaSetToRows } from ".";
import { problemText } from "../../contracts/problem-text";

/** The Vietnamese messages of the CriteriaSetError `read` throws. */
function messages(read: () => unknown): string[] {
  try {
    read();
  } catch (error) {
    return (error as CriteriaSetError).problems.map((p) => problemText(p, "vi").message);
  }
  throw new Error("expected a CriteriaSetError");
}

describe("criteria sets in a 'Bộ tiêu chí' sheet", () => {
  it("round-trips the default set through sheet rows", () => {
    const back = criteriaSetFromRows(criteriaSetToRows(DEFAULT_CRITERIA_SET));
    expect(back.criteria).toEqual(DEFAULT_CRITERIA_SET.criteria);
    expect(back.groups.map((g) => g.title)).toEqual(DEFAULT_CRITERIA_SET.groups.map((g) => g.title));
    expect(back).toMatchObject({
      id: DEFAULT_CRITERIA_SET.id,
      version: DEFAULT_CRITERIA_SET.version,
      title: DEFAULT_CRITERIA_SET.title,
    });
  });

  it("reads a province's own sheet with reordered columns, NFD text, blank rows and no groups", () => {
    const rows: unknown[][] = [
      ["Mã bộ tiêu chí", "ha-noi-20"],
      ["Phiên bản", 2024],
      ["Tên bộ", "Bộ 20 tiêu chí Hà Nội".normalize("NFD")],
      [],
      ["Tên ngắn", "MÃ", "Ghi chú riêng"],
      ...Array.from({ length: 20 }, (_, i) => [`Tiêu chí ${i + 1}`, `HN${i + 1}`, "x"]),
      ["", "", ""],
    ];
    const set = criteriaSetFromRows(rows);
    expect(set.id).toBe("ha-noi-20");
    expect(set.version).toBe("2024");
    expect(set.title).toBe("Bộ 20 tiêu chí Hà Nội");
    expect(set.criteria).toHaveLength(20);
    expect(set.groups).toEqual([{ id: "G1", title: "Chung" }]);
  });

  it("explains a sheet without a header row", () => {
    expect(() => criteriaSetFromRows([["a", "b"]])).toThrow(CriteriaSetError);
    expect(messages(() => criteriaSetFromRows([["a", "b"]]))).toEqual([
      'Trang "Bộ tiêu chí" không có dòng tiêu đề với cột "Mã" và "Tên ngắn".',
    ]);
  });

  it("reports duplicate codes from the sheet", () => {
    const rows = criteriaSetToRows(DEFAULT_CRITERIA_SET);
    rows[8]![0] = "TC01";
    expect(messages(() => criteriaSetFromRows(rows)).join(" ")).toMatch(/"TC01" bị trùng/u);
  });

  it("round-trips any set of unique codes and titles", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.stringMatching(/^[A-Z][A-Z0-9]{0,6}$/u), { minLength: 1, maxLength: 40 }),
        (codes) => {
          const set = {
            ...DEFAULT_CRITERIA_SET,
            criteria: codes.map((code) => ({
              code,
              group: "G1",
              title: `Tên ${code}`,
              text: `Nội dung ${code}`,
              evidence: "",
            })),
          };
          expect(criteriaSetFromRows(criteriaSetToRows(set)).criteria.map((c) => c.code)).toEqual(codes);
        },
      ),
      { numRuns: 100 },
    );
  });
});
