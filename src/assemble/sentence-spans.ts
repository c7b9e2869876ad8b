// Each article's sentence offsets for node citations, packed as [start, end, start, end, ...] in one Int32Array:
// assembly needs them for every article at once, and a pair array per sentence cost about 64 bytes where this costs 8.
import type { Span } from "../model/article.ts";

export type SentenceSpans = Int32Array;

export function packSentenceSpans(sentences: readonly Span[]): SentenceSpans {
  const spans = new Int32Array(sentences.length * 2);
  sentences.forEach((s, i) => {
    spans[2 * i] = s.start;
    spans[2 * i + 1] = s.end;
  });
  return spans;
}

/** The [start, end) of sentence `index`, or undefined when there is no such sentence. */
export function sentenceSpan(spans: SentenceSpans, index: number): readonly [number, number] | undefined {
  if (!Number.isInteger(index) || index < 0 || 2 * index + 1 >= spans.length) return undefined;
  return [spans[2 * index] as number, spans[2 * index + 1] as number];
}
