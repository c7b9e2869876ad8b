// Filters on the fixture graph: kinds, families, predicates, co-mentions, outlets, dates and minimum support.
import { describe, expect, it } from "vitest";
import { makeFixtureGraph } from "../e2e/fixtures/make-fixture-graph.ts";
import { computeVisibility, isFiltering, visibilityChanges } from "../../src/viewer/filters.ts";
import { collectFacets } from "../../src/viewer/facets.ts";
import { defaultFilters } from "../../src/viewer/state/defaults.ts";
import type { Filters } from "../../src/viewer/state/types.ts";

const graph = makeFixtureGraph();
const filters = (patch: Partial<Filters>): Filters => ({ ...defaultFilters(), ...patch });

describe("computeVisibility", () => {
  it("hides only co-mentions by default", () => {
    const v = computeVisibility(graph, defaultFilters());
    expect(v.hiddenNodes.size).toBe(0);
    const hidden = [...v.hiddenEdges].map((e) => graph.getEdgeAttribute(e, "predicate"));
    expect(hidden.length).toBeGreaterThan(0);
    expect(new Set(hidden)).toEqual(new Set(["co_mentioned"]));
  });

  it("shows co-mentions when asked", () => {
    expect(computeVisibility(graph, filters({ hideCoMentions: false })).hiddenEdges.size).toBe(0);
  });

  it("hiding a kind hides its nodes and their edges", () => {
    const v = computeVisibility(graph, filters({ hiddenKinds: ["place"] }));
    expect(v.hiddenNodes.has("place:idlib")).toBe(true);
    expect(v.hiddenNodes.has("country:turkey")).toBe(false);
    expect(v.hiddenEdges.has("armed_group:hayat-tahrir-al-sham|controls|place:idlib")).toBe(true);
  });

  it("hides by family and by predicate", () => {
    expect(computeVisibility(graph, filters({ hiddenFamilies: ["conflict"] })).hiddenEdges.has("country:syria|threatens|armed_group:hayat-tahrir-al-sham")).toBe(true);
    const v = computeVisibility(graph, filters({ hiddenPredicates: ["supports"] }));
    expect(v.hiddenEdges.has("country:russia|supports|country:syria")).toBe(true);
    expect(v.hiddenEdges.has("country:syria|threatens|armed_group:hayat-tahrir-al-sham")).toBe(false);
  });

  it("an outlet filter hides what only that outlet reported", () => {
    const v = computeVisibility(graph, filters({ hiddenOutlets: ["Daily Example"] }));
    expect(v.hiddenNodes.has("country:iran")).toBe(true);
    expect(v.hiddenNodes.has("country:turkey")).toBe(false);
  });

  it("a date range keeps what was reported inside it", () => {
    const v = computeVisibility(graph, filters({ dateFrom: "2018-11-25" }));
    expect(v.hiddenNodes.has("organization:united-nations")).toBe(false);
    expect(v.hiddenNodes.has("person:sergei-shoigu")).toBe(true);
  });

  it("minimum support counts distinct articles", () => {
    const v = computeVisibility(graph, filters({ minSupport: 2 }));
    expect(v.hiddenNodes.has("country:turkey")).toBe(false);
    expect(v.hiddenNodes.has("country:iran")).toBe(true);
    expect(isFiltering(filters({ minSupport: 2 }))).toBe(true);
    expect(isFiltering(defaultFilters())).toBe(false);
  });
});

describe("visibilityChanges", () => {
  it("lists exactly the nodes and edges hidden or shown by a filter change", () => {
    const before = computeVisibility(graph, defaultFilters());
    const after = computeVisibility(graph, filters({ hiddenKinds: ["place"] }));
    const changed = visibilityChanges(before, after);
    expect(new Set(changed.nodes)).toEqual(new Set([...after.hiddenNodes].filter((k) => !before.hiddenNodes.has(k))));
    expect(changed.nodes).toContain("place:idlib");
    expect(changed.edges.length).toBeGreaterThan(0);
    for (const e of changed.edges) expect(before.hiddenEdges.has(e)).not.toBe(after.hiddenEdges.has(e));
    expect(visibilityChanges(after, before).nodes.sort()).toEqual([...changed.nodes].sort());
    expect(visibilityChanges(before, before)).toEqual({ nodes: [], edges: [] });
  });
});

describe("collectFacets", () => {
  it("lists kinds in ontology order and the date span", () => {
    const f = collectFacets(graph);
    expect(f.kinds.map((k) => k.kind)).toEqual(["person", "country", "place", "armed_group", "organization", "process"]);
    expect(f.outlets.map((o) => o.outlet)).toEqual(["Daily Example", "Example Wire"]);
    expect([f.dateMin, f.dateMax]).toEqual(["2018-11-12", "2018-12-02"]);
    expect(f.maxSupport).toBe(3);
  });
});
