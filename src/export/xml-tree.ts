// A small typed layer over @xmldom/xmldom for building and serialising XML documents.
// Why xmldom and not xmlbuilder2: xmlbuilder2 4.0 leaves "&" unescaped before anything that looks like an
// entity ("R&D;" gives a file that is not well-formed, "&amp;" reads back as "&") and writes raw newlines in
// attribute values, which every XML parser folds into spaces. xmldom escapes both, and runs in Node and browsers.
import { DOMImplementation, XMLSerializer } from "@xmldom/xmldom";
import { writeStreamedElement } from "./xml-fragment.ts";
import { formatXmlValue, stripXmlInvalid } from "./xml-text.ts";

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
  /**
   * Children of `parent` produced while the document is written, one at a time: `children` yields each child's
   * markup, made with `element`. Each is written as a string while it is built (src/export/xml-fragment.ts), so a
   * graph of many thousand nodes never holds one DOM node per attribute value, nor its whole file.
   * Streamed children carry no namespace declarations; they use qualified names ("viz:color") bound on the root.
   */
  stream(parent: XmlNode, children: (element: XmlElementWriter) => Iterable<string>): void;
  /** The document in pieces, streamed children included, so no file needs to fit in one string. */
  serializeChunks(): Generator<string>;
  serialize(): string;
}

/**
 * The markup of one child element (in the parent's namespace), built by `build`. It is written while it is built:
 * give each element its attributes before its content, and finish a child before starting its next sibling.
 */
export type XmlElementWriter = (name: string, attributes: Record<string, XmlAttributeValue>, build: (node: XmlNode) => void) => string;

const XMLNS = "http://www.w3.org/2000/xmlns/";
const INDENT = "  ";

type CreateElement = (name: string, namespace: string | null | undefined, parent: Element) => Element;

/**
 * Wraps an element for building. Indentation is added while building, as whitespace text before each child
 * element: a pass over the finished tree with insertBefore costs a list walk per node in xmldom. Elements that
 * hold elements are recorded in `parents`, to get their closing line break before serialisation.
 */
function wrapElement(
  document: Document,
  create: CreateElement,
  parents: Array<[Element, number]>,
  element: Element,
  depth: number,
  register?: (node: XmlNode, element: Element, depth: number) => void,
): XmlNode {
  let holdsElements = false;
  const node: XmlNode = {
    el(name, attributes = {}, childNamespace) {
      if (!holdsElements) {
        holdsElements = true;
        parents.push([element, depth]);
      }
      element.appendChild(document.createTextNode(`\n${INDENT.repeat(depth + 1)}`));
      const child = create(name, childNamespace, element);
      element.appendChild(child);
      const wrapped = wrapElement(document, create, parents, child, depth + 1, register);
      for (const [key, value] of Object.entries(attributes)) wrapped.attr(key, value);
      return wrapped;
    },
    attr(name, value) {
      if (value !== null && value !== undefined) element.setAttribute(name, formatXmlValue(value));
      return this;
    },
    text(value) {
      element.appendChild(document.createTextNode(stripXmlInvalid(value)));
      return this;
    },
  };
  register?.(node, element, depth);
  return node;
}

function closeParents(document: Document, parents: ReadonlyArray<[Element, number]>): void {
  for (const [element, depth] of parents) element.appendChild(document.createTextNode(`\n${INDENT.repeat(depth)}`));
}

export function createXmlTree(namespace: string | null, rootName: string): XmlTree {
  const document = new DOMImplementation().createDocument(namespace, rootName, null);
  const rootElement = document.documentElement;
  if (!rootElement) throw new Error("newsgraph: could not create an XML document");
  const parents: Array<[Element, number]> = [];
  const places = new WeakMap<XmlNode, { element: Element; depth: number }>();
  const create: CreateElement = (name, childNamespace, parent) => document.createElementNS(childNamespace ?? parent.namespaceURI, name);
  // Every node of the main document remembers its element and depth, so any of them can host a stream.
  const register = (node: XmlNode, element: Element, depth: number): void => void places.set(node, { element, depth });
  const streams: Array<{ depth: number; children: (element: XmlElementWriter) => Iterable<string> }> = [];
  const marker = (i: number): string => `<!--newsgraph-stream-${i}-->`;

  let closed = false;
  const tree: XmlTree = {
    root: wrapElement(document, create, parents, rootElement, 0, register),
    declarePrefix(prefix, uri) {
      rootElement.setAttributeNS(XMLNS, `xmlns:${prefix}`, uri);
    },
    stream(parent, children) {
      const place = places.get(parent);
      if (!place) throw new Error("newsgraph: can only stream into an element of this tree");
      place.element.appendChild(document.createComment(marker(streams.length).slice(4, -3)));
      streams.push({ depth: place.depth, children });
    },
    *serializeChunks() {
      if (!closed) {
        closeParents(document, parents);
        closed = true;
      }
      const body = new XMLSerializer().serializeToString(document);
      yield `<?xml version="1.0" encoding="UTF-8"?>\n`;
      let from = 0;
      for (const [i, { depth, children }] of streams.entries()) {
        const at = body.indexOf(marker(i), from);
        yield body.slice(from, at);
        from = at + marker(i).length;
        const indent = `\n${INDENT.repeat(depth + 1)}`;
        const element: XmlElementWriter = (name, attributes, build) => writeStreamedElement(indent, name, depth + 1, attributes, build);
        let any = false;
        for (const child of children(element)) {
          any = true;
          yield child;
        }
        // The parent's closing tag goes on its own line, as for any element that holds elements.
        if (any) yield `\n${INDENT.repeat(depth)}`;
      }
      yield `${body.slice(from)}\n`;
    },
    serialize() {
      return [...tree.serializeChunks()].join("");
    },
  };
  return tree;
}
