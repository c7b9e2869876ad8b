// A small typed layer over @xmldom/xmldom for building and serialising XML documents.
// Why xmldom and not xmlbuilder2: xmlbuilder2 4.0 leaves "&" unescaped before anything that looks like an
// entity ("R&D;" gives a file that is not well-formed, "&amp;" reads back as "&") and writes raw newlines in
// attribute values, which every XML parser folds into spaces. xmldom escapes both, and runs in Node and browsers.
import { DOMImplementation, XMLSerializer } from "@xmldom/xmldom";
import { stripXmlInvalid } from "./xml-text.ts";

export type XmlAttributeValue = string | number | boolean | null | undefined;

export interface XmlNode {
  /** Appends a child element; `null`/`undefined` attributes are skipped, strings are cleaned of forbidden chars. */
  el(name: string, attributes?: Record<string, XmlAttributeValue>, namespace?: string): XmlNode;
  text(value: string): XmlNode;
  attr(name: string, value: XmlAttributeValue): XmlNode;
}

export interface XmlTree {
  root: XmlNode;
  /** Declares a prefix on the root element (`xmlns:viz="..."`). */
  declarePrefix(prefix: string, namespace: string): void;
  serialize(): string;
}

const XMLNS = "http://www.w3.org/2000/xmlns/";
const INDENT = "  ";

function formatValue(value: string | number | boolean): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "0";
  return stripXmlInvalid(String(value));
}

export function createXmlTree(namespace: string | null, rootName: string): XmlTree {
  const document = new DOMImplementation().createDocument(namespace, rootName, null);
  const rootElement = document.documentElement;
  if (!rootElement) throw new Error("newsgraph: could not create an XML document");
  // Elements that hold elements, with their depth: each gets a closing line break when serialised.
  const parents: Array<[Element, number]> = [];

  // Indentation is added while building, as whitespace text before each child element: a pass over the finished
  // tree with insertBefore costs a list walk per node in xmldom.
  const wrap = (element: Element, depth: number): XmlNode => {
    let holdsElements = false;
    return {
      el(name, attributes = {}, childNamespace) {
        if (!holdsElements) {
          holdsElements = true;
          parents.push([element, depth]);
        }
        element.appendChild(document.createTextNode(`\n${INDENT.repeat(depth + 1)}`));
        const child = document.createElementNS(childNamespace ?? element.namespaceURI, name);
        element.appendChild(child);
        const node = wrap(child, depth + 1);
        for (const [key, value] of Object.entries(attributes)) node.attr(key, value);
        return node;
      },
      attr(name, value) {
        if (value !== null && value !== undefined) element.setAttribute(name, formatValue(value));
        return this;
      },
      text(value) {
        element.appendChild(document.createTextNode(stripXmlInvalid(value)));
        return this;
      },
    };
  };

  let serialized: string | undefined;
  return {
    root: wrap(rootElement, 0),
    declarePrefix(prefix, uri) {
      rootElement.setAttributeNS(XMLNS, `xmlns:${prefix}`, uri);
    },
    serialize() {
      if (serialized === undefined) {
        for (const [element, depth] of parents) element.appendChild(document.createTextNode(`\n${INDENT.repeat(depth)}`));
        serialized = `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(document)}\n`;
      }
      return serialized;
    },
  };
}
