// Geometry behind edge picking on big graphs: distance from the pointer to an edge's segment.
import { describe, expect, it } from "vitest";
import { segmentDistance2 } from "../../src/viewer/edge-picker.ts";

describe("edge picker", () => {
  it("measures the distance to the segment, not to its infinite line", () => {
    expect(segmentDistance2(5, 3, 0, 0, 10, 0)).toBe(9);
    expect(segmentDistance2(13, 4, 0, 0, 10, 0)).toBe(25); // past the end: distance to the end point
    expect(segmentDistance2(-3, 0, 0, 0, 10, 0)).toBe(9);
  });

  it("handles a zero-length edge", () => {
    expect(segmentDistance2(3, 4, 1, 1, 1, 1)).toBe(13);
  });
});
