// Packed sentence offsets read back as the pairs they were made from, and a sentence that is not there reads as
// missing rather than as a neighbour's offsets.
import { describe, expect, it } from "vitest";
import { packSentenceSpans, sentenceSpan } from "../../src/assemble/sentence-spans.ts";

describe("packSentenceSpans / sentenceSpan", () => {
  it("reads back each sentence's [start, end)", () => {
    const spans = packSentenceSpans([{ start: 0, end: 12 }, { start: 13, end: 40 }]);
    expect(sentenceSpan(spans, 0)).toEqual([0, 12]);
    expect(sentenceSpan(spans, 1)).toEqual([13, 40]);
  });

  it("gives undefined for an index outside the article", () => {
    const spans = packSentenceSpans([{ start: 0, end: 12 }]);
    for (const index of [-1, 1, 0.5, Number.NaN]) expect(sentenceSpan(spans, index)).toBeUndefined();
    expect(sentenceSpan(packSentenceSpans([]), 0)).toBeUndefined();
  });
});
