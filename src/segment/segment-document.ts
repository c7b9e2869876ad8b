// The segment stage: sentences and tokens with [start, end) offsets into the original text, outside boilerplate.
import type { Span } from "../model/article.ts";
import type { CleanedArticle, SegmentedDocument, Sentence, Token } from "../model/document.ts";
import { normaliseText } from "./normalise-text.ts";
import { readWink } from "./wink.ts";

/** Lines are segmented one at a time: headlines and captions would otherwise glue onto the next sentence. */
function linesOutside(text: string, skip: readonly Span[]): Span[] {
  const out: Span[] = [];
  let start = 0;
  let s = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && text.charCodeAt(i) !== 10) continue;
    while (s < skip.length && (skip[s] as Span).end <= start) s++;
    const b = skip[s];
    const inside = b !== undefined && b.start <= start && b.end >= i;
    if (!inside && /\S/.test(text.slice(start, i))) out.push({ start, end: i });
    start = i + 1;
  }
  return out;
}

export function segmentDocument(cleaned: CleanedArticle): SegmentedDocument {
  const text = cleaned.article.text;
  const normalised = normaliseText(text);
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  for (const line of linesOutside(text, cleaned.boilerplate)) {
    const chunk = normalised.slice(line.start, line.end);
    const wink = readWink(chunk);
    let cursor = 0;
    const lineTokens: Array<Token | null> = wink.tokens.map((t) => {
      cursor += t.precedingSpaces.length;
      let at = chunk.startsWith(t.value, cursor) ? cursor : chunk.indexOf(t.value, cursor);
      if (at < 0) at = cursor;
      const end = Math.min(at + t.value.length, chunk.length);
      cursor = end;
      if (t.pos === "SPACE" || /^\s*$/.test(t.value)) return null;
      return { start: line.start + at, end: line.start + end, text: text.slice(line.start + at, line.start + end), pos: t.pos, sentence: -1 };
    });
    for (const [first, last] of wink.sentences) {
      const kept = lineTokens.slice(first, last + 1).filter((t): t is Token => t !== null);
      if (kept.length === 0) continue;
      const index = sentences.length;
      const caption = cleaned.captions.some((c) => c.start <= line.start && line.end <= c.end);
      const firstToken = tokens.length;
      for (const token of kept) tokens.push({ ...token, sentence: index });
      sentences.push({
        index,
        start: (kept[0] as Token).start,
        end: (kept[kept.length - 1] as Token).end,
        firstToken,
        endToken: tokens.length,
        caption,
      });
    }
  }
  return { ...cleaned, sentences, tokens };
}
