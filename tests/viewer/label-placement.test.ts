// Node labels never overlap: forced labels first, then bigger nodes, each kept only where it fits.
import { describe, expect, it } from "vitest";
import { labelBox, placeLabels, type LabelCandidate } from "../../src/viewer/label-placement.ts";

/** Every character 7 px wide, as a monospace font of about 13 px would be. */
const width = (label: string): number => label.length * 7;
const SIZE = 13;

const node = (key: string, x: number, y: number, size: number, forceLabel = false): LabelCandidate => ({ key, label: key, x, y, size, forceLabel });

describe("placeLabels", () => {
  it("keeps labels that do not touch", () => {
    const kept = placeLabels([node("Russia", 0, 0, 5), node("Turkey", 0, 40, 5)], width, SIZE);
    expect(kept.map((c) => c.key).sort()).toEqual(["Russia", "Turkey"]);
  });

  it("drops the smaller node's label where a long label runs over it", () => {
    const kept = placeLabels([node("Syrian Constitutional Committee", 0, 0, 3), node("Sergei Shoigu", 60, 2, 8)], width, SIZE);
    expect(kept.map((c) => c.key)).toEqual(["Sergei Shoigu"]);
  });

  it("draws a forced label (hovered, selected, matched) even over a bigger node's label", () => {
    const kept = placeLabels([node("Russia", 0, 0, 20), node("Kremlin", 10, 3, 2, true)], width, SIZE);
    expect(kept.map((c) => c.key)).toEqual(["Kremlin"]);
  });

  it("gives the same labels whatever order sigma hands them in", () => {
    const nodes = [node("Aleppo", 0, 0, 5), node("Idlib", 20, 4, 5), node("Hama", 44, 1, 5), node("Homs", 400, 0, 1)];
    const once = placeLabels(nodes, width, SIZE).map((c) => c.key);
    expect(placeLabels([...nodes].reverse(), width, SIZE).map((c) => c.key)).toEqual(once);
    expect(once).toContain("Homs");
  });

  it("puts the box where sigma writes the label: right of the disc, on its centre line", () => {
    const box = labelBox(node("Iran", 100, 50, 10), 28, SIZE);
    expect(box.left).toBe(113);
    expect(box.right).toBe(141);
    expect(box.top).toBeLessThan(50);
    expect(box.bottom).toBeGreaterThan(50);
  });
});
