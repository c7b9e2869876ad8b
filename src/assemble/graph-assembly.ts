// The assemble stage, article by article: each article's mentions and relations are folded into the support of the
// nodes and edges they belong to as soon as the article is related, then let go. Only counts, article ids and
// packed citations wait for the graph, which is built when every article is in. Articles must be added in corpus
// order, so citations come out in text order as the whole-corpus assembly gives them.
import { DictionaryGraph } from "../shared/dictionary-graph.ts";
import type { Article, SkippedInput } from "../model/article.ts";
import type { Entity } from "../model/entity.ts";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "../model/graph.ts";
import type { Mention } from "../model/mention.ts";
import { KIND_COLOR, SYMMETRIC_PREDICATES, type Predicate, type RelationFamily } from "../model/ontology.ts";
import type { Relation } from "../model/relation.ts";
import { resolveAssembleSettings, type AssembleSettings } from "./assemble-settings.ts";
import { EdgeSupport } from "./edge-support.ts";
import { edgeEndpoints, edgeKey } from "./edge-key.ts";
import { NodeSupport } from "./node-support.ts";
import { CitationsSlot, defineCitations } from "./packed-citations.ts";
import type { SentenceSpans } from "./sentence-spans.ts";

export const FAMILY_COLOR: Readonly<Record<RelationFamily, string>> = {
  role: "#6a3d9a",
  location: "#1b9e77",
  cooperation: "#1f78b4",
  conflict: "#e31a1c",
  mention: "#bbbbbb",
};

const sortedUnique = (values: Iterable<string>): string[] => [...new Set(values)].sort();

export class GraphAssembly {
  readonly #articles: Article[];
  readonly #skipped: SkippedInput[];
  readonly #entities: readonly Entity[];
  readonly #settings: AssembleSettings;
  readonly #byId: Map<string, Article>;
  readonly #order: Map<string, number>;
  readonly #nodes = new Map<string, NodeSupport>();
  readonly #edges = new Map<string, EdgeSupport>();
  /** Edge keys by subject, predicate and object: one key string per edge rather than one per relation. */
  readonly #keys = new Map<string, Map<Predicate, Map<string, string>>>();

  constructor(articles: readonly Article[], skipped: readonly SkippedInput[], entities: readonly Entity[], settings: Partial<AssembleSettings> = {}) {
    this.#settings = resolveAssembleSettings(settings);
    this.#articles = [...articles];
    this.#skipped = [...skipped];
    this.#entities = entities;
    this.#byId = new Map(this.#articles.map((a) => [a.id, a]));
    this.#order = new Map(this.#articles.map((a, i) => [a.id, i]));
  }

  /**
   * One article's findings: its mentions grouped by entity (each group in the order the entity lists them), the
   * relations found in it, in the order they were found, and its sentence offsets.
   */
  addArticle(article: string, mentionsByEntity: Iterable<[string, readonly Mention[]]>, relations: readonly Relation[], spans: SentenceSpans | undefined): void {
    const limit = this.#settings.maxCitationsPerArticle;
    const index = this.#order.get(article);
    for (const [entity, mentions] of mentionsByEntity) {
      if (mentions.length === 0) continue;
      let support = this.#nodes.get(entity);
      if (!support) this.#nodes.set(entity, (support = new NodeSupport(this.#articles, this.#order)));
      support.addArticle(article, index, mentions, spans, limit);
    }
    const grouped = new Map<string, Relation[]>();
    for (const r of relations) {
      if (r.subject === r.object) continue;
      const key = this.#edgeKey(r.subject, r.predicate, r.object);
      const list = grouped.get(key);
      if (list) list.push(r);
      else grouped.set(key, [r]);
    }
    for (const [key, list] of grouped) {
      let support = this.#edges.get(key);
      if (!support) this.#edges.set(key, (support = new EdgeSupport(list[0] as Relation, this.#articles, this.#order)));
      support.addArticle(list, limit);
    }
  }

  /** The graph: a node per entity with a mention, in entity order, then the edges between them in key order. */
  finish(): KnowledgeGraph {
    const attributes: GraphAttributes = {
      name: "newsgraph", generator: "newsgraph", articles: this.#articles, skipped: this.#skipped,
      citationsPerArticle: this.#settings.maxCitationsPerArticle,
    };
    const graph: KnowledgeGraph = new DictionaryGraph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: "mixed", multi: true, allowSelfLoops: false });
    graph.replaceAttributes(attributes);
    for (const entity of this.#entities) {
      const support = this.#nodes.get(entity.id);
      if (!support) continue;
      const articleIds = [...support.articles].sort();
      const citations = new CitationsSlot(support.citations.finish(), this.#articles);
      const [firstSeen, lastSeen] = this.#dates(articleIds);
      // Keys in the order of the graph.json contract, `citations` defined in its place.
      const node = {
        label: entity.label, kind: entity.kind, aliases: entity.aliases, merges: entity.merges,
        mentions: support.mentions, articles: articleIds, outlets: this.#outlets(articleIds),
      } as NodeAttributes;
      defineCitations(node, citations);
      node.firstSeen = firstSeen;
      node.lastSeen = lastSeen;
      node.x = 0;
      node.y = 0;
      node.size = 1;
      node.pagerank = 0;
      node.color = KIND_COLOR[entity.kind];
      node.community = 0;
      if (entity.wikidata) node.wikidata = entity.wikidata;
      graph.addNode(entity.id, node);
    }
    this.#nodes.clear();
    // One label string per predicate rather than one per edge: tens of thousands of edges share a handful.
    const labels = new Map<string, string>();
    for (const key of [...this.#edges.keys()].sort()) {
      const support = this.#edges.get(key) as EdgeSupport;
      const { first } = support;
      if (!graph.hasNode(first.subject) || !graph.hasNode(first.object)) continue;
      const [source, target] = edgeEndpoints(first.subject, first.predicate, first.object);
      const articleIds = sortedUnique(support.articles);
      const citations = new CitationsSlot(support.citations.finish(), this.#articles);
      const directed = !SYMMETRIC_PREDICATES.has(first.predicate);
      const [firstSeen, lastSeen] = this.#dates(articleIds);
      let label = labels.get(first.predicate);
      if (label === undefined) labels.set(first.predicate, (label = first.predicate.replace(/_/g, " ")));
      const edge = {
        predicate: first.predicate, family: first.family, label, directed,
        weight: support.weight, articles: articleIds, outlets: this.#outlets(articleIds), firstSeen, lastSeen,
      } as EdgeAttributes;
      defineCitations(edge, citations);
      edge.size = 1 + Math.log2(support.weight);
      edge.color = FAMILY_COLOR[first.family];
      if (first.quad) edge.quad = first.quad;
      const roles = [...support.roles].sort();
      if (roles.length > 0) edge.roles = roles;
      if (directed) graph.addDirectedEdgeWithKey(key, source, target, edge);
      else graph.addUndirectedEdgeWithKey(key, source, target, edge);
    }
    this.#edges.clear();
    return graph;
  }

  #edgeKey(subject: string, predicate: Predicate, object: string): string {
    let byPredicate = this.#keys.get(subject);
    if (!byPredicate) this.#keys.set(subject, (byPredicate = new Map()));
    let byObject = byPredicate.get(predicate);
    if (!byObject) byPredicate.set(predicate, (byObject = new Map()));
    let key = byObject.get(object);
    if (key === undefined) {
      const [source, target] = edgeEndpoints(subject, predicate, object);
      byObject.set(object, (key = edgeKey(source, predicate, target)));
    }
    return key;
  }

  #outlets(articleIds: readonly string[]): string[] {
    return sortedUnique(articleIds.map((id) => this.#byId.get(id)?.outlet).filter((o): o is string => !!o));
  }

  /** The first and last date of the articles, in code-unit order as a sort would give them: a scan, not a sort. */
  #dates(articleIds: readonly string[]): [string | null, string | null] {
    let first: string | null = null;
    let last: string | null = null;
    for (const id of articleIds) {
      const date = this.#byId.get(id)?.date;
      if (!date) continue;
      if (first === null || date < first) first = date;
      if (last === null || date > last) last = date;
    }
    return [first, last];
  }
}
