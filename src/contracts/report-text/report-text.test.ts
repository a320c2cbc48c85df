import fc from "fast-check";
import { DEFAULT_CRITERIA_SET as SET } from "../../core/criteria/default-set";
import { buildProgress, compareResults } from "../../core/progress";
import { buildReport, parsePeriod, type ReportData } from "../../core/report";
import {
  consolidateFixtures,
  ngheAnTwoPeriods,
  november2023,
  provinceInputs,
  results,
  type WardFixture,
} from "../../../test/report/records";
import {
  periodText,
  progressChartRows,
  progressParagraphs,
  progressSheetRows,
  reportParagraphs,
  reportSheetRows,
  reportText,
  reportTitle,
} from ".";

const INPUTS = provinceInputs({
  "Nghệ An": { totalWards: 40, target: 0.3 },
  "Hà Nội": { totalWards: 35, target: 0.5 },
});

describe("the report of the November 2023 national figures", () => {
  const data = buildReport(consolidateFixtures(november2023(SET), SET, { provinceInputs: INPUTS }), SET, {
    quota: 106,
  });
  const vi = reportText(data, "vi");
  const en = reportText(data, "en");

  test("reads as the Ministry's: pass counts highest first, counts under 10 with a leading zero, the quota", () => {
    expect(vi).toContain("có 144 Công an phường đạt 22/22 tiêu chí");
    expect(vi).toContain("25 Công an phường đạt 21/22 tiêu chí");
    expect(vi).toContain("03 Công an phường đạt 20/22 tiêu chí");
    expect(vi).toContain("vượt chỉ tiêu 66 Công an phường");
    expect(reportParagraphs(data, "vi").slice(0, 2)).toEqual([
      "Tính đến tháng 11/2023, trong 172 Công an phường đăng ký xây dựng điển hình, kiểu mẫu về ANTT và văn minh " +
        "đô thị đã được tổng hợp, " +
        "có 144 Công an phường đạt 22/22 tiêu chí; 25 Công an phường đạt 21/22 tiêu chí; 03 Công an phường đạt " +
        "20/22 tiêu chí.",
      "Chỉ tiêu được giao là 106 Công an phường, đã đăng ký 172 Công an phường (vượt chỉ tiêu 66 Công an phường).",
    ]);
  });

  test("in English, without leading zeros and with English number formats", () => {
    expect(reportParagraphs(data, "en").slice(0, 2)).toEqual([
      "As of November 2023, 172 wards registered to become model wards for security, order and urban civility have " +
        "been consolidated: " +
        "144 wards meet 22/22 criteria; 25 wards meet 21/22 criteria; 3 wards meet 20/22 criteria.",
      "The quota is 106 wards; 172 wards are registered (66 over the quota).",
    ]);
    expect(en).not.toMatch(/\b0\d\b/u);
  });

  test("each province against its target: rates as 42,9% in Vietnamese and 42.9% in English", () => {
    const paragraphs = reportParagraphs(data, "vi");
    expect(paragraphs).toContain(
      "Hà Nội: 15 Công an phường đã tổng hợp, 15 phường đạt đủ 22/22 tiêu chí; tỷ lệ 42,9% trên tổng số 35 phường " +
        "(chỉ tiêu 50%, đạt 85,7% chỉ tiêu); " +
        "cần thêm 03 phường đạt đủ tiêu chí để đạt chỉ tiêu; để đạt 100% vào năm 2030 cần thêm 20 phường.",
    );
    expect(paragraphs).toContain(
      "Nghệ An: 16 Công an phường đã tổng hợp, chưa có phường nào đạt đủ 22/22 tiêu chí; tỷ lệ 0% trên tổng số 40 " +
        "phường (chỉ tiêu 30%, đạt 0% chỉ tiêu); " +
        "cần thêm 12 phường đạt đủ tiêu chí để đạt chỉ tiêu; để đạt 100% vào năm 2030 cần thêm 40 phường. " +
        "Tiêu chí chưa đạt nhiều nhất: TC02 “Xếp loại thi đua Đảng ủy, UBND phường” (16/16 phường).",
    );
    expect(paragraphs).toContain(
      "Đà Nẵng: 07 Công an phường đã tổng hợp, chưa có phường nào đạt đủ 22/22 tiêu chí. Tiêu chí chưa đạt nhiều " +
        "nhất: TC19 “Trụ sở đạt chuẩn của Bộ Công an” (7/7 phường).",
    );
    expect(paragraphs).toContain(
      "Huế: 05 Công an phường đã tổng hợp, 05 phường đạt đủ 22/22 tiêu chí (100% số phường đã tổng hợp).",
    );
    expect(en).toContain(
      "Hà Nội: 15 wards consolidated, 15 meeting 22/22 criteria; a rate of 42.9% of its 35 wards (target 50%, " +
        "85.7% of the target)",
    );
  });

  test("the provinces without a total are named once; the criteria missed most close the report", () => {
    const paragraphs = reportParagraphs(data, "vi");
    const missing = paragraphs.find((p) => p.startsWith("Chưa nhập tổng số phường"));
    expect(missing).toMatch(
      /^Chưa nhập tổng số phường của 25 tỉnh, thành phố \(An Giang, .*Vĩnh Long\) ở trang “Theo tỉnh” nên/u,
    );
    expect(missing).not.toContain("Nghệ An");
    expect(paragraphs[paragraphs.length - 1]).toBe(
      "Các tiêu chí chưa đạt nhiều nhất: TC02 “Xếp loại thi đua Đảng ủy, UBND phường”: 16 Công an phường; " +
        "TC19 “Trụ sở đạt chuẩn của Bộ Công an”: 12 Công an phường; TC07 “Không có cháy, nổ, TNGT nghiêm trọng”: " +
        "03 Công an phường.",
    );
  });

  test("title, sheet rows (one paragraph per row) and Vietnamese in NFC", () => {
    expect(reportTitle(data, "vi")).toBe(
      "BÁO CÁO KẾT QUẢ XÂY DỰNG CÔNG AN PHƯỜNG ĐIỂN HÌNH, KIỂU MẪU VỀ AN NINH, TRẬT TỰ VÀ VĂN MINH ĐÔ THỊ (tính " +
        "đến tháng 11/2023)",
    );
    expect(reportSheetRows(data, "vi")).toEqual(reportParagraphs(data, "vi").map((p) => [p]));
    expect(vi.startsWith(`${reportTitle(data, "vi")}\n\n`)).toBe(true);
    expect(vi).toBe(vi.normalize("NFC"));
  });
});

describe("report sentences", () => {
  const base = buildReport(
    consolidateFixtures([{ province: "Huế", ward: "Phường 1", period: "11/2023", results: results(SET, []) }]),
    SET,
  );
  const withData = (patch: Partial<ReportData>): ReportData => ({ ...base, ...patch });

  test("a shortfall against the quota, and exactly the quota", () => {
    expect(reportParagraphs(withData({ quota: { quota: 106, registered: 100, over: 0, short: 6 } }), "vi")[1]).toBe(
      "Chỉ tiêu được giao là 106 Công an phường, đã đăng ký 100 Công an phường (còn thiếu 06 Công an phường so với " +
        "chỉ tiêu).",
    );
    expect(reportParagraphs(withData({ quota: { quota: 1, registered: 1, over: 0, short: 0 } }), "en")[1]).toBe(
      "The quota is 1 ward; 1 ward is registered (exactly the quota).",
    );
  });

  test("problems left, pointing to the Vấn đề sheet", () => {
    const data = withData({ problems: { unresolved: 5, errors: 2, warnings: 3, sheet: "Vấn đề" } });
    expect(reportParagraphs(data, "vi").pop()).toBe(
      "Còn 05 vấn đề chưa xử lý (02 lỗi, 03 cảnh báo), xem chi tiết ở trang “Vấn đề”.",
    );
    expect(reportParagraphs(data, "en").pop()).toBe(
      "5 problems remain unresolved (2 errors, 3 warnings); see the “Vấn đề” sheet.",
    );
    expect(reportParagraphs(base, "vi").some((p) => p.includes("vấn đề"))).toBe(false);
  });

  test("unfinished wards, the latest-period note and an empty consolidation", () => {
    const data = withData({
      registered: 4,
      periodCount: 2,
      incomplete: 2,
      invalid: 1,
      byPassCount: [{ met: 22, total: 22, count: 1 }],
    });
    expect(reportParagraphs(data, "vi")[0]).toBe(
      "Tính đến tháng 11/2023, trong 04 Công an phường đăng ký xây dựng điển hình, kiểu mẫu về ANTT và văn minh đô " +
        "thị đã được tổng hợp " +
        "(mỗi phường tính theo kỳ chấm gần nhất), có 01 Công an phường đạt 22/22 tiêu chí; 02 Công an phường chưa " +
        "chấm đủ tiêu chí; " +
        "01 Công an phường có ô kết quả không hợp lệ.",
    );
    const empty = withData({ registered: 0, byPassCount: [], provinces: [], missedMost: [], period: { kind: "none" } });
    expect(reportParagraphs(empty, "vi")).toEqual(["Chưa có Công an phường nào được tổng hợp."]);
    expect(reportParagraphs(empty, "en")).toEqual(["No wards have been consolidated yet."]);
  });

  test.each([
    ["Quý IV/2023", "Tính đến quý IV/2023", "As of Q4 2023"],
    ["6 tháng đầu năm 2024", "Tính đến 6 tháng đầu năm 2024", "As of the first half of 2024"],
    ["Năm 2023", "Tính đến năm 2023", "As of 2023"],
    ["05/12/2023", "Tính đến ngày 05/12/2023", "As of 5 December 2023"],
  ])("the period %s", (label, vi, en) => {
    const data = withData({
      period: { kind: "period", label, value: parsePeriod(label) as NonNullable<ReturnType<typeof parsePeriod>> },
    });
    expect(reportParagraphs(data, "vi")[0]?.startsWith(`${vi}, trong`)).toBe(true);
    expect(reportParagraphs(data, "en")[0]?.startsWith(`${en}, 1 ward`)).toBe(true);
  });

  test("a date when the wards carry no period, a period as written when unknown, none at all", () => {
    expect(reportParagraphs(withData({ period: { kind: "date", year: 2023, month: 12, day: 5 } }), "vi")[0]).toMatch(
      /^Tính đến ngày 05\/12\/2023, trong 01 /u,
    );
    expect(reportParagraphs(withData({ period: { kind: "label", label: "Đợt 1" } }), "vi")[0]).toMatch(
      /^Tính đến kỳ “Đợt 1”, trong/u,
    );
    expect(reportParagraphs(withData({ period: { kind: "none" } }), "vi")[0]).toMatch(/^Trong 01 Công an phường/u);
    expect(reportParagraphs(withData({ period: { kind: "none" } }), "en")[0]).toMatch(
      /^1 ward registered .* has been consolidated: 1 ward meets 22\/22 criteria\.$/u,
    );
  });

  test("the counts in the Vietnamese overview add up to the wards registered", () => {
    const ward = fc.record({
      province: fc.constantFrom("Nghệ An", "Huế"),
      ward: fc.integer({ min: 1, max: 20 }).map((n) => `Phường ${n}`),
      period: fc.constantFrom("10/2023", "11/2023"),
      results: fc.array(
        fc.oneof(
          { weight: 12, arbitrary: fc.constant("Đạt") },
          { weight: 3, arbitrary: fc.constant("Không đạt") },
          { weight: 1, arbitrary: fc.constantFrom(null, "?") },
        ),
        {
          minLength: 22,
          maxLength: 22,
        },
      ),
    });
    fc.assert(
      fc.property(fc.array(ward, { minLength: 1, maxLength: 30 }), (wards: WardFixture[]) => {
        const overview = reportParagraphs(buildReport(consolidateFixtures(wards), SET), "vi")[0] as string;
        const registered = Number(/trong (\d+) Công an phường/u.exec(overview)?.[1]);
        const parts = [...overview.matchAll(/(\d+) Công an phường (?:đạt \d+\/\d+|chưa chấm|có ô)/gu)].map((m) =>
          Number(m[1]),
        );
        expect(parts.reduce((a, b) => a + b, 0)).toBe(registered);
      }),
      { numRuns: 40 },
    );
  });
});

describe("progress text and sheet rows: Nghệ An from October to November 2023", () => {
  const progress = buildProgress(consolidateFixtures(ngheAnTwoPeriods(10, true), SET, { provinceInputs: INPUTS }));

  test("the Tiến độ rows: ten wards gained TC02 and are newly at full score", () => {
    const table = progressSheetRows(progress, "vi");
    expect(table.headers).toEqual([
      "Phường",
      "Tỉnh/thành phố",
      "Kỳ trước",
      "Kỳ này",
      "Số tiêu chí đạt kỳ trước",
      "Số tiêu chí đạt kỳ này",
      "Tiêu chí đạt thêm",
      "Tiêu chí không còn đạt",
      "Thay đổi",
      "Kết quả",
    ]);
    expect(table.rows).toHaveLength(16);
    expect(table.rows[0]).toEqual([
      "Phường 1",
      "Nghệ An",
      "10/2023",
      "11/2023",
      21,
      22,
      "TC02",
      "",
      1,
      "Mới đạt đủ tiêu chí",
    ]);
    expect(table.rows.filter((r) => r[6] === "TC02" && r[8] === 1 && r[9] === "Mới đạt đủ tiêu chí")).toHaveLength(10);
    expect(table.rows[15]).toEqual(["Phường 16", "Nghệ An", "10/2023", "11/2023", 21, 21, "", "", 0, "Giữ nguyên"]);
    expect(progressSheetRows(progress, "en").rows[0]?.[9]).toBe("Newly meets every criterion");
  });

  test("the rate then and now against the target, and the chart rows", () => {
    expect(progressParagraphs(progress, "vi")).toEqual([
      "So với tháng 10/2023, đến tháng 11/2023 có 10 Công an phường mới đạt đủ tiêu chí; 06 Công an phường giữ " +
        "nguyên kết quả.",
      "Nghệ An: tỷ lệ phường đạt đủ tiêu chí từ 0% (tháng 10/2023) lên 25% (tháng 11/2023) trên tổng số 40 phường, " +
        "chỉ tiêu 30%; còn cần thêm 02 phường.",
    ]);
    expect(progressParagraphs(progress, "en")[1]).toBe(
      "Nghệ An: the share of wards meeting every criterion rose from 0% (October 2023) to 25% (November 2023) of " +
        "its 40 wards, against a 30% target; 2 more needed.",
    );
    expect(progressChartRows(progress, "vi")).toEqual({
      headers: ["Tỉnh/thành phố", "Tổng số phường", "Chỉ tiêu", "Tháng 10/2023", "Tháng 11/2023"],
      rows: [["Nghệ An", 40, 0.3, 0, 0.25]],
    });
  });

  test("one period only, periods left out and criteria sets that differ are said", () => {
    const single = buildProgress(
      consolidateFixtures([
        { province: "Huế", ward: "Phường 1", period: "Đợt 1", results: results(SET, []) },
        { province: "Huế", ward: "Phường 1", period: "Quý IV/2023", results: results(SET, []) },
      ]),
    );
    expect(progressParagraphs(single, "vi")).toEqual([
      "Mới có số liệu một kỳ (quý IV/2023): chưa so sánh được tiến độ.",
      "Kỳ “Đợt 1” không xác định được thời gian nên không đưa vào so sánh.",
    ]);
    const later = {
      ...SET,
      criteria: [
        ...SET.criteria.slice(0, -1),
        { ...(SET.criteria[21] as (typeof SET.criteria)[number]), code: "TC23" },
      ],
    };
    const compared = compareResults(
      consolidateFixtures([{ province: "Huế", ward: "Phường 1", period: "10/2023", results: results(SET, ["TC07"]) }]),
      consolidateFixtures(
        [{ province: "Huế", ward: "Phường 1", period: "11/2023", results: results(later, []) }],
        later,
      ),
    );
    expect(progressParagraphs(compared, "vi")[1]).toBe(
      "Bộ tiêu chí của hai kỳ khác nhau, chỉ so sánh các tiêu chí có ở cả hai kỳ. Chỉ có ở kỳ trước: TC22. Chỉ có " +
        "ở kỳ sau: TC23.",
    );
    expect(progressParagraphs(compared, "en")[1]).toBe(
      "The two periods use different criteria sets; only the criteria in both are compared. Only in the earlier " +
        "set: TC22. Only in the later set: TC23.",
    );
  });

  test("period names", () => {
    expect(periodText({ label: "Q2/2024", value: parsePeriod("Q2/2024") }, "vi")).toBe("quý II/2024");
    expect(periodText({ label: "6 tháng cuối năm 2024", value: parsePeriod("6 tháng cuối năm 2024") }, "en")).toBe(
      "the second half of 2024",
    );
    expect(periodText({ label: "", value: null }, "vi")).toBe("kỳ chưa ghi");
  });
});
