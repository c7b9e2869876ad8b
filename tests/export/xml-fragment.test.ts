// Streamed GEXF elements are written without xmldom; their bytes must be the ones xmldom would write.
import { DOMImplementation, XMLSerializer } from "@xmldom/xmldom";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createXmlFragment, writeXmlFragment, type XmlFragment } from "../../src/export/xml-fragment.ts";

interface Shape {
  name: string;
  attributes: Array<[string, string]>;
  children: Array<Shape | string>;
}

function viaXmldom(shape: Shape): string {
  const document = new DOMImplementation().createDocument(null, null, null);
  const build = (s: Shape): Element => {
    const element = document.createElement(s.name);
    for (const [key, value] of s.attributes) element.setAttribute(key, value);
    for (const child of s.children) element.appendChild(typeof child === "string" ? document.createTextNode(child) : build(child));
    return element;
  };
  return new XMLSerializer().serializeToString(build(shape));
}

function viaFragment(shape: Shape): string {
  const build = (s: Shape): XmlFragment => {
    const element = createXmlFragment(s.name);
    for (const [key, value] of s.attributes) element.attributes.set(key, value);
    for (const child of s.children) element.children.push(typeof child === "string" ? child : build(child));
    return element;
  };
  const out: string[] = [];
  writeXmlFragment(build(shape), out);
  return out.join("");
}

// Markup characters, whitespace that attributes must keep, entity look-alikes and non-ASCII text.
const tricky = fc.string({ unit: fc.constantFrom("a", "&", "<", ">", '"', "'", "\t", "\n", "\r", " ", ";", "#", "é", "\u{1F600}", "amp") });
const name = fc.constantFrom("node", "edge", "attvalue", "viz:color");
const attributes = fc.uniqueArray(fc.tuple(fc.constantFrom("id", "for", "value", "label", "r"), tricky), { selector: ([key]) => key, maxLength: 4 });
const shape: fc.Arbitrary<Shape> = fc.letrec<{ shape: Shape }>((tie) => ({
  shape: fc.record({ name, attributes, children: fc.array(fc.oneof({ depthSize: "small" }, tricky, tie("shape")), { maxLength: 3 }) }),
})).shape;

describe("writeXmlFragment", () => {
  it("writes the bytes xmldom writes, for any names, attribute values and text", () => {
    fc.assert(
      fc.property(shape, (s) => {
        expect(viaFragment(s)).toBe(viaXmldom(s));
      }),
      { numRuns: 300 },
    );
  });

  it("closes an empty element with /> and escapes tab, CR and LF in attributes only", () => {
    const s: Shape = { name: "attvalue", attributes: [["value", 'a\tb\nc\r"d"<&>']], children: [] };
    expect(viaFragment(s)).toBe('<attvalue value="a&#9;b&#10;c&#13;&quot;d&quot;&lt;&amp;&gt;"/>');
    expect(viaFragment({ name: "t", attributes: [], children: ["a\tb\n<&>\""] })).toBe('<t>a\tb\n&lt;&amp;&gt;"</t>');
  });
});
