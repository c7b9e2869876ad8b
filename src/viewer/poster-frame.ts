// The first frame of a big graph, drawn on a 2D canvas straight from its preview's columns, before any graph,
// WebGL context or sigma exists: nodes and edges at the pixels where sigma will draw them, with sigma's own
// coordinate functions. Without a GPU, building the 20k-node / 100k-edge bench graph and sigma's first WebGL frame
// take most of a second and a half; this picture takes about a tenth of that. It is the default view only (no
// camera, selection or filter from a link), without labels or arrow heads, and goes as soon as sigma has drawn.
import { createNormalizationFunction, matrixFromCamera, multiplyVec2 } from "sigma/utils";
import type { GraphPreview } from "../export/index.ts";
import { packColor, stampDisc, stampLine } from "./dot-raster.ts";
import { familyColor, kindColor, sizeScaleOf, STAGE_PADDING } from "./styles.ts";

export interface PosterFrame {
  remove(): void;
}

export interface PosterOptions {
  /** Co-mentions hidden, as the filters have it. */
  hideCoMentions: boolean;
}

/** Graph coordinates to viewport pixels, as sigma maps them for its first view of a graph with these positions. */
export function firstViewTransform(xs: readonly number[], ys: readonly number[], width: number, height: number): (x: number, y: number) => [number, number] {
  let [minX, maxX, minY, maxY] = [Infinity, -Infinity, Infinity, -Infinity];
  for (let i = 0; i < xs.length; i++) {
    const x = xs[i] as number;
    const y = ys[i] as number;
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  const normalise = createNormalizationFunction({ x: [minX, maxX], y: [minY, maxY] });
  const camera = { x: 0.5, y: 0.5, angle: 0, ratio: 1 };
  const matrix = matrixFromCamera(camera, { width, height }, { width: maxX - minX || 1, height: maxY - minY || 1 }, STAGE_PADDING);
  const toPixels = (x: number, y: number): [number, number] => {
    const v = multiplyVec2(matrix, normalise({ x, y }));
    return [((1 + v.x) * width) / 2, ((1 - v.y) * height) / 2];
  };
  // The map is affine: three points fix it, and applying it is then two multiply-adds a coordinate.
  const [ox, oy] = toPixels(0, 0);
  const [ex, ey] = toPixels(1, 0);
  const [fx, fy] = toPixels(0, 1);
  return (x, y) => [ox + x * (ex - ox) + y * (fx - ox), oy + x * (ey - oy) + y * (fy - oy)];
}

export function drawPosterFrame(container: HTMLElement, preview: GraphPreview, options: PosterOptions): PosterFrame {
  const width = container.offsetWidth;
  const height = container.offsetHeight;
  const ratio = window.devicePixelRatio || 1;
  const canvas = document.createElement("canvas");
  canvas.className = "poster-frame";
  canvas.width = Math.max(1, Math.round(width * ratio));
  canvas.height = Math.max(1, Math.round(height * ratio));
  Object.assign(canvas.style, { position: "absolute", inset: "0", width: `${width}px`, height: `${height}px`, pointerEvents: "none" });
  const ctx = canvas.getContext("2d");
  if (!ctx) return { remove: () => undefined };
  const image = ctx.createImageData(canvas.width, canvas.height);
  const pixels = new Uint32Array(image.data.buffer);
  const [w, h] = [canvas.width, canvas.height];
  const toPixels = firstViewTransform(preview.x, preview.y, width, height);
  const px = new Float64Array(preview.keys.length);
  const py = new Float64Array(preview.keys.length);
  for (let i = 0; i < px.length; i++) {
    const [x, y] = toPixels(preview.x[i] as number, preview.y[i] as number);
    px[i] = x * ratio;
    py[i] = y * ratio;
  }
  // Edges under nodes, as sigma layers them; colours as the reducers give them.
  const packed = new Map<string, number>();
  const pack = (color: string): number => {
    let c = packed.get(color);
    if (c === undefined) packed.set(color, (c = packColor(color) ?? 0));
    return c;
  };
  for (let i = 0; i < preview.source.length; i++) {
    const type = preview.relation[i];
    if (!type || (options.hideCoMentions && type.predicate === "co_mentioned")) continue;
    const s = preview.source[i] as number;
    const t = preview.target[i] as number;
    stampLine(pixels, w, h, px[s] as number, py[s] as number, px[t] as number, py[t] as number, pack(familyColor(type.family)));
  }
  const size = sizeScaleOf((visit) => {
    for (let i = 0; i < px.length; i++) visit(preview.pagerank[i] as number, preview.size[i] as number);
  });
  for (let i = 0; i < px.length; i++) {
    const r = Math.max(1, size(preview.pagerank[i] as number, preview.size[i] as number)) * ratio;
    stampDisc(pixels, w, h, px[i] as number, py[i] as number, r, pack(kindColor(preview.kind[i] as string)));
  }
  ctx.putImageData(image, 0, 0);
  container.prepend(canvas);
  return { remove: () => canvas.remove() };
}
