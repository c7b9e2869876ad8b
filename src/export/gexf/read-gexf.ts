// Reads a .gexf file (ours or Gephi's) into a KnowledgeGraph for the viewer's drop zone, restoring our
// attribute names: `predicate` from the edge's `kind`, exact citations from `citationsJson`, hex colours.
import Graph from "graphology";
import createParserFunction from "graphology-gexf/common/parser.js";
import type { AbstractGraph, Attributes } from "graphology-types";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../../model/graph.ts";
import { ENTITY_KINDS, PREDICATES, PREDICATE_FAMILY, type EntityKind, type Predicate } from "../../model/ontology.ts";
import type { Citation } from "../../model/relation.ts";
import { ExportError } from "../export-error.ts";
import { createKnowledgeGraph } from "../graph-json.ts";
import { rgbToHex } from "./hex-color.ts";

/** A DOMParser constructor: the browser's global, or @xmldom/xmldom's in Node. */
export type DomParserConstructor = new (options?: object) => {
  parseFromString(source: string, type: string): Document;
};

export interface ReadGexfOptions {
  /** Defaults to the global DOMParser (browsers). */
  DOMParser?: DomParserConstructor;
}

const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : typeof value === "string" && value !== "" ? [value] : [];
const num = (value: unknown, fallback: number): number =>
  typeof value === "number" && Number.isFinite(value) ? value : fallback;
const str = (value: unknown): string | null => (typeof value === "string" && value !== "" ? value : null);

function hexColor(value: unknown, fallback: string): string {
  if (typeof value !== "string") return fallback;
  if (/^#[0-9a-f]{6}$/i.test(value)) return value.toLowerCase();
  const rgb = /^rgba?\((\d+),(\d+),(\d+)/.exec(value.replace(/\s/g, ""));
  return rgb ? rgbToHex({ r: Number(rgb[1]), g: Number(rgb[2]), b: Number(rgb[3]) }) : fallback;
}

function citations(value: unknown): Citation[] {
  if (typeof value !== "string") return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? (parsed as Citation[]) : [];
  } catch {
    return [];
  }
}

function parseDocument(text: string, Impl: DomParserConstructor): Document {
  const problems: string[] = [];
  const report = (message: string): void => void problems.push(message);
  // Browsers ignore the options and report errors as a <parsererror> element; xmldom uses the handler.
  const document = new Impl({ errorHandler: { warning: () => {}, error: report, fatalError: report } })
    .parseFromString(text, "application/xml");
  const root = document.documentElement;
  if (problems.length > 0 || document.getElementsByTagName("parsererror").length > 0 || !root)
    throw new ExportError(`this .gexf file is not well-formed XML${problems[0] ? ` (${problems[0].trim()})` : ""}`);
  if (root.localName !== "gexf") throw new ExportError(`this file is not GEXF: its root element is <${root.localName}>`);
  if (document.getElementsByTagName("graph").length === 0) throw new ExportError("this GEXF file has no <graph>");
  return document;
}

export function readGexf(text: string, options: ReadGexfOptions = {}): KnowledgeGraph {
  const Impl = options.DOMParser ?? (globalThis as { DOMParser?: DomParserConstructor }).DOMParser;
  if (!Impl) throw new ExportError("readGexf needs a DOMParser: pass one from @xmldom/xmldom outside browsers");
  const document = parseDocument(text, Impl);
  const parse = createParserFunction(Impl, document.constructor as abstract new () => Document);
  let parsed;
  try {
    parsed = parse(Graph<Attributes, Attributes, Attributes>, document, { allowUndeclaredAttributes: true });
  } catch (error) {
    throw new ExportError(`this GEXF file could not be read: ${(error as Error).message}`);
  }

  const graph = createKnowledgeGraph();
  graph.replaceAttributes({
    name: str(parsed.getAttribute("description")) ?? "gexf",
    generator: str(parsed.getAttribute("creator")) ?? "gexf",
    articles: [],
    skipped: [],
  });
  try {
    copyInto(graph, parsed);
  } catch (error) {
    throw new ExportError(`this GEXF graph cannot be loaded: ${(error as Error).message}`);
  }
  return graph;
}

/** Maps a parsed GEXF graph's attributes onto ours; foreign files get neutral defaults. */
function copyInto(graph: KnowledgeGraph, parsed: AbstractGraph): void {
  parsed.forEachNode((key, a) => {
    const label = str(a.label) ?? key;
    const kind = (ENTITY_KINDS as readonly unknown[]).includes(a.kind) ? (a.kind as EntityKind) : "organization";
    const node: NodeAttributes = {
      label,
      kind,
      aliases: a.aliases === undefined ? [label] : strings(a.aliases),
      merges: [],
      mentions: num(a.mentions, 0),
      articles: strings(a.articles),
      outlets: strings(a.outlets),
      citations: [],
      firstSeen: str(a.firstSeen),
      lastSeen: str(a.lastSeen),
      x: num(a.x, 0),
      y: num(a.y, 0),
      size: num(a.size, 1),
      pagerank: num(a.pagerank, 0),
      color: hexColor(a.color, "#999999"),
      community: num(a.community, 0),
    };
    if (str(a.wikidata)) node.wikidata = String(a.wikidata);
    graph.addNode(key, node);
  });
  parsed.forEachEdge((key, a, source, target, _s, _t, undirected) => {
    const named = [a.predicate, a.kind].find((value) => (PREDICATES as readonly unknown[]).includes(value));
    const predicate = (named as Predicate | undefined) ?? "co_mentioned";
    const directed = typeof a.directed === "boolean" ? a.directed : !undirected;
    const edge: EdgeAttributes = {
      predicate,
      family: PREDICATE_FAMILY[predicate],
      label: str(a.label) ?? predicate.replace(/_/g, " "),
      directed,
      weight: num(a.weight, 1),
      articles: strings(a.articles),
      outlets: strings(a.outlets),
      firstSeen: str(a.firstSeen),
      lastSeen: str(a.lastSeen),
      citations: citations(a.citationsJson),
      size: num(a.thickness, 1),
      color: hexColor(a.color, "#999999"),
    };
    if (str(a.quad)) edge.quad = a.quad as EdgeAttributes["quad"];
    if (a.roles !== undefined) edge.roles = strings(a.roles);
    if (directed) graph.addDirectedEdgeWithKey(key, source, target, edge);
    else graph.addUndirectedEdgeWithKey(key, source, target, edge);
  });
}
