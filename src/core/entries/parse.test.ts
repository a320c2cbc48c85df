import fc from "fast-check";
import { parseEntry } from "./parse";
import { problemText } from "../../contracts/problem-text";
import { encodeTcvn3, encodeVni } from "../text/legacy-encodings";

describe("parseEntry", () => {
  it.each<[unknown]>([
    ["Đạt"],
    ["đạt"],
    ["ĐẠT"],
    ["  Đạt  "],
    ["Đạt".normalize("NFD")],
    ["Dat"],
    ["dat"],
    ["DAT"],
    ["Đ"],
    ["đ"],
    ["D"],
    ["x"],
    ["X"],
    ["✓"],
    ["✔"],
    ["√"],
    ["Có"],
    ["co"],
    [1],
    ["1"],
    [true],
    ["TRUE"],
    ["§¹t"],
    ["Ñaït"],
    ["Cã"],
    ["Coù"],
    ["\u00A0Đạt\u00A0"],
  ])("reads %j as met", (value) => {
    const entry = parseEntry(value);
    expect(entry.kind).toBe("met");
    expect(entry.canonical).toBe("Đạt");
  });

  it.each<[unknown]>([
    ["Không đạt"],
    ["không  đạt"],
    ["KHÔNG ĐẠT"],
    ["Không đạt".normalize("NFD")],
    ["Khong dat"],
    ["khong dat"],
    ["Chưa đạt"],
    ["Chua dat"],
    ["K"],
    ["k"],
    ["KĐ"],
    ["KD"],
    ["✗"],
    ["✘"],
    ["Không"],
    ["khong"],
    [0],
    ["0"],
    [false],
    ["FALSE"],
    ["Kh«ng ®¹t"],
    ["Khoâng ñaït"],
    ["Ch­a ®¹t"],
  ])("reads %j as not met", (value) => {
    const entry = parseEntry(value);
    expect(entry.kind).toBe("notMet");
    expect(entry.canonical).toBe("Không đạt");
  });

  it.each<[unknown]>([[""], ["   "], [null], [undefined], ["\u00A0"]])("reads %j as not yet assessed", (value) => {
    expect(parseEntry(value).kind).toBe("blank");
  });

  it.each<[unknown]>([
    ["dat?"],
    ["2"],
    [2],
    ["22/22"],
    ["đã đạt một phần"],
    ["Đát"],
    ["Dạt"],
    ["ok"],
    ["-"],
    [0.5],
    [Number.NaN],
    ["#N/A"],
    [{}],
    [new Error("#REF!")],
  ])("reads %j as invalid, with an issue code that renders in Vietnamese and English", (value) => {
    const entry = parseEntry(value);
    expect(entry.kind).toBe("invalid");
    expect(entry.canonical).toBeUndefined();
    expect(entry.issue).toBeDefined();
    const vi = problemText(entry.issue!, "vi");
    const en = problemText(entry.issue!, "en");
    expect(vi.action).toMatch(/Nhập|Sửa/u);
    expect(en.action).toMatch(/Type|Fix/u);
    expect(en.message).not.toEqual(vi.message);
  });

  it("suggests the word the user probably meant when the diacritics are wrong", () => {
    expect(parseEntry("Đát").issue).toEqual({ code: "entryWrongDiacritics", params: { value: "Đát", meant: "Đạt" } });
    expect(problemText(parseEntry("Không đát").issue!, "vi").action).toContain('"Không đạt"');
  });

  it("marks only the exact canonical text as non-variant", () => {
    expect(parseEntry("Đạt").variant).toBe(false);
    expect(parseEntry("Không đạt").variant).toBe(false);
    expect(parseEntry("đạt").variant).toBe(true);
    expect(parseEntry("Đạt".normalize("NFD")).variant).toBe(true);
    expect(parseEntry(1).variant).toBe(true);
  });

  it("says where legacy or unaccented text came from", () => {
    expect(parseEntry("§¹t").encoding).toBe("tcvn3");
    expect(parseEntry("Khoâng ñaït").encoding).toBe("vni");
    expect(parseEntry("Khong dat").encoding).toBe("no-diacritics");
    expect(parseEntry("Đạt").encoding).toBeUndefined();
  });

  const anyCellValue = fc.oneof(
    fc.string(),
    fc.string({ unit: "grapheme" }),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.constantFrom("Đạt", "Không đạt", "§¹t", "Ñaït", "x", "KĐ", "Chưa đạt"),
  );

  it("never throws and always returns one of the four kinds", () => {
    fc.assert(
      fc.property(anyCellValue, (value) => {
        const entry = parseEntry(value);
        expect(["met", "notMet", "blank", "invalid"]).toContain(entry.kind);
        expect(entry.kind === "met" || entry.kind === "notMet").toBe(entry.canonical !== undefined);
      }),
      { numRuns: 2000 },
    );
  });

  const vietnameseText = fc.oneof(
    fc.constantFrom("Đạt", "Không đạt", "Chưa đạt", "Có", "Không", "Đát", "đã đạt một phần", "Phường Hàng Bạc"),
    fc.string({ unit: fc.constantFrom(..."aăâđeêioôơuưyĐẠẶẬỆỘỢỰàáảãạ ktx".split("")), maxLength: 12 }),
  );

  it("reads NFC and NFD forms of the same text the same way", () => {
    fc.assert(
      fc.property(vietnameseText, (text) => {
        const nfc = parseEntry(text.normalize("NFC"));
        const nfd = parseEntry(text.normalize("NFD"));
        expect(nfd.kind).toBe(nfc.kind);
        expect(nfd.canonical).toBe(nfc.canonical);
      }),
      { numRuns: 1000 },
    );
  });

  it("reads a word typed in a legacy font as the Unicode word", () => {
    fc.assert(
      fc.property(fc.constantFrom("Đạt", "Không đạt", "Chưa đạt", "Có", "Không", "đạt", "không đạt"), (word) => {
        const unicode = parseEntry(word);
        expect(parseEntry(encodeTcvn3(word)).canonical).toBe(unicode.canonical);
        expect(parseEntry(encodeVni(word)).canonical).toBe(unicode.canonical);
      }),
    );
  });
});
