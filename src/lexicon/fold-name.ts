// The normal form of a name for matching and alias comparison: spelling noise that news outlets vary on
// (diacritics, apostrophe styles, hyphens versus spaces, case) must not split one actor into two.

/** Letters that NFKD does not decompose into a base letter plus a mark. */
const LETTER_MAP: Readonly<Record<string, string>> = {
  ı: "i",
  İ: "i",
  ł: "l",
  Ł: "l",
  ø: "o",
  Ø: "o",
  đ: "d",
  Đ: "d",
  ð: "d",
  þ: "th",
  ß: "ss",
  æ: "ae",
  Æ: "ae",
  œ: "oe",
  Œ: "oe",
  ħ: "h",
};

const SPECIAL_LETTERS = /[ıİłŁøØđĐðþßæÆœŒħ]/g;
const COMBINING_MARKS = /[\u0300-\u036f]/g;
/** Right/left single quotes, modifier letter apostrophe and turned comma, prime, grave, acute: all written as ' in names. */
const APOSTROPHES = /[\u2019\u2018\u02bc\u02bb\u201b\u2032\u0060\u00b4]/g;
const REPEATED_APOSTROPHES = /'{2,}/g;
/** Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en and em dash, minus. */
const DASHES = /[-\u2010\u2011\u2012\u2013\u2014\u2212]/g;
const SPACES = /\s+/g;

/** NFKD, no diacritics, one apostrophe style, hyphens as spaces, lowercase, single spaces, trimmed. */
export function foldName(s: string): string {
  return s
    .replace(APOSTROPHES, "'")
    .replace(SPECIAL_LETTERS, (c) => LETTER_MAP[c] ?? c)
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .replace(REPEATED_APOSTROPHES, "'")
    .replace(DASHES, " ")
    .toLowerCase()
    .replace(SPACES, " ")
    .trim();
}

const COMPACT_DROP = /[\s.]/g;

/**
 * The key the matcher indexes by: the folded name without spaces and full stops. Tokenisers split names at
 * hyphens, apostrophes and non-Latin-1 letters, so only the concatenation of tokens is stable, and "U.S."
 * and "US" are the same name.
 */
export function compactName(s: string): string {
  return foldName(s).replace(COMPACT_DROP, "");
}
