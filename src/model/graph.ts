// The assembled knowledge graph: graphology attributes, which are also the graph.json contract.
import type Graph from "graphology";
import type { SerializedGraph } from "graphology-types";
import type { Article, SkippedInput } from "./article.ts";
import type { AliasRecord } from "./entity.ts";
import type { EntityKind, Predicate, Quad, RelationFamily } from "./ontology.ts";
import type { Citation } from "./relation.ts";

export interface NodeAttributes {
  label: string;
  kind: EntityKind;
  aliases: string[];
  merges: AliasRecord[];
  wikidata?: string;
  /** Number of mentions across the corpus. */
  mentions: number;
  /** Distinct article ids that mention the entity. */
  articles: string[];
  /** Distinct outlets of those articles. */
  outlets: string[];
  /** The sentences that mention the entity, in text order: the first `maxCitationsPerArticle` (50) of each
   * article (see assemble-settings.ts); `mentions` counts them all. */
  citations: Citation[];
  firstSeen: string | null;
  lastSeen: string | null;
  x: number;
  y: number;
  size: number;
  pagerank: number;
  color: string;
  community: number;
}

export interface EdgeAttributes {
  predicate: Predicate;
  family: RelationFamily;
  quad?: Quad;
  /** Role titles for holds_role_in, sorted. */
  roles?: string[];
  label: string;
  directed: boolean;
  /** Number of sentences that state the relation, across the corpus; `citations` may hold fewer. */
  weight: number;
  /** Distinct article ids that support the edge. */
  articles: string[];
  outlets: string[];
  firstSeen: string | null;
  lastSeen: string | null;
  /** The sentences that state the relation, in text order: the first `maxCitationsPerArticle` (50) of each article. */
  citations: Citation[];
  size: number;
  color: string;
}

export interface GraphAttributes {
  name: string;
  generator: string;
  articles: Article[];
  skipped: SkippedInput[];
  /** The most citations a node or edge keeps from one article (`newsgraph build --citations`); absent in graphs
   * written before it was recorded, which kept 50. */
  citationsPerArticle?: number;
}

export type KnowledgeGraph = Graph<NodeAttributes, EdgeAttributes, GraphAttributes>;
export type SerializedKnowledgeGraph = SerializedGraph<NodeAttributes, EdgeAttributes, GraphAttributes>;
