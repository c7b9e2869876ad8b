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
  /**
   * Open-addressing table of (feature key as int32, (first entry << 5) | entry count) pairs; key 0 marks an empty
   * slot. Key and entries' position sit side by side so a lookup touches one cache line. Its slot count is a
   * power of two, and a key's first slot is its top bits (keys are well mixed), so building the table from rows in
   * key order writes it front to back.
   */
  readonly table: Int32Array;
  /**
   * A one-hash Bloom filter over the keys (about 11 bits per key, small enough to stay in cache): most context
   * features of running text are absent from the model, and this rejects them without touching `table`.
   */
  readonly filter: Int32Array;
  /** Right shift that turns a mixed key into a bit index of `filter`. */
  readonly filterShift: number;
  /** Non-zero quantised weights, packed as (weight << 5) | tag: rows are sparse, so this saves memory and adds. */
  readonly entries: Int32Array;
  /** Number of features with weights. */
  readonly rowCount: number;
  /** (tagCount + 1) × tagCount transition scores in weight units; the last row is the sentence start. */
  readonly transitions: Float32Array;
  /** Quantisation factor (weight units per unit of the averaged perceptron weight). */
  readonly scale: number;
  readonly info: NerModelInfo;
}
