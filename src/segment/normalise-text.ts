// A same-length normalisation of typography, so wink-nlp patterns and the lexicon see one apostrophe style while
// every offset still points into the original text.

const SAME_LENGTH: Readonly<Record<string, string>> = {
  "\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2032": "'", "`": "'", "\u00b4": "'",
  "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
  "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "\u200b": " ", "\t": " ",
  "\u2010": "-", "\u2011": "-",
};

const PATTERN = new RegExp(`[${Object.keys(SAME_LENGTH).join("")}]`, "g");

export function normaliseText(text: string): string {
  return text.replace(PATTERN, (ch) => SAME_LENGTH[ch] ?? ch);
}
