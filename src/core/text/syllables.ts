/**
 * Is a word a plausible Vietnamese syllable? Used to choose between the
 * Unicode, TCVN3 and VNI readings of the same characters: "Khoâng" and
 * "Coù" contain only letters that Unicode Vietnamese also uses, but as
 * Unicode they are not syllables, while their VNI readings ("Không", "Có")
 * are.
 */

const ONSET = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?/u;
const CODA = /(ch|ng|nh|[cmnpt])?$/u;

// Vowel nuclei written with their vowel-quality marks but no tone.
const NUCLEI = new Set(
  (
    "a ă â e ê i o ô ơ u ư y ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi ơi ua uâ uê ui uô uơ ưa ưi ưu ươ uy yê " +
    "oai oay oeo uây uôi uya uyê uyu ươi ươu iêu yêu uê oo"
  ).split(" "),
);

const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/gu;

/** Remove tone marks only, keeping ă â ê ô ơ ư đ. */
function stripTones(word: string): { base: string; tones: number } {
  const decomposed = word.normalize("NFD");
  const tones = decomposed.match(TONE_MARKS)?.length ?? 0;
  return { base: decomposed.replace(TONE_MARKS, "").normalize("NFC"), tones };
}

export function isVietnameseSyllable(word: string): boolean {
  const { base, tones } = stripTones(word.toLowerCase());
  if (tones > 1 || base === "") return false;
  const onset = ONSET.exec(base)?.[0] ?? "";
  let rest = base.slice(onset.length);
  // "gi" and "qu" may lend their vowel to the nucleus ("gì", "quý").
  const coda = CODA.exec(rest)?.[0] ?? "";
  rest = rest.slice(0, rest.length - coda.length);
  if (rest === "") return onset === "gi" || onset === "qu" ? true : false;
  return NUCLEI.has(rest);
}

/** Number of words in the text that are plausible Vietnamese syllables. */
export function countSyllables(text: string): number {
  let n = 0;
  for (const word of text.split(/[^\p{L}\p{M}]+/u)) if (word !== "" && isVietnameseSyllable(word)) n += 1;
  return n;
}
