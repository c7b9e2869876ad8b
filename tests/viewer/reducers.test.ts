// Reducers: what is drawn for each node and edge given the state; they must never touch the graph.
import { describe, expect, it } from "vitest";
import { KIND_COLOR } from "../../src/model/index.ts";
import { computeVisibility } from "../../src/viewer/filters.ts";
import { buildDisplayContext } from "../../src/viewer/reducers/context.ts";
import { HIDDEN_EDGE_TYPE } from "../../src/viewer/programs/hidden-edge-program.ts";
import { reduceEdge } from "../../src/viewer/reducers/edge-reducer.ts";
import { reduceNode } from "../../src/viewer/reducers/node-reducer.ts";
import { defaultState } from "../../src/viewer/state/defaults.ts";
import type { ViewerState } from "../../src/viewer/state/types.ts";
import { DIM_NODE_COLOR, FAMILY_COLOR, createSizeScale } from "../../src/viewer/styles.ts";
import { makeFixtureGraph } from "../e2e/fixtures/make-fixture-graph.ts";

const graph = makeFixtureGraph();
const size = createSizeScale(graph);
const ctxFor = (state: ViewerState, matches: Set<string> | null = null) =>
  buildDisplayContext(graph, state, computeVisibility(graph, state.filters), matches, size);
const node = (key: string, state: ViewerState, matches: Set<string> | null = null) => reduceNode(key, graph.getNodeAttributes(key), ctxFor(state, matches));
const edge = (key: string, state: ViewerState) => {
  return reduceEdge(key, graph.getEdgeAttributes(key), (k) => graph.extremities(k) as [string, string], ctxFor(state));
};

describe("node reducer", () => {
  it("colours by kind and sizes from PageRank within the range", () => {
    const d = node("country:turkey", defaultState());
    expect(d.color).toBe(KIND_COLOR.country);
    expect(d.label).toBe("Turkey");
    expect(d.size).toBeGreaterThanOrEqual(4);
    expect(d.size).toBeLessThanOrEqual(20);
    expect(d.size).toBeGreaterThan(node("country:iran", defaultState()).size);
  });

  it("hover keeps the neighbourhood and dims the rest", () => {
    const state = { ...defaultState(), hovered: "country:turkey" };
    expect(node("country:turkey", state)).toMatchObject({ highlighted: true, forceLabel: true });
    // Neighbours keep their colour and label, but their labels go through the label grid so they never pile up.
    expect(node("country:russia", state)).toMatchObject({ forceLabel: false, label: "Russia", color: KIND_COLOR.country });
    expect(node("country:iran", state)).toMatchObject({ color: DIM_NODE_COLOR, label: null });
  });

  it("on big graphs hover, selection and search are left to the highlight layer", () => {
    const state = { ...defaultState(), hovered: "country:turkey" };
    const onLayer = { highlightOnLayer: true };
    const ctx = buildDisplayContext(graph, state, computeVisibility(graph, state.filters), new Set(["country:iran"]), size, onLayer);
    expect(ctx.focus).toBeNull();
    expect(ctx.matches).toBeNull();
    expect(reduceNode("country:iran", graph.getNodeAttributes("country:iran"), ctx).color).toBe(KIND_COLOR.country);
    expect(reduceNode("country:turkey", graph.getNodeAttributes("country:turkey"), ctx)).toMatchObject({ highlighted: false, forceLabel: false });
    const selected = { ...state, selection: { type: "node" as const, key: "country:turkey" } };
    const sctx = buildDisplayContext(graph, selected, computeVisibility(graph, state.filters), null, size, onLayer);
    expect(sctx.selectedNode).toBeNull();
    expect(reduceNode("country:iran", graph.getNodeAttributes("country:iran"), sctx).color).toBe(KIND_COLOR.country);
    // Small graphs grey out everything outside the selection.
    const small = buildDisplayContext(graph, selected, computeVisibility(graph, state.filters), null, size);
    expect(reduceNode("country:iran", graph.getNodeAttributes("country:iran"), small).color).toBe(DIM_NODE_COLOR);
  });

  it("hides filtered nodes and dims search misses", () => {
    const hidden = { ...defaultState(), filters: { ...defaultState().filters, hiddenKinds: ["place" as const] } };
    expect(node("place:idlib", hidden).hidden).toBe(true);
    const matches = new Set(["country:iran"]);
    expect(node("country:turkey", defaultState(), matches).color).toBe(DIM_NODE_COLOR);
    expect(node("country:iran", defaultState(), matches).forceLabel).toBe(true);
  });

  it("does not write to the graph", () => {
    const before = JSON.stringify(graph.export());
    node("country:turkey", { ...defaultState(), hovered: "country:turkey", selection: { type: "node", key: "country:iran" } });
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});

describe("edge reducer", () => {
  it("draws arrows for directed predicates and lines for symmetric ones, coloured by family", () => {
    expect(edge("country:russia|supports|country:syria", defaultState())).toMatchObject({ type: "arrow", color: FAMILY_COLOR.cooperation });
    expect(edge("country:russia|agrees_with|country:turkey", defaultState())).toMatchObject({ type: "line" });
    expect(edge("country:syria|threatens|armed_group:hayat-tahrir-al-sham", defaultState()).color).toBe(FAMILY_COLOR.conflict);
  });

  it("hides co-mentions by default, giving them the program that draws nothing", () => {
    expect(edge("country:russia|co_mentioned|place:idlib", defaultState())).toMatchObject({ hidden: true, type: HIDDEN_EDGE_TYPE });
    const shown = { ...defaultState(), filters: { ...defaultState().filters, hideCoMentions: false } };
    expect(edge("country:russia|co_mentioned|place:idlib", shown)).toMatchObject({ hidden: false, type: "line" });
  });

  it("reads an edge's end points only when the display depends on them", () => {
    const key = "country:russia|supports|country:syria";
    let asked = 0;
    const ends = (k: string) => {
      asked++;
      return graph.extremities(k) as [string, string];
    };
    reduceEdge(key, graph.getEdgeAttributes(key), ends, ctxFor(defaultState()));
    expect(asked).toBe(0);
    expect(reduceEdge(key, graph.getEdgeAttributes(key), ends, ctxFor({ ...defaultState(), hovered: "country:syria" })).label).toBe("supports");
    expect(asked).toBe(1);
  });

  it("labels the selected edge and the focused node's edges only", () => {
    const key = "country:russia|supports|country:syria";
    expect(edge(key, defaultState()).label).toBeNull();
    expect(edge(key, { ...defaultState(), selection: { type: "edge", key } })).toMatchObject({ label: "supports", forceLabel: true });
    expect(edge(key, { ...defaultState(), hovered: "country:syria" }).label).toBe("supports");
  });
});
