// The shipped CoNLL-2003 model: it loads quickly and finds people and places in a hand-written news sentence.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { decodeNerModel, tagSentence } from "../../src/ner/index.ts";
import { DEFAULT_NER_MODEL_URL, loadDefaultNerModel } from "../../src/ner/load-model-node.ts";

function names(words: string[]): string[] {
  return tagSentence(loadDefaultNerModel(), words).map((s) => `${s.type}:${words.slice(s.first, s.end).join(" ")}`);
}

describe("shipped NER model", () => {
  it("is a few MB at most", () => {
    expect(readFileSync(fileURLToPath(DEFAULT_NER_MODEL_URL)).length).toBeLessThan(5_000_000);
  });

  it("loads (read and decode) in under 300 ms", () => {
    const start = performance.now();
    const model = decodeNerModel(readFileSync(fileURLToPath(DEFAULT_NER_MODEL_URL)));
    const ms = performance.now() - start;
    expect(model.rowCount).toBeGreaterThan(10_000);
    expect(ms).toBeLessThan(300);
  });

  it("caches the default model", () => {
    expect(loadDefaultNerModel()).toBe(loadDefaultNerModel());
  });

  it("finds two people and a city", () => {
    const found = names("Russian President Vladimir Putin met Recep Tayyip Erdogan in Moscow .".split(" "));
    expect(found).toContain("PER:Vladimir Putin");
    expect(found).toContain("PER:Recep Tayyip Erdogan");
    expect(found).toContain("LOC:Moscow");
  });

  it("tells organisations from places", () => {
    const found = names("The United Nations said aid trucks reached Aleppo on Tuesday .".split(" "));
    expect(found).toContain("ORG:United Nations");
    expect(found).toContain("LOC:Aleppo");
  });
});
