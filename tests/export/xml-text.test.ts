// stripXmlInvalid removes exactly what XML 1.0 forbids and keeps everything else, astral characters included.
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
});
