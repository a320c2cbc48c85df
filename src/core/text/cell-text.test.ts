import fc from "fast-check";
import { cleanCellText, EXCEL_CELL_TEXT_LIMIT, escapeOoxmlLiterals } from "./cell-text";

/** No lone surrogate: every high surrogate is followed by a low one and vice versa. */
const wellFormed = (text: string): boolean =>
  !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u.test(text);
/* eslint-disable no-control-regex -- these control characters are exactly what XML forbids */
const XML_LEGAL = (text: string): boolean =>
  !/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/u.test(text) && wellFormed(text);
/* eslint-enable no-control-regex */

describe("cell text", () => {
  it("removes control characters, U+FFFF and lone surrogates, and keeps Vietnamese and emoji", () => {
    expect(cleanCellText("Phường\u0001 Bến\u0007 Nghé\uFFFF").text).toBe("Phường Bến Nghé");
    expect(cleanCellText("a\uD800b\uDC00c").text).toBe("abc");
    expect(cleanCellText("tab\tline\nok 😀").text).toBe("tab\tline\nok 😀");
    expect(cleanCellText("Đạt")).toEqual({ text: "Đạt", cleaned: false, truncated: false });
  });

  it("cuts to Excel's cell limit with an ellipsis, never inside a surrogate pair", () => {
    const long = cleanCellText("x".repeat(1_000_000));
    expect(long.truncated).toBe(true);
    expect(long.text).toHaveLength(EXCEL_CELL_TEXT_LIMIT);
    const emoji = cleanCellText("😀".repeat(20_000));
    expect(emoji.text.length).toBeLessThanOrEqual(EXCEL_CELL_TEXT_LIMIT);
    expect(wellFormed(emoji.text)).toBe(true);
  });

  it("always gives XML-legal text within the limit (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 400 }), fc.integer({ min: 2, max: 300 }), (text, limit) => {
        const clean = cleanCellText(text, limit);
        expect(XML_LEGAL(clean.text)).toBe(true);
        expect(clean.text.length).toBeLessThanOrEqual(limit);
      }),
    );
  });

  it("escapes literal _xHHHH_ so it survives an .xlsx round trip", () => {
    expect(escapeOoxmlLiterals("_xD800_ và _x0041_")).toBe("_x005F_xD800_ và _x005F_x0041_");
    expect(escapeOoxmlLiterals("x_1_ _xZZZZ_")).toBe("x_1_ _xZZZZ_");
  });
});
