// GEXF read-back: graphology-gexf's own parser sees every node, edge and attribute; readGexf restores our graph.
import { DOMParser } from "@xmldom/xmldom";
import Graph from "graphology";
import { parse } from "graphology-gexf";
import { describe, expect, it } from "vitest";
import { readGexf, type DomParserConstructor } from "../../src/export/gexf/read-gexf.ts";
import { writeGexf } from "../../src/export/gexf/write-gexf.ts";
import { fixtureGraph } from "./fixture-graph.ts";

const XmlDomParser = DOMParser as unknown as DomParserConstructor;

describe("graphology-gexf reads our GEXF back", () => {
  it.each(["1.3", "1.2"] as const)("GEXF %s: every node, edge and attribute", (version) => {
    const graph = fixtureGraph();
    const parsed = parse(Graph, writeGexf(graph, { version }));
    expect(parsed.order).toBe(graph.order);
    expect(parsed.size).toBe(graph.size);
    graph.forEachNode((key, a) => {
      const p = parsed.getNodeAttributes(key);
      expect(p.label).toBe(a.label.replace(/[\u0001\uFFFE\uD800]/g, ""));
      expect(p.kind).toBe(a.kind);
      expect(p.aliases).toEqual(a.aliases);
      expect(p.mentions).toBe(a.mentions);
      expect(p.articles).toEqual(a.articles);
      expect(p.outlets).toEqual(a.outlets);
      expect(p.pagerank).toBe(a.pagerank);
      expect(p.community).toBe(a.community);
      expect(p.wikidata).toBe(a.wikidata);
      expect(p.x).toBe(a.x);
      expect(p.y).toBe(a.y);
      expect(p.size).toBe(a.size);
    });
    graph.forEachEdge((key, a) => {
      const p = parsed.getEdgeAttributes(key);
      expect(p.predicate).toBe(a.predicate);
      if (version === "1.3") expect(p.kind).toBe(a.predicate);
      expect(p.family).toBe(a.family);
      expect(p.quad).toBe(a.quad);
      expect(p.roles).toEqual(a.roles);
      expect(p.weight).toBe(a.weight);
      expect(p.label).toBe(a.label);
      expect(p.articles).toEqual(a.articles);
      expect(p.outlets).toEqual(a.outlets);
      expect(p.firstSeen).toBe(a.firstSeen ?? undefined);
      expect(JSON.parse(p.citationsJson as string)).toEqual(a.citations);
      expect((p.citations as string).split("\n")).toHaveLength(a.citations.length);
    });
  });

  it("writes one readable citation line with quote, title, outlet, date, url and offsets", () => {
    const parsed = parse(Graph, writeGexf(fixtureGraph()));
    const line = parsed.getEdgeAttribute("country:elbonia|meets|country:ruritania", "citations");
    expect(line).toBe("Ruritania and Elbonia met in Geneva. — Envoys meet in Geneva (Daily Ledger, 2021-03-02) https://example.org/a1 [0-36]");
  });
});

describe("readGexf", () => {
  it.each(["1.3", "1.2"] as const)("restores a KnowledgeGraph from GEXF %s", (version) => {
    const graph = fixtureGraph();
    const back = readGexf(writeGexf(graph, { version, edgeDirection: "mixed" }), { DOMParser: XmlDomParser });
    expect(back.order).toBe(graph.order);
    expect(back.size).toBe(graph.size);
    graph.forEachEdge((key, a) => {
      const b = back.getEdgeAttributes(key);
      expect(b.predicate).toBe(a.predicate);
      expect(b.directed).toBe(a.directed);
      expect(back.isDirected(key)).toBe(graph.isDirected(key));
      expect(b.citations).toEqual(a.citations);
      expect(b.color).toBe(a.color);
    });
    graph.forEachNode((key, a) => {
      const b = back.getNodeAttributes(key);
      expect(b.kind).toBe(a.kind);
      expect(b.aliases).toEqual(a.aliases);
      expect(b.color).toBe(a.color === "not-a-colour" ? "#999999" : a.color);
    });
  });

  it("restores undirected edges from the directed default too", () => {
    const back = readGexf(writeGexf(fixtureGraph()), { DOMParser: XmlDomParser });
    expect(back.isUndirected("country:elbonia|meets|country:ruritania")).toBe(true);
    expect(back.isDirected("country:ruritania|calls_on|country:elbonia")).toBe(true);
  });

  it("explains what is wrong with a bad file", () => {
    const read = (text: string) => () => readGexf(text, { DOMParser: XmlDomParser });
    expect(read("<gexf><graph>")).toThrow(/^newsgraph: this \.gexf file is not well-formed XML/);
    expect(read("<graphml/>")).toThrow(/not GEXF: its root element is <graphml>/);
    expect(() => readGexf("<gexf/>", {})).toThrow(/needs a DOMParser/);
  });
});
