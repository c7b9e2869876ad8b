// Labels never overlap: forced labels first, then bigger nodes or thicker edges, each kept only where it fits.
import { describe, expect, it } from "vitest";
import { boxesOverlap, edgeLabelBox, nodeLabelBox, placeLabels, type LabelCandidate } from "../../src/viewer/label-placement.ts";

/** Every character 7 px wide, as a 13 px font roughly is. */
const SIZE = 13;

interface Node extends LabelCandidate {
  x: number;
  y: number;
}

const node = (key: string, x: number, y: number, size: number, forceLabel = false): Node => ({ key, x, y, size, forceLabel });
const box = (n: Node) => nodeLabelBox(n.x, n.y, n.size, n.key.length * 7, SIZE);
const kept = (nodes: readonly Node[]) => placeLabels(nodes, box).kept.map((n) => n.key);

describe("placeLabels", () => {
  it("keeps labels that do not touch", () => {
    expect(kept([node("Russia", 0, 0, 5), node("Turkey", 0, 40, 5)]).sort()).toEqual(["Russia", "Turkey"]);
  });

  it("drops the smaller node's label where a long label runs over it", () => {
    expect(kept([node("Syrian Constitutional Committee", 0, 0, 3), node("Sergei Shoigu", 60, 2, 8)])).toEqual(["Sergei Shoigu"]);
  });

  it("draws a forced label (hovered, selected, matched) even over a bigger node's label", () => {
    expect(kept([node("Russia", 0, 0, 20), node("Kremlin", 10, 3, 2, true)])).toEqual(["Kremlin"]);
  });

  it("gives the same labels whatever order sigma hands them in", () => {
    const nodes = [node("Aleppo", 0, 0, 5), node("Idlib", 20, 4, 5), node("Hama", 44, 1, 5), node("Homs", 400, 0, 1)];
    expect(kept([...nodes].reverse())).toEqual(kept(nodes));
    expect(kept(nodes)).toContain("Homs");
  });

  it("keeps edge labels off the node labels already placed", () => {
    const nodes = placeLabels([node("Damascus", 100, 100, 5)], box);
    const edge: LabelCandidate = { key: "e", size: 1 };
    // An edge passing just under the label's text.
    const under = () => edgeLabelBox({ source: { x: 60, y: 95, size: 3 }, target: { x: 260, y: 95, size: 3 }, size: 1 }, 40, 11);
    expect(placeLabels([edge], under, nodes.boxes).kept).toEqual([]);
    const far = () => edgeLabelBox({ source: { x: 60, y: 300, size: 3 }, target: { x: 260, y: 300, size: 3 }, size: 1 }, 40, 11);
    expect(placeLabels([edge], far, nodes.boxes).kept).toEqual([edge]);
  });
});

describe("label boxes", () => {
  it("puts a node label where sigma writes it: right of the disc, on its centre line", () => {
    const b = nodeLabelBox(100, 50, 10, 28, SIZE);
    expect(b.cx - b.halfWidth).toBe(113);
    expect(b.cx + b.halfWidth).toBe(141);
    expect(b.cy).toBe(50);
  });

  it("puts an edge label under the middle of its edge, along it, and writes nothing when the discs touch", () => {
    const flat = edgeLabelBox({ source: { x: 0, y: 0, size: 5 }, target: { x: 100, y: 0, size: 5 }, size: 2 }, 30, 10);
    expect(flat?.cx).toBeCloseTo(50);
    expect(flat?.cy).toBeGreaterThan(0);
    expect(flat?.angle).toBe(0);
    // Right to left reads the same way up.
    const back = edgeLabelBox({ source: { x: 100, y: 0, size: 5 }, target: { x: 0, y: 0, size: 5 }, size: 2 }, 30, 10);
    expect(back?.angle).toBeCloseTo(0);
    expect(back?.cy).toBeCloseTo(flat?.cy ?? NaN);
    expect(edgeLabelBox({ source: { x: 0, y: 0, size: 5 }, target: { x: 8, y: 0, size: 5 }, size: 2 }, 30, 10)).toBeNull();
  });

  it("tells crossing labels from parallel ones", () => {
    const a = { cx: 0, cy: 0, halfWidth: 40, halfHeight: 6, angle: 0 };
    expect(boxesOverlap(a, { ...a, angle: Math.PI / 2 })).toBe(true);
    expect(boxesOverlap(a, { ...a, cy: 13 })).toBe(false);
    // Two labels of parallel edges between the same nodes: the same place.
    expect(boxesOverlap(a, { ...a })).toBe(true);
    // A diagonal label whose bounding square would touch, but whose text does not.
    expect(boxesOverlap({ cx: 0, cy: 0, halfWidth: 40, halfHeight: 4, angle: Math.PI / 4 }, { cx: 30, cy: -30, halfWidth: 10, halfHeight: 4, angle: 0 })).toBe(false);
  });
});
