// First-order Viterbi decoding under the BILOU constraints, so every output is a well-formed tag sequence.
import { ALLOWED_LAST as IMPORTED_ALLOWED_LAST, ALLOWED_PREVIOUS, TAG_COUNT as IMPORTED_TAG_COUNT } from "./tags.ts";

// Imported bindings are read through getters under the tsx and vitest module transforms; module-level copies keep
// the hot loops below free of those calls.
const TAG_COUNT = IMPORTED_TAG_COUNT;
const ALLOWED_LAST = IMPORTED_ALLOWED_LAST;

const ROWS = TAG_COUNT + 1;
/** 0 where a transition is legal and -Infinity where it is not, added to the learnt transition scores. */
const MASK = new Float64Array(ROWS * TAG_COUNT).fill(-Infinity);
ALLOWED_PREVIOUS.forEach((previous, next) => {
  for (const p of previous) MASK[p * TAG_COUNT + next] = 0;
});

/**
 * The decoder below is written for the shape of the BILOU constraints, which is what makes it fast: O and every
 * B and U ("openers") may follow exactly the nine tags that close an entity (O, every L, every U), and each type's
 * I and L may follow exactly that type's B and I. Checked here, so a change to tags.ts cannot decode wrongly.
 */
const CLOSING = Int32Array.from((ALLOWED_PREVIOUS[0] ?? []).filter((p) => p !== TAG_COUNT));
const OPENERS = Int32Array.from(ALLOWED_PREVIOUS.flatMap((previous, t) => (previous.includes(TAG_COUNT) ? [t] : [])));
const TYPES = (TAG_COUNT - 1) / 4;
function checkShape(): void {
  const same = (a: ArrayLike<number>, b: readonly number[]): boolean => a.length === b.length && b.every((x, i) => a[i] === x);
  let ok = CLOSING.length === 9 && OPENERS.length === 9 && Number.isInteger(TYPES);
  ALLOWED_PREVIOUS.forEach((previous, t) => {
    const within = (t - 1) & 3; // 0 B, 1 I, 2 L, 3 U
    const b = t - within;
    if (t === 0 || within === 0 || within === 3) ok &&= same(previous, [...CLOSING, TAG_COUNT]);
    else ok &&= same(previous, [b, b + 1]);
  });
  if (!ok) throw new Error("viterbi: the tag set no longer has the BILOU shape this decoder is written for");
}
checkShape();
/** The scores of the nine closing tags at the previous token, in CLOSING order. */
const closingScores = new Float64Array(9);

// Scratch reused between calls (decoding is synchronous, so nothing else can see it).
let score = new Float64Array(0);
let back = new Uint8Array(0);

/** Transition scores rearranged for the decoder: computing them costs about as much as decoding a short sentence. */
export interface ViterbiWeights {
  /** Learnt scores plus MASK, (TAG_COUNT + 1) × TAG_COUNT; the last row is the sentence start. */
  readonly combined: Float64Array;
  /** combined[CLOSING[j] * TAG_COUNT + OPENERS[k]] at k * 9 + j. */
  readonly openerWeights: Float64Array;
  /** Per type x: B→I, I→I, B→L, I→L at 4x .. 4x + 3. */
  readonly innerWeights: Float64Array;
  /** Per opener k, the largest of openerWeights[k * 9 + j] over the closing tags other than O (j ≥ 1). */
  readonly openerBound: Float64Array;
}

/** Rearranges `transitions`, (TAG_COUNT + 1) × TAG_COUNT scores whose last row scores the first tag of a sentence. */
export function viterbiWeights(transitions: ArrayLike<number>): ViterbiWeights {
  const combined = new Float64Array(ROWS * TAG_COUNT);
  const openerWeights = new Float64Array(81);
  const innerWeights = new Float64Array(4 * TYPES);
  for (let i = 0; i < combined.length; i++) combined[i] = (transitions[i] ?? 0) + (MASK[i] ?? 0);
  for (let k = 0; k < 9; k++) {
    for (let j = 0; j < 9; j++) openerWeights[k * 9 + j] = combined[(CLOSING[j] ?? 0) * TAG_COUNT + (OPENERS[k] ?? 0)] ?? 0;
  }
  for (let x = 0; x < TYPES; x++) {
    const b = 1 + 4 * x;
    innerWeights[4 * x] = combined[b * TAG_COUNT + b + 1] ?? 0;
    innerWeights[4 * x + 1] = combined[(b + 1) * TAG_COUNT + b + 1] ?? 0;
    innerWeights[4 * x + 2] = combined[b * TAG_COUNT + b + 2] ?? 0;
    innerWeights[4 * x + 3] = combined[(b + 1) * TAG_COUNT + b + 2] ?? 0;
  }
  const openerBound = new Float64Array(9).fill(-Infinity);
  for (let k = 0; k < 9; k++) {
    for (let j = 1; j < 9; j++) openerBound[k] = Math.max(openerBound[k] ?? 0, openerWeights[k * 9 + j] ?? 0);
  }
  return { combined, openerWeights, innerWeights, openerBound };
}

/**
 * `emissions` holds n × TAG_COUNT scores; `transitions` (TAG_COUNT + 1) × TAG_COUNT, whose last row scores the
 * first tag of the sentence. Ties go to the lower tag index, which keeps decoding deterministic. Callers that decode
 * many sentences with the same transitions should prepare them once and call viterbiDecode.
 */
export function viterbi(emissions: Float64Array, transitions: ArrayLike<number>, n: number): Uint8Array {
  return viterbiDecode(emissions, viterbiWeights(transitions), n);
}

/** viterbi() with transitions prepared by viterbiWeights. */
export function viterbiDecode(emissions: Float64Array, weights: ViterbiWeights, n: number): Uint8Array {
  const tags = new Uint8Array(n);
  if (n === 0) return tags;
  if (score.length < n * TAG_COUNT) {
    score = new Float64Array(n * TAG_COUNT * 2);
    back = new Uint8Array(n * TAG_COUNT * 2);
  }
  const { combined, openerWeights, openerBound, innerWeights } = weights;
  const startRow = TAG_COUNT * TAG_COUNT;
  for (let t = 0; t < TAG_COUNT; t++) score[t] = (emissions[t] ?? 0) + (combined[startRow + t] ?? 0);
  for (let i = 1; i < n; i++) {
    const base = i * TAG_COUNT;
    const prevBase = base - TAG_COUNT;
    // Each candidate predecessor is tried in ascending tag order and replaces the best only when strictly better,
    // so ties go to the lower tag exactly as a loop over the legal predecessors would. Plain loops rather than
    // unrolled ones: the engine compiles this function while the first sentences are decoded, and a small body
    // is ready sooner.
    const fromO = score[prevBase + (CLOSING[0] ?? 0)] ?? 0;
    let otherBest = -Infinity;
    for (let j = 1; j < 9; j++) {
      const c = score[prevBase + (CLOSING[j] ?? 0)] ?? 0;
      closingScores[j] = c;
      if (c > otherBest) otherBest = c;
    }
    closingScores[0] = fromO;
    for (let k = 0; k < 9; k++) {
      const o = k * 9;
      const t = OPENERS[k] ?? 0;
      const s0 = fromO + (openerWeights[o] ?? 0);
      // No other closing tag can beat O here when even the best of their scores plus the best of their weights
      // does not: rounding is monotonic, so each of their sums is at most that one, and a tie keeps O. This holds
      // at most tokens, where no entity ending just before comes close.
      if (otherBest + (openerBound[k] ?? 0) <= s0) {
        score[base + t] = s0 + (emissions[base + t] ?? 0);
        back[base + t] = CLOSING[0] ?? 0;
        continue;
      }
      let best = -Infinity;
      let arg = 0;
      for (let j = 0; j < 9; j++) {
        const s = (closingScores[j] ?? 0) + (openerWeights[o + j] ?? 0);
        if (s > best) {
          best = s;
          arg = j;
        }
      }
      score[base + t] = best + (emissions[base + t] ?? 0);
      back[base + t] = CLOSING[arg] ?? 0;
    }
    for (let x = 0; x < TYPES; x++) {
      const b = 1 + 4 * x;
      const sb = score[prevBase + b] ?? 0;
      const si = score[prevBase + b + 1] ?? 0;
      let best = -Infinity;
      let arg = 0;
      let s = sb + (innerWeights[4 * x] ?? 0);
      if (s > best) { best = s; arg = b; }
      s = si + (innerWeights[4 * x + 1] ?? 0);
      if (s > best) { best = s; arg = b + 1; }
      score[base + b + 1] = best + (emissions[base + b + 1] ?? 0);
      back[base + b + 1] = arg;
      best = -Infinity;
      arg = 0;
      s = sb + (innerWeights[4 * x + 2] ?? 0);
      if (s > best) { best = s; arg = b; }
      s = si + (innerWeights[4 * x + 3] ?? 0);
      if (s > best) { best = s; arg = b + 1; }
      score[base + b + 2] = best + (emissions[base + b + 2] ?? 0);
      back[base + b + 2] = arg;
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
