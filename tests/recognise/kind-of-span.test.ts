// The fine kind of a statistical organisation span, from its words. Invented names.
import { describe, expect, it } from "vitest";
import type { Token } from "../../src/model/document.ts";
import { kindOfSpan } from "../../src/recognise/kind-of-span.ts";

const tokens = (text: string): Token[] => {
  let at = 0;
  return text.split(" ").map((w) => {
    const t = { text: w, start: at, end: at + w.length } as Token;
    at += w.length + 1;
    return t;
  });
};
const kind = (text: string) => kindOfSpan(tokens(text), 0, text.split(" ").length, "ORG");

describe("kindOfSpan", () => {
  it("reads an armed head anywhere in the name", () => {
    expect(kind("Kelby Liberation Army")).toBe("armed_group");
    expect(kind("Jaish al-Varn")).toBe("armed_group");
  });

  it("leaves a civilian body headed by union, association or the like an organisation", () => {
    expect(kind("Kelby Dockers Brigade Union")).toBe("organization");
    expect(kind("Varn Division Association")).toBe("organization");
    expect(kind("Kelby Trading Company")).toBe("organization");
  });

  it("reads a head civilian bodies share with armed ones as armed only with a military word", () => {
    expect(kind("Kelby Fraud Unit")).toBe("organization");
    expect(kind("Varn Voters Coalition")).toBe("organization");
    expect(kind("Kelby Popular Mobilization Units")).toBe("armed_group");
    expect(kind("Varn Republican Guard")).toBe("armed_group");
    expect(kind("Tovian-led coalition")).toBe("armed_group");
    expect(kind("Kelby National Guard")).toBe("armed_group");
    expect(kind("Kelby National Crime Unit")).toBe("organization");
  });
});
