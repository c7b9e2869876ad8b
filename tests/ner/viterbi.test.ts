// The decoder (its loops and its shortcut when no entity ending just before can beat O) must pick exactly what a plain loop over each tag's legal predecessors picks, ties included.
import { describe, expect, it } from "vitest";
import { ALLOWED_LAST, ALLOWED_PREVIOUS, TAG_COUNT } from "../../src/ner/tags.ts";
import { viterbi, viterbiDecode, viterbiWeights } from "../../src/ner/viterbi.ts";
import { seededRandom } from "../../src/shared/seeded-random.ts";

function referenceViterbi(emissions: Float64Array, transitions: ArrayLike<number>, n: number): Uint8Array {
  const T = TAG_COUNT;
  const score = new Float64Array(n * T).fill(-Infinity);
  const back = new Uint8Array(n * T);
  const weight = (p: number, t: number): number => (ALLOWED_PREVIOUS[t]?.includes(p) ? (transitions[p * T + t] ?? 0) : -Infinity);
  for (let t = 0; t < T; t++) score[t] = (emissions[t] ?? 0) + weight(T, t);
  for (let i = 1; i < n; i++) {
    for (let t = 0; t < T; t++) {
      let best = -Infinity;
      let arg = 0;
      for (let p = 0; p < T; p++) {
        if (!ALLOWED_PREVIOUS[t]?.includes(p)) continue;
        const s = (score[(i - 1) * T + p] ?? 0) + weight(p, t);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[i * T + t] = best + (emissions[i * T + t] ?? 0);
      back[i * T + t] = arg;
    }
  }
  let arg = 0;
  let best = -Infinity;
  for (let t = 0; t < T; t++) {
    const s = score[(n - 1) * T + t] ?? -Infinity;
    if (ALLOWED_LAST[t] && s > best) {
      best = s;
      arg = t;
    }
  }
  const tags = new Uint8Array(n);
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = arg;
    arg = back[i * T + arg] ?? 0;
  }
  return tags;
}

describe("viterbi", () => {
  it("decodes like a plain loop over legal predecessors, on random scores with many ties", () => {
    const random = seededRandom(11);
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + Math.floor(random() * 12);
      // Few distinct values, so equal path scores (ties) are common.
      const emissions = Float64Array.from({ length: n * TAG_COUNT }, () => Math.floor(random() * 4) - 2);
      const transitions = Float32Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, () => Math.floor(random() * 3) - 1);
      expect(Array.from(viterbi(emissions, transitions, n))).toEqual(Array.from(referenceViterbi(emissions, transitions, n)));
    }
  });

  it("decodes like a plain loop on fractional scores of very different sizes", () => {
    const random = seededRandom(13);
    for (let trial = 0; trial < 300; trial++) {
      const n = 1 + Math.floor(random() * 20);
      const size = 10 ** Math.floor(random() * 6);
      const emissions = Float64Array.from({ length: n * TAG_COUNT }, () => (random() - 0.7) * size);
      const transitions = Float32Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, () => (random() - 0.5) * size * 0.3);
      expect(Array.from(viterbi(emissions, transitions, n))).toEqual(Array.from(referenceViterbi(emissions, transitions, n)));
    }
  });

  it("decodes the same with transitions prepared once and reused across sentences", () => {
    const random = seededRandom(12);
    const transitions = Float32Array.from({ length: (TAG_COUNT + 1) * TAG_COUNT }, () => Math.floor(random() * 5) - 2);
    const prepared = viterbiWeights(transitions);
    for (let trial = 0; trial < 100; trial++) {
      const n = 1 + Math.floor(random() * 12);
      const emissions = Float64Array.from({ length: n * TAG_COUNT }, () => Math.floor(random() * 4) - 2);
      expect(Array.from(viterbiDecode(emissions, prepared, n))).toEqual(Array.from(referenceViterbi(emissions, transitions, n)));
    }
  });
});
