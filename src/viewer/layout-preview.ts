// While ForceAtlas2 runs on a big graph, the moving nodes are drawn as dots on a 2D canvas and sigma draws
// nothing, in the spirit of sigma's hideEdgesOnMove. Without a GPU, Chromium reads every changed WebGL canvas
// back at each frame and waits for it: a WebGL redraw per layout step stalled the page for 0.3–0.8 s while the
// layout worker held the other core. Stamping 20k dots into a CPU canvas costs tens of milliseconds and never
// waits. The dots go through the node reducer, so filters still apply, and sigma's frame is frozen so the camera
// does not jump. Hover and clicks on the graph resume, and sigma gets the whole graph back, when the layout stops.
import Graph from "graphology";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "../model/index.ts";
import type { NodeDisplayData } from "sigma/types";
import { packColor, stampDisc } from "./dot-raster.ts";
import type { KnowledgeSigma } from "./renderer.ts";
import { viewportTransform } from "./viewport-transform.ts";

/** Least time between two redraws while the layout runs, so the page keeps time for input. */
export const DEFAULT_PREVIEW_INTERVAL_MS = 100;

const LAYER = "layoutPreview";
const FALLBACK = packColor("#888888") ?? 0;

export interface LayoutPreview {
  begin(): void;
  end(): void;
  kill(): void;
}

export function mountLayoutPreview(sigma: KnowledgeSigma, graph: KnowledgeGraph, interval = DEFAULT_PREVIEW_INTERVAL_MS): LayoutPreview {
  let ctx: CanvasRenderingContext2D | null = null;
  let bbox: ReturnType<KnowledgeSigma["getCustomBBox"]> = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let frame: number | null = null;
  let last = 0;

  let image: ImageData | null = null;
  const colors = new Map<string, number>();
  const packed = (color: string): number => {
    let c = colors.get(color);
    if (c === undefined) colors.set(color, (c = packColor(color) ?? FALLBACK));
    return c;
  };

  function draw(): void {
    frame = null;
    last = performance.now();
    if (!ctx) return;
    const { width, height } = sigma.getDimensions();
    const ratio = window.devicePixelRatio || 1;
    const w = Math.max(1, Math.round(width * ratio));
    const h = Math.max(1, Math.round(height * ratio));
    const canvas = ctx.canvas;
    if (canvas.width !== w || canvas.height !== h) {
      canvas.width = w;
      canvas.height = h;
    }
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    if (!image || image.width !== w || image.height !== h) image = ctx.createImageData(w, h);
    const pixels = new Uint32Array(image.data.buffer);
    pixels.fill(0);
    const reduce = sigma.getSetting("nodeReducer");
    const toViewport = viewportTransform(sigma);
    graph.forEachNode((key, attrs) => {
      const d: Partial<NodeDisplayData> = reduce ? reduce(key, attrs) : { size: attrs.size, color: attrs.color };
      if (d.hidden) return;
      const p = toViewport(attrs.x, attrs.y);
      const r = Math.max(1, sigma.scaleSize(d.size ?? attrs.size)) * ratio;
      stampDisc(pixels, w, h, p.x * ratio, p.y * ratio, r, packed(d.color ?? attrs.color));
    });
    ctx.putImageData(image, 0, 0);
  }

  const schedule = () => {
    if (timer !== null || frame !== null) return;
    timer = setTimeout(() => {
      timer = null;
      frame = requestAnimationFrame(draw);
    }, Math.max(0, last + interval - performance.now()));
  };
  const redrawNow = () => {
    if (frame === null) frame = requestAnimationFrame(draw);
  };

  function stop(): void {
    graph.removeListener("eachNodeAttributesUpdated", schedule);
    sigma.removeListener("afterRender", redrawNow);
    if (timer !== null) clearTimeout(timer);
    if (frame !== null) cancelAnimationFrame(frame);
    timer = null;
    frame = null;
    if (ctx) sigma.killLayer(LAYER);
    ctx = null;
  }

  return {
    begin() {
      if (ctx) return;
      // A CPU canvas: without a GPU an accelerated one is rasterised by SwiftShader at every commit.
      ctx = sigma.createCanvas(LAYER, { afterLayer: "nodes" }).getContext("2d", { willReadFrequently: true });
      // Freeze the frame sigma normalises positions by, so dots and camera stay put as the layout spreads out.
      bbox = sigma.getCustomBBox();
      sigma.setCustomBBox(sigma.getBBox());
      sigma.setGraph(new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: graph.type, multi: graph.multi }));
      graph.on("eachNodeAttributesUpdated", schedule);
      // Camera moves re-render sigma (now empty, so cheap): the dots follow.
      sigma.on("afterRender", redrawNow);
      redrawNow();
    },
    end() {
      if (!ctx) return;
      stop();
      sigma.setCustomBBox(bbox);
      sigma.setGraph(graph);
    },
    kill() {
      stop();
    },
  };
}
