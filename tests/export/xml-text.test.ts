// stripXmlInvalid removes exactly what XML 1.0 forbids and keeps everything else, astral characters included.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stripXmlInvalid } from "../../src/export/xml-text.ts";

describe("stripXmlInvalid", () => {
  it("removes control characters, U+FFFE/U+FFFF and lone surrogates", () => {
    expect(stripXmlInvalid("a\u0000b\u0008c\u000Bd\u001Fe\uFFFEf\uFFFFg")).toBe("abcdefg");
    expect(stripXmlInvalid("x\uD800y\uDC00z")).toBe("xyz");
  });

  it("keeps tab, newline, carriage return, markup characters and surrogate pairs", () => {
    const kept = "AT&T <Syria>\t\"q\"\n'r'\r\u00e9\u{1F600}\uE000";
    expect(stripXmlInvalid(kept)).toBe(kept);
  });

  it("removes the same characters as a replace with the full pattern, for any mix of them", () => {
    const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
    const unit = fc.constantFrom("a", " ", "\t", "\n", "\u0000", "\u001F", "\uD83D", "\uDE00", "\uFFFE", "\uFFFF", "\uE000", "\u2014");
    fc.assert(
      fc.property(fc.string({ unit }), (text) => {
        expect(stripXmlInvalid(text)).toBe(text.replace(forbidden, ""));
      }),
      { numRuns: 500 },
    );
  });
});
