// The declared, typed GEXF attributes of nodes and edges. Ids equal our attribute names, so graphology-gexf
// and networkx read them back under the names graph.json uses.
import type { Article } from "../../model/article.ts";
import type { EdgeAttributes, NodeAttributes } from "../../model/graph.ts";
import { formatCitations } from "../citation-text.ts";

export type GexfAttributeType = "string" | "integer" | "double" | "boolean" | "liststring";
export type GexfValue = string | number | boolean | readonly string[];

export interface GexfAttribute<A> {
  id: string;
  type: GexfAttributeType;
  /** `undefined` writes no <attvalue> (e.g. no Wikidata id known). */
  value: (attributes: A, articles: ReadonlyMap<string, Article>) => GexfValue | undefined;
}

export const NODE_GEXF_ATTRIBUTES: readonly GexfAttribute<NodeAttributes>[] = [
  { id: "kind", type: "string", value: (a) => a.kind },
  { id: "aliases", type: "liststring", value: (a) => a.aliases },
  { id: "mentions", type: "integer", value: (a) => a.mentions },
  { id: "articles", type: "liststring", value: (a) => a.articles },
  { id: "articleCount", type: "integer", value: (a) => a.articles.length },
  { id: "outlets", type: "liststring", value: (a) => a.outlets },
  { id: "outletCount", type: "integer", value: (a) => a.outlets.length },
  { id: "pagerank", type: "double", value: (a) => a.pagerank },
  { id: "community", type: "integer", value: (a) => a.community },
  { id: "wikidata", type: "string", value: (a) => a.wikidata },
  { id: "firstSeen", type: "string", value: (a) => a.firstSeen ?? undefined },
  { id: "lastSeen", type: "string", value: (a) => a.lastSeen ?? undefined },
];

export const EDGE_GEXF_ATTRIBUTES: readonly GexfAttribute<EdgeAttributes>[] = [
  // Also on the edge's `kind` in 1.3; repeated here because 1.2draft has no `kind` and networkx ignores it.
  { id: "predicate", type: "string", value: (a) => a.predicate },
  { id: "family", type: "string", value: (a) => a.family },
  { id: "quad", type: "string", value: (a) => a.quad },
  { id: "roles", type: "liststring", value: (a) => a.roles },
  { id: "directed", type: "boolean", value: (a) => a.directed },
  { id: "articles", type: "liststring", value: (a) => a.articles },
  { id: "articleCount", type: "integer", value: (a) => a.articles.length },
  { id: "outlets", type: "liststring", value: (a) => a.outlets },
  { id: "outletCount", type: "integer", value: (a) => a.outlets.length },
  { id: "firstSeen", type: "string", value: (a) => a.firstSeen ?? undefined },
  { id: "lastSeen", type: "string", value: (a) => a.lastSeen ?? undefined },
  { id: "citationCount", type: "integer", value: (a) => a.citations.length },
  // One readable line per citation for the Data Laboratory, and the exact records for readers (readGexf).
  { id: "citations", type: "string", value: (a, articles) => formatCitations(a.citations, articles) },
  { id: "citationsJson", type: "string", value: (a) => JSON.stringify(a.citations) },
];

/** Gephi's list syntax, which graphology-gexf also parses: `["a", "b \"c\""]`. */
export function formatGexfList(values: readonly string[]): string {
  return `[${values.map((value) => `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(", ")}]`;
}

export function formatGexfValue(value: GexfValue): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "0";
  if (typeof value === "boolean") return value ? "true" : "false";
  return formatGexfList(value);
}
