// SentenceTable must treat two sentences as one key exactly when sentenceKey gives them equal keys.
import { describe, expect, it } from "vitest";
import type { Sentence, Token } from "../../src/model/document.ts";
import { sentenceKey } from "../../src/segment/sentence-key.ts";
import { SentenceTable } from "../../src/segment/sentence-table.ts";

function sentenceAt(text: string, start: number, layout: readonly [number, number, string][]): { sentence: Sentence; words: Token[] } {
  const words = layout.map(([s, e, pos]) => ({ start: start + s, end: start + e, text: text.slice(start + s, start + e), pos, sentence: 0 }));
  const end = start + Math.max(...layout.map(([, e]) => e));
  return { sentence: { index: 0, start, end, firstToken: 0, endToken: words.length, caption: false }, words };
}

describe("SentenceTable", () => {
  const text = "Ann met Bo. Ann met Bo. Ann met Bo. Annmet Bo.";
  const cases = [
    sentenceAt(text, 0, [[0, 3, "PROPN"], [4, 7, "VERB"], [8, 10, "PROPN"], [10, 11, "PUNCT"]]),
    // The same words and parts of speech elsewhere in the text: one key.
    sentenceAt(text, 12, [[0, 3, "PROPN"], [4, 7, "VERB"], [8, 10, "PROPN"], [10, 11, "PUNCT"]]),
    // Same text, one part of speech differs.
    sentenceAt(text, 24, [[0, 3, "PROPN"], [4, 7, "NOUN"], [8, 10, "PROPN"], [10, 11, "PUNCT"]]),
    // Same text, tokens cut differently.
    sentenceAt(text, 24, [[0, 3, "PROPN"], [4, 7, "VERB"], [8, 11, "PROPN"]]),
    // Different text.
    sentenceAt(text, 36, [[0, 6, "PROPN"], [7, 9, "PROPN"], [9, 10, "PUNCT"]]),
  ];

  it("finds a stored sentence exactly when sentenceKey and the variant agree", () => {
    const table = new SentenceTable<number>();
    cases.forEach(({ sentence, words }, i) => {
      for (const variant of [0, 1]) {
        const value = table.getOrAdd(text, sentence, words, variant, () => i * 2 + variant);
        const firstEqual = cases.findIndex((c) => sentenceKey(text, c.sentence, c.words) === sentenceKey(text, sentence, words));
        expect(value).toBe(firstEqual * 2 + variant);
      }
    });
  });
});
