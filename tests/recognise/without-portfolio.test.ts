// The remit words glued before a tagged person's name, and spans made only of them.
import { describe, expect, it } from "vitest";
import { withoutPortfolio } from "../../src/recognise/without-portfolio.ts";

describe("withoutPortfolio", () => {
  it("skips remit words before the name", () => {
    const words = ["Minister", "of", "Foreign", "Affairs", "Lena", "Varga"];
    expect(withoutPortfolio(words, 2, 6)).toBe(4);
  });

  it("leaves a name without remit words as it is", () => {
    expect(withoutPortfolio(["Lena", "Varga"], 0, 2)).toBe(0);
  });

  it("finds no name in a span of remit words only", () => {
    expect(withoutPortfolio(["Human", "Rights"], 0, 2)).toBeNull();
    expect(withoutPortfolio(["REFUGEES"], 0, 1)).toBeNull();
  });
});
