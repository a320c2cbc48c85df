import fc from "fast-check";
import { HyperFormula } from "hyperformula";
import { CANONICAL_MET, CANONICAL_NOT_MET, LISTED_TOKENS, VOCABULARY, isCountedNatively } from "./vocabulary";
import { parseEntry } from "./parse";
import { cellTest, failCountFormula, passCountFormula } from "../formulas/native";
import { buildMatrixTemplate, buildPhieuTemplate } from "../template";
import { DEFAULT_CRITERIA_SET } from "../criteria/default-set";

const CANONICAL = { met: CANONICAL_MET, notMet: CANONICAL_NOT_MET } as const;

/** Text as text: HyperFormula would read "1", "true" or ": " as a number, boolean or time without the "'" prefix. */
const asCell = (token: unknown): unknown => (typeof token === "string" ? `'${token}` : token);

/** What the native formulas make of one value: counts as met / not met, and the one-cell tests. */
function native(value: unknown): { met: unknown; notMet: unknown; metTest: unknown; notMetTest: unknown } {
  const hf = HyperFormula.buildFromArray(
    [
      [
        asCell(value) as never,
        passCountFormula("A1:A1"),
        failCountFormula("A1:A1"),
        `=${cellTest("A1", "met")}`,
        `=${cellTest("A1", "notMet")}`,
      ],
    ],
    { licenseKey: "gpl-v3", accentSensitive: true },
  );
  const at = (col: number): unknown => hf.getCellValue({ sheet: 0, row: 0, col });
  const result = { met: at(1), notMet: at(2), metTest: at(3), notMetTest: at(4) };
  hf.destroy();
  return result;
}

/** Case variants a user types: the token as listed, upper and lower case. */
const variants = (token: string): string[] => [...new Set([token, token.toUpperCase(), token.toLowerCase()])];

describe("the result vocabulary: parser, formulas, validation and normaliser agree on every token", () => {
  it.each(VOCABULARY.map((row) => [String(row.token), row] as const))("%s", (_, row) => {
    const forms =
      typeof row.token === "string" && !["tcvn3", "vni"].includes(row.form) ? variants(row.token) : [row.token];
    for (const value of forms) {
      // The parser reads it with the row's meaning, and "Chuẩn hoá" would write the canonical word.
      const parsed = parseEntry(value);
      expect({ value, kind: parsed.kind, canonical: parsed.canonical }).toEqual({
        value,
        kind: row.meaning,
        canonical: CANONICAL[row.meaning],
      });
      expect(parsed.variant).toBe(value !== CANONICAL[row.meaning]);
      // The formulas count it, as that meaning, exactly when the table says so.
      const counted = native(value);
      const expected = row.counted
        ? { met: row.meaning === "met" ? 1 : 0, notMet: row.meaning === "notMet" ? 1 : 0 }
        : { met: 0, notMet: 0 };
      expect({ value, met: counted.met, notMet: counted.notMet }).toEqual({ value, ...expected });
      expect({ value, metTest: counted.metTest, notMetTest: counted.notMetTest }).toEqual({
        value,
        metTest: expected.met === 1,
        notMetTest: expected.notMet === 1,
      });
      expect(isCountedNatively(value)).toBe(row.counted);
    }
    // What the validation accepts (its list), the formulas count.
    if (row.listed) expect(row.counted).toBe(true);
  });

  it("the canonical words are what the normaliser writes: counted, listed and not variants", () => {
    for (const word of [CANONICAL_MET, CANONICAL_NOT_MET]) {
      expect(parseEntry(word).variant).toBe(false);
      expect(LISTED_TOKENS).toContain(word);
      expect(isCountedNatively(word)).toBe(true);
    }
  });

  it("the phiếu and the matrix accept the same list, every counted text and number that a list can hold", () => {
    const phieu = buildPhieuTemplate(DEFAULT_CRITERIA_SET).validations[0]?.list;
    const matrix = buildMatrixTemplate(DEFAULT_CRITERIA_SET).validations[0]?.list;
    expect(phieu).toEqual(matrix);
    expect(phieu).toEqual([...LISTED_TOKENS]);
    for (const shortcut of ["Đạt", "Không đạt", "Chưa đạt", "Đ", "K", "x", "1", "0"]) expect(phieu).toContain(shortcut);
  });

  // Text a spreadsheet reads as a number, date or time ("1.0", "0:00") is left out: COUNTIF coerces it (a known limit).
  it("text outside the vocabulary is neither counted nor listed, and the parser calls it invalid", () => {
    const known = new Set(VOCABULARY.map((r) => String(r.token).toLowerCase()));
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 6 }), (text) => {
        fc.pre(!known.has(text.toLowerCase()) && parseEntry(text).kind === "invalid" && !/[\d:.,/-]/u.test(text));
        const counted = native(text);
        expect([counted.met, counted.notMet, counted.metTest, counted.notMetTest]).toEqual([0, 0, false, false]);
        expect(LISTED_TOKENS.map((t) => t.toLowerCase())).not.toContain(text.toLowerCase());
      }),
      { numRuns: 150 },
    );
  });
});
