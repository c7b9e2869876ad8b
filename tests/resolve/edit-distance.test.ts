// The capped edit distance that the variant test relies on, checked against a plain full-table reference.
import { describe, expect, it } from "vitest";
import { editDistance } from "../../src/resolve/name-similarity.ts";

function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i] as number[];
      const prev = d[i - 1] as number[];
      row[j] = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}

describe("editDistance", () => {
  const words = ["", "o", "oradi", "oradi", "orady", "uradi", "oradin", "ordai", "varnakov", "varnakova", "warnakof", "kastelli", "kastely"];

  it("agrees with the full table up to the cap, and says cap + 1 beyond it", () => {
    for (const a of words) {
      for (const b of words) {
        for (const cap of [1, 2, 3]) {
          const want = reference(a, b);
          expect(editDistance(a, b, cap), `${a}/${b} cap ${cap}`).toBe(want <= cap ? want : cap + 1);
        }
      }
    }
  });

  it("handles words longer than its kept rows, and short ones after them", () => {
    const a = "m".repeat(50) + "x";
    const b = "m".repeat(50) + "y";
    expect(editDistance(a, b, 2)).toBe(1);
    expect(editDistance("oradi", "orady", 1)).toBe(1);
    expect(editDistance(`${a}zz`, b, 3)).toBe(3);
  });
});
