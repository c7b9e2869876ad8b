// graph.preview.json: only what the viewer needs to draw a graph (positions, sizes, kinds, labels, and each edge's
// ends, predicate and weight), in columns. The build writes it beside graph.json. On a big graph the viewer draws
// the preview first, then fills in aliases, citations and articles from graph.json (src/viewer/fill-graph.ts): the
// bench graph's graph.json is 47 MB, its preview about 4 MB, and the first frame no longer waits for the rest.
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
  indexOf(value: T): number {
    const id = JSON.stringify(value);
    let i = this.#index.get(id);
    if (i === undefined) {
      i = this.values.length;
      this.values.push(value);
      this.#index.set(id, i);
    }
    return i;
  }
}

/** `"name":[...]` in pieces of a few thousand items, so no piece is one huge string. */
function* column(name: string, items: readonly unknown[], first = false): Generator<string> {
  yield `${first ? "" : ","}${JSON.stringify(name)}:[`;
  const STEP = 4096;
  for (let i = 0; i < items.length; i += STEP) {
    const part = JSON.stringify(items.slice(i, i + STEP));
    yield `${i > 0 ? "," : ""}${part.slice(1, -1)}`;
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
  const relations = new Table<PreviewRelation>();
  const columns = { label: [] as string[], kind: [] as number[], color: [] as number[], x: [] as number[], y: [] as number[], size: [] as number[], pagerank: [] as number[] };
  for (const key of nodes) {
    const a = graph.getNodeAttributes(key);
    columns.label.push(a.label);
    columns.kind.push(kinds.indexOf(a.kind));
    columns.color.push(colors.indexOf(a.color));
    columns.x.push(a.x);
    columns.y.push(a.y);
    columns.size.push(a.size);
    columns.pagerank.push(a.pagerank);
  }
  const edges = graph.edges().sort(byCodeUnit);
  const source: number[] = [];
  const target: number[] = [];
  const relation: number[] = [];
  const weight: number[] = [];
  // Keys are the build's `source|predicate|target`; only edges keyed otherwise spell theirs out.
  const keys: Record<string, string> = {};
  edges.forEach((key, i) => {
    const a = graph.getEdgeAttributes(key);
    const [s, t] = graph.extremities(key);
    source.push(position.get(s) as number);
    target.push(position.get(t) as number);
    relation.push(relations.indexOf([a.predicate, a.family, a.label, a.directed, graph.isUndirected(key)]));
    weight.push(a.weight);
    if (key !== edgeKey(s, a.predicate, t)) keys[i] = key;
  });
  const name = graph.getAttribute("name") ?? "graph";
  yield `{"format":${JSON.stringify(GRAPH_PREVIEW_FORMAT)},"version":${GRAPH_PREVIEW_VERSION},"name":${JSON.stringify(name)},`;
  yield `"kinds":${JSON.stringify(kinds.values)},"colors":${JSON.stringify(colors.values)},"relations":${JSON.stringify(relations.values)},`;
  yield `"nodes":{`;
  yield* column("key", nodes, true);
  for (const [name, values] of Object.entries(columns)) yield* column(name, values);
  yield `},"edges":{`;
  yield* column("source", source, true);
  yield* column("target", target);
  yield* column("relation", relation);
  yield* column("weight", weight);
  yield `,"keys":${JSON.stringify(keys)}}}\n`;
}

export function writeGraphPreview(graph: KnowledgeGraph): string {
  return [...graphPreviewChunks(graph)].join("");
}
