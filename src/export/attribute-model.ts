// The typed attribute columns every format writes (GEXF attvalues, GraphML keys, Neo4j CSV columns), in one
// list so the formats cannot drift apart. Ids equal graph.json's names, so readers get those names back.
import type { Article } from "../model/article.ts";
import type { EdgeAttributes, NodeAttributes } from "../model/graph.ts";
import { formatCitations } from "./citation-text.ts";

export type ExportAttributeType = "string" | "integer" | "double" | "boolean" | "list" | "date";
export type ExportValue = string | number | boolean | readonly string[];

export interface ExportAttribute<A> {
  id: string;
  type: ExportAttributeType;
  /** `undefined` writes no <attvalue> (e.g. no Wikidata id known). */
  value: (attributes: A, articles: ReadonlyMap<string, Article>) => ExportValue | undefined;
}

export const NODE_EXPORT_ATTRIBUTES: readonly ExportAttribute<NodeAttributes>[] = [
  { id: "kind", type: "string", value: (a) => a.kind },
  { id: "aliases", type: "list", value: (a) => a.aliases },
  { id: "mentions", type: "integer", value: (a) => a.mentions },
  { id: "articles", type: "list", value: (a) => a.articles },
  { id: "articleCount", type: "integer", value: (a) => a.articles.length },
  { id: "outlets", type: "list", value: (a) => a.outlets },
  { id: "outletCount", type: "integer", value: (a) => a.outlets.length },
  { id: "pagerank", type: "double", value: (a) => a.pagerank },
  { id: "community", type: "integer", value: (a) => a.community },
  { id: "wikidata", type: "string", value: (a) => a.wikidata },
  { id: "firstSeen", type: "date", value: (a) => a.firstSeen ?? undefined },
  { id: "lastSeen", type: "date", value: (a) => a.lastSeen ?? undefined },
];

export const EDGE_EXPORT_ATTRIBUTES: readonly ExportAttribute<EdgeAttributes>[] = [
  // Also the GEXF 1.3 edge `kind`; repeated as a column because 1.2draft has no `kind` and networkx ignores it.
  { id: "predicate", type: "string", value: (a) => a.predicate },
  { id: "family", type: "string", value: (a) => a.family },
  { id: "quad", type: "string", value: (a) => a.quad },
  { id: "roles", type: "list", value: (a) => a.roles },
  { id: "directed", type: "boolean", value: (a) => a.directed },
  { id: "articles", type: "list", value: (a) => a.articles },
  { id: "articleCount", type: "integer", value: (a) => a.articles.length },
  { id: "outlets", type: "list", value: (a) => a.outlets },
  { id: "outletCount", type: "integer", value: (a) => a.outlets.length },
  { id: "firstSeen", type: "date", value: (a) => a.firstSeen ?? undefined },
  { id: "lastSeen", type: "date", value: (a) => a.lastSeen ?? undefined },
  { id: "citationCount", type: "integer", value: (a) => a.citations.length },
  // One readable line per citation for the Data Laboratory, and the exact records for readers (readGexf).
  { id: "citations", type: "string", value: (a, articles) => formatCitations(a.citations, articles) },
  { id: "citationsJson", type: "string", value: (a) => JSON.stringify(a.citations) },
];
