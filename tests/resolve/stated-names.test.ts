// The quick test that rules words out as defined acronyms before any look-up.
import { describe, expect, it } from "vitest";
import type { Mention } from "../../src/model/mention.ts";
import { mayBeDefinedIn } from "../../src/resolve/stated-names.ts";

const long = { id: "a#0", surface: "Free Lions Brigade" } as Mention;

describe("mayBeDefinedIn", () => {
  const acronyms = ["FLB", "G20", "ÉTA", "ΝΑΤΟ", "A1B2C3D4", "\u{1D400}\u{1D401}", "\u{1D400}".repeat(8)];
  const mayBeDefined = mayBeDefinedIn(new Map(acronyms.map((a) => [a, long])));

  it("never rules out a defined acronym", () => {
    for (const acronym of acronyms) expect(mayBeDefined(acronym)).toBe(true);
  });

  it("rules out words of a length or first letter no defined acronym has", () => {
    for (const word of ["the", "Frees", ",", "XLB", "FLBXY", "", "F".repeat(40)]) expect(mayBeDefined(word)).toBe(false);
  });

  it("rules out everything when no acronym is defined", () => {
    const none = mayBeDefinedIn(new Map());
    for (const word of ["FLB", "", "Free"]) expect(none(word)).toBe(false);
  });
});
