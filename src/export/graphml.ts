// GraphML with one typed <key> per attribute, per-edge direction, and the viz columns (x, y, size, r, g, b)
// that Gephi's GraphML importer recognises. Lists are JSON arrays in string keys: GraphML has no list type.
import type { Article } from "../model/article.ts";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../model/graph.ts";
import {
  EDGE_EXPORT_ATTRIBUTES,
  NODE_EXPORT_ATTRIBUTES,
  type ExportAttribute,
  type ExportAttributeType,
  type ExportValue,
} from "./attribute-model.ts";
import { articlesById } from "./citation-text.ts";
import { hexToRgb } from "./gexf/hex-color.ts";
import { createXmlTree, type XmlNode } from "./xml-tree.ts";

const GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
const GRAPHML_TYPE: Readonly<Record<ExportAttributeType, string>> = {
  string: "string",
  integer: "int",
  double: "double",
  boolean: "boolean",
  list: "string",
  date: "string",
};

// Gephi maps these key names onto colour, and x, y, size onto node position and size.
const COLOR_ATTRIBUTES: readonly ExportAttribute<{ color: string }>[] = [
  { id: "color", type: "string", value: (a) => a.color },
  { id: "r", type: "integer", value: (a) => hexToRgb(a.color)?.r },
  { id: "g", type: "integer", value: (a) => hexToRgb(a.color)?.g },
  { id: "b", type: "integer", value: (a) => hexToRgb(a.color)?.b },
];

const GRAPHML_NODE_ATTRIBUTES: readonly ExportAttribute<NodeAttributes>[] = [
  { id: "label", type: "string", value: (a) => a.label },
  ...NODE_EXPORT_ATTRIBUTES,
  { id: "x", type: "double", value: (a) => a.x },
  { id: "y", type: "double", value: (a) => a.y },
  { id: "size", type: "double", value: (a) => a.size },
  ...COLOR_ATTRIBUTES,
];

const GRAPHML_EDGE_ATTRIBUTES: readonly ExportAttribute<EdgeAttributes>[] = [
  { id: "label", type: "string", value: (a) => a.label },
  { id: "weight", type: "double", value: (a) => a.weight },
  ...EDGE_EXPORT_ATTRIBUTES,
  { id: "thickness", type: "double", value: (a) => a.size },
  ...COLOR_ATTRIBUTES,
];

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function formatValue(value: ExportValue): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "0";
  if (typeof value === "boolean") return value ? "true" : "false";
  return JSON.stringify(value);
}

export function writeGraphml(graph: KnowledgeGraph): string {
  return [...graphmlChunks(graph)].join("");
}

/** The GraphML file in pieces, produced while it is written: a large graph's file need not fit in one string. */
export function graphmlChunks(graph: KnowledgeGraph): Generator<string> {
  const articles = articlesById(graph.hasAttribute("articles") ? graph.getAttribute("articles") : []);
  const tree = createXmlTree(GRAPHML_NS, "graphml");
  const root = tree.root;
  // Key ids must be unique across nodes and edges; attr.name keeps our attribute names.
  for (const attribute of GRAPHML_NODE_ATTRIBUTES) root.el("key", keyAttributes("node", attribute));
  for (const attribute of GRAPHML_EDGE_ATTRIBUTES) root.el("key", keyAttributes("edge", attribute));

  const graphElement = root.el("graph", { id: "G", edgedefault: "directed" });
  tree.stream(graphElement, function* (element) {
    for (const key of graph.nodes().sort(byCodeUnit)) {
      yield element("node", { id: key }, (node) => writeData(node, "node", GRAPHML_NODE_ATTRIBUTES, graph.getNodeAttributes(key), articles));
    }
    for (const key of graph.edges().sort(byCodeUnit)) {
      const undirected = graph.isUndirected(key);
      const ends = { id: key, source: graph.source(key), target: graph.target(key), directed: undirected ? "false" : "true" };
      const attributes = { ...graph.getEdgeAttributes(key), directed: !undirected };
      yield element("edge", ends, (edge) => writeData(edge, "edge", GRAPHML_EDGE_ATTRIBUTES, attributes, articles));
    }
  });
  return tree.serializeChunks();
}

function keyAttributes(target: "node" | "edge", attribute: { id: string; type: ExportAttributeType }) {
  return { id: `${target}-${attribute.id}`, for: target, "attr.name": attribute.id, "attr.type": GRAPHML_TYPE[attribute.type] };
}

function writeData<A>(
  parent: XmlNode,
  target: "node" | "edge",
  model: readonly ExportAttribute<A>[],
  attributes: A,
  articles: ReadonlyMap<string, Article>,
): void {
  for (const attribute of model) {
    const value = attribute.value(attributes, articles);
    if (value !== undefined) parent.el("data", { key: `${target}-${attribute.id}` }).text(formatValue(value));
  }
}
