/**
 * Legacy 8-bit Vietnamese encodings still common in government offices.
 *
 * A cell typed with a TCVN3 (ABC) or VNI font is stored by Excel as the
 * Windows-1252 reading of its bytes, so "Đạt" arrives as "§¹t" (TCVN3) or
 * "Ñaït" (VNI). These tables turn such text back into Unicode.
 */

/** TCVN3 (TCVN 5712:1993, "ABC"): one byte per Vietnamese letter. */
const TCVN3_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["µ", "à"],
  ["¸", "á"],
  ["¶", "ả"],
  ["·", "ã"],
  ["¹", "ạ"],
  ["¨", "ă"],
  ["»", "ằ"],
  ["¾", "ắ"],
  ["¼", "ẳ"],
  ["½", "ẵ"],
  ["Æ", "ặ"],
  ["©", "â"],
  ["Ç", "ầ"],
  ["Ê", "ấ"],
  ["È", "ẩ"],
  ["É", "ẫ"],
  ["Ë", "ậ"],
  ["®", "đ"],
  ["Ì", "è"],
  ["Ð", "é"],
  ["Î", "ẻ"],
  ["Ï", "ẽ"],
  ["Ñ", "ẹ"],
  ["ª", "ê"],
  ["Ò", "ề"],
  ["Õ", "ế"],
  ["Ó", "ể"],
  ["Ô", "ễ"],
  ["Ö", "ệ"],
  ["×", "ì"],
  ["Ý", "í"],
  ["Ø", "ỉ"],
  ["Ü", "ĩ"],
  ["Þ", "ị"],
  ["ß", "ò"],
  ["ã", "ó"],
  ["á", "ỏ"],
  ["â", "õ"],
  ["ä", "ọ"],
  ["«", "ô"],
  ["å", "ồ"],
  ["è", "ố"],
  ["æ", "ổ"],
  ["ç", "ỗ"],
  ["é", "ộ"],
  ["¬", "ơ"],
  ["ê", "ờ"],
  ["í", "ớ"],
  ["ë", "ở"],
  ["ì", "ỡ"],
  ["î", "ợ"],
  ["ï", "ù"],
  ["ó", "ú"],
  ["ñ", "ủ"],
  ["ò", "ũ"],
  ["ô", "ụ"],
  ["\u00AD", "ư"],
  ["õ", "ừ"],
  ["ø", "ứ"],
  ["ö", "ử"],
  ["÷", "ữ"],
  ["ù", "ự"],
  ["ú", "ỳ"],
  ["ý", "ý"],
  ["û", "ỷ"],
  ["ü", "ỹ"],
  ["þ", "ỵ"],
  ["¡", "Ă"],
  ["¢", "Â"],
  ["§", "Đ"],
  ["£", "Ê"],
  ["¤", "Ô"],
  ["¥", "Ơ"],
  ["¦", "Ư"],
];

const TCVN3_TO_UNICODE = new Map(TCVN3_PAIRS);

/** Decode text that was typed with a TCVN3 font. Characters outside the table pass through. */
export function decodeTcvn3(text: string): string {
  let out = "";
  for (const ch of text) out += TCVN3_TO_UNICODE.get(ch) ?? ch;
  return out;
}

/**
 * VNI Windows: a base letter followed by a mark character. Listed for
 * lower case; upper case is the same with both characters upper-cased.
 * Longer sequences first so that "aâ" + tone wins over "aâ".
 */
const VNI_LOWER_PAIRS: ReadonlyArray<readonly [string, string]> = [
  ["aù", "á"],
  ["aø", "à"],
  ["aû", "ả"],
  ["aõ", "ã"],
  ["aï", "ạ"],
  ["aâ", "â"],
  ["aá", "ấ"],
  ["aà", "ầ"],
  ["aå", "ẩ"],
  ["aã", "ẫ"],
  ["aä", "ậ"],
  ["aê", "ă"],
  ["aé", "ắ"],
  ["aè", "ằ"],
  ["aú", "ẳ"],
  ["aü", "ẵ"],
  ["aë", "ặ"],
  ["eù", "é"],
  ["eø", "è"],
  ["eû", "ẻ"],
  ["eõ", "ẽ"],
  ["eï", "ẹ"],
  ["eâ", "ê"],
  ["eá", "ế"],
  ["eà", "ề"],
  ["eå", "ể"],
  ["eã", "ễ"],
  ["eä", "ệ"],
  ["où", "ó"],
  ["oø", "ò"],
  ["oû", "ỏ"],
  ["oõ", "õ"],
  ["oï", "ọ"],
  ["oâ", "ô"],
  ["oá", "ố"],
  ["oà", "ồ"],
  ["oå", "ổ"],
  ["oã", "ỗ"],
  ["oä", "ộ"],
  ["ôù", "ớ"],
  ["ôø", "ờ"],
  ["ôû", "ở"],
  ["ôõ", "ỡ"],
  ["ôï", "ợ"],
  ["ô", "ơ"],
  ["uù", "ú"],
  ["uø", "ù"],
  ["uû", "ủ"],
  ["uõ", "ũ"],
  ["uï", "ụ"],
  ["öù", "ứ"],
  ["öø", "ừ"],
  ["öû", "ử"],
  ["öõ", "ữ"],
  ["öï", "ự"],
  ["ö", "ư"],
  ["yù", "ý"],
  ["yø", "ỳ"],
  ["yû", "ỷ"],
  ["yõ", "ỹ"],
  ["î", "ỵ"],
  ["í", "í"],
  ["ì", "ì"],
  ["æ", "ỉ"],
  ["ó", "ĩ"],
  ["ò", "ị"],
  ["ñ", "đ"],
];

const VNI_TO_UNICODE = new Map<string, string>();
for (const [vni, uni] of VNI_LOWER_PAIRS) {
  VNI_TO_UNICODE.set(vni, uni);
  VNI_TO_UNICODE.set(vni.toUpperCase(), uni.toUpperCase());
}

/** Decode text that was typed with a VNI font. Unknown characters pass through. */
export function decodeVni(text: string): string {
  let out = "";
  let i = 0;
  while (i < text.length) {
    const pair = VNI_TO_UNICODE.get(text.slice(i, i + 2));
    if (pair !== undefined) {
      out += pair;
      i += 2;
      continue;
    }
    const ch = text.charAt(i);
    out += VNI_TO_UNICODE.get(ch) ?? ch;
    i += 1;
  }
  return out;
}

/** Latin-1 letters that are also ordinary Vietnamese letters in Unicode. */
const VIETNAMESE_LATIN1 = new Set("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ");

/**
 * Characters in U+00A0–U+00FF that no Unicode Vietnamese text contains:
 * seeing one means the text was typed in a legacy font.
 */
export function countForeignLatin1(text: string): number {
  let n = 0;
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    if (code >= 0xa0 && code <= 0xff && !VIETNAMESE_LATIN1.has(ch)) n += 1;
  }
  return n;
}

import { countSyllables } from "./syllables";

export type TextEncoding = "unicode" | "tcvn3" | "vni";

/**
 * Best guess at how a piece of text was typed, and its Unicode form.
 * Text without any character in U+0080–U+00FF is Unicode. Otherwise the
 * reading (as is, TCVN3, VNI) with the most plausible Vietnamese syllables
 * wins; the text as is wins ties, then the reading with fewer foreign
 * Latin-1 characters, then the shorter one (VNI spends two characters on
 * a toned vowel, so a shorter VNI reading is the stronger evidence).
 */
export function repairLegacyText(text: string): { text: string; encoding: TextEncoding } {
  if (!/[\u0080-\u00FF]/u.test(text)) return { text, encoding: "unicode" };
  const readings: Array<{ text: string; encoding: TextEncoding; syllables: number; foreign: number }> = [
    { text, encoding: "unicode" },
    { text: decodeTcvn3(text), encoding: "tcvn3" },
    { text: decodeVni(text), encoding: "vni" },
  ].map((reading) => ({
    ...reading,
    encoding: reading.encoding as TextEncoding,
    syllables: countSyllables(reading.text),
    foreign: countForeignLatin1(reading.text),
  }));
  let best = readings[0]!;
  for (const reading of readings.slice(1)) {
    if (reading.text === text) continue;
    const better =
      reading.syllables > best.syllables ||
      (reading.syllables === best.syllables &&
        (reading.foreign < best.foreign ||
          (reading.foreign === best.foreign && best.encoding !== "unicode" && reading.text.length < best.text.length)));
    if (better) best = reading;
  }
  return { text: best.text, encoding: best.encoding };
}

const UNICODE_TO_TCVN3 = new Map<string, string>();
for (const [legacy, uni] of TCVN3_PAIRS) {
  UNICODE_TO_TCVN3.set(uni, legacy);
  // TCVN3 has no upper-case toned letters: a capitals font shows the lower-case codes.
  if (!UNICODE_TO_TCVN3.has(uni.toUpperCase())) UNICODE_TO_TCVN3.set(uni.toUpperCase(), legacy);
}

/** Encode Unicode text as a TCVN3 font would store it (for fixtures and tests). */
export function encodeTcvn3(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) out += UNICODE_TO_TCVN3.get(ch) ?? ch;
  return out;
}

const UNICODE_TO_VNI = new Map<string, string>();
for (const [vni, uni] of VNI_TO_UNICODE) if (!UNICODE_TO_VNI.has(uni)) UNICODE_TO_VNI.set(uni, vni);

/** Encode Unicode text as a VNI font would store it (for fixtures and tests). */
export function encodeVni(text: string): string {
  let out = "";
  for (const ch of text.normalize("NFC")) out += UNICODE_TO_VNI.get(ch) ?? ch;
  return out;
}
