// What sigma draws for an edge: family colour, an arrow for directed predicates, labels only near the focus.
import type { EdgeAttributes } from "../../model/index.ts";
import { SYMMETRIC_PREDICATES } from "../../model/index.ts";
import { DIM_EDGE_COLOR, edgeWidth, familyColor, humanise } from "../styles.ts";
import type { DisplayContext } from "./context.ts";

export interface EdgeDisplay {
  type: "arrow" | "line";
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

export function reduceEdge(key: string, attrs: EdgeAttributes, source: string, target: string, ctx: DisplayContext): EdgeDisplay {
  const base: EdgeDisplay = {
    type: isDirected(attrs) ? "arrow" : "line",
    color: familyColor(attrs.family),
    size: edgeWidth(attrs.weight),
    label: null,
    hidden: false,
    forceLabel: false,
    zIndex: 1,
  };
  if (ctx.visibility.hiddenEdges.has(key)) return { ...base, hidden: true };
  const label = attrs.label || humanise(attrs.predicate);
  if (key === ctx.selectedEdge) return { ...base, size: base.size + 2, label, forceLabel: true, zIndex: 3 };
  if (ctx.focus !== null) {
    if (source === ctx.focus || target === ctx.focus) return { ...base, label, zIndex: 2 };
    return dim(base);
  }
  if (ctx.selectedEdge !== null) return dim(base);
  if (ctx.matches !== null && !(ctx.matches.has(source) || ctx.matches.has(target))) return dim(base);
  return base;
}

function dim(base: EdgeDisplay): EdgeDisplay {
  return { ...base, color: DIM_EDGE_COLOR, zIndex: 0 };
}
