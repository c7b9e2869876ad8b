// Colours and sizes for drawing: kind colours come from the ontology, family colours and the size scale live here.
import type { EntityKind, KnowledgeGraph, RelationFamily } from "../model/index.ts";
import { KIND_COLOR } from "../model/index.ts";

/** Edge colours by family: muted so the kind-coloured nodes stay the first thing the eye reads. */
export const FAMILY_COLOR: Readonly<Record<RelationFamily, string>> = {
  role: "#7f8c9a",
  location: "#6fb39a",
  cooperation: "#5b8fd6",
  conflict: "#d9534f",
  mention: "#c9ccd1",
};

export const DIM_NODE_COLOR = "#e3e5e8";
export const DIM_EDGE_COLOR = "#f0f1f3";
export const FALLBACK_NODE_COLOR = "#888888";

export const DEFAULT_SIZE_RANGE = { min: 4, max: 20 } as const;
/** Room around the graph, in pixels, for the labels of nodes on the border of the frame. */
export const STAGE_PADDING = 80;

export function kindColor(kind: EntityKind | string): string {
  return (KIND_COLOR as Record<string, string | undefined>)[kind] ?? FALLBACK_NODE_COLOR;
}

export function familyColor(family: RelationFamily | string): string {
  return (FAMILY_COLOR as Record<string, string | undefined>)[family] ?? FAMILY_COLOR.mention;
}

export function humanise(name: string): string {
  return name.replace(/_/g, " ");
}

/**
 * Node size from PageRank on a square-root scale, so a few hubs do not dwarf everything else; falls back to
 * the stored `size` when PageRank is flat or missing (hand-made or imported graphs).
 */
export function createSizeScale(graph: KnowledgeGraph, range = DEFAULT_SIZE_RANGE): (pagerank: number, size: number) => number {
  return sizeScaleOf((visit) => graph.forEachNode((_k, a) => visit(a.pagerank, a.size)), range);
}

/** The same scale from every node's (pagerank, size), however they are stored (a graph, a preview's columns). */
export function sizeScaleOf(
  eachNode: (visit: (pagerank: number, size: number) => void) => void,
  range = DEFAULT_SIZE_RANGE,
): (pagerank: number, size: number) => number {
  let lo = Infinity;
  let hi = -Infinity;
  let sLo = Infinity;
  let sHi = -Infinity;
  eachNode((pagerank, size) => {
    if (Number.isFinite(pagerank)) {
      lo = Math.min(lo, pagerank);
      hi = Math.max(hi, pagerank);
    }
    if (Number.isFinite(size)) {
      sLo = Math.min(sLo, size);
      sHi = Math.max(sHi, size);
    }
  });
  const span = range.max - range.min;
  if (hi > lo) return (pr) => range.min + span * Math.sqrt(Math.max(0, (pr - lo) / (hi - lo)));
  if (sHi > sLo) return (_pr, size) => range.min + span * Math.sqrt(Math.max(0, (size - sLo) / (sHi - sLo)));
  return () => (range.min + range.max) / 2;
}

/** Edge width from the number of citations, on a log scale capped at 5 px. */
export function edgeWidth(weight: number): number {
  return Math.min(5, 1 + Math.log2(Math.max(1, weight)));
}
