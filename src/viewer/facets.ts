// What the filter controls offer: the kinds, families, predicates and outlets present, the date span and the
// largest support, read once per graph.
import type { EntityKind, KnowledgeGraph, Predicate, RelationFamily } from "../model/index.ts";
import { ENTITY_KINDS, PREDICATES, RELATION_FAMILIES } from "../model/index.ts";

export interface Facets {
  kinds: { kind: EntityKind; count: number }[];
  families: { family: RelationFamily; count: number }[];
  predicates: { predicate: Predicate; count: number }[];
  outlets: { outlet: string; count: number }[];
  dateMin: string | null;
  dateMax: string | null;
  maxSupport: number;
}

function bump<K>(map: Map<K, number>, key: K): void {
  map.set(key, (map.get(key) ?? 0) + 1);
}

export function collectFacets(graph: KnowledgeGraph): Facets {
  const kinds = new Map<EntityKind, number>();
  const families = new Map<RelationFamily, number>();
  const predicates = new Map<Predicate, number>();
  const outlets = new Map<string, number>();
  let maxSupport = 1;
  graph.forEachNode((_k, a) => {
    bump(kinds, a.kind);
    maxSupport = Math.max(maxSupport, a.articles.length);
  });
  graph.forEachEdge((_k, a) => {
    bump(families, a.family);
    bump(predicates, a.predicate);
    maxSupport = Math.max(maxSupport, a.articles.length);
  });
  const dates: string[] = [];
  for (const article of graph.getAttribute("articles") ?? []) {
    if (article.outlet) bump(outlets, article.outlet);
    if (article.date) dates.push(article.date);
  }
  dates.sort();
  return {
    // Ontology order, not count order, so the legend does not reshuffle between graphs.
    kinds: ENTITY_KINDS.filter((k) => kinds.has(k)).map((kind) => ({ kind, count: kinds.get(kind) ?? 0 })),
    families: RELATION_FAMILIES.filter((f) => families.has(f)).map((family) => ({ family, count: families.get(family) ?? 0 })),
    predicates: PREDICATES.filter((p) => predicates.has(p)).map((predicate) => ({ predicate, count: predicates.get(predicate) ?? 0 })),
    outlets: [...outlets].sort((a, b) => a[0].localeCompare(b[0])).map(([outlet, count]) => ({ outlet, count })),
    dateMin: dates[0] ?? null,
    dateMax: dates[dates.length - 1] ?? null,
    maxSupport,
  };
}
