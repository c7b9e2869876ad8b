// Generators of news-like text for property tests: names from a small list glued with the punctuation, apostrophe
// styles, line ends, unicode and HTML-ish debris that real scraped articles carry.
import fc from "fast-check";
import type { Article } from "../../src/model/article.ts";

/**
 * Each property runs thousands of inputs with the NER model; on a busy machine that outlasts vitest's default
 * timeout, and a timeout would say nothing about the properties themselves.
 */
export const PROPERTY_TIMEOUT_MS = 300_000;

/** Determinism is checked by running every n-th input twice: a full second run would double the suite's time. */
export const RERUN_EVERY = 3;

const NAMES = [
  "Vladimir Putin", "Putin", "Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "Erdogan", "Hulusi Akar", "Sergei Shoigu",
  "Sergei Shoygu", "Hay'et Tahrir al-Sham", "Hay’et Tahrir al-Sham", "Hay''et Tahrir al-Sham", "HTS", "Moscow", "Ankara",
  "Idlib", "Syria", "Turkey", "Russia", "Russian", "Turkish", "NATO", "the United Nations", "UN", "Café Europa",
  "Şanlıurfa", "Emmanuel Macron", "Xi Jinping", "the Kremlin", "Bashar al-Assad", "al-Assad", "Kurdistan Region",
  "Defence Minister", "President", "the Syrian government", "RIA Novosti", "O'Brien", "Jean-Yves Le Drian",
];

const WORDS = [
  "met", "said", "told", "criticised", "attacked", "visited", "spoke with", "agreed with", "is the president of",
  "of", "in", "at", "and", "the", "a", "on Monday", "according to", "reportedly", "could", "vowed to", "backed",
  "condemned", "signed a deal with", "leader of", "minister of", "forces", "rebels", "talks", "ceasefire", "border",
  "'s", "’s", "s'", "didn't", "won’t", "hard-line", "north-west", "well-known", "decisive", "2019", "11-02-2019", "50",
];

const PUNCTUATION = [". ", ", ", "! ", "? ", "; ", ": ", " - ", " – ", "—", " “", "” ", "\"", " (", ") ", "...", ".", "'", "’", "‘", "''", "-"];

const BREAKS = ["\n", "\r\n", "\n\n", "\r\n\r\n", "\n \n", "\r", "\t"];

const UNICODE = ["é", "ş", "ğ", "ı", "İ", "🙂", "👍🏽", "🇹🇷", "\u00a0", "\u200b", "\u2009", "e\u0301", "ß", "Ω", "ﬁ", "\ufeff", "\u202e"];

const HTMLISH = [
  "<p>", "</p>", "<b>", "</b>", "&amp;", "&nbsp;", "<br/>", "<script>alert(1)</script>", "<img src=x onerror=\"alert(1)\">",
  "<a href=\"javascript:alert(2)\">", "</a>", "<!-- note -->", "&lt;", "<div class='x'>",
];

/** Lines that the clean stage marks as boilerplate, so segmentation and extraction must step around them. */
const FURNITURE = [
  "Source: Al Jazeera", "Comments", "By Jane Example", "Share", "Tags: Russia Turkey", "A+ A-", "11-02-2019", "Rudaw",
  "Rebels gather near Idlib [File: Sam Person/Reuters]", "Example News's website can also be accessed at example.org",
  "News / World / Syria", "We welcome comments that keep to the subject.",
];

const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...NAMES) },
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 5, arbitrary: fc.constantFrom(...PUNCTUATION) },
  { weight: 2, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 2, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 1, arbitrary: fc.constantFrom(...HTMLISH) },
  // Arbitrary UTF-16, lone surrogates included: JSON records can carry them even though decoded files cannot.
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 3 }) },
);

const separator: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.constant(" ") },
  { weight: 2, arbitrary: fc.constant("") },
  { weight: 1, arbitrary: fc.constantFrom("  ", "\u00a0", "\n", "\r\n") },
);

/** One line: a run of pieces, or now and then a line of page furniture. */
const line: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.array(fc.tuple(piece, separator), { maxLength: 24 }).map((parts) => parts.map(([p, s]) => p + s).join("")) },
  { weight: 1, arbitrary: fc.constantFrom(...FURNITURE) },
);

const lineEnd = fc.constantFrom("\n", "\n\n", "\r\n", "\r\n\r\n");

/** News-like text of up to a few hundred characters. */
export const newsText: fc.Arbitrary<string> = fc
  .array(fc.tuple(line, lineEnd), { minLength: 0, maxLength: 6 })
  .map((lines) => lines.map(([l, e]) => l + e).join(""))
  .chain((text) => fc.boolean().map((trim) => (trim ? text.trimEnd() : text)));

export function articleOf(id: string, text: string): Article {
  return { id, title: text.split("\n")[0]?.trim() || id, outlet: null, date: null, url: null, text };
}

/** One to three articles with distinct ids, as a small corpus. */
export const newsCorpus: fc.Arbitrary<Article[]> = fc
  .array(newsText, { minLength: 1, maxLength: 3 })
  .map((texts) => texts.map((text, i) => articleOf(`doc-${i}`, text)));
