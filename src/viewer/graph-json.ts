// Reads and checks a graph.json (graphology's export) for the viewer, and fills attributes that older or
// hand-made graphs lack, so one odd file gives a clear message instead of a broken page.
import Graph from "graphology";
import type { Attributes } from "graphology-types";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes, GraphAttributes, Predicate } from "../model/index.ts";
import { PREDICATE_FAMILY, SYMMETRIC_PREDICATES } from "../model/index.ts";

export class GraphFileError extends Error {
  override name = "GraphFileError";
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
}

function num(v: unknown, fallback: number): number {
  const n = typeof v === "string" ? Number(v) : v;
  return typeof n === "number" && Number.isFinite(n) ? n : fallback;
}

/** Fills every attribute the viewer reads with a safe default; never changes values that are present. */
export function normaliseGraph(source: Graph): KnowledgeGraph {
  const graph: KnowledgeGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: "mixed", multi: true });
  const ga: Attributes = source.getAttributes();
  graph.replaceAttributes({
    name: typeof ga.name === "string" ? ga.name : "graph",
    generator: typeof ga.generator === "string" ? ga.generator : "",
    articles: Array.isArray(ga.articles) ? ga.articles.filter(isObject).map((a) => ({
      id: String(a.id ?? ""),
      title: String(a.title ?? a.id ?? ""),
      outlet: typeof a.outlet === "string" ? a.outlet : null,
      date: typeof a.date === "string" ? a.date : null,
      url: typeof a.url === "string" ? a.url : null,
      text: typeof a.text === "string" ? a.text : "",
    })) : [],
    skipped: Array.isArray(ga.skipped) ? ga.skipped : [],
  });
  let i = 0;
  source.forEachNode((key, a) => {
    const angle = i++ * 2.39996;
    graph.addNode(key, {
      ...(a as Partial<NodeAttributes>),
      label: typeof a.label === "string" && a.label ? a.label : key,
      kind: typeof a.kind === "string" ? (a.kind as NodeAttributes["kind"]) : "organization",
      aliases: strings(a.aliases),
      merges: Array.isArray(a.merges) ? a.merges : [],
      mentions: num(a.mentions, 0),
      articles: strings(a.articles),
      outlets: strings(a.outlets),
      citations: Array.isArray(a.citations) ? a.citations.filter(isObject) as unknown as NodeAttributes["citations"] : [],
      firstSeen: typeof a.firstSeen === "string" ? a.firstSeen : null,
      lastSeen: typeof a.lastSeen === "string" ? a.lastSeen : null,
      // A golden-angle spiral for graphs without positions, so they still open readable.
      x: num(a.x, Math.cos(angle) * Math.sqrt(i) * 10),
      y: num(a.y, Math.sin(angle) * Math.sqrt(i) * 10),
      size: num(a.size, 5),
      pagerank: num(a.pagerank, 0),
      color: typeof a.color === "string" ? a.color : "#888888",
      community: num(a.community, 0),
    });
  });
  source.forEachEdge((key, a, s, t, _sa, _ta, undirected) => {
    const predicate = (typeof a.predicate === "string" ? a.predicate : "co_mentioned") as Predicate;
    const attrs: EdgeAttributes = {
      ...(a as Partial<EdgeAttributes>),
      predicate,
      family: typeof a.family === "string" ? (a.family as EdgeAttributes["family"]) : (PREDICATE_FAMILY[predicate] ?? "mention"),
      label: typeof a.label === "string" ? a.label : predicate.replace(/_/g, " "),
      directed: typeof a.directed === "boolean" ? a.directed : !undirected && !SYMMETRIC_PREDICATES.has(predicate),
      weight: num(a.weight, 1),
      articles: strings(a.articles),
      outlets: strings(a.outlets),
      firstSeen: typeof a.firstSeen === "string" ? a.firstSeen : null,
      lastSeen: typeof a.lastSeen === "string" ? a.lastSeen : null,
      citations: Array.isArray(a.citations) ? a.citations.filter(isObject) as unknown as EdgeAttributes["citations"] : [],
      size: num(a.size, 1),
      color: typeof a.color === "string" ? a.color : "#999999",
    };
    if (undirected) graph.addUndirectedEdgeWithKey(key, s, t, attrs);
    else graph.addDirectedEdgeWithKey(key, s, t, attrs);
  });
  return graph;
}

/** Parses graph.json text; throws GraphFileError saying what is wrong and what a graph.json looks like. */
export function parseGraphJson(text: string, name = "graph.json"): KnowledgeGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new GraphFileError(`${name} is not valid JSON (${(err as Error).message}).`);
  }
  if (!isObject(data) || !Array.isArray(data.nodes)) {
    throw new GraphFileError(`${name} is not a newsgraph graph.json: expected an object with "nodes" and "edges" arrays.`);
  }
  if (data.edges !== undefined && !Array.isArray(data.edges)) throw new GraphFileError(`${name}: "edges" must be an array.`);
  const raw = new Graph({ type: "mixed", multi: true, allowSelfLoops: true });
  try {
    raw.import({ ...data, options: { type: "mixed", multi: true, allowSelfLoops: true } } as never);
  } catch (err) {
    throw new GraphFileError(`${name} could not be read as a graph: ${(err as Error).message}`);
  }
  return normaliseGraph(raw);
}
