// Small hand-written KnowledgeGraph fixtures for the exporter tests (invented articles, not the corpus).
import Graph from "graphology";
import type { Article } from "../../src/model/article.ts";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "../../src/model/graph.ts";
import type { EntityKind, Predicate } from "../../src/model/ontology.ts";
import { KIND_COLOR, PREDICATE_FAMILY, PREDICATE_QUAD, SYMMETRIC_PREDICATES } from "../../src/model/ontology.ts";
import type { Citation } from "../../src/model/relation.ts";

export const ARTICLES: Article[] = [
  {
    id: "a1.txt",
    title: "Envoys meet in Geneva",
    outlet: "Daily Ledger",
    date: "2021-03-02",
    url: "https://example.org/a1",
    text: 'Ruritania and Elbonia met in Geneva. AT&T <Syria> said "no comment", sources said.',
  },
  {
    id: "a2.txt",
    title: 'Talks, "round two"',
    outlet: "Evening Post; Wire",
    date: "2021-03-05",
    url: null,
    text: "Minister Jana Novak leads Ruritania.\nShe called on Elbonia to stop.",
  },
  { id: "a3.txt", title: "Undated note", outlet: null, date: null, url: null, text: "Elbonia threatens the Front." },
];

function cite(article: Article, sentence: number, start: number, end: number, extra: Partial<Citation> = {}): Citation {
  return { article: article.id, sentence, start, end, quote: article.text.slice(start, end), ...extra };
}

function node(label: string, kind: EntityKind, extra: Partial<NodeAttributes> = {}): NodeAttributes {
  return {
    label,
    kind,
    aliases: [label],
    merges: [],
    mentions: 1,
    articles: ["a1.txt"],
    outlets: ["Daily Ledger"],
    citations: [],
    firstSeen: "2021-03-02",
    lastSeen: "2021-03-02",
    x: 0,
    y: 0,
    size: 5,
    pagerank: 0.25,
    color: KIND_COLOR[kind],
    community: 0,
    ...extra,
  };
}

function addRelation(graph: KnowledgeGraph, source: string, predicate: Predicate, target: string, citations: Citation[], extra: Partial<EdgeAttributes> = {}): void {
  const directed = !SYMMETRIC_PREDICATES.has(predicate);
  const [s, t] = directed || source < target ? [source, target] : [target, source];
  const articles = [...new Set(citations.map((c) => c.article))].sort();
  const dates = citations.map((c) => ARTICLES.find((a) => a.id === c.article)?.date).filter((d): d is string => !!d).sort();
  const attributes: EdgeAttributes = {
    predicate,
    family: PREDICATE_FAMILY[predicate],
    ...(PREDICATE_QUAD[predicate] ? { quad: PREDICATE_QUAD[predicate] } : {}),
    label: predicate.replace(/_/g, " "),
    directed,
    weight: citations.length,
    articles,
    outlets: [...new Set(articles.map((id) => ARTICLES.find((a) => a.id === id)?.outlet).filter((o): o is string => !!o))].sort(),
    firstSeen: dates[0] ?? null,
    lastSeen: dates[dates.length - 1] ?? null,
    citations,
    size: 1 + citations.length,
    color: "#999999",
    ...extra,
  };
  const key = `${s}|${predicate}|${t}`;
  if (directed) graph.addDirectedEdgeWithKey(key, s, t, attributes);
  else graph.addUndirectedEdgeWithKey(key, s, t, attributes);
}

/** Four actors, parallel typed edges, a mixed directed/undirected graph, nasty strings, one undated article. */
export function fixtureGraph(articles: Article[] = ARTICLES): KnowledgeGraph {
  const graph: KnowledgeGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: "mixed", multi: true, allowSelfLoops: false });
  graph.replaceAttributes({ name: "fixture", generator: "tests", articles, skipped: [] });
  const [a1, a2, a3] = articles as [Article, Article, Article];
  graph.addNode("country:ruritania", node("Ruritania", "country", { aliases: ["Ruritania", "Ruritanian", "R, \"the\" kingdom; old\\name"], mentions: 3, articles: ["a1.txt", "a2.txt"], outlets: ["Daily Ledger", "Evening Post; Wire"], x: -10.5, y: 3.25, size: 12, pagerank: 0.4, community: 1, wikidata: "Q000001" }));
  graph.addNode("country:elbonia", node("Elbonia", "country", { x: 10, y: -2.5e-7, mentions: 3, firstSeen: "2021-03-02", lastSeen: "2021-03-05" }));
  graph.addNode("person:jana-novak", node("Jana Novak", "person", { articles: ["a2.txt"], outlets: ["Evening Post; Wire"], firstSeen: "2021-03-05", lastSeen: "2021-03-05", x: 1, y: 1 }));
  graph.addNode("organization:at-t-syria", node("AT&T <Syria>\u0001\uFFFE\uD800", "organization", { aliases: ["AT&T <Syria>", "R&D; &amp; co"], x: 0, y: 5 }));
  graph.addNode("armed_group:the-front", node("the Front", "armed_group", { articles: ["a3.txt"], outlets: [], firstSeen: null, lastSeen: null, color: "not-a-colour" }));

  addRelation(graph, "country:ruritania", "meets", "country:elbonia", [cite(a1, 0, 0, 36)]);
  addRelation(graph, "country:elbonia", "co_mentioned", "country:ruritania", [cite(a1, 0, 0, 36)]);
  addRelation(graph, "person:jana-novak", "holds_role_in", "country:ruritania", [cite(a2, 0, 0, 36)], { roles: ["Minister", "Acting, \"interim\" head"] });
  addRelation(graph, "person:jana-novak", "leads", "country:ruritania", [cite(a2, 0, 0, 36)]);
  addRelation(graph, "country:ruritania", "calls_on", "country:elbonia", [cite(a2, 1, 37, 67, { attributedTo: "Novak", hedge: "reportedly" })]);
  addRelation(graph, "organization:at-t-syria", "co_mentioned", "country:ruritania", [cite(a1, 1, 37, 85), cite(a1, 0, 0, 36)]);
  addRelation(graph, "country:elbonia", "threatens", "armed_group:the-front", [cite(a3, 0, 0, 28)]);
  return graph;
}

/** The same graph with every article undated: the GEXF must be static. */
export function undatedFixtureGraph(): KnowledgeGraph {
  const graph = fixtureGraph(ARTICLES.map((article) => ({ ...article, date: null })));
  graph.forEachNode((key) => graph.mergeNodeAttributes(key, { firstSeen: null, lastSeen: null }));
  graph.forEachEdge((key) => graph.mergeEdgeAttributes(key, { firstSeen: null, lastSeen: null }));
  return graph;
}
