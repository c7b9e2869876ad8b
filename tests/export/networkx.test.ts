// networkx reads the GEXF whole: Debian's 2.8 reads 1.2draft (it does not know the 1.3 namespace); a
// networkx 3 on PATH, where there is one, reads 1.3.
import { describe, expect, it } from "vitest";
import { writeGexf } from "../../src/export/gexf/write-gexf.ts";
import { DEBIAN_PYTHON, findNetworkx3, runNetworkx, writeTemp } from "./external-tools.ts";
import { fixtureGraph } from "./fixture-graph.ts";

const READ = `
import json, sys, networkx as nx
print(nx.__version__)
G = nx.read_gexf(sys.argv[1])
print(json.dumps({
  "directed": G.is_directed(),
  "nodes": {n: d for n, d in G.nodes(data=True)},
  "edges": [[u, v, d] for u, v, d in G.edges(data=True)],
}, default=str))
`;

interface NxGraph {
  directed: boolean;
  nodes: Record<string, Record<string, unknown>>;
  edges: [string, string, Record<string, unknown>][];
}

describe("networkx read_gexf", () => {
  it("Debian's networkx reads the 1.2 output whole: nodes, edges, attributes, viz", () => {
    expectReadWhole(DEBIAN_PYTHON, "1.2");
  });

  // networkx 3 is not a Debian 12 package; where no python3 on PATH has it, this case shows as skipped.
  const networkx3 = findNetworkx3();
  it.skipIf(!networkx3)("networkx 3 reads the 1.3 output whole (python3 on PATH)", () => {
    expectReadWhole(networkx3 ?? "python3", "1.3");
  });
});

function expectReadWhole(python: string, gexfVersion: "1.2" | "1.3"): void {
  const graph = fixtureGraph();
  const file = writeTemp(`graph-${gexfVersion}.gexf`, writeGexf(graph, { version: gexfVersion }));
  const { version, output } = runNetworkx(READ, [file], python);
  expect(version).toMatch(/^\d+\.\d+/);
  const nx = output as NxGraph;
  expect(Object.keys(nx.nodes).sort()).toEqual(graph.nodes().sort());
  expect(nx.edges).toHaveLength(graph.size);
  const ruritania = nx.nodes["country:ruritania"] ?? {};
  expect(ruritania.label).toBe("Ruritania");
  expect(ruritania.kind).toBe("country");
  expect(ruritania.mentions).toBe(3);
  expect(ruritania.pagerank).toBe(0.4);
  expect(ruritania.wikidata).toBe("Q000001");
  expect(ruritania.viz).toEqual({ color: { r: 213, g: 94, b: 0, a: 1 }, size: 12, position: { x: -10.5, y: 3.25, z: 0 } });
  const byId = new Map(nx.edges.map(([, , data]) => [data.id as string, data]));
  graph.forEachEdge((key, a) => {
    const data = byId.get(key);
    expect(data?.predicate).toBe(a.predicate);
    expect(data?.family).toBe(a.family);
    expect(data?.weight).toBe(a.weight);
    expect(data?.directed).toBe(a.directed);
    expect(String(data?.citations).split("\n")).toHaveLength(a.citations.length);
  });
}
