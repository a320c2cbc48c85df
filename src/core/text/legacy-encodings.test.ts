import fc from "fast-check";
import { decodeTcvn3, decodeVni, encodeTcvn3, encodeVni, repairLegacyText } from "./legacy-encodings";

describe("legacy Vietnamese encodings", () => {
  it.each([
    ["§¹t", "Đạt"],
    ["Kh«ng ®¹t", "Không đạt"],
    ["Ch­a ®¹t", "Chưa đạt"],
    ["C«ng an ph­êng", "Công an phường"],
    ["¡n ¢u £m ¤ng ¥n ¦u", "Ăn Âu Êm Ông Ơn Ưu"],
  ])("decodes TCVN3 %j as %j", (legacy, unicode) => {
    expect(decodeTcvn3(legacy)).toBe(unicode);
    expect(repairLegacyText(legacy)).toEqual({ text: unicode, encoding: "tcvn3" });
  });

  it.each([
    ["Ñaït", "Đạt"],
    ["Khoâng ñaït", "Không đạt"],
    ["Chöa ñaït", "Chưa đạt"],
    ["Coâng an phöôøng", "Công an phường"],
    ["aén aèn aún aün aën", "ắn ằn ẳn ẵn ặn"],
  ])("decodes VNI %j as %j", (legacy, unicode) => {
    expect(decodeVni(legacy)).toBe(unicode);
    expect(repairLegacyText(legacy)).toEqual({ text: unicode, encoding: "vni" });
  });

  it("leaves Unicode Vietnamese and plain ASCII untouched", () => {
    for (const text of ["Đạt", "Không đạt", "Phường Bến Nghé", "x", "22/22", "Dat"]) {
      expect(repairLegacyText(text)).toEqual({ text, encoding: "unicode" });
    }
  });

  const vietnameseWord = fc
    .array(
      fc.constantFrom(..."aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"),
      { minLength: 1, maxLength: 8 },
    )
    .map((letters) => letters.join(""));

  it("round-trips any lower-case Vietnamese word through both legacy encodings", () => {
    fc.assert(
      fc.property(vietnameseWord, (word) => {
        expect(decodeTcvn3(encodeTcvn3(word))).toBe(word);
        expect(decodeVni(encodeVni(word))).toBe(word);
      }),
    );
  });
});

describe("choosing between readings", () => {
  it.each([
    ["Coù", "Có", "vni"],
    ["Khoâng", "Không", "vni"],
    ["Ñoàng yù", "Đồng ý", "vni"],
    ["§ång ý", "Đồng ý", "tcvn3"],
  ])("reads %j as %j (%s) although every character is also a Unicode letter", (legacy, unicode, encoding) => {
    expect(repairLegacyText(legacy)).toEqual({ text: unicode, encoding });
  });

  it.each(["Phường Bến Nghé", "Hà Nội", "Đà Nẵng", "Tổ dân phố số 3", "Café", "Ông Nguyễn Văn An"])(
    "keeps real Unicode Vietnamese %j as it is",
    (text) => {
      expect(repairLegacyText(text)).toEqual({ text, encoding: "unicode" });
    },
  );
});
