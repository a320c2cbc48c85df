import fc from "fast-check";
import { comparePeriods, parsePeriod, samePeriod, type PeriodValue } from "./period";

describe("parsePeriod", () => {
  test.each<[string, PeriodValue | null]>([
    ["11/2023", { kind: "month", year: 2023, month: 11 }],
    ["Tháng 11 năm 2023", { kind: "month", year: 2023, month: 11 }],
    ["tháng 11/2023", { kind: "month", year: 2023, month: 11 }],
    ["T11/2023", { kind: "month", year: 2023, month: 11 }],
    ["01/2024", { kind: "month", year: 2024, month: 1 }],
    ["2023-11", { kind: "month", year: 2023, month: 11 }],
    ["Kỳ đánh giá tháng 11/2023", { kind: "month", year: 2023, month: 11 }],
    ["Tính đến tháng 11/2023", { kind: "month", year: 2023, month: 11 }],
    ["Quý IV/2023", { kind: "quarter", year: 2023, quarter: 4 }],
    ["Quý 4 năm 2023", { kind: "quarter", year: 2023, quarter: 4 }],
    ["Q4/2023", { kind: "quarter", year: 2023, quarter: 4 }],
    ["Quí II/2024", { kind: "quarter", year: 2024, quarter: 2 }],
    ["6 tháng đầu năm 2023", { kind: "half", year: 2023, half: 1 }],
    ["6 THÁNG CUỐI NĂM 2023", { kind: "half", year: 2023, half: 2 }],
    ["Năm 2023", { kind: "year", year: 2023 }],
    ["2023", { kind: "year", year: 2023 }],
    ["Cả năm 2023", { kind: "year", year: 2023 }],
    ["30/11/2023", { kind: "day", year: 2023, month: 11, day: 30 }],
    ["2023-11-30", { kind: "day", year: 2023, month: 11, day: 30 }],
    ["31/11/2023", null],
    ["13/2023", null],
    ["Quý V/2023", null],
    ["Đợt 1", null],
    ["", null],
  ])("%s", (text, expected) => {
    expect(parsePeriod(text)).toEqual(expected);
  });
});

describe("comparePeriods", () => {
  const order = (texts: string[]): string[] =>
    [...texts].sort((a, b) => comparePeriods(parsePeriod(a) as PeriodValue, parsePeriod(b) as PeriodValue));

  test("orders months, quarters, halves and years in time; a year after its last month and quarter", () => {
    expect(
      order([
        "Năm 2023",
        "Quý IV/2023",
        "11/2023",
        "01/2024",
        "6 tháng đầu năm 2023",
        "12/2023",
        "Quý I/2023",
        "15/11/2023",
        "30/11/2023",
      ]),
    ).toEqual([
      "Quý I/2023",
      "6 tháng đầu năm 2023",
      "15/11/2023",
      "30/11/2023",
      "11/2023",
      "12/2023",
      "Quý IV/2023",
      "Năm 2023",
      "01/2024",
    ]);
  });

  const month = fc.record({ year: fc.integer({ min: 2000, max: 2099 }), month: fc.integer({ min: 1, max: 12 }) });

  test("a month parses the same however it is written", () => {
    fc.assert(
      fc.property(month, ({ year, month: m }) => {
        const forms = [
          `${m}/${year}`,
          `${String(m).padStart(2, "0")}/${year}`,
          `Tháng ${m} năm ${year}`,
          `tháng ${m}/${year}`,
          `T${m}/${year}`,
        ];
        const parsed = forms.map(parsePeriod);
        for (const p of parsed) expect(p).toEqual({ kind: "month", year, month: m });
      }),
    );
  });

  test("a quarter in Roman or Arabic numerals is the same quarter, and holds its three months", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 4 }), (year, q) => {
        const roman = parsePeriod(`Quý ${["I", "II", "III", "IV"][q - 1]}/${year}`) as PeriodValue;
        const arabic = parsePeriod(`Quý ${q} năm ${year}`) as PeriodValue;
        expect(samePeriod(roman, arabic)).toBe(true);
        const months = [0, 1, 2].map((k) => parsePeriod(`${q * 3 - 2 + k}/${year}`) as PeriodValue);
        for (const m of months) expect(comparePeriods(m, roman)).toBeLessThan(0);
        expect(
          comparePeriods(
            parsePeriod(`${q * 3 - 2}/${year}`) as PeriodValue,
            parsePeriod(`${q * 3 - 1}/${year}`) as PeriodValue,
          ),
        ).toBeLessThan(0);
      }),
    );
  });

  test("is a total order: antisymmetric and consistent with the calendar for months", () => {
    fc.assert(
      fc.property(month, month, (a, b) => {
        const x = parsePeriod(`${a.month}/${a.year}`) as PeriodValue;
        const y = parsePeriod(`${b.month}/${b.year}`) as PeriodValue;
        // (a sum, not toBe(-sign): Object.is tells 0 from -0 when both periods are the same)
        expect(Math.sign(comparePeriods(x, y)) + Math.sign(comparePeriods(y, x))).toBe(0);
        expect(Math.sign(comparePeriods(x, y))).toBe(Math.sign(a.year * 12 + a.month - (b.year * 12 + b.month)));
      }),
    );
  });
});
