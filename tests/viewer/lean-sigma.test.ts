// LeanSigma's addNode and addEdge must leave sigma's indices exactly as sigma's own methods do, with our reducers
// and without any; they read sigma's private members, so this is where a sigma upgrade that moves them shows.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SigmaIndices } from "../../src/viewer/lean-sigma.ts";
import { computeVisibility } from "../../src/viewer/filters.ts";
import { buildDisplayContext } from "../../src/viewer/reducers/context.ts";
import { reduceEdge } from "../../src/viewer/reducers/edge-reducer.ts";
import { reduceNode } from "../../src/viewer/reducers/node-reducer.ts";
import { defaultState } from "../../src/viewer/state/defaults.ts";
import { createSizeScale } from "../../src/viewer/styles.ts";
import { makeFixtureGraph } from "../e2e/fixtures/make-fixture-graph.ts";

type AddMethod = (this: SigmaIndices, key: string) => void;
let stock: { addNode: AddMethod; addEdge: AddMethod };
let lean: typeof stock;
let resolveSettings: (typeof import("sigma/settings"))["resolveSettings"];

beforeAll(async () => {
  // sigma reads these WebGL globals when it loads; node has none, and nothing here draws.
  vi.stubGlobal("WebGL2RenderingContext", class {});
  vi.stubGlobal("WebGLRenderingContext", class {});
  const { default: Sigma } = await import("sigma");
  ({ resolveSettings } = await import("sigma/settings"));
  const { LeanSigma } = await import("../../src/viewer/lean-sigma.ts");
  stock = Sigma.prototype as unknown as typeof stock;
  lean = LeanSigma.prototype as unknown as typeof stock;
});

const graph = makeFixtureGraph();

function indices(withReducers: boolean, state = defaultState()): SigmaIndices {
  const ctx = buildDisplayContext(graph, state, computeVisibility(graph, state.filters), null, createSizeScale(graph));
  const reducers = withReducers
    ? {
        nodeReducer: (key: string, attrs: Parameters<typeof reduceNode>[1]) => reduceNode(key, attrs, ctx),
        edgeReducer: (key: string, attrs: Parameters<typeof reduceEdge>[1]) => reduceEdge(key, attrs, (k) => graph.extremities(k) as [string, string], ctx),
      }
    : {};
  return {
    graph,
    settings: resolveSettings({ zIndex: true, ...reducers }) as SigmaIndices["settings"],
    nodeDataCache: {},
    edgeDataCache: {},
    nodesWithForcedLabels: new Set(),
    edgesWithForcedLabels: new Set(),
    highlightedNodes: new Set(),
    nodeZExtent: [Infinity, -Infinity],
    edgeZExtent: [Infinity, -Infinity],
  };
}

/** Runs addNode and addEdge over the whole graph; returns what they indexed (not the graph and settings, which
 * hold each run's own reducer closures). */
function fill(methods: typeof stock, target: SigmaIndices): Omit<SigmaIndices, "graph" | "settings"> {
  graph.forEachNode((key) => methods.addNode.call(target, key));
  graph.forEachEdge((key) => methods.addEdge.call(target, key));
  const { graph: _g, settings: _s, ...indexed } = target;
  return indexed;
}

describe("LeanSigma", () => {
  const states = [
    ["the default view", defaultState()],
    ["a hovered node and a search", { ...defaultState(), hovered: "country:turkey", query: "ru" }],
    ["a selected edge", { ...defaultState(), selection: { type: "edge" as const, key: "country:russia|supports|country:syria" } }],
  ] as const;
  for (const [what, state] of states) {
    it(`indexes nodes and edges as sigma does, with our reducers, in ${what}`, () => {
      const ours = fill(lean, indices(true, state));
      expect(ours).toEqual(fill(stock, indices(true, state)));
      expect(Object.keys(ours.edgeDataCache)).toHaveLength(graph.size);
    });
  }

  it("indexes as sigma does without reducers, and then copies the attributes rather than drawing the graph's own", () => {
    const ours = fill(lean, indices(false));
    expect(ours).toEqual(fill(stock, indices(false)));
    const key = graph.nodes()[0] ?? "";
    expect(ours.nodeDataCache[key]).not.toBe(graph.getNodeAttributes(key));
  });

  it("hands the reducers the graph's own attribute objects, and leaves them as they were", () => {
    const before = JSON.stringify(graph.export());
    const target = indices(true, { ...defaultState(), hovered: "country:turkey" });
    const seen: unknown[] = [];
    const reduce = target.settings.edgeReducer;
    target.settings.edgeReducer = (key, attrs) => {
      seen.push(attrs);
      return reduce ? reduce(key, attrs) : {};
    };
    fill(lean, target);
    const first = graph.edges()[0] ?? "";
    expect(seen[0]).toBe(graph.getEdgeAttributes(first));
    expect(JSON.stringify(graph.export())).toBe(before);
  });
});
