// The in-place modality reading agrees with the one over copied words, for every span of a few sentences.
import { describe, expect, it } from "vitest";
import { modalityBetween, modalityOf } from "../../src/relate/modality.ts";

const SENTENCES = [
  "Turkey reportedly backed the rebels , officials said .",
  "Russia did not attack Ukraine and Iran might support Syria .",
  "The talks between Israel and Egypt were allegedly possible .",
  "Nobody denied that Peru could hold talks with Chile .",
  "Chile is set to meet Peru and Bolivia has been waiting to join them .",
];

describe("modalityBetween", () => {
  it("reads the same modality as modalityOf over the same words", () => {
    for (const sentence of SENTENCES) {
      const words = sentence.split(" ");
      const lower = words.map((w) => w.toLowerCase());
      for (let from = -2; from <= words.length; from++) {
        for (let to = Math.max(0, from); to <= words.length + 2; to++) {
          expect(modalityBetween(lower, from, to)).toEqual(modalityOf(words.slice(Math.max(0, from), to)));
        }
      }
    }
  });
});
