// A repeated sentence is found by its text first, but only a copy with the same layout and names counts as one.
import { describe, expect, it } from "vitest";
import type { Sentence, Token } from "../../src/model/document.ts";
import { AnalysedSentences, repeatKey } from "../../src/relate/repeated-sentences.ts";
import type { SentenceMention } from "../../src/relate/sentence-view.ts";

const TEXT = "Kim met Lee . Kim met Lee . Kim met Lee .";

function sentenceAt(index: number, start: number): { sentence: Sentence; words: Token[] } {
  const words = ["Kim", "met", "Lee", "."].map((w, k, all) => {
    const from = start + all.slice(0, k).reduce((n, x) => n + x.length + 1, 0);
    return { start: from, end: from + w.length, text: w, pos: k === 1 ? "VERB" : "PROPN", sentence: index } as Token;
  });
  const sentence = { index, start, end: start + 12, firstToken: index * 4, endToken: index * 4 + 4, caption: false } as Sentence;
  return { sentence, words };
}

const mention = (entity: string, first: number, start: number): SentenceMention => ({
  entity, kind: "person", demonym: false, label: entity, first, end: first + 1, start, endChar: start + 3,
});

describe("AnalysedSentences", () => {
  it("finds the earlier copy with the same key, and none when the names resolve differently", () => {
    const seen = new AnalysedSentences(TEXT);
    const a = sentenceAt(0, 0);
    const b = sentenceAt(1, 14);
    const c = sentenceAt(2, 28);
    const namedA = [mention("p:kim", 0, 0), mention("p:lee", 2, 8)];
    const namedB = [mention("p:kim", 0, 14), mention("p:lee", 2, 22)];
    const namedC = [mention("p:kim", 0, 28), mention("p:lee-2", 2, 36)];
    const quote = TEXT.slice(0, 12);
    expect(seen.find(quote, a.sentence, a.words, namedA)).toBeUndefined();
    seen.add(quote, { sentence: a.sentence, words: a.words, named: namedA, relations: [] });
    expect(repeatKey(TEXT, b.sentence, b.words, namedB)).toBe(repeatKey(TEXT, a.sentence, a.words, namedA));
    expect(seen.find(quote, b.sentence, b.words, namedB)?.sentence).toBe(a.sentence);
    expect(seen.find(quote, c.sentence, c.words, namedC)).toBeUndefined();
  });
});
