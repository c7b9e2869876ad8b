// Finding a token by the offset where it starts or ends.
import { describe, expect, it } from "vitest";
import type { Token } from "../../src/model/document.ts";
import { tokenEndingAt, tokenStartingAt } from "../../src/segment/token-at-offset.ts";

const tokens = [
  { text: "USS", start: 0, end: 3 },
  { text: "Hopper", start: 4, end: 10 },
  { text: "(", start: 11, end: 12 },
] as Token[];

describe("tokenStartingAt and tokenEndingAt", () => {
  it("find the token at a boundary", () => {
    expect(tokenStartingAt(tokens, 4)).toBe(1);
    expect(tokenEndingAt(tokens, 10)).toBe(1);
    expect(tokenEndingAt(tokens, 12)).toBe(2);
  });

  it("answer -1 inside a token or between tokens", () => {
    expect(tokenStartingAt(tokens, 5)).toBe(-1);
    expect(tokenEndingAt(tokens, 11)).toBe(-1);
    expect(tokenStartingAt([], 0)).toBe(-1);
  });
});
