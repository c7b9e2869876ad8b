// Streamed GEXF and GraphML elements are written without xmldom; their bytes must be the ones xmldom would write
// for the same elements, indentation included.
import { DOMImplementation, XMLSerializer } from "@xmldom/xmldom";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writeStreamedElement } from "../../src/export/xml-fragment.ts";
import type { XmlNode } from "../../src/export/xml-tree.ts";

interface Shape {
  name: string;
  attributes: Array<[string, string]>;
  children: Array<Shape | string>;
}

const indent = (depth: number): string => `\n${"  ".repeat(depth)}`;

/** The element as xmldom writes it, with the whitespace the writers add before each child element and before the
 * closing tag of an element that holds elements. */
function viaXmldom(shape: Shape, depth: number): string {
  const document = new DOMImplementation().createDocument(null, null, null);
  const build = (s: Shape, d: number): Element => {
    const element = document.createElement(s.name);
    for (const [key, value] of s.attributes) element.setAttribute(key, value);
    let holdsElements = false;
    for (const child of s.children) {
      if (typeof child === "string") element.appendChild(document.createTextNode(child));
      else {
        holdsElements = true;
        element.appendChild(document.createTextNode(indent(d + 1)));
        element.appendChild(build(child, d + 1));
      }
    }
    if (holdsElements) element.appendChild(document.createTextNode(indent(d)));
    return element;
  };
  return new XMLSerializer().serializeToString(build(shape, depth));
}

function viaStream(shape: Shape, depth: number): string {
  const fill = (node: XmlNode, children: Shape["children"]): void => {
    for (const child of children) {
      if (typeof child === "string") node.text(child);
      else fill(node.el(child.name, Object.fromEntries(child.attributes)), child.children);
    }
  };
  return writeStreamedElement(indent(depth), shape.name, depth, Object.fromEntries(shape.attributes), (node) => fill(node, shape.children));
}

// Markup characters, whitespace that attributes must keep, entity look-alikes and non-ASCII text.
const tricky = fc.string({ unit: fc.constantFrom("a", "&", "<", ">", '"', "'", "\t", "\n", "\r", " ", ";", "#", "é", "\u{1F600}", "amp") });
const name = fc.constantFrom("node", "edge", "attvalue", "viz:color");
const attributes = fc.uniqueArray(fc.tuple(fc.constantFrom("id", "for", "value", "label", "r"), tricky), { selector: ([key]) => key, maxLength: 4 });
const shape: fc.Arbitrary<Shape> = fc.letrec<{ shape: Shape }>((tie) => ({
  shape: fc.record({ name, attributes, children: fc.array(fc.oneof({ depthSize: "small" }, tricky, tie("shape")), { maxLength: 3 }) }),
})).shape;

describe("writeStreamedElement", () => {
  it("writes the bytes xmldom writes, for any names, attribute values, text and nesting", () => {
    fc.assert(
      fc.property(shape, fc.integer({ min: 0, max: 3 }), (s, depth) => {
        expect(viaStream(s, depth)).toBe(indent(depth) + viaXmldom(s, depth));
      }),
      { numRuns: 300 },
    );
  });

  it("closes an empty element with /> and escapes tab, CR and LF in attributes only", () => {
    const s: Shape = { name: "attvalue", attributes: [["value", 'a\tb\nc\r"d"<&>']], children: [] };
    expect(viaStream(s, 0)).toBe('\n<attvalue value="a&#9;b&#10;c&#13;&quot;d&quot;&lt;&amp;&gt;"/>');
    expect(viaStream({ name: "t", attributes: [], children: ["a\tb\n<&>\""] }, 0)).toBe('\n<t>a\tb\n&lt;&amp;&gt;"</t>');
    expect(viaStream({ name: "t", attributes: [], children: [""] }, 0)).toBe("\n<t></t>");
  });

  it("keeps the place of an attribute set again, skips null ones, and spells numbers and cleans strings", () => {
    const markup = writeStreamedElement("", "edge", 0, { id: "e1", weight: Number.NaN, label: null }, (edge) => {
      edge.attr("kind", "a\u0000b").attr("id", "e2").attr("size", 1.5).attr("label", undefined);
    });
    expect(markup).toBe('<edge id="e2" weight="0" kind="ab" size="1.5"/>');
  });

  it("refuses to change an element that has been written", () => {
    expect(() =>
      writeStreamedElement("", "node", 0, {}, (node) => {
        const first = node.el("a");
        node.el("b");
        first.attr("late", "x");
      }),
    ).toThrow(/after it was written|after its content/);
    expect(() =>
      writeStreamedElement("", "node", 0, {}, (node) => {
        node.el("a");
        node.attr("late", "x");
      }),
    ).toThrow(/after its content/);
    expect(() =>
      writeStreamedElement("", "node", 0, {}, (node) => {
        const first = node.el("a");
        node.el("b");
        first.el("c");
      }),
    ).toThrow(/after it was written/);
  });
});
