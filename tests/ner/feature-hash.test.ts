// Feature keys index the shipped model's weights: any change to how they are computed silently mis-tags, so a few
// keys are pinned here (values computed by the implementation the model was trained with). featureKey is
// featureKeyStart then featureKeyFrom, so the pinned keys, with and without a second value, hold both halves.
import { describe, expect, it } from "vitest";
import { featureKey, featureKeyFrom, featureKeyStart } from "../../src/ner/feature-hash.ts";

describe("featureKey", () => {
  it("gives the keys the shipped model was trained with", () => {
    const pinned: [number, number, number, number][] = [
      [21, 1694851494, 0, -1211962670],
      [5, 1614694654, 2569686286, -1809552798],
      [16, 606165264, 157170680, -1458226085],
      [35, 3453491666, 0, -1900376988],
      [33, 2397661696, 2116972364, -1387456867],
      [6, 688847922, 2530167724, -799866049],
      [0, 1, 0, -1314919812],
      [1, 0, 0, -1154830370],
      [35, 4294967295, 1, 1938559277],
      [2, 12345, 2147483648, 1621625387],
    ];
    for (const [template, a, b, key] of pinned) expect(featureKey(template, a, b)).toBe(key);
  });
});

describe("featureKeyStart / featureKeyFrom", () => {
  it("are the two halves of featureKey", () => {
    let seed = 1;
    const next = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0);
    for (let i = 0; i < 1000; i++) {
      const template = next() % 40;
      const a = next();
      const b = i % 3 === 0 ? 0 : next();
      expect(featureKeyFrom(featureKeyStart(template, a), b)).toBe(featureKey(template, a, b));
    }
  });
});
