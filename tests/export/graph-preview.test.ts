// graph.preview.json: what the viewer draws first must be exactly what graph.json holds, and a bad file an error.
import { describe, expect, it } from "vitest";
import { parseGraphPreview, previewGraph } from "../../src/export/read-graph-preview.ts";
import { GRAPH_PREVIEW_FORMAT, writeGraphPreview } from "../../src/export/graph-preview.ts";
import { readGraphJson, writeGraphJson } from "../../src/export/graph-json.ts";
import type { KnowledgeGraph } from "../../src/model/graph.ts";
import { fixtureGraph } from "./fixture-graph.ts";

const readPreview = (text: string) => previewGraph(parseGraphPreview(text));

const NODE_DRAWN = ["label", "kind", "color", "x", "y", "size", "pagerank"] as const;
const EDGE_DRAWN = ["predicate", "family", "label", "directed", "weight"] as const;

function drawing(graph: KnowledgeGraph) {
  return {
    nodes: graph.mapNodes((key, a) => [key, ...NODE_DRAWN.map((name) => a[name])]),
    edges: graph.mapEdges((key, a, source, target, _s, _t, undirected) => [key, source, target, undirected, ...EDGE_DRAWN.map((name) => a[name])]),
  };
}

function edited(change: (data: Record<string, any>) => void): string {
  const data = JSON.parse(writeGraphPreview(fixtureGraph())) as Record<string, any>;
  change(data);
  return JSON.stringify(data);
}

describe("graph preview", () => {
  it("reads back every drawn attribute, edge type and key of the graph, in graph.json's order", () => {
    const graph = fixtureGraph();
    // An edge keyed otherwise than source|predicate|target keeps its own key.
    graph.addDirectedEdgeWithKey("custom key", "country:elbonia", "person:jana-novak", { ...graph.getEdgeAttributes("country:elbonia|threatens|armed_group:the-front") });
    const fromJson = readGraphJson(writeGraphJson(graph));
    const preview = readPreview(writeGraphPreview(graph));
    expect(drawing(preview)).toEqual(drawing(fromJson));
    expect(preview.getAttribute("name")).toBe("fixture");
    // Nothing but the drawing: the panels wait for graph.json.
    expect(preview.getNodeAttributes("country:ruritania").aliases).toEqual([]);
    expect(preview.getEdgeAttributes("country:elbonia|meets|country:ruritania").citations).toEqual([]);
  });

  it("is the same bytes whatever order the graph was built in", () => {
    const graph = fixtureGraph();
    const reversed = graph.emptyCopy();
    reversed.clear();
    for (const key of [...graph.nodes()].reverse()) reversed.addNode(key, graph.getNodeAttributes(key));
    for (const key of [...graph.edges()].reverse()) {
      const [s, t] = graph.extremities(key);
      if (graph.isUndirected(key)) reversed.addUndirectedEdgeWithKey(key, s, t, graph.getEdgeAttributes(key));
      else reversed.addDirectedEdgeWithKey(key, s, t, graph.getEdgeAttributes(key));
    }
    reversed.replaceAttributes(graph.getAttributes());
    expect(writeGraphPreview(reversed)).toBe(writeGraphPreview(graph));
  });

  it("rejects files that are not a preview, or that do not add up, saying what is wrong", () => {
    expect(() => readPreview("{")).toThrow(/graph\.preview\.json is not valid JSON/);
    expect(() => readPreview(writeGraphJson(fixtureGraph()))).toThrow(`is not a ${GRAPH_PREVIEW_FORMAT} file`);
    expect(() => readPreview(edited((d) => (d.version = 99)))).toThrow(/has version 99; this viewer reads version 1/);
    expect(() => readPreview(edited((d) => d.nodes.x.pop()))).toThrow(/has 4 x values for 5 items/);
    expect(() => readPreview(edited((d) => (d.nodes.y[0] = "1")))).toThrow(/a y that is not a finite number/);
    expect(() => readPreview(edited((d) => (d.edges.target[0] = 5)))).toThrow(/a target index out of range/);
    expect(() => readPreview(edited((d) => (d.relations[0] = ["meets"])))).toThrow(/a relation that is not/);
    expect(() => readPreview(edited((d) => (d.nodes.key[1] = d.nodes.key[0])))).toThrow(/does not describe a graph/);
  });
});
