// The layout preview's disc rasteriser: colours pack as ImageData pixels, discs are round and clipped.
import { describe, expect, it } from "vitest";
import { packColor, stampDisc, stampLine } from "../../src/viewer/dot-raster.ts";

const bytes = (pixel: number) => [...new Uint8Array(new Uint32Array([pixel]).buffer)];

describe("dot raster", () => {
  it("packs hex colours as opaque RGBA bytes and refuses other notations", () => {
    expect(bytes(packColor("#d55e00") ?? 0)).toEqual([0xd5, 0x5e, 0x00, 255]);
    expect(bytes(packColor("#abc") ?? 0)).toEqual([0xaa, 0xbb, 0xcc, 255]);
    expect(packColor("rgb(1, 2, 3)")).toBeNull();
  });

  it("stamps a round disc, clipped at the edges", () => {
    const w = 11;
    const px = new Uint32Array(w * w);
    stampDisc(px, w, w, 5, 5, 3, 7);
    const at = (x: number, y: number) => px[y * w + x];
    expect(at(5, 5)).toBe(7);
    expect(at(8, 5)).toBe(7);
    expect(at(5, 2)).toBe(7);
    expect(at(8, 8)).toBe(0); // outside the circle, inside its square
    expect(at(9, 5)).toBe(0);
    const edge = new Uint32Array(w * w);
    stampDisc(edge, w, w, 0, 0, 4, 1);
    expect(edge[0]).toBe(1);
    expect(edge.filter((p) => p === 1).length).toBeLessThan(Math.PI * 16);
  });

  it("stamps a one-pixel line end to end, one pixel per step of its longer axis, clipped at the edges", () => {
    const w = 8;
    const px = new Uint32Array(w * w);
    stampLine(px, w, w, 1, 1, 6, 3, 5);
    const lit = [...px.keys()].filter((i) => px[i] === 5).map((i) => [i % w, Math.floor(i / w)]);
    expect(lit).toHaveLength(6);
    expect(lit).toContainEqual([1, 1]);
    expect(lit).toContainEqual([6, 3]);
    const clipped = new Uint32Array(w * w);
    stampLine(clipped, w, w, -4, 2, 20, 2, 9);
    expect(clipped.filter((p) => p === 9).length).toBe(w);
  });
});
