import { DEFAULT_CRITERIA_SET } from "../../src/core";
import { consolidateRecords, provinceKey, type WardRecord } from "../../src/core/consolidate";
import {
  DEFAULT_PROVINCE_REGISTRY,
  extendProvinceRegistry,
  parseProvinceRegistryExtension,
  parseProvinceRegistryJson,
  provinceResolver,
  unknownProvinceProblems,
  validateProvinceRegistry,
} from "../../src/core/provinces";
import { catalogCodes, problemText } from "../../src/contracts/problem-text";

const set = DEFAULT_CRITERIA_SET;

function record(province: string, ward: string, period: string, file = `${ward}.xlsx`, allMet = true): WardRecord {
  const entries = new Map(set.criteria.map((c, i) => [c.code, allMet || i > 0 ? "Đạt" : "Không đạt"] as const));
  return {
    province,
    ward,
    period,
    entries,
    cells: new Map(),
    source: { file, sheet: "Phiếu chấm", foundBy: "marker" },
  };
}

const rows = (result: ReturnType<typeof consolidateRecords>) => result.provinces.map((p) => [p.province, p.assessed]);
const unknownNames = (result: ReturnType<typeof consolidateRecords>) =>
  result.problems.filter((p) => p.code === "provinceNotInRegistry").map((p) => problemText(p, "vi").message);

describe("provinces in consolidation", () => {
  test('"TP.HCM" and "Thành phố Hồ Chí Minh", "Thừa Thiên Huế" and "Huế" are one province each (as written)', () => {
    const result = consolidateRecords(
      [
        record("TP.HCM", "Phường Bến Nghé", "11/2024"),
        record("Thành phố Hồ Chí Minh", "Phường Bến Thành", "11/2024"),
        record("HCM", "Phường Đa Kao", "11/2024"),
        record("Thừa Thiên Huế", "Phường Phú Hội", "11/2024"),
        record("TT-Huế", "Phường Vĩnh Ninh", "11/2024"),
        record("Huế", "Phường Thuận Hòa", "11/2024"),
        record("Khánh Hoà", "Phường Lộc Thọ", "11/2024"),
        record("Khánh Hòa", "Phường Vĩnh Hòa", "11/2024"),
      ],
      set,
    );
    expect(result.provinceMode).toBe("asWritten");
    expect(rows(result)).toEqual([
      ["Khánh Hòa", 2],
      ["Thừa Thiên Huế", 3],
      ["TP Hồ Chí Minh", 3],
    ]);
    expect(new Set(result.wards.map((w) => w.province))).toEqual(
      new Set(["Khánh Hòa", "Thừa Thiên Huế", "TP Hồ Chí Minh"]),
    );
    expect(unknownNames(result)).toEqual([]);
  });

  test("the same ward under two spellings of its province is one ward", () => {
    const result = consolidateRecords(
      [
        record("TP.HCM", "Phường Bến Nghé", "11/2024", "a.xlsx"),
        record("Thành phố Hồ Chí Minh", "P. Bến Nghé", "11/2024", "b.xlsx"),
      ],
      set,
    );
    expect(result.wards).toHaveLength(1);
    expect(result.wards[0]?.duplicates).toHaveLength(1);
  });

  test("a 2026 summary rolls a file naming Bình Dương into TP Hồ Chí Minh (default after 1/7/2025)", () => {
    const records = [
      record("TP Hồ Chí Minh", "Phường Sài Gòn", "Quý I/2026"),
      record("Bình Dương", "Phường Thủ Dầu Một", "Quý I/2026", "bd.xlsx", false),
      record("Bà Rịa - Vũng Tàu", "Phường Vũng Tàu", "Quý I/2026"),
      record("Hà Giang", "Phường Hà Giang 1", "Quý I/2026"),
      record("Tuyên Quang", "Phường Minh Xuân", "Quý I/2026"),
    ];
    const result = consolidateRecords(records, set);
    expect(result.provinceMode).toBe("current");
    expect(result.provinces.map((p) => [p.province, p.assessed, p.metAll, p.key])).toEqual([
      ["TP Hồ Chí Minh", 3, 2, "ho chi minh"],
      ["Tuyên Quang", 2, 2, "tuyen quang"],
    ]);
    expect(result.wards.find((w) => w.ward === "Phường Thủ Dầu Một")?.province).toBe("TP Hồ Chí Minh");

    const asWritten = consolidateRecords(records, set, [], { provinces: "asWritten" });
    expect(asWritten.provinceMode).toBe("asWritten");
    expect(rows(asWritten)).toEqual([
      ["Bà Rịa – Vũng Tàu", 1],
      ["Bình Dương", 1],
      ["Hà Giang", 1],
      ["TP Hồ Chí Minh", 1],
      ["Tuyên Quang", 1],
    ]);
  });

  test("before 1/7/2025, or with no period, provinces stay as written unless the option asks for current ones", () => {
    const records = [record("Bình Dương", "Phường Phú Cường", "11/2024"), record("TP.HCM", "Phường Bến Nghé", "")];
    expect(rows(consolidateRecords(records, set))).toEqual([
      ["Bình Dương", 1],
      ["TP Hồ Chí Minh", 1],
    ]);
    expect(rows(consolidateRecords(records, set, [], { provinces: "current" }))).toEqual([["TP Hồ Chí Minh", 2]]);
    expect(consolidateRecords([record("Bình Dương", "Phường Phú Cường", "")], set).provinceMode).toBe("asWritten");
  });

  test("user totals are found under the current province's key", () => {
    const records = [record("Bình Dương", "Phường A", "12/2025"), record("TP HCM", "Phường B", "12/2025")];
    const result = consolidateRecords(records, set, [], {
      provinceInputs: new Map([[provinceKey("TP Hồ Chí Minh"), { totalWards: 168, target: 0.5 }]]),
    });
    expect(result.provinces[0]).toMatchObject({ province: "TP Hồ Chí Minh", wards: 168, target: 0.5, assessed: 2 });
  });

  test("a name not in the registry is kept as written and reported once, where it is first written", () => {
    const result = consolidateRecords(
      [
        record("Hà Tây", "Phường Quang Trung", "11/2024", "b.xlsx"),
        record("HÀ TÂY", "Phường Nguyễn Trãi", "11/2024", "a.xlsx"),
        record("Tỉnh Hà Sơn Bình", "Phường Tân Thịnh", "11/2024", "c.xlsx"),
        record("", "Phường Không Tỉnh", "11/2024", "d.xlsx"),
      ],
      set,
    );
    expect(rows(result)).toEqual([
      ["(chưa ghi tỉnh)", 1],
      ["HÀ TÂY", 2],
      ["Tỉnh Hà Sơn Bình", 1],
    ]);
    const reported = result.problems.filter((p) => p.code === "provinceNotInRegistry");
    expect(reported.map((p) => [p.where.file, p.severity, problemText(p, "vi").message])).toEqual([
      ["a.xlsx", "warning", 'Tên tỉnh không có trong danh mục: "HÀ TÂY" — giữ nguyên như trong tệp.'],
      ["c.xlsx", "warning", 'Tên tỉnh không có trong danh mục: "Tỉnh Hà Sơn Bình" — giữ nguyên như trong tệp.'],
    ]);
  });

  test("a user's extension makes a spelling known, through the options", () => {
    const extended = parseProvinceRegistryExtension(
      JSON.stringify({ id: "them", version: "1", extends: "vn-provinces", aliases: { "ho chi minh": ["Sài Gòn"] } }),
      DEFAULT_PROVINCE_REGISTRY,
    );
    if (!extended.ok) throw new Error("extension refused");
    const records = [record("Sài Gòn", "Phường Bến Nghé", "11/2024"), record("TP.HCM", "Phường Đa Kao", "11/2024")];
    expect(unknownNames(consolidateRecords(records, set))).toHaveLength(1);
    const result = consolidateRecords(records, set, [], { provinceRegistry: extended.registry });
    expect(rows(result)).toEqual([["TP Hồ Chí Minh", 2]]);
    expect(unknownNames(result)).toEqual([]);
  });
});

describe("province problems as text", () => {
  test("an unknown name, in Vietnamese and English", () => {
    const source = { file: "a.xlsx", sheet: "Phiếu chấm" };
    const [unknown] = unknownProvinceProblems([{ province: "Hà Tây", source }], provinceResolver());
    expect(unknown).toMatchObject({ code: "provinceNotInRegistry", params: { name: "Hà Tây" }, where: source });
    expect(problemText(unknown!, "vi").message).toBe(
      'Tên tỉnh không có trong danh mục: "Hà Tây" — giữ nguyên như trong tệp.',
    );
    expect(problemText(unknown!, "en").message).toBe('Province name not in the registry: "Hà Tây" — kept as written.');
  });

  test("every registry problem has a text in both languages, Vietnamese in NFC", () => {
    const broken = [
      parseProvinceRegistryJson("{"),
      validateProvinceRegistry("x"),
      validateProvinceRegistry({ id: "x", current: [{ id: "A!", kind: "town", aliases: [1] }], former: {} }),
      extendProvinceRegistry(DEFAULT_PROVINCE_REGISTRY, { id: "x", version: "1", extends: "y" }),
      extendProvinceRegistry(DEFAULT_PROVINCE_REGISTRY, {
        id: "x",
        version: "1",
        extends: "vn-provinces",
        aliases: { "ha nam": ["Hà Nội"], "sai gon": ["SG"] },
        former: [
          { id: "ha tay", name: "Hà Tây" },
          { id: "son la", name: "Sơn La 2" },
        ],
        current: [{ id: "son la 2", name: "Sơn La 2", formedFrom: ["son la", "xyz"] }],
      }),
    ];
    const seen = new Set<string>();
    for (const result of broken) {
      expect(result.ok).toBe(false);
      for (const p of result.ok ? [] : result.problems) {
        seen.add(p.code);
        const vi = problemText(p, "vi");
        const en = problemText(p, "en");
        expect(vi.message.normalize("NFC")).toBe(vi.message);
        expect(vi.message).not.toBe(en.message);
        expect([vi.action, en.action].every((a) => a.length > 0)).toBe(true);
      }
    }
    const registryCodes = catalogCodes("vi").filter((c) => c.startsWith("provinceRegistry"));
    expect([...seen].sort()).toEqual(registryCodes.filter((c) => c !== "provinceRegistrySharedId").sort());
    expect(catalogCodes("en")).toEqual(expect.arrayContaining(["provinceNotInRegistry", ...registryCodes]));
  });
});
