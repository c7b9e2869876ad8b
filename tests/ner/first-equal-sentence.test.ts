// Repeated sentences are tagged once: which sentences count as repeats.
import { describe, expect, it } from "vitest";
import { firstEqualSentence } from "../../src/ner/first-equal-sentence.ts";

describe("firstEqualSentence", () => {
  it("points each sentence at the first one with the same words and flags", () => {
    const first = firstEqualSentence([
      { words: ["Ann", "met", "Bo"] },
      { words: ["Ann", "met", "Bo"], gazetteer: [null, null, "PER-B"] },
      { words: ["Ann", "met", "Bo"] },
      // A missing flag and an empty one are the same to the tagger.
      { words: ["Ann", "met", "Bo"], gazetteer: ["", null, "PER-B"] },
      { words: ["Ann", "met", "Bo"], gazetteer: [null, null, "LOC-B"] },
      // The same characters cut into other words.
      { words: ["Annmet", "Bo"] },
      { words: ["Ann", "metBo"] },
      { words: [] },
      { words: [] },
    ]);
    expect(Array.from(first)).toEqual([0, 1, 0, 1, 4, 5, 6, 7, 7]);
  });
});
