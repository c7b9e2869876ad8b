// Fills the attributes the viewer reads but that older, hand-made or imported graphs may lack, so one odd file
// gives sensible defaults instead of a broken page. Runs once at load, before anything is drawn. Nodes and edges
// that already have every attribute right keep their attribute object: a big graph.json built by the CLI then
// costs one check per attribute, not 120k new objects for the garbage collector.
import type { Attributes } from "graphology-types";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes, Predicate } from "../model/index.ts";
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
  return typeof v === "number" && Number.isFinite(v) ? v : fallback;
}

function str(v: unknown): string | null {
  return typeof v === "string" ? v : null;
}

const isStrings = (v: unknown): boolean => Array.isArray(v) && v.every((x) => typeof x === "string");
const isObjects = (v: unknown): boolean => Array.isArray(v) && v.every(isObject);
const isFinite = (v: unknown): boolean => typeof v === "number" && Number.isFinite(v);
const isDate = (v: unknown): boolean => v === null || typeof v === "string";

/** True when normalising would change nothing: every attribute the viewer reads is present and well-typed. */
function nodeIsComplete(a: Record<string, unknown>): boolean {
  return (
    typeof a.label === "string" && a.label !== "" && typeof a.kind === "string" && isStrings(a.aliases) && Array.isArray(a.merges) &&
    isFinite(a.mentions) && isStrings(a.articles) && isStrings(a.outlets) && isObjects(a.citations) && isDate(a.firstSeen) &&
    isDate(a.lastSeen) && isFinite(a.x) && isFinite(a.y) && isFinite(a.size) && isFinite(a.pagerank) && typeof a.color === "string" &&
    isFinite(a.community)
  );
}

function edgeIsComplete(a: Record<string, unknown>): boolean {
  return (
    typeof a.predicate === "string" && typeof a.family === "string" && typeof a.label === "string" && typeof a.directed === "boolean" &&
    isFinite(a.weight) && isStrings(a.articles) && isStrings(a.outlets) && isDate(a.firstSeen) && isDate(a.lastSeen) &&
    isObjects(a.citations) && isFinite(a.size) && typeof a.color === "string"
  );
}

/** Fills missing or mistyped attributes in place; values that are present and well-typed are kept. */
export function normaliseGraph(graph: KnowledgeGraph): KnowledgeGraph {
  const ga: Attributes = graph.getAttributes();
  graph.replaceAttributes({
    name: str(ga.name) ?? "graph",
    generator: str(ga.generator) ?? "",
    articles: Array.isArray(ga.articles)
      ? ga.articles.filter(isObject).map((a) => ({
          id: String(a.id ?? ""),
          title: str(a.title) ?? String(a.id ?? ""),
          outlet: str(a.outlet),
          date: str(a.date),
          url: str(a.url),
          text: str(a.text) ?? "",
        }))
      : [],
    skipped: Array.isArray(ga.skipped) ? ga.skipped : [],
  });
  let i = 0;
  graph.updateEachNodeAttributes((key, raw) => {
    const a = raw as Partial<Record<keyof NodeAttributes, unknown>>;
    const angle = i++ * 2.39996;
    if (nodeIsComplete(a)) return raw;
    return {
      ...raw,
      label: typeof a.label === "string" && a.label ? a.label : key,
      kind: (str(a.kind) ?? "organization") as NodeAttributes["kind"],
      aliases: strings(a.aliases),
      merges: Array.isArray(a.merges) ? (a.merges as NodeAttributes["merges"]) : [],
      mentions: num(a.mentions, 0),
      articles: strings(a.articles),
      outlets: strings(a.outlets),
      citations: Array.isArray(a.citations) ? (a.citations.filter(isObject) as unknown as NodeAttributes["citations"]) : [],
      firstSeen: str(a.firstSeen),
      lastSeen: str(a.lastSeen),
      // A golden-angle spiral for graphs without positions, so they still open readable.
      x: num(a.x, Math.cos(angle) * Math.sqrt(i) * 10),
      y: num(a.y, Math.sin(angle) * Math.sqrt(i) * 10),
      size: num(a.size, 5),
      pagerank: num(a.pagerank, 0),
      color: str(a.color) ?? "#888888",
      community: num(a.community, 0),
    };
  });
  graph.updateEachEdgeAttributes((_key, raw, _s, _t, _sa, _ta, undirected) => {
    const a = raw as Partial<Record<keyof EdgeAttributes, unknown>>;
    if (edgeIsComplete(a)) return raw;
    const predicate = (str(a.predicate) ?? "co_mentioned") as Predicate;
    return {
      ...raw,
      predicate,
      family: (str(a.family) ?? PREDICATE_FAMILY[predicate] ?? "mention") as EdgeAttributes["family"],
      label: str(a.label) ?? predicate.replace(/_/g, " "),
      directed: typeof a.directed === "boolean" ? a.directed : !undirected && !SYMMETRIC_PREDICATES.has(predicate),
      weight: num(a.weight, 1),
      articles: strings(a.articles),
      outlets: strings(a.outlets),
      firstSeen: str(a.firstSeen),
      lastSeen: str(a.lastSeen),
      citations: Array.isArray(a.citations) ? (a.citations.filter(isObject) as unknown as EdgeAttributes["citations"]) : [],
      size: num(a.size, 1),
      color: str(a.color) ?? "#999999",
    };
  });
  return graph;
}
