// Lookups on a built graph by name rather than by id, so tests read like the acceptance criteria.
import type { EdgeAttributes, KnowledgeGraph, NodeAttributes } from "../../src/model/graph.ts";
import type { Predicate } from "../../src/model/ontology.ts";

const fold = (s: string): string =>
  s.normalize("NFKD").replace(/\p{M}/gu, "").replace(/[’‘]/g, "'").toLowerCase().trim();

export interface FoundNode {
  key: string;
  attributes: NodeAttributes;
}

/** Nodes whose label or one of whose aliases is `name` (case- and accent-insensitive). */
export function nodesNamed(graph: KnowledgeGraph, name: string): FoundNode[] {
  const target = fold(name);
  return graph
    .mapNodes((key, attributes) => ({ key, attributes }))
    .filter(({ attributes }) => fold(attributes.label) === target || attributes.aliases.some((a) => fold(a) === target));
}

/** Nodes whose label is `name`. */
export function nodesLabelled(graph: KnowledgeGraph, name: string): FoundNode[] {
  const target = fold(name);
  return graph.mapNodes((key, attributes) => ({ key, attributes })).filter(({ attributes }) => fold(attributes.label) === target);
}

/** The single node named `name`; throws (failing the test) when there is none or more than one. */
export function nodeNamed(graph: KnowledgeGraph, name: string): FoundNode {
  const found = nodesNamed(graph, name);
  if (found.length !== 1) {
    throw new Error(`expected one node named "${name}", found ${found.length}: ${found.map((n) => n.key).join(", ") || "none"}`);
  }
  return found[0] as FoundNode;
}

export function hasNodeNamed(graph: KnowledgeGraph, name: string): boolean {
  return nodesNamed(graph, name).length > 0;
}

export interface FoundEdge {
  key: string;
  source: string;
  target: string;
  attributes: EdgeAttributes;
}

/**
 * Edges of `predicate` from the node named `subject` to the node named `object`. For undirected (symmetric)
 * edges either order matches.
 */
export function edgesBetween(graph: KnowledgeGraph, subject: string, predicate: Predicate, object: string): FoundEdge[] {
  const s = nodesNamed(graph, subject).map((n) => n.key);
  const o = nodesNamed(graph, object).map((n) => n.key);
  return graph
    .mapEdges((key, attributes, source, target) => ({ key, attributes, source, target }))
    .filter(
      (e) =>
        e.attributes.predicate === predicate &&
        ((s.includes(e.source) && o.includes(e.target)) || (!e.attributes.directed && s.includes(e.target) && o.includes(e.source))),
    );
}

/** Every typed (non co-mention) edge, as "subject predicate object" strings with labels: handy in failure output. */
export function typedFacts(graph: KnowledgeGraph): string[] {
  return graph
    .mapEdges((_key, a, source, target) => ({ a, source, target }))
    .filter(({ a }) => a.predicate !== "co_mentioned")
    .map(({ a, source, target }) => `${graph.getNodeAttribute(source, "label")} ${a.predicate} ${graph.getNodeAttribute(target, "label")}`)
    .sort();
}

/** Every fact, including co-mentions. */
export function allFacts(graph: KnowledgeGraph): string[] {
  return graph
    .mapEdges((_key, a, source, target) => `${graph.getNodeAttribute(source, "label")} ${a.predicate} ${graph.getNodeAttribute(target, "label")}`)
    .sort();
}

/** Node labels with kinds, sorted: "Russia (country)". */
export function nodeSummary(graph: KnowledgeGraph): string[] {
  return graph.mapNodes((_k, a) => `${a.label} (${a.kind})`).sort();
}
