import fc from "fast-check";
import { encodeTcvn3 } from "../text/legacy-encodings";
import { stripDiacritics } from "../text/normalize";
import { DEFAULT_PROVINCE_REGISTRY as REGISTRY, provinceMatchKey, resolveProvince, rollupProvince } from ".";

/** Nghị quyết 202/2025/QH15 as /work/shared/domain.md states it: current name ← former provinces. */
const MERGED: Record<string, string[]> = {
  "Tuyên Quang": ["Tuyên Quang", "Hà Giang"],
  "Lào Cai": ["Lào Cai", "Yên Bái"],
  "Thái Nguyên": ["Thái Nguyên", "Bắc Kạn"],
  "Phú Thọ": ["Phú Thọ", "Vĩnh Phúc", "Hòa Bình"],
  "Bắc Ninh": ["Bắc Ninh", "Bắc Giang"],
  "Hưng Yên": ["Hưng Yên", "Thái Bình"],
  "Hải Phòng": ["Hải Phòng", "Hải Dương"],
  "Ninh Bình": ["Ninh Bình", "Hà Nam", "Nam Định"],
  "Quảng Trị": ["Quảng Trị", "Quảng Bình"],
  "Đà Nẵng": ["Đà Nẵng", "Quảng Nam"],
  "Quảng Ngãi": ["Quảng Ngãi", "Kon Tum"],
  "Gia Lai": ["Gia Lai", "Bình Định"],
  "Khánh Hòa": ["Khánh Hòa", "Ninh Thuận"],
  "Lâm Đồng": ["Lâm Đồng", "Đắk Nông", "Bình Thuận"],
  "Đắk Lắk": ["Đắk Lắk", "Phú Yên"],
  "TP Hồ Chí Minh": ["TP Hồ Chí Minh", "Bình Dương", "Bà Rịa – Vũng Tàu"],
  "Đồng Nai": ["Đồng Nai", "Bình Phước"],
  "Tây Ninh": ["Tây Ninh", "Long An"],
  "Cần Thơ": ["Cần Thơ", "Sóc Trăng", "Hậu Giang"],
  "Vĩnh Long": ["Vĩnh Long", "Bến Tre", "Trà Vinh"],
  "Đồng Tháp": ["Đồng Tháp", "Tiền Giang"],
  "Cà Mau": ["Cà Mau", "Bạc Liêu"],
  "An Giang": ["An Giang", "Kiên Giang"],
};
const UNCHANGED: Record<string, string> = {
  "Hà Nội": "Hà Nội",
  Huế: "Thừa Thiên Huế",
  "Lai Châu": "Lai Châu",
  "Điện Biên": "Điện Biên",
  "Sơn La": "Sơn La",
  "Lạng Sơn": "Lạng Sơn",
  "Quảng Ninh": "Quảng Ninh",
  "Thanh Hóa": "Thanh Hóa",
  "Nghệ An": "Nghệ An",
  "Hà Tĩnh": "Hà Tĩnh",
  "Cao Bằng": "Cao Bằng",
};
const CITIES = ["Hà Nội", "Huế", "Hải Phòng", "Đà Nẵng", "TP Hồ Chí Minh", "Cần Thơ"];

const ALL = [...REGISTRY.current, ...REGISTRY.former];
const formerName = (id: string): string | undefined => REGISTRY.former.find((f) => f.id === id)?.name;

describe("the province registry (vn-2025.json)", () => {
  test("34 current provinces: 23 formed by merging, 11 unchanged; 63 former (11 + 52)", () => {
    expect(REGISTRY.current).toHaveLength(34);
    expect(REGISTRY.former).toHaveLength(63);
    expect(REGISTRY.current.filter((c) => c.formedFrom.length > 1)).toHaveLength(23);
    expect(REGISTRY.current.filter((c) => c.formedFrom.length === 1)).toHaveLength(11);
    expect(REGISTRY.current.filter((c) => c.formedFrom.length > 1).flatMap((c) => c.formedFrom)).toHaveLength(52);
    expect(REGISTRY.effectiveDate).toBe("2025-07-01");
    expect(REGISTRY.id).toBe("vn-provinces");
    expect(REGISTRY.version).not.toBe("");
  });

  test("each current province is formed from the former provinces the resolution names", () => {
    const expected = { ...MERGED, ...Object.fromEntries(Object.entries(UNCHANGED).map(([now, was]) => [now, [was]])) };
    const actual = Object.fromEntries(REGISTRY.current.map((c) => [c.name, c.formedFrom.map(formerName)]));
    expect(actual).toEqual(expected);
    expect(
      REGISTRY.current
        .filter((c) => c.kind === "city")
        .map((c) => c.name)
        .sort(),
    ).toEqual([...CITIES].sort());
  });

  test("names are NFC with their diacritics", () => {
    for (const entry of ALL) {
      for (const spelling of [entry.name, ...entry.aliases]) expect(spelling).toBe(spelling.normalize("NFC"));
    }
    expect(REGISTRY.former.map((f) => f.name)).toEqual(
      expect.arrayContaining(["Bà Rịa – Vũng Tàu", "Thừa Thiên Huế", "Đắk Nông", "Bắc Kạn"]),
    );
  });

  test.each([
    [
      "TP.HCM",
      "TP HCM",
      "Tp. Hồ Chí Minh",
      "Thành phố Hồ Chí Minh",
      "Hồ Chí Minh",
      "HCM",
      "hcm",
      "ho chi minh",
      "TPHCM",
      "T.P. Hồ Chí Minh",
    ],
    ["Thừa Thiên Huế", "TT-Huế", "TT Huế", "Huế", "Thành phố Huế", "THỪA THIÊN - HUẾ", "Tỉnh Thừa Thiên Huế"],
    ["Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu", "Bà Rịa—Vũng Tàu", "BR-VT", "BRVT", "Tỉnh Bà Rịa - Vũng Tàu"],
    ["Khánh Hòa", "Khánh Hoà", "Khanh Hoa", "tỉnh khánh hoà"],
    ["Thanh Hóa", "Thanh Hoá", "THANH HOÁ", "Tỉnh Thanh Hóa"],
    ["Hòa Bình", "Hoà Bình", "Tỉnh Hoà Bình"],
    [
      "Hà Nội",
      "TP Hà Nội",
      "Thành phố Hà Nội",
      "Ha Noi",
      "Hanoi",
      "Thủ đô Hà Nội",
      "Công an TP Hà Nội",
      "Công an thành phố Hà Nội",
    ],
    ["Đắk Lắk", "Đăk Lăk", "Dak Lak", "Daklak", "Đắc Lắc", "Công an tỉnh Đắk Lắk"],
    ["Cà Mau", "CÀ MAU", "ca mau", "Tỉnh Cà Mau"],
  ])("spellings of %s are one province", (...spellings) => {
    const ids = new Set(spellings.map((s) => resolveProvince(s, REGISTRY).id));
    expect(ids.size).toBe(1);
    expect(spellings.every((s) => resolveProvince(s, REGISTRY).known)).toBe(true);
  });

  test("neighbours with close names stay apart", () => {
    const pairs = [
      ["Hà Nội", "Hà Nam"],
      ["Quảng Nam", "Quảng Ngãi"],
      ["Quảng Ninh", "Quảng Bình"],
      ["Đắk Lắk", "Đắk Nông"],
      ["Bắc Ninh", "Bắc Giang"],
      ["Thái Bình", "Thái Nguyên"],
      ["Ninh Bình", "Ninh Thuận"],
      ["Bình Dương", "TP Hồ Chí Minh"],
    ];
    for (const [a, b] of pairs)
      expect(resolveProvince(a as string, REGISTRY).id).not.toBe(resolveProvince(b as string, REGISTRY).id);
  });

  test("a resolved name: registry name of the spelling, and the current province it belongs to", () => {
    expect(resolveProvince("binh duong", REGISTRY)).toEqual({
      id: "binh duong",
      canonicalName: "Bình Dương",
      current: { id: "ho chi minh", name: "TP Hồ Chí Minh" },
      known: true,
    });
    expect(resolveProvince("TT-Huế", REGISTRY)).toMatchObject({
      canonicalName: "Thừa Thiên Huế",
      current: { name: "Huế" },
    });
    expect(resolveProvince("Huế", REGISTRY)).toMatchObject({ canonicalName: "Huế", current: { name: "Huế" } });
    expect(resolveProvince("Tỉnh Hà Giang", REGISTRY).current.name).toBe("Tuyên Quang");
  });

  test("names typed in the TCVN3 font resolve like Unicode (when the core recognises the font)", () => {
    // The core leaves short text that also reads as Unicode alone ("Bến Tre" in TCVN3, many VNI names).
    for (const name of [
      "Thừa Thiên Huế",
      "Bà Rịa – Vũng Tàu",
      "Tỉnh Đắk Lắk",
      "Thành phố Hồ Chí Minh",
      "Tỉnh Khánh Hòa",
    ]) {
      expect(resolveProvince(encodeTcvn3(name), REGISTRY).id).toBe(resolveProvince(name, REGISTRY).id);
      expect(resolveProvince(encodeTcvn3(name), REGISTRY).known).toBe(true);
    }
  });

  test("an unknown name is kept as written and grouped by its folded key", () => {
    const unknown = resolveProvince("  Tỉnh   Hà  Tây ", REGISTRY);
    expect(unknown).toEqual({
      id: "ha tay",
      canonicalName: "Tỉnh Hà Tây",
      current: { id: "ha tay", name: "Tỉnh Hà Tây" },
      known: false,
    });
    expect(resolveProvince("HÀ TÂY", REGISTRY).id).toBe(unknown.id);
    expect(resolveProvince("", REGISTRY)).toMatchObject({ id: "", known: false });
  });
});

const PREFIXES = [
  "",
  "Tỉnh ",
  "tỉnh ",
  "Thành phố ",
  "TP ",
  "TP.",
  "Tp. ",
  "T.P. ",
  "thành phố trực thuộc trung ương ",
  "Công an tỉnh ",
  "CA TP ",
];
const spelling = fc.constantFrom(
  ...ALL.flatMap((entry) => [entry.name, ...entry.aliases].map((s) => ({ id: entry.id, s }))),
);

function vary(text: string, form: string, upper: readonly boolean[]): string {
  const cased = [...text].map((c, i) => (upper[i % upper.length] ? c.toUpperCase() : c.toLowerCase())).join("");
  switch (form) {
    case "nfd":
      return cased.normalize("NFD");
    case "plain":
      return stripDiacritics(cased);
    case "spaces":
      return ` ${cased.replace(/ /gu, "  ")} `;
    default:
      return cased;
  }
}

describe("properties", () => {
  test("every spelling of every province resolves to it under case, NFD, no diacritics, spaces and prefixes", () => {
    fc.assert(
      fc.property(
        spelling,
        fc.constantFrom(...PREFIXES),
        fc.constantFrom("as is", "nfd", "plain", "spaces"),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 12 }),
        ({ id, s }, prefix, form, upper) => {
          const resolved = resolveProvince(vary(prefix + s, form, upper), REGISTRY);
          expect(resolved).toMatchObject({ id, known: true });
        },
      ),
      { numRuns: 2000 },
    );
  });

  test("no two provinces share a key", () => {
    const owner = new Map<string, string>();
    for (const entry of ALL) {
      for (const s of [entry.name, ...entry.aliases]) {
        const key = provinceMatchKey(s);
        expect(key).not.toBe("");
        expect(owner.get(key) ?? entry.id).toBe(entry.id);
        owner.set(key, entry.id);
      }
    }
    const ids = new Set(ALL.map((e) => e.id));
    fc.assert(
      fc.property(fc.constantFrom(...ids), fc.constantFrom(...ids), (a, b) => {
        fc.pre(a !== b);
        const name = (id: string): string => (ALL.find((e) => e.id === id) as { name: string }).name;
        expect(resolveProvince(name(a), REGISTRY).id).not.toBe(resolveProvince(name(b), REGISTRY).id);
      }),
    );
  });

  test("the rollup maps each former province to exactly one current province, and a current one to itself", () => {
    const currentIds = new Set(REGISTRY.current.map((c) => c.id));
    fc.assert(
      fc.property(fc.constantFrom(...REGISTRY.former), (former) => {
        const holders = REGISTRY.current.filter((c) => c.formedFrom.includes(former.id));
        expect(holders).toHaveLength(1);
        const current = rollupProvince(former.id, REGISTRY);
        expect(current).toBe(holders[0]?.id);
        expect(currentIds.has(current)).toBe(true);
        expect(rollupProvince(current, REGISTRY)).toBe(current);
        expect(resolveProvince(former.name, REGISTRY).current.id).toBe(current);
      }),
    );
    expect(rollupProvince("not a province", REGISTRY)).toBe("not a province");
  });
});
