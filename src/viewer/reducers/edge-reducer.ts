// What sigma draws for an edge: family colour, an arrow for directed predicates, labels only near the focus.
// Runs for every edge at every full refresh (100k times on a big graph), so it builds one object per edge and reads
// the edge's end points only when a focus, a selection or a search needs them.
import type { EdgeAttributes } from "../../model/index.ts";
import { SYMMETRIC_PREDICATES } from "../../model/index.ts";
import { HIDDEN_EDGE_TYPE } from "../programs/hidden-edge-program.ts";
import { DIM_EDGE_COLOR, edgeWidth, familyColor, humanise } from "../styles.ts";
import type { DisplayContext } from "./context.ts";

export interface EdgeDisplay {
  /** "hidden" edges are drawn by no program (programs/hidden-edge-program.ts). */
  type: "arrow" | "line" | typeof HIDDEN_EDGE_TYPE;
  color: string;
  size: number;
  label: string | null;
  hidden: boolean;
  forceLabel: boolean;
  zIndex: number;
}

/** Directed unless the predicate is symmetric; `directed` is trusted when present (older graphs lack it). */
export function isDirected(attrs: Pick<EdgeAttributes, "predicate" | "directed">): boolean {
  if (typeof attrs.directed === "boolean") return attrs.directed;
  return !SYMMETRIC_PREDICATES.has(attrs.predicate);
}

/** The edge's [source, target], asked for only when the display context depends on them. */
export type Extremities = (key: string) => readonly [string, string];

export function reduceEdge(key: string, attrs: EdgeAttributes, extremities: Extremities, ctx: DisplayContext): EdgeDisplay {
  const type = isDirected(attrs) ? "arrow" : "line";
  const color = familyColor(attrs.family);
  const size = edgeWidth(attrs.weight);
  if (ctx.visibility.hiddenEdges.has(key)) return { type: HIDDEN_EDGE_TYPE, color, size, label: null, hidden: true, forceLabel: false, zIndex: 1 };
  if (key === ctx.selectedEdge) return { type, color, size: size + 2, label: label(attrs), hidden: false, forceLabel: true, zIndex: 3 };
  if (ctx.focus !== null) {
    const [source, target] = extremities(key);
    if (source === ctx.focus || target === ctx.focus) return { type, color, size, label: label(attrs), hidden: false, forceLabel: false, zIndex: 2 };
    return dim(type, size);
  }
  if (ctx.selectedEdge !== null) return dim(type, size);
  if (ctx.matches !== null) {
    const [source, target] = extremities(key);
    if (!(ctx.matches.has(source) || ctx.matches.has(target))) return dim(type, size);
  }
  return { type, color, size, label: null, hidden: false, forceLabel: false, zIndex: 1 };
}

function label(attrs: EdgeAttributes): string {
  return attrs.label || humanise(attrs.predicate);
}

function dim(type: EdgeDisplay["type"], size: number): EdgeDisplay {
  return { type, color: DIM_EDGE_COLOR, size, label: null, hidden: false, forceLabel: false, zIndex: 0 };
}
