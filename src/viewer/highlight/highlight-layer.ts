// Hover, selection and search highlights for big graphs, drawn on two canvas layers inside sigma's stack: the
// edges of the hovered and selected nodes (or the selected edge) with their end nodes, over the other nodes and
// under the labels, so a neighbourhood stands out even in a hairball; rings and labels for the selection and
// the search matches above the labels. Changing any of them redraws a few hundred shapes here instead of running
// the reducers over every edge and redrawing them in WebGL (seconds without a GPU). Sigma still draws the
// hovered node and its label on its own hover layer.
import type { KnowledgeGraph } from "../../model/index.ts";
import type { KnowledgeSigma } from "../renderer.ts";
import type { Visibility } from "../filters.ts";
import type { Selection } from "../state/index.ts";
import { isDirected } from "../reducers/edge-reducer.ts";
import { packColor, stampRing } from "../dot-raster.ts";
import { familyColor, humanise } from "../styles.ts";
import { resolveHighlightSettings, type HighlightSettings } from "./settings.ts";

export interface HighlightState {
  /** The hovered node, whose edges are drawn on top. */
  focus: string | null;
  /** The selected node or edge: its edges or itself on top, ringed and labelled. */
  selection: Selection;
  /** Search matches to ring, or null when the search box is empty. */
  matches: ReadonlySet<string> | null;
  visibility: Visibility;
}

export interface HighlightLayer {
  update(state: HighlightState): void;
  kill(): void;
}

const EDGES_LAYER = "highlightEdges";
const MARKS_LAYER = "highlightMarks";
/** Shapes this far outside the viewport are skipped. */
const MARGIN = 40;

/**
 * A canvas in sigma's layer stack; sigma removes it on kill, and `fit` keeps it the size of the stage. It is a
 * CPU canvas: without a GPU, an accelerated one is rasterised by SwiftShader at every frame the page commits.
 */
function layer(sigma: KnowledgeSigma, id: string, afterLayer: string): CanvasRenderingContext2D {
  const ctx = sigma.createCanvas(id, { afterLayer }).getContext("2d", { willReadFrequently: true });
  if (!ctx) throw new Error(`newsgraph: the ${id} canvas has no 2D context`);
  return ctx;
}

export function mountHighlightLayer(
  sigma: KnowledgeSigma,
  graph: KnowledgeGraph,
  options: Partial<HighlightSettings> = {},
  /** The labels already on screen, which the layer does not draw again. */
  shownLabels: () => ReadonlySet<string> = () => sigma.getNodeDisplayedLabels(),
): HighlightLayer {
  const settings = resolveHighlightSettings(options);
  const ringColor = packColor(settings.ringColor) ?? 0;
  const edges = layer(sigma, EDGES_LAYER, "nodes");
  const marks = layer(sigma, MARKS_LAYER, "labels");
  let state: HighlightState | null = null;

  /** Matches the canvas to the stage (after a resize too) and clears it. */
  function fit(ctx: CanvasRenderingContext2D): void {
    const { width, height } = sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    const canvas = ctx.canvas;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
    }
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.clearRect(0, 0, canvas.width, canvas.height);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
  }

  type Point = { x: number; y: number };
  /** Viewport position and drawn radius of a visible node, or null. */
  function place(key: string, visibility: Visibility): Placed | null {
    if (visibility.hiddenNodes.has(key)) return null;
    const d = sigma.getNodeDisplayData(key);
    if (!d || d.hidden) return null;
    return { ...sigma.framedGraphToViewport(d), size: sigma.scaleSize(d.size), label: d.label, color: d.color };
  }

  type Placed = Point & { size: number; label: string | null; color: string };

  /** Draws one edge on top of the others; returns its end points, or null when it is not shown. */
  function drawEdge(edge: string, boost: number, visibility: Visibility): [Placed, Placed] | null {
    if (visibility.hiddenEdges.has(edge)) return null;
    const e = sigma.getEdgeDisplayData(edge);
    const [source, target] = graph.extremities(edge);
    const a = place(source, visibility);
    const b = place(target, visibility);
    if (!e || e.hidden || !a || !b) return null;
    const attrs = graph.getEdgeAttributes(edge);
    const color = familyColor(attrs.family);
    edges.strokeStyle = color;
    edges.lineWidth = sigma.scaleSize(e.size) + boost;
    edges.beginPath();
    edges.moveTo(a.x, a.y);
    edges.lineTo(b.x, b.y);
    edges.stroke();
    if (isDirected(attrs)) drawArrow(a, b, b.size, color);
    return [a, b];
  }

  /** The end nodes again, over the highlighted edges, so the neighbourhood reads as one piece. */
  function drawDiscs(nodes: Iterable<Placed>): void {
    for (const n of nodes) {
      edges.fillStyle = n.color;
      edges.beginPath();
      edges.arc(n.x, n.y, n.size, 0, Math.PI * 2);
      edges.fill();
    }
  }

  function drawNodeEdges(node: string, visibility: Visibility): void {
    if (!graph.hasNode(node) || visibility.hiddenNodes.has(node)) return;
    const ends: Placed[] = [];
    graph.forEachEdge(node, (edge) => {
      const drawn = drawEdge(edge, settings.edgeWidthBoost, visibility);
      if (drawn) ends.push(...drawn);
    });
    drawDiscs(ends);
  }

  function drawArrow(a: { x: number; y: number }, b: { x: number; y: number }, radius: number, color: string): void {
    const dx = b.x - a.x;
    const dy = b.y - a.y;
    const length = Math.hypot(dx, dy);
    if (length <= radius + settings.arrowLength) return;
    const ux = dx / length;
    const uy = dy / length;
    const tipX = b.x - ux * radius;
    const tipY = b.y - uy * radius;
    const baseX = tipX - ux * settings.arrowLength;
    const baseY = tipY - uy * settings.arrowLength;
    const half = settings.arrowLength / 2;
    edges.fillStyle = color;
    edges.beginPath();
    edges.moveTo(tipX, tipY);
    edges.lineTo(baseX - uy * half, baseY + ux * half);
    edges.lineTo(baseX + uy * half, baseY - ux * half);
    edges.closePath();
    edges.fill();
  }

  let image: ImageData | null = null;

  /** Rings are stamped into pixels: thousands of anti-aliased canvas arcs would cost far more in software. */
  function drawMatches(matches: ReadonlySet<string>, visibility: Visibility): void {
    const { width, height } = sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    const w = marks.canvas.width;
    const h = marks.canvas.height;
    if (!image || image.width !== w || image.height !== h) image = marks.createImageData(w, h);
    const pixels = new Uint32Array(image.data.buffer);
    pixels.fill(0);
    const labelled = matches.size <= settings.maxMatchLabels;
    const shown = labelled ? shownLabels() : new Set<string>();
    const labels: { key: string; label: string; x: number; y: number; size: number; color: string }[] = [];
    for (const key of matches) {
      if (visibility.hiddenNodes.has(key)) continue;
      const d = sigma.getNodeDisplayData(key);
      if (!d || d.hidden) continue;
      const p = sigma.framedGraphToViewport(d);
      if (p.x < -MARGIN || p.y < -MARGIN || p.x > width + MARGIN || p.y > height + MARGIN) continue;
      const size = sigma.scaleSize(d.size);
      const inner = (size + settings.ringGap) * ratio;
      stampRing(pixels, w, h, p.x * ratio, p.y * ratio, inner, inner + settings.ringWidth * ratio, ringColor);
      if (labelled && !shown.has(key) && d.label) labels.push({ key, label: d.label, x: p.x, y: p.y, size, color: d.color });
    }
    marks.putImageData(image, 0, 0);
    const drawLabel = sigma.getSetting("defaultDrawNodeLabel");
    const sigmaSettings = sigma.getSettings();
    for (const label of labels) drawLabel(marks, label, sigmaSettings);
  }

  /** A ring and a label for each selected node; for a selected edge, its predicate along it too. */
  function drawSelection(selection: NonNullable<Selection>, visibility: Visibility): void {
    const sigmaSettings = sigma.getSettings();
    const nodes = selection.type === "node" ? [selection.key] : graph.hasEdge(selection.key) ? graph.extremities(selection.key) : [];
    marks.strokeStyle = settings.ringColor;
    marks.lineWidth = settings.ringWidth;
    for (const key of nodes) {
      const p = graph.hasNode(key) ? place(key, visibility) : null;
      if (!p) continue;
      const r = p.size + settings.ringGap + settings.ringWidth / 2;
      marks.beginPath();
      marks.arc(p.x, p.y, r, 0, Math.PI * 2);
      marks.stroke();
      if (p.label) sigmaSettings.defaultDrawNodeLabel(marks, { key, label: p.label, x: p.x, y: p.y, size: p.size, color: p.color }, sigmaSettings);
    }
    if (selection.type === "edge" && graph.hasEdge(selection.key)) {
      const e = sigma.getEdgeDisplayData(selection.key);
      const [source, target] = graph.extremities(selection.key);
      const a = place(source, visibility);
      const b = place(target, visibility);
      const attrs = graph.getEdgeAttributes(selection.key);
      const label = attrs.label || humanise(attrs.predicate);
      if (e && a && b) sigmaSettings.defaultDrawEdgeLabel(marks, { ...e, key: selection.key, label, size: sigma.scaleSize(e.size) }, { ...a, key: source }, { ...b, key: target }, sigmaSettings);
    }
  }

  /** Whether the canvases hold anything: clearing two stage-sized canvases costs a few ms at every frame. */
  let drawn = false;

  function draw(): void {
    const empty = !state || (state.focus === null && state.selection === null && (state.matches === null || state.matches.size === 0));
    if (empty && !drawn) return;
    fit(edges);
    fit(marks);
    drawn = !empty;
    if (!state || empty) return;
    const { focus, selection, matches, visibility } = state;
    if (selection?.type === "node") drawNodeEdges(selection.key, visibility);
    const selectedEdge = selection?.type === "edge" && graph.hasEdge(selection.key) ? drawEdge(selection.key, settings.edgeWidthBoost + 2, visibility) : null;
    if (selectedEdge) drawDiscs(selectedEdge);
    if (focus !== null && !(selection?.type === "node" && selection.key === focus)) drawNodeEdges(focus, visibility);
    if (matches !== null && matches.size > 0) drawMatches(matches, visibility);
    if (selection) drawSelection(selection, visibility);
  }

  // Every sigma render may have moved the camera; the highlights follow.
  sigma.on("afterRender", draw);

  return {
    update(next) {
      state = next;
      draw();
    },
    kill() {
      sigma.removeListener("afterRender", draw);
      sigma.killLayer(EDGES_LAYER);
      sigma.killLayer(MARKS_LAYER);
    },
  };
}
