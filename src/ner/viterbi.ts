// First-order Viterbi decoding under the BILOU constraints, so every output is a well-formed tag sequence.
import { ALLOWED_LAST, ALLOWED_PREVIOUS, TAG_COUNT } from "./tags.ts";

/**
 * `emissions` holds n × TAG_COUNT scores; `transitions` (TAG_COUNT + 1) × TAG_COUNT, whose last row scores the
 * first tag of the sentence. Ties go to the lower tag index, which keeps decoding deterministic.
 */
export function viterbi(
  emissions: Float64Array,
  transitions: ArrayLike<number>,
  n: number,
): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  const score = new Float64Array(n * TAG_COUNT);
  const back = new Uint8Array(n * TAG_COUNT);
  const startRow = TAG_COUNT * TAG_COUNT;
  for (let t = 0; t < TAG_COUNT; t++) {
    const previous = ALLOWED_PREVIOUS[t];
    const fromStart = previous !== undefined && previous[previous.length - 1] === TAG_COUNT;
    score[t] = fromStart ? (emissions[t] ?? 0) + (transitions[startRow + t] ?? 0) : -Infinity;
  }
  for (let i = 1; i < n; i++) {
    const base = i * TAG_COUNT;
    const prevBase = base - TAG_COUNT;
    for (let t = 0; t < TAG_COUNT; t++) {
      const previous = ALLOWED_PREVIOUS[t] ?? new Int32Array(0);
      let best = -Infinity;
      let arg = 0;
      for (let j = 0; j < previous.length; j++) {
        const p = previous[j] ?? 0;
        if (p === TAG_COUNT) continue;
        const s = (score[prevBase + p] ?? -Infinity) + (transitions[p * TAG_COUNT + t] ?? 0);
        if (s > best) {
          best = s;
          arg = p;
        }
      }
      score[base + t] = best + (emissions[base + t] ?? 0);
      back[base + t] = arg;
    }
  }
  const lastBase = (n - 1) * TAG_COUNT;
  let best = -Infinity;
  let arg = 0;
  for (let t = 0; t < TAG_COUNT; t++) {
    const s = score[lastBase + t] ?? -Infinity;
    if (ALLOWED_LAST[t] && s > best) {
      best = s;
      arg = t;
    }
  }
  for (let i = n - 1; i >= 0; i--) {
    tags[i] = arg;
    arg = back[i * TAG_COUNT + arg] ?? 0;
  }
  return tags;
}
