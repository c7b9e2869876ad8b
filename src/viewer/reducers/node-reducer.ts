// What sigma draws for a node, from its attributes and the display context. Never writes to the graph.
import type { NodeAttributes } from "../../model/index.ts";
import { DIM_NODE_COLOR, kindColor } from "../styles.ts";
import type { DisplayContext } from "./context.ts";

export interface NodeDisplay {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string | null;
  hidden: boolean;
  highlighted: boolean;
  forceLabel: boolean;
  zIndex: number;
}

export function reduceNode(key: string, attrs: NodeAttributes, ctx: DisplayContext): NodeDisplay {
  const base: NodeDisplay = {
    x: attrs.x,
    y: attrs.y,
    size: ctx.nodeSize(attrs.pagerank, attrs.size),
    color: kindColor(attrs.kind),
    label: attrs.label,
    hidden: false,
    highlighted: false,
    forceLabel: false,
    zIndex: 1,
  };
  if (ctx.visibility.hiddenNodes.has(key)) return { ...base, hidden: true, label: null };

  const selected = key === ctx.selectedNode || ctx.edgeEnds.has(key);
  if (ctx.focus !== null) {
    if (key === ctx.focus) return { ...base, highlighted: true, forceLabel: true, zIndex: 3 };
    // Neighbours go through sigma's label grid rather than forcing their labels, which would pile them up.
    if (ctx.neighbours.has(key)) return { ...base, zIndex: 2 };
    if (selected) return { ...base, highlighted: true, forceLabel: true, zIndex: 2 };
    return dim(base);
  }
  if (ctx.selectedEdge !== null) return selected ? { ...base, highlighted: true, forceLabel: true, zIndex: 3 } : dim(base);
  if (ctx.matches !== null) return ctx.matches.has(key) ? { ...base, forceLabel: true, zIndex: 2 } : dim(base);
  return base;
}

function dim(base: NodeDisplay): NodeDisplay {
  return { ...base, color: DIM_NODE_COLOR, label: null, zIndex: 0 };
}
