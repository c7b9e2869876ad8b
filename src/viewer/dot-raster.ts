// A tiny rasteriser of filled discs into an RGBA pixel buffer, for the layout preview: stamping 20k dots costs a
// few milliseconds, where 20k anti-aliased canvas arcs cost a few hundred in software rendering.

const LITTLE_ENDIAN = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

/** `#rgb` or `#rrggbb` as one opaque pixel of a Uint32Array view on ImageData; null for other notations. */
export function packColor(color: string): number | null {
  const m = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim());
  if (!m?.[1]) return null;
  const hex = m[1].length === 3 ? [...m[1]].map((c) => c + c).join("") : m[1];
  const r = parseInt(hex.slice(0, 2), 16);
  const g = parseInt(hex.slice(2, 4), 16);
  const b = parseInt(hex.slice(4, 6), 16);
  return (LITTLE_ENDIAN ? ((255 << 24) | (b << 16) | (g << 8) | r) : ((r << 24) | (g << 16) | (b << 8) | 255)) >>> 0;
}

/** Fills the disc of radius `r` around (cx, cy), clipped to the buffer; pixels are `width` per row. */
export function stampDisc(pixels: Uint32Array, width: number, height: number, cx: number, cy: number, r: number, color: number): void {
  const y0 = Math.max(0, Math.ceil(cy - r));
  const y1 = Math.min(height - 1, Math.floor(cy + r));
  for (let y = y0; y <= y1; y++) {
    const dy = y - cy;
    const half = Math.sqrt(Math.max(0, r * r - dy * dy));
    const x0 = Math.max(0, Math.ceil(cx - half));
    const x1 = Math.min(width - 1, Math.floor(cx + half));
    if (x1 >= x0) pixels.fill(color, y * width + x0, y * width + x1 + 1);
  }
}

/** Fills the ring between radii `inner` and `outer` around (cx, cy), clipped to the buffer. */
export function stampRing(pixels: Uint32Array, width: number, height: number, cx: number, cy: number, inner: number, outer: number, color: number): void {
  const y0 = Math.max(0, Math.ceil(cy - outer));
  const y1 = Math.min(height - 1, Math.floor(cy + outer));
  for (let y = y0; y <= y1; y++) {
    const dy = y - cy;
    const out = Math.sqrt(Math.max(0, outer * outer - dy * dy));
    const inn = inner * inner > dy * dy ? Math.sqrt(inner * inner - dy * dy) : -1;
    const row = y * width;
    // Left arc span, then right arc span (one span across the middle rows above and below the hole).
    const spans: [number, number][] = inn < 0 ? [[cx - out, cx + out]] : [[cx - out, cx - inn], [cx + inn, cx + out]];
    for (const [a, b] of spans) {
      const x0 = Math.max(0, Math.ceil(a));
      const x1 = Math.min(width - 1, Math.floor(b));
      if (x1 >= x0) pixels.fill(color, row + x0, row + x1 + 1);
    }
  }
}

/**
 * A one-pixel line from (x0, y0) to (x1, y1), one pixel per step along its longer axis (as a GL line without
 * smoothing), clipped to the buffer.
 */
export function stampLine(pixels: Uint32Array, width: number, height: number, x0: number, y0: number, x1: number, y1: number, color: number): void {
  const dx = x1 - x0;
  const dy = y1 - y0;
  const steps = Math.max(1, Math.ceil(Math.max(Math.abs(dx), Math.abs(dy))));
  const sx = dx / steps;
  const sy = dy / steps;
  let x = x0;
  let y = y0;
  for (let i = 0; i <= steps; i++, x += sx, y += sy) {
    const px = Math.round(x);
    const py = Math.round(y);
    if (px >= 0 && px < width && py >= 0 && py < height) pixels[py * width + px] = color;
  }
}
