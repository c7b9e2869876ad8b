// Writes a KnowledgeGraph as GEXF 1.3 (or 1.2draft) for Gephi: declared typed attributes, viz with r/g/b,
// citations readable in the Data Laboratory, and a timeline from the article dates.
import type { Article } from "../../model/article.ts";
import type { KnowledgeGraph } from "../../model/graph.ts";
import { articlesById } from "../citation-text.ts";
import { createXmlTree, type XmlNode } from "../xml-tree.ts";
import { EDGE_EXPORT_ATTRIBUTES, NODE_EXPORT_ATTRIBUTES, type ExportAttribute } from "../attribute-model.ts";
import { GEXF_TYPE, formatGexfValue } from "./gexf-values.ts";
import { hexToRgb } from "./hex-color.ts";
import { GEXF_NAMESPACES } from "./namespaces.ts";
import { isIsoDate, resolveGexfSettings, type GexfSettings } from "./settings.ts";
import { gexfTimeline, laterDate } from "./timeline.ts";

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function writeGexf(graph: KnowledgeGraph, settings: Partial<GexfSettings> = {}): string {
  return [...gexfChunks(graph, settings)].join("");
}

/** The GEXF file in pieces, produced while it is written: a large graph's file need not fit in one string. */
export function gexfChunks(graph: KnowledgeGraph, settings: Partial<GexfSettings> = {}): Generator<string> {
  const resolved = resolveGexfSettings(settings);
  const ns = GEXF_NAMESPACES[resolved.version];
  const articles: readonly Article[] = graph.hasAttribute("articles") ? graph.getAttribute("articles") : [];
  const articleMap = articlesById(articles);
  const timeline = gexfTimeline(graph, resolved);

  const tree = createXmlTree(ns.gexf, "gexf");
  tree.declarePrefix("viz", ns.viz);
  const root = tree.root.attr("version", ns.version);
  const meta = root.el("meta", { lastmodifieddate: resolved.lastModified ?? timeline.end });
  meta.el("creator").text(resolved.creator);
  meta.el("description").text(resolved.description || describe(graph, articles.length));

  const graphElement = root.el("graph", {
    defaultedgetype: "directed",
    mode: timeline.dynamic ? "dynamic" : "static",
    timeformat: timeline.dynamic ? "date" : null,
    start: timeline.dynamic ? timeline.start : null,
    end: timeline.dynamic ? timeline.end : null,
  });
  declareAttributes(graphElement, "node", NODE_EXPORT_ATTRIBUTES);
  declareAttributes(graphElement, "edge", EDGE_EXPORT_ATTRIBUTES);

  const nodeKeys = graph.nodes().sort(byCodeUnit);
  const nodeStart = new Map<string, string | null>();
  for (const key of nodeKeys) {
    const firstSeen = graph.getNodeAttribute(key, "firstSeen");
    nodeStart.set(key, timeline.dynamic && isIsoDate(firstSeen) ? firstSeen : null);
  }
  tree.stream(graphElement.el("nodes", { count: nodeKeys.length }), function* (element) {
    for (const key of nodeKeys) {
      const a = graph.getNodeAttributes(key);
      yield element("node", { id: key, label: a.label, start: nodeStart.get(key) }, (node) => {
        writeAttvalues(node, NODE_EXPORT_ATTRIBUTES, a, articleMap);
        const color = hexToRgb(a.color);
        if (color) node.el("viz:color", { ...color }, ns.viz);
        if (Number.isFinite(a.x) && Number.isFinite(a.y)) node.el("viz:position", { x: a.x, y: a.y, z: 0 }, ns.viz);
        if (Number.isFinite(a.size) && a.size >= 0) node.el("viz:size", { value: a.size }, ns.viz);
      });
    }
  });

  const edgeKeys = graph.edges().sort(byCodeUnit);
  tree.stream(graphElement.el("edges", { count: edgeKeys.length }), function* (element) {
    for (const key of edgeKeys) {
      const a = graph.getEdgeAttributes(key);
      const source = graph.source(key);
      const target = graph.target(key);
      const undirected = graph.isUndirected(key);
      // An edge cannot exist before its endpoints do, or Gephi's timeline shows dangling edges.
      const start = timeline.dynamic
        ? laterDate(a.firstSeen, laterDate(nodeStart.get(source), nodeStart.get(target)))
        : null;
      const attributes = {
        id: key,
        source,
        target,
        type: resolved.edgeDirection === "mixed" && undirected ? "undirected" : null,
        // GEXF 1.3's `kind` keeps parallel edges of different predicates apart in Gephi; 1.2draft lacks it.
        kind: resolved.version === "1.3" ? a.predicate : null,
        label: a.label,
        weight: Number.isFinite(a.weight) ? a.weight : 1,
        start,
      };
      yield element("edge", attributes, (edge) => {
        writeAttvalues(edge, EDGE_EXPORT_ATTRIBUTES, { ...a, directed: !undirected }, articleMap);
        const color = hexToRgb(a.color);
        if (color) edge.el("viz:color", { ...color }, ns.viz);
        if (Number.isFinite(a.size) && a.size >= 0) edge.el("viz:thickness", { value: a.size }, ns.viz);
      });
    }
  });

  return tree.serializeChunks();
}

function describe(graph: KnowledgeGraph, articleCount: number): string {
  return `newsgraph: ${graph.order} entities and ${graph.size} relations from ${articleCount} articles`;
}

function declareAttributes<A>(parent: XmlNode, cls: "node" | "edge", model: readonly ExportAttribute<A>[]): void {
  const attributes = parent.el("attributes", { class: cls, mode: "static" });
  for (const attribute of model) {
    attributes.el("attribute", { id: attribute.id, title: attribute.id, type: GEXF_TYPE[attribute.type] });
  }
}

function writeAttvalues<A>(
  parent: XmlNode,
  model: readonly ExportAttribute<A>[],
  attributes: A,
  articles: ReadonlyMap<string, Article>,
): void {
  // <attvalues> only when some value is known; a loop rather than map and filter, as this runs for every attribute
  // of every node and edge.
  let attvalues: XmlNode | null = null;
  for (const attribute of model) {
    const value = attribute.value(attributes, articles);
    if (value === undefined) continue;
    attvalues ??= parent.el("attvalues");
    attvalues.el("attvalue", { for: attribute.id, value: formatGexfValue(value) });
  }
}
