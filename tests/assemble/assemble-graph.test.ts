// The assemble stage: edge keys, symmetric predicates, support in distinct articles and outlets, dates and citations.
import { describe, expect, it } from "vitest";
import { assembleGraph, FAMILY_COLOR } from "../../src/assemble/assemble-graph.ts";
import { edgeEndpoints, edgeKey } from "../../src/assemble/edge-key.ts";
import { KIND_COLOR } from "../../src/model/ontology.ts";
import { FIXTURE_ARTICLES, fixtureInput } from "../helpers/assemble-fixture.ts";

describe("edge keys", () => {
  it("sorts the endpoints of symmetric predicates only", () => {
    expect(edgeEndpoints("country:turkey", "agrees_with", "country:russia")).toEqual(["country:russia", "country:turkey"]);
    expect(edgeEndpoints("country:turkey", "meets", "country:russia")).toEqual(["country:russia", "country:turkey"]);
    expect(edgeEndpoints("country:turkey", "opposes", "country:russia")).toEqual(["country:turkey", "country:russia"]);
  });

  it("joins source, predicate and target", () => {
    expect(edgeKey("a", "supports", "b")).toBe("a|supports|b");
  });
});

describe("assembleGraph", () => {
  const graph = assembleGraph(fixtureInput());

  it("makes one node per entity with a mention, and keeps the articles on the graph", () => {
    expect(graph.nodes().sort()).toEqual(["country:elbonia", "country:ruritania", "person:jana-novak"]);
    expect(graph.getAttribute("articles").map((a) => a.id)).toEqual(FIXTURE_ARTICLES.map((a) => a.id));
  });

  it("keeps one undirected edge per symmetric pair, with sorted endpoints, whichever side was the subject", () => {
    const agrees = graph.filterEdges((_e, a) => a.predicate === "agrees_with");
    expect(agrees).toEqual(["country:elbonia|agrees_with|country:ruritania"]);
    const key = agrees[0] as string;
    expect(graph.isUndirected(key)).toBe(true);
    expect(graph.getEdgeAttribute(key, "directed")).toBe(false);
    expect([graph.source(key), graph.target(key)]).toEqual(["country:elbonia", "country:ruritania"]);
  });

  it("keeps directed predicates one edge per direction", () => {
    expect(graph.filterEdges((_e, a) => a.predicate === "supports").sort()).toEqual([
      "country:elbonia|supports|country:ruritania",
      "person:jana-novak|supports|country:elbonia",
    ]);
    expect(graph.isDirected("country:elbonia|supports|country:ruritania")).toBe(true);
    expect(graph.source("country:elbonia|supports|country:ruritania")).toBe("country:elbonia");
  });

  it("counts support in distinct articles and distinct outlets, and a repeated claim in one sentence once", () => {
    const a = graph.getEdgeAttributes("country:elbonia|agrees_with|country:ruritania");
    expect(a.weight).toBe(4);
    expect(a.citations).toHaveLength(4);
    expect(a.articles).toEqual(["a1", "a2", "a3", "a4"]);
    expect(a.outlets).toEqual(["Daily Ledger", "Evening Post"]);
    expect(a.family).toBe("cooperation");
    expect(a.quad).toBe("verbal_cooperation");
    expect(a.label).toBe("agrees with");
    expect(a.color).toBe(FAMILY_COLOR.cooperation);
  });

  it("dates an edge from its articles' dates, ignoring undated ones", () => {
    const a = graph.getEdgeAttributes("country:elbonia|agrees_with|country:ruritania");
    expect(a.firstSeen).toBe("2021-02-01");
    expect(a.lastSeen).toBe("2021-03-05");
    const undated = graph.getEdgeAttributes("country:elbonia|supports|country:ruritania");
    expect(undated.firstSeen).toBeNull();
    expect(undated.lastSeen).toBeNull();
  });

  it("orders citations by article, then position, and quotes them exactly", () => {
    const { citations } = graph.getEdgeAttributes("country:elbonia|agrees_with|country:ruritania");
    expect(citations.map((c) => c.article)).toEqual(["a1", "a2", "a3", "a4"]);
    for (const c of citations) {
      const text = FIXTURE_ARTICLES.find((x) => x.id === c.article)?.text ?? "";
      expect(c.quote).toBe(text.slice(c.start, c.end));
    }
  });

  it("collects the sorted roles of holds_role_in", () => {
    expect(graph.getEdgeAttribute("person:jana-novak|holds_role_in|country:elbonia", "roles")).toEqual(["Envoy", "Minister"]);
    expect(graph.getEdgeAttribute("person:jana-novak|supports|country:elbonia", "roles")).toBeUndefined();
  });

  it("drops relations to an entity with no node, and self-loops", () => {
    expect(graph.size).toBe(5);
    expect(graph.hasNode("place:nowhere")).toBe(false);
  });

  it("gives nodes their mentions, articles, outlets, dates, colour and one citation per sentence", () => {
    const r = graph.getNodeAttributes("country:ruritania");
    expect(r.mentions).toBe(6);
    expect(r.articles).toEqual(["a1", "a2", "a3", "a4"]);
    expect(r.outlets).toEqual(["Daily Ledger", "Evening Post"]);
    expect(r.firstSeen).toBe("2021-02-01");
    expect(r.lastSeen).toBe("2021-03-05");
    expect(r.color).toBe(KIND_COLOR.country);
    // a3 names Ruritania in two sentences, a4 twice in one.
    expect(r.citations.map((c) => `${c.article}#${c.sentence}`)).toEqual(["a1#0", "a2#0", "a3#0", "a3#1", "a4#0"]);
    const j = graph.getNodeAttributes("person:jana-novak");
    expect(j.color).toBe(KIND_COLOR.person);
    expect(j.articles).toEqual(["a1", "a4"]);
  });

  it("is deterministic: the same input gives the same serialised graph", () => {
    expect(JSON.stringify(assembleGraph(fixtureInput()).export())).toBe(JSON.stringify(graph.export()));
  });
});

describe("assembleGraph with a citation cap", () => {
  const capped = assembleGraph(fixtureInput(), { maxCitationsPerArticle: 1 });
  const full = assembleGraph(fixtureInput());

  it("keeps the first citations of each article and still counts every mention and sentence", () => {
    const a = capped.getNodeAttributes("country:elbonia");
    const b = full.getNodeAttributes("country:elbonia");
    expect(b.citations.filter((c) => c.article === "a1")).toHaveLength(2);
    expect(a.citations.map((c) => [c.article, c.sentence])).toEqual([["a1", 0], ["a2", 0], ["a3", 0], ["a4", 0]]);
    expect(a.mentions).toBe(b.mentions);
    expect(a.articles).toEqual(b.articles);
    for (const c of a.citations) expect(c.quote).toBe(FIXTURE_ARTICLES.find((x) => x.id === c.article)?.text.slice(c.start, c.end));
  });

  it("rejects a cap below one with a message that says what it is", () => {
    expect(() => assembleGraph(fixtureInput(), { maxCitationsPerArticle: 0 })).toThrow(/maxCitationsPerArticle must be a whole number ≥ 1/);
  });

  it("gives citations as plain data in the contract's key order, however the attributes are read", () => {
    const graph = assembleGraph(fixtureInput());
    const key = "country:elbonia|agrees_with|country:ruritania";
    const edge = graph.getEdgeAttributes(key);
    expect(Object.keys(edge).slice(0, 10)).toEqual(["predicate", "family", "label", "directed", "weight", "articles", "outlets", "firstSeen", "lastSeen", "citations"]);
    const exported = graph.export().edges.find((e) => e.key === key)?.attributes;
    expect(Object.getOwnPropertyDescriptor(exported, "citations")?.value).toEqual(edge.citations);
    expect(JSON.parse(JSON.stringify(edge)).citations).toEqual(edge.citations);
    expect(structuredClone(edge).citations).toEqual(edge.citations);
    const node = graph.getNodeAttributes("country:elbonia");
    expect(Object.keys(node).indexOf("citations")).toBe(Object.keys(node).indexOf("outlets") + 1);
  });

  it("lets a node's citations be replaced", () => {
    const copy = assembleGraph(fixtureInput());
    copy.setNodeAttribute("country:elbonia", "citations", []);
    expect(copy.getNodeAttribute("country:elbonia", "citations")).toEqual([]);
  });
});
