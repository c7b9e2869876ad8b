// graph.preview.json: only what the viewer needs to draw a graph (positions, sizes, kinds, labels, and each edge's
// ends, predicate and weight), in columns. The build writes it beside graph.json. On a big graph the viewer draws
// the preview first, then fills in aliases, citations and articles from graph.json (src/viewer/fill-graph.ts): the
// bench graph's graph.json is 47 MB, its preview 3.4 MB, and the first frame no longer waits for the rest.
// graph.json stays the whole record; the preview holds nothing that is not in it, in the same JSON numbers.
import type { KnowledgeGraph } from "../model/graph.ts";
import { edgeKey } from "../assemble/edge-key.ts";

export const GRAPH_PREVIEW_FORMAT = "newsgraph-graph-preview";
export const GRAPH_PREVIEW_VERSION = 1;
/** The preview's file name for a graph.json file name: graph.json → graph.preview.json. */
export const GRAPH_PREVIEW_FILE = "graph.preview.json";

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Relation types as [predicate, family, label, directed, undirected]: few distinct ones, so edges index them. */
export type PreviewRelation = [predicate: string, family: string, label: string, directed: boolean, undirected: boolean];

/** Numbers the distinct values of a column in first-seen order. */
class Table<T> {
  readonly values: T[] = [];
  readonly #index = new Map<string, number>();
  indexOf(id: string, value: () => T): number {
    let i = this.#index.get(id);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value());
      this.#index.set(id, i);
    }
    return i;
  }
}

const STEP = 4096;

/**
 * `"name":[...]` in pieces of a few thousand items, each value read when its piece is written: a big graph's
 * columns are never all held at once (this runs after graph.json, with the graph still in memory).
 */
function* column(name: string, length: number, value: (i: number) => unknown, first = false): Generator<string> {
  yield `${first ? "" : ","}${JSON.stringify(name)}:[`;
  const part: unknown[] = [];
  for (let i = 0; i < length; i += STEP) {
    part.length = 0;
    for (let j = i; j < Math.min(length, i + STEP); j++) part.push(value(j));
    yield `${i > 0 ? "," : ""}${JSON.stringify(part).slice(1, -1)}`;
  }
  yield "]";
}

/** The preview of a graph, in pieces as written; nodes and edges in key order, as in graph.json. */
export function* graphPreviewChunks(graph: KnowledgeGraph): Generator<string> {
  const nodes = graph.nodes().sort(byCodeUnit);
  const position = new Map<string, number>();
  nodes.forEach((key, i) => position.set(key, i));
  const kinds = new Table<string>();
  const colors = new Table<string>();
  const kind = new Int32Array(nodes.length);
  const color = new Int32Array(nodes.length);
  nodes.forEach((key, i) => {
    const a = graph.getNodeAttributes(key);
    kind[i] = kinds.indexOf(a.kind, () => a.kind);
    color[i] = colors.indexOf(a.color, () => a.color);
  });
  const edges = graph.edges().sort(byCodeUnit);
  const relations = new Table<PreviewRelation>();
  const relation = new Int32Array(edges.length);
  // Keys are the build's `source|predicate|target`; only edges keyed otherwise spell theirs out.
  const keys: Record<string, string> = {};
  edges.forEach((key, i) => {
    const a = graph.getEdgeAttributes(key);
    const undirected = graph.isUndirected(key);
    const id = `${a.predicate}\u0000${a.family}\u0000${a.label}\u0000${a.directed}\u0000${undirected}`;
    relation[i] = relations.indexOf(id, () => [a.predicate, a.family, a.label, a.directed, undirected]);
    if (key !== edgeKey(graph.source(key), a.predicate, graph.target(key))) keys[i] = key;
  });
  const node = (i: number) => graph.getNodeAttributes(nodes[i] as string);
  const name = graph.getAttribute("name") ?? "graph";
  yield `{"format":${JSON.stringify(GRAPH_PREVIEW_FORMAT)},"version":${GRAPH_PREVIEW_VERSION},"name":${JSON.stringify(name)},`;
  yield `"kinds":${JSON.stringify(kinds.values)},"colors":${JSON.stringify(colors.values)},"relations":${JSON.stringify(relations.values)},`;
  yield `"nodes":{`;
  yield* column("key", nodes.length, (i) => nodes[i], true);
  yield* column("label", nodes.length, (i) => node(i).label);
  yield* column("kind", nodes.length, (i) => kind[i]);
  yield* column("color", nodes.length, (i) => color[i]);
  for (const attribute of ["x", "y", "size", "pagerank"] as const) yield* column(attribute, nodes.length, (i) => node(i)[attribute]);
  yield `},"edges":{`;
  yield* column("source", edges.length, (i) => position.get(graph.source(edges[i] as string)), true);
  yield* column("target", edges.length, (i) => position.get(graph.target(edges[i] as string)));
  yield* column("relation", edges.length, (i) => relation[i]);
  yield* column("weight", edges.length, (i) => graph.getEdgeAttribute(edges[i] as string, "weight"));
  yield `,"keys":${JSON.stringify(keys)}}}\n`;
}

export function writeGraphPreview(graph: KnowledgeGraph): string {
  return [...graphPreviewChunks(graph)].join("");
}
