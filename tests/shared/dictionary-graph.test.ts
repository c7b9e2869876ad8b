// DictionaryGraph behaves exactly like graphology's Graph: same export, neighbour order, edge lookups (which call
// hasOwnProperty on the neighbour tables), and the same after clearing and dropping.
import Graph from "graphology";
import { describe, expect, it } from "vitest";
import { DictionaryGraph } from "../../src/shared/dictionary-graph.ts";
import { seededRandom } from "../../src/shared/seeded-random.ts";

function fill(graph: Graph): Graph {
  const random = seededRandom(7);
  for (let i = 0; i < 60; i++) graph.addNode(`n${i}`, { i });
  graph.addNode("10", {}); // integer-like keys enumerate first in any object
  for (let i = 0; i < 400; i++) {
    const s = `n${Math.floor(random() * 60)}`;
    const t = i % 40 === 0 ? "10" : `n${Math.floor(random() * 60)}`;
    if (s === t) continue;
    if (i % 3 === 0) graph.addUndirectedEdgeWithKey(`e${i}`, s, t, { i });
    else graph.addDirectedEdgeWithKey(`e${i}`, s, t, { i });
  }
  return graph;
}

function observe(graph: Graph): unknown {
  return {
    exported: graph.export(),
    neighbours: graph.mapNodes((n) => [graph.neighbors(n), graph.outNeighbors(n), graph.inNeighbors(n), graph.undirectedNeighbors(n)]),
    edges: graph.mapNodes((n) => graph.edges(n)),
    has: graph.mapNodes((n) => [graph.hasEdge(n, "n1"), graph.hasDirectedEdge(n, "10"), graph.hasUndirectedEdge("n2", n)]),
    degrees: graph.mapNodes((n) => [graph.degree(n), graph.inDegree(n), graph.outDegree(n), graph.undirectedDegree(n)]),
  };
}

describe("DictionaryGraph", () => {
  it.each([
    { type: "mixed", multi: true },
    { type: "mixed", multi: false },
    { type: "directed", multi: true },
    { type: "undirected", multi: false },
  ] as const)("answers like graphology's Graph ($type, multi $multi)", (options) => {
    const plain = new Graph({ ...options, allowSelfLoops: false });
    const dict = new DictionaryGraph({ ...options, allowSelfLoops: false });
    try {
      fill(plain);
    } catch {
      // Simple graphs refuse parallel edges and directed graphs undirected ones: both must refuse the same.
      expect(() => fill(dict)).toThrow();
      return;
    }
    fill(dict);
    expect(observe(dict)).toEqual(observe(plain));
    plain.dropNode("n3");
    dict.dropNode("n3");
    expect(observe(dict)).toEqual(observe(plain));
    plain.clearEdges();
    dict.clearEdges();
    expect(observe(dict)).toEqual(observe(plain));
  });

  it("imports a serialised graph to the same result", () => {
    const source = fill(new Graph({ type: "mixed", multi: true, allowSelfLoops: false }));
    const dict = new DictionaryGraph({ type: "mixed", multi: true, allowSelfLoops: false });
    dict.import(source.export());
    expect(observe(dict)).toEqual(observe(source));
  });
});
