// Training settings for the NER perceptron: the interface, its defaults in the same order, and validation.
import { NerSettingsError } from "./ner-settings-error.ts";

export interface TrainSettings {
  // Schedule
  /** Passes over the training data. */
  epochs: number;
  /** Seed of the shuffling between epochs; the same seed and data give a byte-identical model. */
  seed: number;
  // Features
  /** Features seen fewer times than this in training are dropped: they mostly memorise noise and bloat the file. */
  minFeatureCount: number;
  /**
   * Words seen fewer times than this in training get no word-identity features while training, so the model
   * learns how to tag words it has never seen from their shape, affixes and context (1 turns this off).
   */
  rareWordCount: number;
  // Output
  /** Averaged weights smaller than this (in absolute value) are dropped from the model. */
  pruneBelow: number;
  /** Free text stored in the model (e.g. the corpus it was trained on). */
  notes: string;
}

export const DEFAULT_TRAIN_SETTINGS: Readonly<TrainSettings> = {
  epochs: 12,
  seed: 1,
  minFeatureCount: 1,
  rareWordCount: 2,
  pruneBelow: 0,
  notes: "",
};

function isCount(value: unknown, min: number): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= min;
}

export function validateTrainSettings(settings: TrainSettings): void {
  if (!isCount(settings.epochs, 1) || settings.epochs > 1000)
    throw new NerSettingsError(`epochs must be an integer from 1 to 1000, got ${String(settings.epochs)}`);
  if (!isCount(settings.seed, 0) || settings.seed > 0xffffffff)
    throw new NerSettingsError(`seed must be an unsigned 32-bit integer, got ${String(settings.seed)}`);
  if (!isCount(settings.minFeatureCount, 1))
    throw new NerSettingsError(`minFeatureCount must be an integer ≥ 1, got ${String(settings.minFeatureCount)}`);
  if (!isCount(settings.rareWordCount, 1))
    throw new NerSettingsError(`rareWordCount must be an integer ≥ 1, got ${String(settings.rareWordCount)}`);
  if (typeof settings.pruneBelow !== "number" || !(settings.pruneBelow >= 0))
    throw new NerSettingsError(`pruneBelow must be a number ≥ 0, got ${String(settings.pruneBelow)}`);
  if (typeof settings.notes !== "string") throw new NerSettingsError("notes must be a string");
}

export function resolveTrainSettings(settings: Partial<TrainSettings> = {}): TrainSettings {
  const resolved: TrainSettings = { ...DEFAULT_TRAIN_SETTINGS };
  for (const [name, value] of Object.entries(settings)) {
    if (value !== undefined) Object.assign(resolved, { [name]: value });
  }
  validateTrainSettings(resolved);
  return resolved;
}
