// The assemble stage: a graphology graph with one node per entity and one edge per (subject, predicate, object),
// each carrying its citations and its support in distinct articles and outlets.
import Graph from "graphology";
import type { Article, SkippedInput } from "../model/article.ts";
import type { Entity } from "../model/entity.ts";
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes, GraphAttributes } from "../model/graph.ts";
import type { Mention } from "../model/mention.ts";
import { KIND_COLOR, SYMMETRIC_PREDICATES, type Predicate, type RelationFamily } from "../model/ontology.ts";
import type { Citation, Relation } from "../model/relation.ts";
import { resolveAssembleSettings, type AssembleSettings } from "./assemble-settings.ts";
import { edgeEndpoints, edgeKey } from "./edge-key.ts";
import { sentenceSpan, type SentenceSpans } from "./sentence-spans.ts";

export const FAMILY_COLOR: Readonly<Record<RelationFamily, string>> = {
  role: "#6a3d9a",
  location: "#1b9e77",
  cooperation: "#1f78b4",
  conflict: "#e31a1c",
  mention: "#bbbbbb",
};

export interface AssembleInput {
  articles: readonly Article[];
  skipped: readonly SkippedInput[];
  entities: readonly Entity[];
  mentions: readonly Mention[];
  relations: readonly Relation[];
  /** Each article's sentence offsets, for node citations. */
  sentenceSpans: ReadonlyMap<string, SentenceSpans>;
}

const sortedUnique = (values: Iterable<string>): string[] => [...new Set(values)].sort();

function dateRange(articleIds: Iterable<string>, byId: ReadonlyMap<string, Article>): [string | null, string | null] {
  const dates = [...articleIds].map((id) => byId.get(id)?.date).filter((d): d is string => !!d).sort();
  return [dates[0] ?? null, dates[dates.length - 1] ?? null];
}

function citationOrder(order: ReadonlyMap<string, number>) {
  return (a: Citation, b: Citation): number => (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0) || a.start - b.start;
}

/** The first `limit` citations of each article, from citations already in order. */
function firstPerArticle(sorted: readonly Citation[], limit: number): Citation[] {
  const kept: Citation[] = [];
  let article: string | null = null;
  let count = 0;
  for (const c of sorted) {
    if (c.article !== article) {
      article = c.article;
      count = 0;
    }
    if (count++ < limit) kept.push(c);
  }
  return kept;
}

/** One mention per (article, sentence): the first in the text. Keyed without building a string per mention. */
function firstMentionPerSentence(mentions: readonly Mention[]): Mention[] {
  const byArticle = new Map<string, Map<number, Mention>>();
  for (const m of mentions) {
    let first = byArticle.get(m.article);
    if (!first) byArticle.set(m.article, (first = new Map()));
    const seen = first.get(m.sentence);
    if (!seen || m.start < seen.start) first.set(m.sentence, m);
  }
  const out: Mention[] = [];
  for (const first of byArticle.values()) for (const m of first.values()) out.push(m);
  return out;
}

/** The citations of distinct (article, sentence) pairs, the first of each. */
function distinctSentences(relations: readonly Relation[]): Citation[] {
  const seen = new Map<string, Set<number>>();
  const out: Citation[] = [];
  for (const { citation } of relations) {
    let sentences = seen.get(citation.article);
    if (!sentences) seen.set(citation.article, (sentences = new Set()));
    if (sentences.has(citation.sentence)) continue;
    sentences.add(citation.sentence);
    out.push(citation);
  }
  return out;
}

/**
 * The key of the edge a relation belongs to, made once per (subject, predicate, object): a key string and an
 * endpoint pair per relation were most of what assembly allocated, for a few distinct edges per hundred relations.
 */
function cachedEdgeKey(keys: Map<string, Map<Predicate, Map<string, string>>>, subject: string, predicate: Predicate, object: string): string {
  let byPredicate = keys.get(subject);
  if (!byPredicate) keys.set(subject, (byPredicate = new Map()));
  let byObject = byPredicate.get(predicate);
  if (!byObject) byPredicate.set(predicate, (byObject = new Map()));
  let key = byObject.get(object);
  if (key === undefined) {
    const [source, target] = edgeEndpoints(subject, predicate, object);
    byObject.set(object, (key = edgeKey(source, predicate, target)));
  }
  return key;
}

function predicateLabel(predicate: string, labels: Map<string, string>): string {
  let label = labels.get(predicate);
  if (label === undefined) labels.set(predicate, (label = predicate.replace(/_/g, " ")));
  return label;
}

function articlesOf(mentions: readonly Mention[]): string[] {
  const ids = new Set<string>();
  for (const m of mentions) ids.add(m.article);
  return [...ids].sort();
}

export function assembleGraph(input: AssembleInput, partialSettings: Partial<AssembleSettings> = {}): KnowledgeGraph {
  const { maxCitationsPerArticle } = resolveAssembleSettings(partialSettings);
  const articles = [...input.articles];
  const byId = new Map(articles.map((a) => [a.id, a]));
  const order = new Map(articles.map((a, i) => [a.id, i]));
  const attributes: GraphAttributes = {
    name: "newsgraph", generator: "newsgraph", articles, skipped: [...input.skipped], citationsPerArticle: maxCitationsPerArticle,
  };
  const graph: KnowledgeGraph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: "mixed", multi: true, allowSelfLoops: false });
  graph.replaceAttributes(attributes);

  // Filled in a loop and each entity's list made as it is added: a corpus has hundreds of thousands of mentions, and
  // [id, mention] pairs or every entity's list at once would all be alive together.
  const mentionById = new Map<string, Mention>();
  for (const m of input.mentions) mentionById.set(m.id, m);

  for (const entity of input.entities) {
    const mentions: Mention[] = [];
    for (const id of entity.mentionIds) {
      const m = mentionById.get(id);
      if (m) mentions.push(m);
    }
    if (mentions.length === 0) continue;
    const articleIds = articlesOf(mentions);
    const [firstSeen, lastSeen] = dateRange(articleIds, byId);
    // Positions first, quotes only for the citations kept: a long article can mention a name a million times.
    const sentences = firstMentionPerSentence(mentions).sort(
      (a, b) => (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0) || a.start - b.start,
    );
    const citations: Citation[] = [];
    let article: string | null = null;
    let count = 0;
    for (const m of sentences) {
      if (m.article !== article) {
        article = m.article;
        count = 0;
      }
      if (count >= maxCitationsPerArticle) continue;
      const spans = input.sentenceSpans.get(m.article);
      const span = spans && sentenceSpan(spans, m.sentence);
      const text = byId.get(m.article)?.text;
      if (!span || text === undefined) continue;
      count++;
      citations.push({ article: m.article, sentence: m.sentence, start: span[0], end: span[1], quote: text.slice(span[0], span[1]), subject: [m.start, m.end] });
    }
    const node: NodeAttributes = {
      label: entity.label, kind: entity.kind, aliases: entity.aliases, merges: entity.merges,
      mentions: mentions.length, articles: articleIds,
      outlets: sortedUnique(articleIds.map((id) => byId.get(id)?.outlet).filter((o): o is string => !!o)),
      citations,
      firstSeen, lastSeen, x: 0, y: 0, size: 1, pagerank: 0, color: KIND_COLOR[entity.kind], community: 0,
    };
    if (entity.wikidata) node.wikidata = entity.wikidata;
    graph.addNode(entity.id, node);
  }

  const grouped = new Map<string, Relation[]>();
  const keys = new Map<string, Map<Predicate, Map<string, string>>>();
  for (const r of input.relations) {
    if (!graph.hasNode(r.subject) || !graph.hasNode(r.object) || r.subject === r.object) continue;
    const key = cachedEdgeKey(keys, r.subject, r.predicate, r.object);
    const list = grouped.get(key);
    if (list) list.push(r);
    else grouped.set(key, [r]);
  }
  // One label string per predicate rather than one per edge: tens of thousands of edges share a handful.
  const labels = new Map<string, string>();
  for (const key of [...grouped.keys()].sort()) {
    const relations = grouped.get(key) as Relation[];
    const first = relations[0] as Relation;
    const [source, target] = edgeEndpoints(first.subject, first.predicate, first.object);
    const supporting = distinctSentences(relations).sort(citationOrder(order));
    const citations = firstPerArticle(supporting, maxCitationsPerArticle);
    const articleIds = sortedUnique(citations.map((c) => c.article));
    const [firstSeen, lastSeen] = dateRange(articleIds, byId);
    const directed = !SYMMETRIC_PREDICATES.has(first.predicate);
    const edge: EdgeAttributes = {
      predicate: first.predicate, family: first.family, label: predicateLabel(first.predicate, labels), directed,
      weight: supporting.length, articles: articleIds,
      outlets: sortedUnique(articleIds.map((id) => byId.get(id)?.outlet).filter((o): o is string => !!o)),
      firstSeen, lastSeen, citations, size: 1 + Math.log2(supporting.length), color: FAMILY_COLOR[first.family],
    };
    if (first.quad) edge.quad = first.quad;
    const roles = sortedUnique(relations.map((r) => r.role).filter((r): r is string => !!r));
    if (roles.length > 0) edge.roles = roles;
    if (directed) graph.addDirectedEdgeWithKey(key, source, target, edge);
    else graph.addUndirectedEdgeWithKey(key, source, target, edge);
  }
  return graph;
}
