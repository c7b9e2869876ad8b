// The NER tagger's public data types: the model, its output spans and its training input.
import type { CoarseType } from "../model/ontology.ts";

export type NerType = CoarseType;

/** A recognised name: token indices into the sentence, `end` exclusive. */
export interface TaggedSpan {
  first: number;
  end: number;
  type: NerType;
}

/** One tokenised sentence with its gold names, the unit the trainer learns from. */
export interface TrainingSentence {
  words: readonly string[];
  spans: readonly TaggedSpan[];
  /** Optional per-token gazetteer flags (e.g. "LOC-B"); must be built out of fold for training data. */
  gazetteer?: readonly (string | null)[];
}

export interface TrainingDocument {
  sentences: TrainingSentence[];
}

/** Free-form facts about how a model was made, stored in the model file. */
export interface NerModelInfo {
  epochs: number;
  seed: number;
  trainingSentences: number;
  trainingTokens: number;
  /** Any caller-supplied notes (e.g. the corpus name). */
  notes?: string;
}

/**
 * A trained tagger. Weights are quantised to int16 and found through an open-addressing table keyed by the
 * 32-bit feature hash, which keeps memory small and lookups cheap in both Node and the browser.
 */
export interface NerModel {
  /** Version of the feature templates the weights belong to; a mismatch would silently mis-tag. */
  readonly featureSet: number;
  readonly tagCount: number;
  /** Open-addressing table of feature keys; 0 marks an empty slot. Length is a power of two. */
  readonly keys: Uint32Array;
  /** Row index for each slot of `keys`. */
  readonly slotRows: Int32Array;
  /** rowCount × tagCount quantised weights. */
  readonly weights: Int16Array;
  /** (tagCount + 1) × tagCount transition scores in weight units; the last row is the sentence start. */
  readonly transitions: Float32Array;
  /** Quantisation factor (weight units per unit of the averaged perceptron weight). */
  readonly scale: number;
  readonly info: NerModelInfo;
}
