// The analyse stage: PageRank-based sizes, Louvain communities as integers, seeded and repeatable positions.
import { describe, expect, it } from "vitest";
import { analyseGraph, assignAnalysis } from "../../src/analyse/analyse-graph.ts";
import { AnalyseSettingsError, DEFAULT_ANALYSE_SETTINGS, iterationsFor, resolveAnalyseSettings } from "../../src/analyse/analyse-settings.ts";
import { seededRandom } from "../../src/shared/seeded-random.ts";
import { assembleGraph } from "../../src/assemble/assemble-graph.ts";
import type { KnowledgeGraph } from "../../src/model/graph.ts";
import { fixtureInput } from "../helpers/assemble-fixture.ts";
import { graphOf } from "../helpers/build-texts.ts";

const fixture = (): KnowledgeGraph => assembleGraph(fixtureInput());

/** Two separate groups of actors: communities must tell them apart. */
const TWO_GROUPS = [
  "Russia and Turkey agreed on a ceasefire. Russia and Iran agreed on a ceasefire. Turkey and Iran agreed on a ceasefire.",
  "Brazil and Argentina agreed on trade. Brazil and Chile agreed on trade. Argentina and Chile agreed on trade.",
];

describe("seededRandom", () => {
  it("repeats for a seed and differs between seeds", () => {
    const a = seededRandom(7);
    const b = seededRandom(7);
    const c = seededRandom(8);
    const xs = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(xs);
    expect(c()).not.toBe(xs[0]);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe("analyse settings", () => {
  it("fills defaults and rejects bad values with a named error", () => {
    expect(resolveAnalyseSettings({})).toEqual(DEFAULT_ANALYSE_SETTINGS);
    expect(() => resolveAnalyseSettings({ seed: 1.5 })).toThrow(AnalyseSettingsError);
    expect(() => resolveAnalyseSettings({ iterations: -1 })).toThrow(/^newsgraph: /);
    expect(() => resolveAnalyseSettings({ minNodeSize: 10, maxNodeSize: 5 })).toThrow(AnalyseSettingsError);
    expect(() => resolveAnalyseSettings({ barnesHutTheta: 0 })).toThrow(/Gephi uses 1.2/);
  });

  it("uses fewer layout iterations for larger graphs", () => {
    expect(iterationsFor(100)).toBeGreaterThan(iterationsFor(10_000));
  });
});

describe("analyseGraph", () => {
  it("sizes nodes by PageRank, within the size bounds", () => {
    const analysis = analyseGraph(fixture(), { iterations: 10 });
    const r = analysis.get("country:ruritania");
    const e = analysis.get("country:elbonia");
    const j = analysis.get("person:jana-novak");
    expect(r && e && j).toBeTruthy();
    for (const a of [r, e, j]) {
      expect(a?.size).toBeGreaterThanOrEqual(DEFAULT_ANALYSE_SETTINGS.minNodeSize);
      expect(a?.size).toBeLessThanOrEqual(DEFAULT_ANALYSE_SETTINGS.maxNodeSize);
    }
    // Jana Novak has the fewest and lightest ties.
    expect(j?.pagerank).toBeLessThan(e?.pagerank ?? 0);
    expect(j?.size).toBeLessThan(e?.size ?? 0);
    // The top-ranked node gets the largest size.
    const top = [...analysis.values()].sort((x, y) => y.pagerank - x.pagerank)[0];
    expect(top?.size).toBe(DEFAULT_ANALYSE_SETTINGS.maxNodeSize);
  });

  it("puts separate groups in separate integer communities", () => {
    const g = graphOf(TWO_GROUPS, { iterations: 20 });
    const community = (key: string): number => g.getNodeAttribute(key, "community");
    g.forEachNode((key, a) => expect(Number.isInteger(a.community), key).toBe(true));
    expect(community("country:russia")).toBe(community("country:turkey"));
    expect(community("country:russia")).toBe(community("country:iran"));
    expect(community("country:brazil")).toBe(community("country:chile"));
    expect(community("country:russia")).not.toBe(community("country:brazil"));
  });

  it("gives the same positions for the same seed, and other positions for another seed", () => {
    const first = analyseGraph(fixture(), { iterations: 50 });
    const second = analyseGraph(fixture(), { iterations: 50 });
    const other = analyseGraph(fixture(), { iterations: 50, seed: 7 });
    expect([...second]).toEqual([...first]);
    expect([...other].map(([, a]) => [a.x, a.y])).not.toEqual([...first].map(([, a]) => [a.x, a.y]));
    for (const [, a] of first) expect(Number.isFinite(a.x) && Number.isFinite(a.y)).toBe(true);
  });

  it("writes its figures into the graph with assignAnalysis", () => {
    const graph = fixture();
    const analysis = analyseGraph(graph, { iterations: 5 });
    assignAnalysis(graph, analysis);
    graph.forEachNode((key, a) => {
      const expected = analysis.get(key);
      expect({ x: a.x, y: a.y, size: a.size, pagerank: a.pagerank, community: a.community }).toEqual(expected);
    });
  });

  it("copes with a graph with no edges", () => {
    const g = graphOf(["Russia is large."], { iterations: 10 });
    expect(g.order).toBe(1);
    expect(g.getNodeAttribute("country:russia", "size")).toBeGreaterThan(0);
  });
});
