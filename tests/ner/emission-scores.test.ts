// The tagger's scores must equal the plain sum over every feature key extractFeatures gives a token: its per-word
// caches (own features, neighbour roles, pads) are only a faster way to the same whole-number sums.
import { describe, expect, it } from "vitest";
import { extractFeatures } from "../../src/ner/extract-features.ts";
import { emissionScores, findEntries } from "../../src/ner/tag-sentence.ts";
import { loadDefaultNerModel } from "../../src/ner/load-model-node.ts";
import { decodeNerModel, encodeNerModel } from "../../src/ner/index.ts";
import { MEMO_LIMIT } from "../../src/ner/word-sums.ts";
import type { NerModel } from "../../src/ner/index.ts";

function referenceScores(model: NerModel, words: readonly string[], gazetteer?: readonly (string | null)[]): Float64Array {
  const { keys, offsets } = extractFeatures(words, gazetteer);
  const scores = new Float64Array(words.length * model.tagCount);
  for (let i = 0; i < words.length; i++) {
    for (let f = offsets[i] ?? 0; f < (offsets[i + 1] ?? 0); f++) {
      const where = findEntries(model.table, keys[f] ?? 0);
      for (let e = where >>> 5; e < (where >>> 5) + (where & 31); e++) {
        const entry = model.entries[e] ?? 0;
        const at = i * model.tagCount + (entry & 31);
        scores[at] = (scores[at] ?? 0) + (entry >> 5);
      }
    }
  }
  return scores;
}

const SENTENCES: readonly (readonly string[])[] = [
  ["Hello"],
  ["Mr", "Smith"],
  ["Lena", "Varga", "said", "."],
  "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Moscow .".split(" "),
  "UN SAYS AID REACHED ALEPPO".split(" "),
  "The Harbour Trust , based in Lisbon , hired Tomas Berg-Olsen on 3 May 2020 .".split(" "),
  "Çavuşoğlu visited İstanbul and Kraków".split(" "),
  // The same words again, so the second reading comes from the per-word cache.
  "Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Moscow .".split(" "),
];

describe("tagger emission scores", () => {
  const model = loadDefaultNerModel();

  it("equal the sum of every feature's weights, with and without a gazetteer", () => {
    for (const words of SENTENCES) {
      expect(Array.from(emissionScores(model, words))).toEqual(Array.from(referenceScores(model, words)));
      const gazetteer = words.map((w, i) => (/^\p{Lu}/u.test(w) ? (i % 2 === 0 ? "LOC-B" : "PER-I") : null));
      expect(Array.from(emissionScores(model, words, gazetteer))).toEqual(Array.from(referenceScores(model, words, gazetteer)));
    }
  });

  it("stay equal after the per-word memo fills up and starts again", () => {
    // A copy of the model, so this memo starts empty and the shared model's is left alone.
    const copy = decodeNerModel(encodeNerModel(model));
    const words = "Lena Varga met officials of the Harbour Trust in Lisbon on Monday .".split(" ");
    expect(Array.from(emissionScores(copy, words))).toEqual(Array.from(referenceScores(copy, words)));
    const filler: string[] = [];
    for (let i = 0; i <= MEMO_LIMIT; i++) filler.push(`w${i.toString(36)}`);
    for (let i = 0; i < filler.length; i += 50) emissionScores(copy, filler.slice(i, i + 50));
    for (const sentence of [words, ...SENTENCES]) {
      expect(Array.from(emissionScores(copy, sentence))).toEqual(Array.from(referenceScores(copy, sentence)));
    }
  });

  it("are the same for a sentence longer than any before it", () => {
    const long = Array.from({ length: 300 }, (_, i) => (i % 7 === 0 ? "Varga" : i % 5 === 0 ? "Lisbon" : `word${i % 40}`));
    expect(Array.from(emissionScores(model, long))).toEqual(Array.from(referenceScores(model, long)));
  });
});
