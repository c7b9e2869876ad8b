// A scraped list of names with no sentence punctuation (signatories, a squad, a casualty list) must not become one
// sentence of thousands of tokens whose every pair of names is co-mentioned.
import { describe, expect, it } from "vitest";
import { boundedSentences, DEFAULT_MAX_SENTENCE_TOKENS } from "../../src/segment/segment-document.ts";
import { DEFAULT_CO_MENTION_REACH } from "../../src/relate/relate-document.ts";
import { extractArticle } from "../../src/pipeline/extract-article.ts";
import type { Token } from "../../src/model/document.ts";
import { articlesOf, graphOf } from "../helpers/build-texts.ts";
import { context } from "../helpers/pipeline-context.ts";

const FIRST = ["Anna", "Boris", "Chen", "Dara", "Elif", "Farid", "Gita", "Hugo", "Ines", "Jonas", "Kemal", "Lina"];
const LAST = ["Varga", "Okafor", "Lindqvist", "Haddad", "Moreau", "Tanaka", "Novak", "Ruiz", "Petrov", "Osei"];

/** 120 distinct invented names joined by commas, with no full stop. */
function signatories(): string {
  const names: string[] = [];
  for (const last of LAST) for (const first of FIRST) names.push(`${first} ${last}`);
  return `The letter was signed by ${names.join(", ")} and others`;
}

const token = (text: string, at: number): Token => ({ text, start: at, end: at + text.length, pos: "X", sentence: 0 });

describe("boundedSentences", () => {
  it("leaves a sentence of at most the limit whole", () => {
    const kept = Array.from({ length: 5 }, (_, i) => token("w", i * 2));
    expect(boundedSentences(kept, 5)).toEqual([kept]);
  });

  it("cuts a longer run after the last comma in the second half of each window, else at the limit", () => {
    const words = ["a", "b", "c", ",", "d", "e", "f", "g", "h", "i", "j", "k"];
    const kept = words.map((w, i) => token(w, i * 2));
    const parts = boundedSentences(kept, 6).map((p) => p.map((t) => t.text).join(" "));
    expect(parts).toEqual(["a b c ,", "d e f g h i", "j k"]);
  });
});

describe("a run-on list of names", () => {
  const text = signatories();

  it("is cut into sentences of bounded length, each with exact offsets", () => {
    const [article] = articlesOf([text]);
    const { segmented } = extractArticle(article!, context(), { clean: false });
    expect(segmented.sentences.length).toBeGreaterThan(1);
    for (const s of segmented.sentences) {
      expect(s.endToken - s.firstToken).toBeLessThanOrEqual(DEFAULT_MAX_SENTENCE_TOKENS);
      expect(text.slice(s.start, s.end).length).toBe(s.end - s.start);
    }
  });

  it("co-mentions each name with the next few only, not with all of them", () => {
    const graph = graphOf([text]);
    const people = graph.filterNodes((_n, a) => a.kind === "person");
    expect(people.length).toBeGreaterThan(100);
    const co = graph.filterEdges((_e, a) => a.predicate === "co_mentioned");
    expect(co.length).toBeLessThanOrEqual(people.length * DEFAULT_CO_MENTION_REACH);
    expect(co.length).toBeGreaterThan(people.length);
  });

  it("still co-mentions every pair in an ordinary sentence", () => {
    const graph = graphOf(["Anna Varga, Boris Okafor, Chen Lindqvist and Dara Haddad met in Geneva on Monday."]);
    const people = graph.filterNodes((_n, a) => a.kind === "person");
    expect(people).toHaveLength(4);
    const pairs = graph.filterEdges((_e, a, s, t) => people.includes(s) && people.includes(t));
    expect(pairs).toHaveLength(6);
  });
});
