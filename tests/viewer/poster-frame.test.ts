// firstViewTransform: the poster's pixels are where sigma's first view puts the graph (checked against sigma's own
// WebGL pixels in tests/e2e/big-graph.test.ts); here, its geometry on small inputs (sigma's matrix is 32-bit floats).
import { describe, expect, it } from "vitest";
import { firstViewTransform } from "../../src/viewer/poster-frame.ts";
import { STAGE_PADDING } from "../../src/viewer/styles.ts";

describe("firstViewTransform", () => {
  it("centres the graph, fits it within the stage padding on the tighter side, and turns y downwards", () => {
    const toPixels = firstViewTransform([0, 100, 40], [0, 100, 70], 800, 600);
    const [cx, cy] = toPixels(50, 50);
    expect(cx).toBeCloseTo(400, 3);
    expect(cy).toBeCloseTo(300, 3);
    const [, top] = toPixels(50, 100);
    const [, bottom] = toPixels(50, 0);
    expect(top).toBeCloseTo(STAGE_PADDING, 3);
    expect(bottom).toBeCloseTo(600 - STAGE_PADDING, 3);
    const [left] = toPixels(0, 50);
    expect(left).toBeCloseTo(400 - (600 - 2 * STAGE_PADDING) / 2, 3);
  });
});
