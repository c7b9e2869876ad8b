// Reads graph.preview.json (graph-preview.ts) into a graph the viewer can draw: every attribute it draws with is
// the one graph.json holds; the rest (aliases, citations, articles, outlets, dates) is empty until graph.json fills
// it in. Every value is checked, so a stale, truncated or hand-edited preview is an error, never a wrong drawing.
import type { EdgeAttributes, EntityKind, KnowledgeGraph, NodeAttributes, Predicate, RelationFamily } from "../model/index.ts";
import { edgeKey } from "../assemble/edge-key.ts";
import { ExportError } from "./export-error.ts";
import { GRAPH_PREVIEW_FORMAT, GRAPH_PREVIEW_VERSION } from "./graph-preview.ts";
import { createKnowledgeGraph } from "./graph-json.ts";

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === "object" && !Array.isArray(v);

function fail(message: string): never {
  throw new ExportError(`graph.preview.json ${message}`);
}

function array(record: Record<string, unknown>, name: string, length: number | null): unknown[] {
  const value = record[name];
  if (!Array.isArray(value)) fail(`has no ${name} array`);
  if (length !== null && value.length !== length) fail(`has ${value.length} ${name} values for ${length} items`);
  return value;
}

function strings(record: Record<string, unknown>, name: string, length: number | null): string[] {
  const values = array(record, name, length);
  for (const v of values) if (typeof v !== "string") fail(`has a ${name} that is not a string`);
  return values as string[];
}

function numbers(record: Record<string, unknown>, name: string, length: number): number[] {
  const values = array(record, name, length);
  for (const v of values) if (typeof v !== "number" || !Number.isFinite(v)) fail(`has a ${name} that is not a finite number`);
  return values as number[];
}

function indices(record: Record<string, unknown>, name: string, length: number, bound: number): number[] {
  const values = array(record, name, length);
  for (const v of values) if (!Number.isInteger(v) || (v as number) < 0 || (v as number) >= bound) fail(`has a ${name} index out of range`);
  return values as number[];
}

export interface PreviewEdgeType {
  predicate: Predicate;
  family: RelationFamily;
  label: string;
  directed: boolean;
  undirected: boolean;
}

function relations(data: Record<string, unknown>): PreviewEdgeType[] {
  return array(data, "relations", null).map((r) => {
    if (!Array.isArray(r) || r.length !== 5) fail("has a relation that is not [predicate, family, label, directed, undirected]");
    const [predicate, family, label, directed, undirected] = r as unknown[];
    if (typeof predicate !== "string" || typeof family !== "string" || typeof label !== "string" || typeof directed !== "boolean" || typeof undirected !== "boolean")
      fail("has a relation that is not [predicate, family, label, directed, undirected]");
    return { predicate: predicate as Predicate, family: family as RelationFamily, label, directed, undirected };
  });
}

// Shared by every node and edge: the viewer never changes attribute values in place, and graph.json replaces them.
const NONE: never[] = Object.freeze([]) as unknown as never[];

/** A checked preview, in columns: node i is `keys[i]`; edge j joins `source[j]` to `target[j]` (node numbers). */
export interface GraphPreview {
  name: string;
  keys: string[];
  label: string[];
  kind: EntityKind[];
  color: string[];
  x: number[];
  y: number[];
  size: number[];
  pagerank: number[];
  source: number[];
  target: number[];
  relation: PreviewEdgeType[];
  weight: number[];
  /** Edge keys other than `source|predicate|target`, by edge number. */
  edgeKeys: ReadonlyMap<number, string>;
}

export function parseGraphPreview(text: string): GraphPreview {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    fail(`is not valid JSON (${(error as Error).message})`);
  }
  if (!isRecord(data) || data.format !== GRAPH_PREVIEW_FORMAT) fail(`is not a ${GRAPH_PREVIEW_FORMAT} file`);
  if (data.version !== GRAPH_PREVIEW_VERSION) fail(`has version ${String(data.version)}; this viewer reads version ${GRAPH_PREVIEW_VERSION}`);
  const nodes = data.nodes;
  const edges = data.edges;
  if (!isRecord(nodes) || !isRecord(edges)) fail("has no nodes or edges");
  const kinds = strings(data, "kinds", null);
  const colors = strings(data, "colors", null);
  const types = relations(data);
  const keys = strings(nodes, "key", null);
  const n = keys.length;
  const [x, y, size, pagerank] = (["x", "y", "size", "pagerank"] as const).map((c) => numbers(nodes, c, n)) as [number[], number[], number[], number[]];
  const m = array(edges, "source", null).length;
  const spelled = edges.keys;
  if (!isRecord(spelled)) fail("has no edge keys object");
  const edgeKeys = new Map<number, string>();
  for (const [at, key] of Object.entries(spelled)) {
    const i = Number(at);
    if (!Number.isInteger(i) || i < 0 || i >= m || typeof key !== "string") fail("has an edge key that is not a string for an edge number");
    edgeKeys.set(i, key);
  }
  return {
    name: typeof data.name === "string" ? data.name : "graph",
    keys,
    label: strings(nodes, "label", n),
    kind: indices(nodes, "kind", n, kinds.length).map((i) => kinds[i] as EntityKind),
    color: indices(nodes, "color", n, colors.length).map((i) => colors[i] as string),
    x,
    y,
    size,
    pagerank,
    source: indices(edges, "source", m, n),
    target: indices(edges, "target", m, n),
    relation: indices(edges, "relation", m, types.length).map((i) => types[i] as PreviewEdgeType),
    weight: numbers(edges, "weight", m),
    edgeKeys,
  };
}

/** The graph a preview describes, with empty citations, aliases, articles and outlets. */
export function previewGraph(p: GraphPreview): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  graph.replaceAttributes({ name: p.name, generator: "", articles: NONE, skipped: NONE });
  try {
    for (let i = 0; i < p.keys.length; i++) {
      const attributes: NodeAttributes = {
        label: p.label[i] as string, kind: p.kind[i] as EntityKind, aliases: NONE, merges: NONE, mentions: 0, articles: NONE, outlets: NONE,
        citations: NONE, firstSeen: null, lastSeen: null, x: p.x[i] as number, y: p.y[i] as number, size: p.size[i] as number,
        pagerank: p.pagerank[i] as number, color: p.color[i] as string, community: 0,
      };
      graph.addNode(p.keys[i] as string, attributes);
    }
    for (let i = 0; i < p.source.length; i++) {
      const type = p.relation[i] as PreviewEdgeType;
      const s = p.keys[p.source[i] as number] as string;
      const t = p.keys[p.target[i] as number] as string;
      const key = p.edgeKeys.get(i) ?? edgeKey(s, type.predicate, t);
      const attributes: EdgeAttributes = {
        predicate: type.predicate, family: type.family, label: type.label, directed: type.directed, weight: p.weight[i] as number,
        articles: NONE, outlets: NONE, firstSeen: null, lastSeen: null, citations: NONE, size: 1, color: "#999999",
      };
      if (type.undirected) graph.addUndirectedEdgeWithKey(key, s, t, attributes);
      else graph.addDirectedEdgeWithKey(key, s, t, attributes);
    }
  } catch (error) {
    fail(`does not describe a graph: ${(error as Error).message}`);
  }
  return graph;
}
