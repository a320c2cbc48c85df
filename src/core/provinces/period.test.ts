import { DEFAULT_PROVINCE_REGISTRY as REGISTRY, defaultProvinceMode, periodStart } from ".";

const month = (year: number, m: number): number => year * 12 + m - 1;

describe("when a period starts", () => {
  test.each([
    ["11/2025", month(2025, 11)],
    ["Tháng 11 năm 2025", month(2025, 11)],
    ["tháng 7/2025", month(2025, 7)],
    ["Kỳ đánh giá: 06-2025", month(2025, 6)],
    ["15/08/2025", month(2025, 8)],
    ["2025-08", month(2025, 8)],
    ["Quý III/2025", month(2025, 7)],
    ["Quý 2 năm 2025", month(2025, 4)],
    ["6 tháng cuối năm 2025", month(2025, 7)],
    ["6 tháng đầu năm 2025", month(2025, 1)],
    ["Năm 2026", month(2026, 1)],
    ["2025", month(2025, 1)],
    ["Đợt 2 năm 2025", month(2025, 1)],
  ])("%s", (text, expected) => {
    expect(periodStart(text)).toBe(expected);
  });

  test.each(["", "Tháng 11", "Quý V/2025", "13/2025", "2024-2025", "đợt cuối"])("%s is not known", (text) => {
    expect(periodStart(text)).toBeNull();
  });
});

describe("the default province mode", () => {
  test("current when every known period is on or after 1/7/2025", () => {
    expect(defaultProvinceMode(["Quý I/2026", "", "12/2025"], REGISTRY)).toBe("current");
    expect(defaultProvinceMode(["7/2025"], REGISTRY)).toBe("current");
  });

  test("as written before it, for a mix, or when no period is known", () => {
    expect(defaultProvinceMode(["6/2025"], REGISTRY)).toBe("asWritten");
    expect(defaultProvinceMode(["Năm 2025"], REGISTRY)).toBe("asWritten");
    expect(defaultProvinceMode(["11/2024", "11/2025"], REGISTRY)).toBe("asWritten");
    expect(defaultProvinceMode(["", "chưa ghi"], REGISTRY)).toBe("asWritten");
    expect(defaultProvinceMode([], REGISTRY)).toBe("asWritten");
  });
});
