// Training: the perceptron learns a small hand-written corpus, is deterministic, and validates its settings.
import { describe, expect, it } from "vitest";
import {
  DEFAULT_TRAIN_SETTINGS,
  encodeNerModel,
  NerSettingsError,
  resolveTrainSettings,
  tagSentence,
  trainNer,
} from "../../src/ner/index.ts";
import { TINY_CORPUS } from "./tiny-corpus.ts";

describe("trainNer", () => {
  const model = trainNer(TINY_CORPUS, { epochs: 10, rareWordCount: 1 });

  it("reproduces the names of its training sentences", () => {
    for (const s of TINY_CORPUS) {
      expect(tagSentence(model, s.words)).toEqual(s.spans);
    }
  });

  it("generalises to a known name in a new sentence", () => {
    const words = "Yesterday Maria Lopez visited Quito .".split(" ");
    expect(tagSentence(model, words)).toEqual([
      { first: 1, end: 3, type: "PER" },
      { first: 4, end: 5, type: "LOC" },
    ]);
  });

  it("gives byte-identical models for the same data and seed", () => {
    const again = trainNer(TINY_CORPUS, { epochs: 10, rareWordCount: 1 });
    expect(encodeNerModel(again)).toEqual(encodeNerModel(model));
  });

  it("records how it was trained", () => {
    expect(model.info).toMatchObject({ epochs: 10, seed: DEFAULT_TRAIN_SETTINGS.seed, trainingSentences: 10 });
  });

  it("tags an empty sentence as nothing", () => {
    expect(tagSentence(model, [])).toEqual([]);
  });
});

describe("train settings", () => {
  it("fills in defaults", () => {
    expect(resolveTrainSettings({ epochs: 3 })).toEqual({ ...DEFAULT_TRAIN_SETTINGS, epochs: 3 });
  });

  it("rejects invalid values with NerSettingsError", () => {
    expect(() => resolveTrainSettings({ epochs: 0 })).toThrow(NerSettingsError);
    expect(() => resolveTrainSettings({ seed: -1 })).toThrow(/^newsgraph: seed/);
    expect(() => resolveTrainSettings({ minFeatureCount: 1.5 })).toThrow(NerSettingsError);
  });
});
