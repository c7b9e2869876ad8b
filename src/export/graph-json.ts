// graph.json: graphology's serialised form with a deterministic byte layout, and a validating reader for
// files dropped on the viewer.
import { DictionaryGraph } from "../shared/dictionary-graph.ts";
import type { SerializedEdge, SerializedNode } from "graphology-types";
import type {
  EdgeAttributes,
  GraphAttributes,
  KnowledgeGraph,
  NodeAttributes,
  SerializedKnowledgeGraph,
} from "../model/graph.ts";
import { ExportError } from "./export-error.ts";

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Sets `key` on a plain object: a "__proto__" key from user data becomes an ordinary property, as in the source,
 * rather than the object's prototype. A plain object, unlike one made without a prototype, stays in V8's fast mode,
 * which JSON.stringify writes much faster: nearly every node and edge needs a sorted copy (their citations are
 * unpacked in the order the stages wrote their keys).
 */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/**
 * The positions of `keys` in code-unit order of the keys. An insertion sort: objects have a few keys, in an order
 * that is partly sorted already, and sorting with a comparison function cost more than serialising the object.
 */
function sortedPositions(keys: readonly string[]): number[] {
  const order = new Array<number>(keys.length);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    let j = i - 1;
    for (; j >= 0 && (keys[order[j] as number] as string) > key; j--) order[j + 1] = order[j] as number;
    order[j + 1] = i;
  }
  return order;
}

/**
 * Recursively orders object keys, so equal graphs give equal bytes whatever order stages set attributes in.
 * Returns `value` itself when it is already ordered and has no undefined property: most attribute objects are built
 * by one code path in key order, and copying them all cost more than serialising them. Each property is read once:
 * a read may be a getter that builds the value afresh (packed citations).
 */
function sortKeys(value: unknown): unknown {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    let copy: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const sorted = typeof item === "object" ? sortKeys(item) : item;
      if (copy === null && sorted !== item) copy = value.slice(0, i);
      copy?.push(sorted);
    }
    return copy ?? value;
  }
  const source = value as Record<string, unknown>;
  const keys = Object.keys(source);
  const values = new Array<unknown>(keys.length);
  // A toJSON method (Date) would change what JSON.stringify writes; a plain copy keeps the bytes of a sorted copy.
  let changed = typeof (source as { toJSON?: unknown }).toJSON === "function";
  let ordered = true;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (i > 0 && (keys[i - 1] as string) > key) ordered = false;
    const item = source[key];
    // Primitives are most values: no call for them.
    const sorted = typeof item === "object" ? sortKeys(item) : item;
    if (item === undefined || sorted !== item) changed = true;
    values[i] = sorted;
  }
  if (ordered && !changed) return source;
  const order = ordered ? null : sortedPositions(keys);
  const out: Record<string, unknown> = {};
  for (let n = 0; n < keys.length; n++) {
    const i = order === null ? n : (order[n] as number);
    if (values[i] !== undefined) setOwn(out, keys[i] as string, values[i]);
  }
  return out;
}

export function writeGraphJson(graph: KnowledgeGraph): string {
  return [...graphJsonChunks(graph)].join("");
}

/**
 * graph.json in pieces, produced while it is written: the graph attributes' arrays (articles, skipped) element by
 * element, then each node and edge. A large corpus's graph.json is bigger than the longest string a JavaScript
 * engine can hold, and needs no copy of the graph (graph.export()) either. Joined, the pieces are the compact JSON
 * of graph.export() with nodes and edges in key order and every object's keys sorted.
 */
export function* graphJsonChunks(graph: KnowledgeGraph): Generator<string> {
  const options = { type: graph.type, multi: graph.multi, allowSelfLoops: graph.allowSelfLoops };
  yield `{"options":${JSON.stringify(options)},"attributes":{`;
  const attributes = Object.entries(graph.getAttributes())
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => byCodeUnit(a, b));
  for (const [i, [key, value]] of attributes.entries()) {
    yield `${i > 0 ? "," : ""}${JSON.stringify(key)}:`;
    if (!Array.isArray(value)) {
      yield JSON.stringify(sortKeys(value)) ?? "null";
      continue;
    }
    yield "[";
    for (const [j, item] of (value as unknown[]).entries()) yield `${j > 0 ? "," : ""}${JSON.stringify(sortKeys(item)) ?? "null"}`;
    yield "]";
  }
  yield `},"nodes":[`;
  for (const [i, key] of graph.nodes().sort(byCodeUnit).entries()) {
    yield `${i > 0 ? "," : ""}${JSON.stringify({ key, attributes: sortKeys(graph.getNodeAttributes(key)) })}`;
  }
  yield `],"edges":[`;
  for (const [i, key] of graph.edges().sort(byCodeUnit).entries()) {
    const edge = {
      key,
      source: graph.source(key),
      target: graph.target(key),
      ...(graph.type === "mixed" && graph.isUndirected(key) ? { undirected: true } : {}),
      attributes: sortKeys(graph.getEdgeAttributes(key)),
    };
    yield `${i > 0 ? "," : ""}${JSON.stringify(edge)}`;
  }
  yield "]}\n";
}

export function createKnowledgeGraph(): KnowledgeGraph {
  return new DictionaryGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({
    type: "mixed",
    multi: true,
    allowSelfLoops: false,
  });
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

/** Parses and checks a graph.json; every error says what is wrong and where. */
export function readGraphJson(text: string): KnowledgeGraph {
  return importGraphJson(parseGraphJson(text));
}

/** The parsed and checked graph.json, before it becomes a graph: the viewer can fill a drawn preview from it. */
export function parseGraphJson(text: string): SerializedKnowledgeGraph {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new ExportError(`graph.json is not valid JSON (${(error as Error).message})`);
  }
  if (!isRecord(data)) throw new ExportError("graph.json must be a JSON object with nodes and edges arrays");
  if (!Array.isArray(data.nodes)) throw new ExportError("graph.json is missing its nodes array");
  if (!Array.isArray(data.edges)) throw new ExportError("graph.json is missing its edges array");
  if (data.attributes !== undefined && !isRecord(data.attributes))
    throw new ExportError("graph.json attributes must be an object");

  const keys = new Set<string>();
  data.nodes.forEach((node: unknown, index: number) => {
    if (!isRecord(node) || typeof node.key !== "string")
      throw new ExportError(`graph.json node #${index} has no string key`);
    if (keys.has(node.key)) throw new ExportError(`graph.json has two nodes with key "${node.key}"`);
    if (node.attributes !== undefined && !isRecord(node.attributes))
      throw new ExportError(`graph.json node "${node.key}" has attributes that are not an object`);
    const label = isRecord(node.attributes) ? node.attributes.label : undefined;
    if (typeof label !== "string") throw new ExportError(`graph.json node "${node.key}" has no string label`);
    keys.add(node.key);
  });
  data.edges.forEach((edge: unknown, index: number) => {
    if (!isRecord(edge)) throw new ExportError(`graph.json edge #${index} is not an object`);
    const name = typeof edge.key === "string" ? `"${edge.key}"` : `#${index}`;
    for (const end of ["source", "target"] as const) {
      const endpoint = edge[end];
      if (typeof endpoint !== "string") throw new ExportError(`graph.json edge ${name} has no string ${end}`);
      if (!keys.has(endpoint))
        throw new ExportError(`graph.json edge ${name} references unknown node "${endpoint}" as its ${end}`);
    }
    if (edge.attributes !== undefined && !isRecord(edge.attributes))
      throw new ExportError(`graph.json edge ${name} has attributes that are not an object`);
  });

  return {
    attributes: (data.attributes ?? {}) as Partial<GraphAttributes>,
    nodes: data.nodes as SerializedNode<NodeAttributes>[],
    edges: data.edges as SerializedEdge<EdgeAttributes>[],
  } as SerializedKnowledgeGraph;
}

/** A checked graph.json (parseGraphJson) as a graph. */
export function importGraphJson(data: SerializedKnowledgeGraph): KnowledgeGraph {
  const graph = createKnowledgeGraph();
  try {
    graph.import(data);
  } catch (error) {
    throw new ExportError(`graph.json could not be loaded: ${(error as Error).message}`);
  }
  if (!graph.hasAttribute("articles")) graph.setAttribute("articles", []);
  return graph;
}
