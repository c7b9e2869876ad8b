// Feature keys index the shipped model's weights: any change to how they are computed silently mis-tags, so a few
// keys are pinned here (values computed by the implementation the model was trained with). featureKey is
// featureKeyStart then featureKeyFrom, so the pinned keys, with and without a second value, hold both halves.
import { describe, expect, it } from "vitest";
import { featureKey, featureKeyFrom, featureKeyStart, hashLower, hashString } from "../../src/ner/feature-hash.ts";
import { wordShape } from "../../src/ner/word-shape.ts";

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

describe("word hashes", () => {
  // The plain definitions: FNV-1a over each code unit (lower-cased for hashLower), and wordShape's classes.
  const fnv = (codes: number[]): number => codes.reduce((h, c) => Math.imul(h ^ c, 0x01000193), 0x811c9dc5) >>> 0;
  const codes = (word: string): number[] => Array.from({ length: word.length }, (_, i) => word.charCodeAt(i));
  const lower = (c: number): number => String.fromCharCode(c).toLowerCase().charCodeAt(0);
  const shapeClass = (c: number): number => {
    const char = String.fromCharCode(c);
    if (/[0-9]/.test(char)) return 100;
    if (char.toLowerCase() !== char) return 88;
    if (char.toUpperCase() !== char) return 120;
    return c;
  };
  const words = ["Putin", "U.S.", "1996-08-22", "", "McDONALD's", "Ørsted", "İstanbul", "ÉCOLE", "straße", "日本", "x", "AAAAbbb99", "\u00c0\u00e0-"];

  it("match their plain definitions on ASCII and other words", () => {
    const out = new Uint32Array(3);
    for (const word of words) {
      expect(hashString(word)).toBe(fnv(codes(word)));
      expect(hashLower(word)).toBe(fnv(codes(word).map(lower)));
      const classes = codes(word).map(shapeClass);
      const runs: number[][] = [];
      for (const c of classes) {
        const run = runs[runs.length - 1];
        if (run && run[0] === c) run.push(c);
        else runs.push([c]);
      }
      wordShape(word, out);
      expect(out[0]).toBe(fnv(runs.flatMap((run) => run.slice(0, 2))));
      expect(out[1]).toBe(fnv(runs.map((run) => run[0] as number)));
    }
  });
});
