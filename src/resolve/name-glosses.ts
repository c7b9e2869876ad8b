// Glosses in brackets after a name, in the style of encyclopaedias and wire copy: "Jabhat al-Nur (Arabic: <Arabic
// script> Jabhat an-Nūr, "Front of Light")". The transliteration and the translation are names of the same thing
// in other words, so each becomes a mention of it, as a designation in brackets does.
import type { Span } from "../model/article.ts";
import type { Token } from "../model/document.ts";
import type { Mention } from "../model/mention.ts";
import type { Designation } from "./designations.ts";

/** "(Arabic:", "(Modern Hebrew:": one or two capitalised words and a colon open a gloss. */
const LANGUAGE_LABEL = /^\(\s*\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+)?\s*:/u;
/** How far a gloss may run before its closing bracket: longer brackets are asides, not glosses. */
const DEFAULT_MAX_GLOSS_CHARS = 240;
/** Labels inside a gloss that introduce a transliteration or a translation ("romanized:", "lit."). */
const INNER_LABEL = /^(?:romani[sz]ed|transliterated|translit\.?|literally|lit\.?|meaning|also)\s*:?\s*/i;
/** A pronunciation is not a name. */
const PRONUNCIATION = /^(?:IPA|pronounced)\b/i;
/** Quotes around a translation, doubled ones included (""Front of Light"" in text exported through CSV). */
const QUOTE = /["'“‘”’]/;
/** A name in Latin script: a capital first, no letters of another script, a few words at most. */
const LATIN_NAME = /^\p{Lu}[\p{Script=Latin}\p{M}\s'’ʼʻ.\-]*$/u;
const OTHER_SCRIPT_LETTER = /[^\P{L}\p{Script=Latin}]/u;
/** Direction marks and spaces around script changes. */
const EDGE = /[\s\u200e\u200f]/;
const DEFAULT_MAX_NAME_WORDS = 8;

/** Splits a gloss at commas and semicolons outside quotes, keeping each part's offset. */
function parts(inner: string, offset: number): Span[] {
  const out: Span[] = [];
  let quote = false;
  let from = 0;
  for (let i = 0; i <= inner.length; i++) {
    const c = inner[i];
    if (c === '"' || c === "“" || c === "”") quote = !quote;
    if (i === inner.length || (!quote && (c === "," || c === ";"))) {
      out.push({ start: offset + from, end: offset + i });
      from = i + 1;
    }
  }
  return out;
}

/** Narrows `span` of `text` past characters matching `edge` at either end. */
function trim(text: string, span: Span, edge: RegExp): Span {
  let { start, end } = span;
  while (start < end && edge.test(text[start] as string)) start++;
  while (end > start && edge.test(text[end - 1] as string)) end--;
  return { start, end };
}

/** The span of a name in one part of a gloss, or null when the part names nothing. */
function nameIn(text: string, part: Span, first: boolean): Span | null {
  let span = trim(text, part, EDGE);
  let s = text.slice(span.start, span.end);
  if (PRONUNCIATION.test(s)) return null;
  const label = INNER_LABEL.exec(s);
  if (label) span = { start: span.start + label[0].length, end: span.end };
  span = trim(text, trim(text, span, QUOTE), EDGE);
  s = text.slice(span.start, span.end);
  // The first part is the name as written in its own script, often followed by its transliteration: keep what
  // follows the last letter of another script.
  if (first) {
    let cut = -1;
    for (let i = 0; i < s.length; i++) if (OTHER_SCRIPT_LETTER.test(s[i] as string)) cut = i;
    if (cut >= 0) span = trim(text, { start: span.start + cut + 1, end: span.end }, EDGE);
    s = text.slice(span.start, span.end);
  }
  if (!LATIN_NAME.test(s) || s.split(/\s+/).length > DEFAULT_MAX_NAME_WORDS) return null;
  return span;
}

/**
 * The names glossed in brackets that open at or after `from` (spaces between allowed): the transliteration and the
 * translation, in text order. Empty when no gloss follows.
 */
export function glossedNames(text: string, from: number): Span[] {
  let open = from;
  while (open < text.length && (text[open] === " " || text[open] === "\u00a0")) open++;
  const head = LANGUAGE_LABEL.exec(text.slice(open, open + 40));
  if (!head) return [];
  const close = text.indexOf(")", open);
  const nested = text.indexOf("(", open + 1);
  if (close < 0 || close - open > DEFAULT_MAX_GLOSS_CHARS || (nested >= 0 && nested < close)) return [];
  const innerStart = open + head[0].length;
  const inner = text.slice(innerStart, close);
  // "(Source: Reuters)" has the shape of a gloss too: only another script, a transliteration's or translation's
  // label, or a quoted translation shows the brackets give the name in another language.
  if (!OTHER_SCRIPT_LETTER.test(inner) && !/(?:^|[,;]\s*)(?:romani[sz]ed|transliterated|translit|lit\.|literally)/i.test(inner) && !/["“‘]/.test(inner)) return [];
  return parts(inner, innerStart)
    .map((p, i) => nameIn(text, p, i === 0))
    .filter((s): s is Span => s !== null && s.end > s.start);
}

/** Index of the first token ending after `start`, and one past the last token starting before `end`. */
function tokenRange(tokens: readonly Token[], span: Span, lo: number): [number, number] {
  let first = lo;
  while (first < tokens.length && (tokens[first] as Token).end <= span.start) first++;
  let end = first;
  while (end < tokens.length && (tokens[end] as Token).start < span.end) end++;
  return [first, end];
}

/** New mentions of each actor for the names glossed after it, with the reason the text states them. */
export function findGlosses(text: string, tokens: readonly Token[], mentions: readonly Mention[]): Designation[] {
  const out: Designation[] = [];
  for (const m of mentions) {
    if (m.demonym || text[m.end] === undefined) continue;
    for (const span of glossedNames(text, m.end)) {
      const [firstToken, endToken] = tokenRange(tokens, span, m.endToken);
      if (endToken <= firstToken) continue;
      out.push({
        of: m,
        reason: "stated",
        mention: {
          id: `${m.article}#${span.start}`, article: m.article, sentence: m.sentence, firstToken, endToken,
          start: span.start, end: span.end, surface: text.slice(span.start, span.end), kind: m.kind, coarse: m.coarse,
          demonym: false, source: "gloss",
        },
      });
    }
  }
  return out;
}
