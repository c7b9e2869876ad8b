// Draws sigma's node and edge labels without overlaps. While sigma renders a frame, the labels it would write on
// its labels and edge-labels canvases are only collected; once the frame is done they are placed
// (label-placement.ts), node labels first, and drawn. Labels drawn elsewhere (the highlight layer, hover boxes) go
// straight through. The drawing functions go into sigma's settings at construction: setting them afterwards would
// make sigma process the whole graph again (a second of a 100k-edge graph's first frame).
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import { drawDiscNodeLabel, drawStraightEdgeLabel, type EdgeLabelDrawingFunction, type NodeLabelDrawingFunction } from "sigma/rendering";
import { edgeLabelBox, nodeLabelBox, placeLabels, type LabelCandidate } from "./label-placement.ts";

export interface LabelCollisions {
  /** Keys of the nodes whose label the last frame drew on sigma's labels canvas. */
  drawn(): ReadonlySet<string>;
  kill(): void;
}

type NodeDraw<N extends Attributes, E extends Attributes, G extends Attributes> = NodeLabelDrawingFunction<N, E, G>;
type EdgeDraw<N extends Attributes, E extends Attributes, G extends Attributes> = EdgeLabelDrawingFunction<N, E, G>;

interface NodeLabel<N extends Attributes, E extends Attributes, G extends Attributes> extends LabelCandidate {
  args: Parameters<NodeDraw<N, E, G>>;
}

interface EdgeLabel<N extends Attributes, E extends Attributes, G extends Attributes> extends LabelCandidate {
  args: Parameters<EdgeDraw<N, E, G>>;
}

/** Text widths per font, measured once per label. */
function widthCache(ctx: CanvasRenderingContext2D): (font: string, text: string) => number {
  const widths = new Map<string, number>();
  return (font, text) => {
    const key = `${font}\u0000${text}`;
    let w = widths.get(key);
    if (w === undefined) {
      ctx.font = font;
      w = ctx.measureText(text).width;
      widths.set(key, w);
    }
    return w;
  };
}

export interface LabelCollisionSettings<N extends Attributes, E extends Attributes, G extends Attributes> {
  defaultDrawNodeLabel: NodeDraw<N, E, G>;
  defaultDrawEdgeLabel: EdgeDraw<N, E, G>;
}

/**
 * The label drawers to give sigma's constructor, and `attach`, to call as soon as sigma exists. On any canvas but
 * sigma's own label canvases, and after `kill`, they draw at once with sigma's defaults.
 */
export function labelCollisions<N extends Attributes, E extends Attributes, G extends Attributes>(): {
  settings: LabelCollisionSettings<N, E, G>;
  attach(sigma: Sigma<N, E, G>): LabelCollisions;
} {
  const drawNode: NodeDraw<N, E, G> = drawDiscNodeLabel;
  const drawEdge: EdgeDraw<N, E, G> = drawStraightEdgeLabel;
  // Sigma's own label canvases, told apart by the class sigma gives them: sigma draws its first frame inside its
  // constructor, before this can hold the canvases themselves.
  let live = true;
  const isCanvas = (ctx: CanvasRenderingContext2D, id: string): boolean => live && ctx.canvas.classList.contains(`sigma-${id}`);
  let nodes: NodeLabel<N, E, G>[] = [];
  let edges: EdgeLabel<N, E, G>[] = [];
  let drawn = new Set<string>();
  let width: (font: string, text: string) => number = () => 0;

  const defaultDrawNodeLabel: NodeDraw<N, E, G> = (...args) => {
    const [ctx, data] = args;
    if (!isCanvas(ctx, "labels") || !data.label) return drawNode(...args);
    nodes.push({ key: String(data.key ?? data.label), size: data.size, forceLabel: data.forceLabel, args });
  };
  const defaultDrawEdgeLabel: EdgeDraw<N, E, G> = (...args) => {
    const [ctx, data] = args;
    if (!isCanvas(ctx, "edgeLabels") || !data.label) return drawEdge(...args);
    edges.push({ key: String(data.key ?? data.label), size: data.size, forceLabel: data.forceLabel, args });
  };

  const nodeBox = ({ args: [, data, s] }: NodeLabel<N, E, G>) =>
    nodeLabelBox(data.x, data.y, data.size, width(font(s.labelWeight, s.labelSize, s.labelFont), data.label ?? ""), s.labelSize);
  const edgeBox = ({ args: [, data, source, target, s] }: EdgeLabel<N, E, G>) =>
    edgeLabelBox({ source, target, size: data.size }, width(font(s.edgeLabelWeight, s.edgeLabelSize, s.edgeLabelFont), data.label ?? ""), s.edgeLabelSize);

  const onBefore = () => {
    nodes = [];
    edges = [];
  };
  const onAfter = () => {
    const placedNodes = placeLabels(nodes, nodeBox);
    drawn = new Set(placedNodes.kept.map((n) => n.key));
    for (const n of placedNodes.kept) drawNode(...n.args);
    for (const e of placeLabels(edges, edgeBox, placedNodes.boxes).kept) drawEdge(...e.args);
    nodes = [];
    edges = [];
  };

  return {
    settings: { defaultDrawNodeLabel, defaultDrawEdgeLabel },
    attach(sigma) {
      const labelsCtx = sigma.getCanvases().labels?.getContext("2d");
      if (labelsCtx) width = widthCache(labelsCtx);
      sigma.on("beforeRender", onBefore);
      sigma.on("afterRender", onAfter);
      // The labels of the frame sigma drew in its constructor, collected but not yet drawn.
      onAfter();
      return {
        drawn: () => drawn,
        kill() {
          sigma.removeListener("beforeRender", onBefore);
          sigma.removeListener("afterRender", onAfter);
          live = false;
        },
      };
    },
  };
}

/** The CSS font sigma draws a label with. */
function font(weight: string, size: number, family: string): string {
  return `${weight} ${size}px ${family}`;
}

