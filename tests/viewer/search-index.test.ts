// Search over labels and aliases: ranking and alias hits.
import { describe, expect, it } from "vitest";
import { createSearchIndex } from "../../src/viewer/search-index.ts";
import { generateBenchGraph } from "../../bench/viewer-graph.ts";
import { makeFixtureGraph } from "../e2e/fixtures/make-fixture-graph.ts";

const index = createSearchIndex(makeFixtureGraph());

describe("search index", () => {
  it("puts the exact label first", () => {
    expect(index.search("turkey")[0]).toMatchObject({ key: "country:turkey", via: null });
  });

  it("finds entities by alias and says which alias matched", () => {
    expect(index.search("HTS")[0]).toMatchObject({ key: "armed_group:hayat-tahrir-al-sham", via: "HTS" });
    expect(index.search("ankara")[0]).toMatchObject({ key: "country:turkey", via: "Ankara" });
  });

  it("ranks prefix matches above substring matches, and ignores accents and case", () => {
    const keys = index.search("er").map((h) => h.key);
    expect(keys[0]).toBe("person:recep-tayyip-erdogan");
    expect(index.search("ÉRDOGAN")[0]?.key).toBe("person:recep-tayyip-erdogan");
  });

  it("returns nothing for blank queries and every match for highlighting", () => {
    expect(index.search("  ")).toEqual([]);
    expect(index.matchAll("ia")).toEqual(new Set(["country:russia", "country:syria"]));
  });

  it("keeps the same best hits as ranking every match, on a graph with thousands of matches", () => {
    const big = createSearchIndex(generateBenchGraph({ nodes: 3000, edges: 10 }));
    for (const q of ["a", "ka", "tor 1", "n2"]) {
      const all = big.search(q, 100_000);
      expect(all.length).toBeGreaterThan(12);
      expect(big.search(q)).toEqual(all.slice(0, 12));
    }
  });
});
