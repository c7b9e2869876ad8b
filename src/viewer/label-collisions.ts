// Draws sigma's node and edge labels without overlaps. While sigma renders a frame, the labels it would write on
// its labels and edge-labels canvases are only collected; once the frame is done they are placed
// (label-placement.ts), node labels first, and drawn. Labels drawn elsewhere (the highlight layer, hover boxes) go
// straight through. Returns the set of node labels actually drawn, for the layers that label what sigma did not.
import type { Attributes } from "graphology-types";
import type Sigma from "sigma";
import type { EdgeLabelDrawingFunction, NodeLabelDrawingFunction } from "sigma/rendering";
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

export function mountLabelCollisions<N extends Attributes, E extends Attributes, G extends Attributes>(sigma: Sigma<N, E, G>): LabelCollisions {
  const drawNode = sigma.getSetting("defaultDrawNodeLabel");
  const drawEdge = sigma.getSetting("defaultDrawEdgeLabel");
  const canvases = sigma.getCanvases();
  const labelsCtx = canvases.labels?.getContext("2d") ?? null;
  const edgeLabelsCtx = canvases.edgeLabels?.getContext("2d") ?? null;
  let nodes: NodeLabel<N, E, G>[] = [];
  let edges: EdgeLabel<N, E, G>[] = [];
  let drawn = new Set<string>();
  const width = labelsCtx ? widthCache(labelsCtx) : () => 0;

  const collectNode: NodeDraw<N, E, G> = (...args) => {
    const [ctx, data] = args;
    if (ctx !== labelsCtx || !data.label) return drawNode(...args);
    nodes.push({ key: String(data.key ?? data.label), size: data.size, forceLabel: data.forceLabel, args });
  };
  const collectEdge: EdgeDraw<N, E, G> = (...args) => {
    const [ctx, data] = args;
    if (ctx !== edgeLabelsCtx || !data.label) return drawEdge(...args);
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

  sigma.setSetting("defaultDrawNodeLabel", collectNode);
  sigma.setSetting("defaultDrawEdgeLabel", collectEdge);
  sigma.on("beforeRender", onBefore);
  sigma.on("afterRender", onAfter);
  return {
    drawn: () => drawn,
    kill() {
      sigma.removeListener("beforeRender", onBefore);
      sigma.removeListener("afterRender", onAfter);
      sigma.setSetting("defaultDrawNodeLabel", drawNode);
      sigma.setSetting("defaultDrawEdgeLabel", drawEdge);
    },
  };
}

/** The CSS font sigma draws a label with. */
function font(weight: string, size: number, family: string): string {
  return `${weight} ${size}px ${family}`;
}

