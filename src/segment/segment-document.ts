// The segment stage: sentences and tokens with [start, end) offsets into the original text, outside boilerplate.
import type { Span } from "../model/article.ts";
import type { CleanedArticle, SegmentedDocument, Sentence, Token } from "../model/document.ts";
import { memoByKey } from "../shared/memo.ts";
import { normaliseText } from "./normalise-text.ts";
import { readWink, type WinkDocument } from "./wink.ts";

/**
 * Longest piece of text handed to wink-nlp at once. A scraped page can be one 20 MB line; wink holds a whole
 * document's tokens in memory, so such a line is cut at sentence ends into pieces of about this size.
 */
export const DEFAULT_MAX_CHUNK = 16_384;

/**
 * Most tokens in one sentence. wink ends sentences at punctuation, so a scraped list of names with none ("A, B, C,
 * ...") comes back as one "sentence" of thousands of tokens, whose quote every citation would repeat and whose names
 * would all be co-mentioned. Longer runs are cut after a comma or semicolon (else anywhere) into sentences of at most
 * this many tokens; real news sentences are far shorter.
 */
export const DEFAULT_MAX_SENTENCE_TOKENS = 200;

const NEWLINE = 10;

/**
 * Lines are segmented one at a time: headlines and captions would otherwise glue onto the next sentence. A line is
 * skipped when a boilerplate range covers its visible text; comparing the visible text, not the raw line, matters for
 * CRLF files, where the clean stage's ranges end before the "\r".
 */
export function linesOutside(text: string, skip: readonly Span[]): Span[] {
  const out: Span[] = [];
  let start = 0;
  let s = 0;
  let first = -1;
  let last = -1;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : NEWLINE;
    if (code !== NEWLINE) {
      // Tracked per character rather than by a regex over the line, so long lines cost one pass.
      if (!isSpace(code)) {
        if (first < 0) first = i;
        last = i + 1;
      }
      continue;
    }
    if (first >= 0) {
      while (s < skip.length && (skip[s] as Span).end <= first) s++;
      const b = skip[s];
      const inside = b !== undefined && b.start <= first && b.end >= last;
      if (!inside) out.push({ start, end: i });
    }
    start = i + 1;
    first = -1;
    last = -1;
  }
  return out;
}

/** Same as /^\s*$/.test(value); a token that starts with a visible ASCII character needs no regex. */
function isBlank(value: string): boolean {
  const code = value.length > 0 ? value.charCodeAt(0) : 32;
  if (code > 32 && code < 127) return false;
  return /^\s*$/.test(value);
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 12 || code === 11 || code === 0xa0 || (code >= 0x2000 && code <= 0x200b) || code === 0x3000 || code === 0xfeff;
}

/**
 * Cuts a line longer than `max` into pieces that end after sentence punctuation and whitespace, so each wink call
 * stays small. A line with no such place is cut at whitespace, and as a last resort anywhere (never inside a
 * surrogate pair). Short lines come back whole.
 */
export function splitLongLine(text: string, line: Span, max: number = DEFAULT_MAX_CHUNK): Span[] {
  if (line.end - line.start <= max) return [line];
  const out: Span[] = [];
  let start = line.start;
  while (line.end - start > max) {
    const limit = start + max;
    let cut = -1;
    let space = -1;
    // Scan back from the limit; only this window is read, so the whole line costs linear time.
    for (let i = limit; i > start + max / 2; i--) {
      const code = text.charCodeAt(i - 1);
      if (isSpace(code)) {
        if (space < 0) space = i;
        const before = text.charCodeAt(i - 2);
        if (before === 46 || before === 33 || before === 63) {
          cut = i;
          break;
        }
      }
    }
    if (cut < 0) cut = space;
    if (cut < 0) {
      cut = limit;
      const code = text.charCodeAt(cut - 1);
      if (code >= 0xd800 && code <= 0xdbff) cut--;
    }
    out.push({ start, end: cut });
    start = cut;
  }
  out.push({ start, end: line.end });
  return out;
}

export function segmentDocument(cleaned: CleanedArticle): SegmentedDocument {
  const text = cleaned.article.text;
  const normalised = normaliseText(text);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  // wink's output is a function of the text alone (wink.ts), so a line or piece that repeats, as a scraped page's
  // "Share this" or a pasted paragraph does, is read once.
  const read = memoByKey(readWink);
  let c = 0;
  for (const line of linesOutside(text, cleaned.boilerplate)) {
    // Captions are sorted and lines come in order, so one cursor finds each line's caption in linear time.
    while (c < cleaned.captions.length && (cleaned.captions[c] as Span).end < line.end) c++;
    const captionSpan = cleaned.captions[c];
    const caption = captionSpan !== undefined && captionSpan.start <= line.start && line.end <= captionSpan.end;
    for (const piece of splitLongLine(text, line)) segmentPiece(text, normalised, piece, caption, sentences, tokens, read);
  }
  return { ...cleaned, sentences, tokens };
}

function segmentPiece(
  text: string, normalised: string, line: Span, caption: boolean, sentences: Sentence[], tokens: Token[], read: (text: string) => WinkDocument,
): void {
  const chunk = normalised.slice(line.start, line.end);
  const wink = read(chunk);
  let cursor = 0;
  const lineTokens: Array<Token | null> = new Array<Token | null>(wink.values.length);
  // A plain loop rather than map with a closure: this runs once per token of the corpus.
  for (let i = 0; i < wink.values.length; i++) {
    const value = wink.values[i] as string;
    cursor += (wink.spaces[i] ?? "").length;
    // wink returns tokens as written, so the token is almost always at the cursor. When it is not, search only a
    // short window: an unbounded indexOf would rescan the rest of a long line for every such token.
    let at = cursor;
    if (!chunk.startsWith(value, cursor)) {
      const near = chunk.slice(cursor, cursor + value.length + 64).indexOf(value);
      if (near >= 0) at = cursor + near;
    }
    const end = Math.min(at + value.length, chunk.length);
    cursor = end;
    const pos = wink.pos[i] ?? "X";
    lineTokens[i] = pos === "SPACE" || isBlank(value) ? null : { start: line.start + at, end: line.start + end, text: text.slice(line.start + at, line.start + end), pos, sentence: -1 };
  }
  for (const [first, last] of wink.sentences) {
    const kept: Token[] = [];
    for (let k = first; k <= last; k++) {
      const token = lineTokens[k];
      if (token) kept.push(token);
    }
    for (const part of boundedSentences(kept)) addSentence(part, caption, sentences, tokens);
  }
}

/** A sentence's tokens, cut into runs of at most `max` tokens after a comma or semicolon when it is longer. */
export function boundedSentences(kept: Token[], max: number = DEFAULT_MAX_SENTENCE_TOKENS): Token[][] {
  if (kept.length <= max) return [kept];
  const parts: Token[][] = [];
  let start = 0;
  while (kept.length - start > max) {
    let cut = start + max;
    // Scan back over the second half of the window only: linear in the sentence.
    for (let i = start + max; i > start + max / 2; i--) {
      const text = (kept[i - 1] as Token).text;
      if (text === "," || text === ";") {
        cut = i;
        break;
      }
    }
    parts.push(kept.slice(start, cut));
    start = cut;
  }
  parts.push(kept.slice(start));
  return parts;
}

function addSentence(kept: Token[], caption: boolean, sentences: Sentence[], tokens: Token[]): void {
  if (kept.length === 0) return;
  const index = sentences.length;
  const firstToken = tokens.length;
  // The tokens are fresh objects of this piece, so they are numbered in place rather than copied.
  for (const token of kept) {
    token.sentence = index;
    tokens.push(token);
  }
  sentences.push({
    index,
    start: (kept[0] as Token).start,
    end: (kept[kept.length - 1] as Token).end,
    firstToken,
    endToken: tokens.length,
    caption,
  });
}
