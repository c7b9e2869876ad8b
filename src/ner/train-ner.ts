// Training: a structured averaged perceptron (Collins 2002) with constrained Viterbi, on gold BILOU sequences.
import { createNerModel, packEntry } from "./create-ner-model.ts";
import { extractFeatures, IDENTITY_KEY_POSITIONS } from "./extract-features.ts";
import { seededRandom, shuffleInPlace } from "../shared/seeded-random.ts";
import { spansToTags, TAG_COUNT as IMPORTED_TAG_COUNT } from "./tags.ts";
import { resolveTrainSettings, type TrainSettings } from "./train-settings.ts";
import type { NerModel, TrainingSentence } from "./types.ts";
import { viterbi } from "./viterbi.ts";

// Imported bindings are read through getters under the tsx and vitest module transforms; module-level copies keep
// the hot loops below free of those calls.
const TAG_COUNT = IMPORTED_TAG_COUNT;

interface Example {
  n: number;
  rows: Int32Array;
  offsets: Int32Array;
  gold: Uint8Array;
}

/** Maps every feature to a row once, so epochs touch only typed arrays. */
function indexFeatures(sentences: TrainingSentence[], settings: TrainSettings): { examples: Example[]; rowKeys: Uint32Array } {
  const minCount = settings.minFeatureCount;
  const wordCounts = new Map<string, number>();
  for (const s of sentences) for (const w of s.words) wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
  const extracted = sentences.map((s) => {
    const { keys, offsets } = extractFeatures(s.words, s.gazetteer);
    const copy = keys.slice();
    s.words.forEach((word, i) => {
      if ((wordCounts.get(word) ?? 0) >= settings.rareWordCount) return;
      // 0 is never a real key: such entries are dropped below.
      for (const position of IDENTITY_KEY_POSITIONS) copy[(offsets[i] ?? 0) + position] = 0;
    });
    return { keys: copy, offsets: offsets.slice() };
  });
  const counts = new Map<number, number>();
  for (const { keys } of extracted) for (const key of keys) if (key !== 0) counts.set(key, (counts.get(key) ?? 0) + 1);
  const rowOf = new Map<number, number>();
  const rowKeys: number[] = [];
  for (const [key, count] of counts) {
    if (count < minCount) continue;
    rowOf.set(key, rowKeys.length);
    rowKeys.push(key);
  }
  const examples = extracted.map(({ keys, offsets }, index): Example => {
    const sentence = sentences[index] as TrainingSentence;
    const n = sentence.words.length;
    const rows: number[] = [];
    const kept = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) {
      kept[i] = rows.length;
      for (let f = offsets[i] ?? 0; f < (offsets[i + 1] ?? 0); f++) {
        const row = rowOf.get(keys[f] ?? 0);
        if (row !== undefined) rows.push(row);
      }
    }
    kept[n] = rows.length;
    return { n, rows: Int32Array.from(rows), offsets: kept, gold: spansToTags(n, sentence.spans) };
  });
  return { examples, rowKeys: Uint32Array.from(rowKeys) };
}

function scoreExample(example: Example, weights: Float64Array): Float64Array {
  const scores = new Float64Array(example.n * TAG_COUNT);
  for (let i = 0; i < example.n; i++) {
    const base = i * TAG_COUNT;
    for (let f = example.offsets[i] ?? 0; f < (example.offsets[i + 1] ?? 0); f++) {
      const from = (example.rows[f] ?? 0) * TAG_COUNT;
      for (let t = 0; t < TAG_COUNT; t++) scores[base + t] = (scores[base + t] ?? 0) + (weights[from + t] ?? 0);
    }
  }
  return scores;
}

/** Quantises averaged weights to int16 and drops rows that end up all zero. */
function quantise(rowKeys: Uint32Array, averaged: Float64Array, transitions: Float64Array, settings: TrainSettings) {
  let max = 0;
  for (const w of averaged) if (Math.abs(w) > max) max = Math.abs(w);
  const scale = max > 0 ? 32767 / max : 1;
  const keptKeys: number[] = [];
  const starts: number[] = [];
  const entries: number[] = [];
  for (let r = 0; r < rowKeys.length; r++) {
    const start = entries.length;
    for (let t = 0; t < TAG_COUNT; t++) {
      const w = averaged[r * TAG_COUNT + t] ?? 0;
      const q = Math.abs(w) < settings.pruneBelow ? 0 : Math.round(w * scale);
      if (q !== 0) entries.push(packEntry(q, t));
    }
    if (entries.length === start) continue;
    keptKeys.push(rowKeys[r] ?? 0);
    starts.push(start);
  }
  starts.push(entries.length);
  return {
    rowKeys: Uint32Array.from(keptKeys),
    rowStarts: Int32Array.from(starts),
    entries: Int32Array.from(entries),
    transitions: Float32Array.from(transitions, (w) => w * scale),
    scale,
  };
}

export function trainNer(sentences: TrainingSentence[], settings?: Partial<TrainSettings>): NerModel {
  const resolved = resolveTrainSettings(settings);
  const usable = sentences.filter((s) => s.words.length > 0);
  const { examples, rowKeys } = indexFeatures(usable, resolved);
  const size = rowKeys.length * TAG_COUNT;
  const weights = new Float64Array(size);
  // Sums of (time × update), for the lazy averaging trick: average = w − acc / time.
  const acc = new Float64Array(size);
  const transitions = new Float64Array((TAG_COUNT + 1) * TAG_COUNT);
  const transAcc = new Float64Array(transitions.length);
  const order = examples.map((_, i) => i);
  const random = seededRandom(resolved.seed);
  let time = 1;
  const bump = (w: Float64Array, a: Float64Array, index: number, delta: number): void => {
    w[index] = (w[index] ?? 0) + delta;
    a[index] = (a[index] ?? 0) + time * delta;
  };
  for (let epoch = 0; epoch < resolved.epochs; epoch++) {
    shuffleInPlace(order, random);
    for (const index of order) {
      const ex = examples[index] as Example;
      const predicted = viterbi(scoreExample(ex, weights), transitions, ex.n);
      for (let i = 0; i < ex.n; i++) {
        const gold = ex.gold[i] ?? 0;
        const guess = predicted[i] ?? 0;
        const goldPrev = i === 0 ? TAG_COUNT : (ex.gold[i - 1] ?? 0);
        const guessPrev = i === 0 ? TAG_COUNT : (predicted[i - 1] ?? 0);
        if (gold !== guess || goldPrev !== guessPrev) {
          bump(transitions, transAcc, goldPrev * TAG_COUNT + gold, 1);
          bump(transitions, transAcc, guessPrev * TAG_COUNT + guess, -1);
        }
        if (gold === guess) continue;
        for (let f = ex.offsets[i] ?? 0; f < (ex.offsets[i + 1] ?? 0); f++) {
          const from = (ex.rows[f] ?? 0) * TAG_COUNT;
          bump(weights, acc, from + gold, 1);
          bump(weights, acc, from + guess, -1);
        }
      }
      time++;
    }
  }
  for (let i = 0; i < size; i++) weights[i] = (weights[i] ?? 0) - (acc[i] ?? 0) / time;
  for (let i = 0; i < transitions.length; i++) transitions[i] = (transitions[i] ?? 0) - (transAcc[i] ?? 0) / time;
  const parts = quantise(rowKeys, weights, transitions, resolved);
  const trainingTokens = usable.reduce((sum, s) => sum + s.words.length, 0);
  return createNerModel({
    ...parts,
    info: {
      epochs: resolved.epochs,
      seed: resolved.seed,
      trainingSentences: usable.length,
      trainingTokens,
      ...(resolved.notes ? { notes: resolved.notes } : {}),
    },
  });
}
