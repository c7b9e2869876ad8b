// graph.json: deterministic bytes, lossless round trip, and readable errors for bad files.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ExportError } from "../../src/export/export-error.ts";
import { readGraphJson, writeGraphJson } from "../../src/export/graph-json.ts";
import { fixtureGraph } from "./fixture-graph.ts";

describe("writeGraphJson / readGraphJson", () => {
  it("round-trips the graph exactly", () => {
    const graph = fixtureGraph();
    const back = readGraphJson(writeGraphJson(graph));
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    expect(back.getAttribute("articles")).toEqual(graph.getAttribute("articles"));
    graph.forEachNode((key, a) => expect(back.getNodeAttributes(key)).toEqual(a));
    graph.forEachEdge((key, a) => {
      expect(back.getEdgeAttributes(key)).toEqual(a);
      expect(back.isUndirected(key)).toBe(graph.isUndirected(key));
    });
    expect(writeGraphJson(back)).toBe(writeGraphJson(graph));
  });

  it("gives the same bytes whatever order nodes, edges and attributes were added in", () => {
    const graph = fixtureGraph();
    const shuffled = graph.emptyCopy();
    shuffled.clear();
    for (const key of graph.nodes().reverse()) {
      const attributes = graph.getNodeAttributes(key);
      shuffled.addNode(key, Object.fromEntries(Object.entries(attributes).reverse()) as typeof attributes);
    }
    for (const key of graph.edges().reverse()) {
      const add = graph.isUndirected(key) ? shuffled.addUndirectedEdgeWithKey : shuffled.addDirectedEdgeWithKey;
      add.call(shuffled, key, graph.source(key), graph.target(key), graph.getEdgeAttributes(key));
    }
    expect(writeGraphJson(shuffled)).toBe(writeGraphJson(graph));
    expect(writeGraphJson(graph)).not.toMatch(/\n./); // compact: one line plus a final newline
  });

  it("writes any attribute values as JSON.stringify of a key-sorted copy, undefined properties dropped", () => {
    const sortedCopy = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(sortedCopy);
      if (value === null || typeof value !== "object") return value;
      const entries = Object.entries(value).filter(([, v]) => v !== undefined);
      return Object.fromEntries(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => [k, sortedCopy(v)]));
    };
    const values = fc.dictionary(fc.string(), fc.oneof(fc.jsonValue(), fc.constant(undefined)));
    fc.assert(
      fc.property(values, values, (nodeExtra, graphExtra) => {
        const graph = fixtureGraph();
        const node = graph.nodes()[0] as string;
        graph.mergeNodeAttributes(node, { extra: nodeExtra } as object);
        graph.mergeAttributes({ extra: graphExtra } as object);
        const written = JSON.parse(writeGraphJson(graph)) as { attributes: unknown; nodes: Array<{ key: string; attributes: unknown }> };
        const expected = sortedCopy(graph.getNodeAttributes(node));
        expect(JSON.stringify(written.nodes.find((n) => n.key === node)?.attributes)).toBe(JSON.stringify(expected));
        expect(JSON.stringify(written.attributes)).toBe(JSON.stringify(sortedCopy(graph.getAttributes())));
      }),
      { numRuns: 100 },
    );
  });

  it("keeps a __proto__ key as data, writes index-like keys first, and a Date's own keys only", () => {
    const graph = fixtureGraph();
    const node = graph.nodes()[0] as string;
    const extra = JSON.parse('{"b":1,"__proto__":{"z":1,"y":[{"d":1,"c":2}]},"10":"x","9":"y"}') as Record<string, unknown>;
    extra.a = undefined;
    extra.when = new Date(0);
    graph.mergeNodeAttributes(node, { extra } as object);
    const written = writeGraphJson(graph);
    expect(written).toContain('"extra":{"9":"y","10":"x","__proto__":{"y":[{"c":2,"d":1}],"z":1},"b":1,"when":{}}');
  });

  it.each([
    ["not JSON", "{nodes:", /^newsgraph: graph\.json is not valid JSON/],
    ["not an object", "[1,2]", /must be a JSON object/],
    ["no nodes array", '{"edges":[]}', /missing its nodes array/],
    ["no edges array", '{"nodes":[]}', /missing its edges array/],
    ["a node without key", '{"nodes":[{"attributes":{"label":"x"}}],"edges":[]}', /node #0 has no string key/],
    ["a duplicate node", '{"nodes":[{"key":"a","attributes":{"label":"A"}},{"key":"a","attributes":{"label":"A"}}],"edges":[]}', /two nodes with key "a"/],
    ["a node without label", '{"nodes":[{"key":"a","attributes":{}}],"edges":[]}', /node "a" has no string label/],
    ["an unknown endpoint", '{"nodes":[{"key":"a","attributes":{"label":"A"}}],"edges":[{"key":"e","source":"a","target":"b","attributes":{}}]}', /edge "e" references unknown node "b" as its target/],
    ["a self loop", '{"nodes":[{"key":"a","attributes":{"label":"A"}}],"edges":[{"key":"e","source":"a","target":"a","attributes":{}}]}', /could not be loaded/],
  ])("rejects %s with a clear message", (_name, text, message) => {
    expect(() => readGraphJson(text)).toThrow(ExportError);
    expect(() => readGraphJson(text)).toThrow(message);
  });
});
