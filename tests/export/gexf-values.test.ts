// How list attributes are spelled in GEXF: Gephi's list syntax.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatGexfList } from "../../src/export/gexf/gexf-values.ts";

describe("formatGexfList", () => {
  it("quotes each item and escapes backslashes and quotes in it", () => {
    expect(formatGexfList([])).toBe("[]");
    expect(formatGexfList(["a"])).toBe('["a"]');
    expect(formatGexfList(["a", 'b "c"', "d\\e"])).toBe('["a", "b \\"c\\"", "d\\\\e"]');
  });

  it("writes any list as escaping every item would", () => {
    const item = fc.string({ unit: fc.constantFrom("a", " ", '"', "\\", ",", "[", "]", "é") });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 6 }), (items) => {
        const expected = `[${items.map((value) => `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(", ")}]`;
        expect(formatGexfList(items)).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });
});
