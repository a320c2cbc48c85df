import fc from "fast-check";
import { formatCellValue, formatGeneral } from "./number-format";

const vi = (value: number, format: string) => formatCellValue(value, format, "vi-VN");
const en = (value: number, format: string) => formatCellValue(value, format, "en-US");

describe("number formats as Excel shows them, with the locale's separators", () => {
  test("percentages: 0% and 0.0% (Theo tỉnh's target and rate)", () => {
    expect(vi(0.5, "0.0%")).toBe("50,0%");
    expect(vi(0.3, "0%")).toBe("30%");
    expect(vi(2 / 3, "0.0%")).toBe("66,7%");
    expect(en(0.5, "0.0%")).toBe("50.0%");
    expect(vi(1.6666666667, "0%")).toBe("167%");
    // Excel rounds at 15 digits: 0.285 is 28.5%, so 29%.
    expect(vi(0.285, "0%")).toBe("29%");
  });

  test("fixed decimals, whole numbers and thousands", () => {
    expect(vi(3.14159, "0.00")).toBe("3,14");
    expect(en(3.14159, "0.00")).toBe("3.14");
    expect(vi(2.5, "0")).toBe("3");
    expect(vi(1234567, "#,##0")).toBe("1.234.567");
    expect(en(1234567.4, "#,##0")).toBe("1,234,567");
    expect(vi(1234.5, "#,##0.0")).toBe("1.234,5");
    expect(vi(1234, "0")).toBe("1234");
  });

  test("General: integers plain, fractions within 11 characters, scientific when huge or tiny", () => {
    expect(vi(22, "General")).toBe("22");
    expect(vi(12345, "General")).toBe("12345");
    expect(vi(0.5, "General")).toBe("0,5");
    expect(en(2 / 3, "General")).toBe("0.666666667");
    expect(en(-2 / 3, "General")).toBe("-0.66666667");
    expect(en(100 / 3, "General")).toBe("33.33333333");
    expect(en(123456789012, "General")).toBe("1.23457E+11");
    expect(vi(123456789012, "General")).toBe("1,23457E+11");
    expect(en(1e-10, "General")).toBe("1E-10");
    expect(formatGeneral(0, "vi-VN")).toBe("0");
  });

  test("day-first dates from Excel serials", () => {
    // 45245 = 15/11/2023 in Excel's 1900 date system.
    expect(vi(45245, "dd/mm/yyyy")).toBe("15/11/2023");
    expect(vi(45245, "d/m/yyyy")).toBe("15/11/2023");
    expect(vi(45200, "dd/mm/yyyy")).toBe("01/10/2023");
    expect(vi(45200, "d-m-yy")).toBe("1-10-23");
  });

  test("text, booleans, errors and blanks pass through; unknown formats fall back to General", () => {
    expect(formatCellValue("Đạt", "0%", "vi-VN")).toBe("Đạt");
    expect(formatCellValue("#DIV/0!", "0.0%", "vi-VN")).toBe("#DIV/0!");
    expect(formatCellValue(true, "General", "vi-VN")).toBe("TRUE");
    expect(formatCellValue("", "0%", "vi-VN")).toBe("");
    expect(vi(0.25, "@")).toBe("0,25");
    expect(vi(0.25, "[Red]0.0")).toBe("0,25");
  });

  test("property: a percentage with decimals reads back, in vi-VN, as the value within half a unit of the last digit", () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 10, noNaN: true }), fc.integer({ min: 1, max: 3 }), (value, decimals) => {
        const text = vi(value, `0.${"0".repeat(decimals)}%`);
        expect(text).toMatch(new RegExp(`^[\\d.]+,\\d{${decimals}}%$`, "u"));
        const back = Number(text.replace(/\./gu, "").replace(",", ".").replace("%", "")) / 100;
        expect(Math.abs(back - value)).toBeLessThanOrEqual(0.5 * 10 ** -(decimals + 2) + 1e-12);
      }),
    );
  });
});
