// Decides which nodes and edges the filters hide. Pure and DOM-free: recomputed only when the filters change,
// so the per-frame reducers just look keys up in two sets.
import type { Article, KnowledgeGraph } from "../model/index.ts";
import type { Filters } from "./state/types.ts";

export interface Visibility {
  hiddenNodes: ReadonlySet<string>;
  hiddenEdges: ReadonlySet<string>;
}

interface ArticleInfo {
  outlet: string | null;
  date: string | null;
}

export function articleIndex(articles: readonly Article[]): Map<string, ArticleInfo> {
  return new Map(articles.map((a) => [a.id, { outlet: a.outlet, date: a.date }]));
}

/** True when an article passes the outlet and date filters; unknown outlets or dates never hide it. */
export function articlePasses(info: ArticleInfo | undefined, filters: Filters, hiddenOutlets: ReadonlySet<string>): boolean {
  if (!info) return true;
  if (info.outlet !== null && hiddenOutlets.has(info.outlet)) return false;
  if (info.date !== null) {
    if (filters.dateFrom !== null && info.date < filters.dateFrom) return false;
    if (filters.dateTo !== null && info.date > filters.dateTo) return false;
  }
  return true;
}

/**
 * Support that survives the outlet and date filters: an entity or relation seen only in hidden outlets or
 * outside the date range has none left, and "minimum support" counts only the articles still in view.
 */
export function visibleSupport(
  articleIds: readonly string[],
  index: ReadonlyMap<string, ArticleInfo>,
  filters: Filters,
  hiddenOutlets: ReadonlySet<string>,
): number {
  let n = 0;
  for (const id of articleIds) if (articlePasses(index.get(id), filters, hiddenOutlets)) n++;
  return n;
}

/** Do these filters count articles (outlets, dates, support)? A graph preview has none to count. */
export function countsArticles(filters: Filters): boolean {
  return filters.hiddenOutlets.length > 0 || filters.dateFrom !== null || filters.dateTo !== null || filters.minSupport > 1;
}

export function isFiltering(filters: Filters): boolean {
  return (
    filters.hiddenKinds.length > 0 ||
    filters.hiddenFamilies.length > 0 ||
    filters.hiddenPredicates.length > 0 ||
    filters.hiddenOutlets.length > 0 ||
    filters.dateFrom !== null ||
    filters.dateTo !== null ||
    filters.minSupport > 1
  );
}

export function computeVisibility(graph: KnowledgeGraph, filters: Filters): Visibility {
  const index = articleIndex(graph.getAttribute("articles") ?? []);
  const hiddenOutlets = new Set(filters.hiddenOutlets);
  const hiddenKinds = new Set<string>(filters.hiddenKinds);
  const hiddenFamilies = new Set<string>(filters.hiddenFamilies);
  const hiddenPredicates = new Set<string>(filters.hiddenPredicates);
  const needed = Math.max(1, filters.minSupport);
  const checkSupport = isFiltering(filters);

  const hiddenNodes = new Set<string>();
  graph.forEachNode((key, attrs) => {
    if (hiddenKinds.has(attrs.kind)) hiddenNodes.add(key);
    // Nodes without article ids (hand-made graphs) are kept: there is nothing to count.
    else if (checkSupport && attrs.articles.length > 0 && visibleSupport(attrs.articles, index, filters, hiddenOutlets) < needed)
      hiddenNodes.add(key);
  });

  const hiddenEdges = new Set<string>();
  // This runs over every edge at load and at each filter change: set lookups that cannot hit are skipped.
  const anyNodes = hiddenNodes.size > 0;
  const anyFamilies = hiddenFamilies.size > 0;
  const anyPredicates = hiddenPredicates.size > 0;
  graph.forEachEdge((key, attrs, source, target) => {
    if (
      (filters.hideCoMentions && attrs.predicate === "co_mentioned") ||
      (anyNodes && (hiddenNodes.has(source) || hiddenNodes.has(target))) ||
      (anyFamilies && hiddenFamilies.has(attrs.family)) ||
      (anyPredicates && hiddenPredicates.has(attrs.predicate)) ||
      (checkSupport && attrs.articles.length > 0 && visibleSupport(attrs.articles, index, filters, hiddenOutlets) < needed)
    )
      hiddenEdges.add(key);
  });
  return { hiddenNodes, hiddenEdges };
}

/** Nodes and edges whose visibility differs between two filter states: the only ones whose drawing changes. */
export function visibilityChanges(before: Visibility, after: Visibility): { nodes: string[]; edges: string[] } {
  const diff = (a: ReadonlySet<string>, b: ReadonlySet<string>): string[] => {
    const out: string[] = [];
    for (const k of a) if (!b.has(k)) out.push(k);
    for (const k of b) if (!a.has(k)) out.push(k);
    return out;
  };
  return { nodes: diff(before.hiddenNodes, after.hiddenNodes), edges: diff(before.hiddenEdges, after.hiddenEdges) };
}
