// A small typed layer over @xmldom/xmldom for building and serialising XML documents.
// Why xmldom and not xmlbuilder2: xmlbuilder2 4.0 leaves "&" unescaped before anything that looks like an
// entity ("R&D;" gives a file that is not well-formed, "&amp;" reads back as "&") and writes raw newlines in
// attribute values, which every XML parser folds into spaces. xmldom escapes both, and runs in Node and browsers.
import { DOMImplementation, XMLSerializer } from "@xmldom/xmldom";
import { createXmlFragment, writeXmlFragment, type XmlFragment } from "./xml-fragment.ts";
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
  /**
   * Children of `parent` produced while the document is written, one at a time: `children` yields each child's
   * markup, made with `element`. Each is built as a light fragment (src/export/xml-fragment.ts), written and
   * dropped, so a graph of many thousand nodes never holds one DOM node per attribute value, nor its whole file.
   * Streamed children carry no namespace declarations; they use qualified names ("viz:color") bound on the root.
   */
  stream(parent: XmlNode, children: (element: XmlElementWriter) => Iterable<string>): void;
  /** The document in pieces, streamed children included, so no file needs to fit in one string. */
  serializeChunks(): Generator<string>;
  serialize(): string;
}

/** The markup of one child element (in the parent's namespace), built by `build`. */
export type XmlElementWriter = (name: string, attributes: Record<string, XmlAttributeValue>, build: (node: XmlNode) => void) => string;

const XMLNS = "http://www.w3.org/2000/xmlns/";
const INDENT = "  ";

function formatValue(value: string | number | boolean): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "0";
  return stripXmlInvalid(String(value));
}

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
      if (value !== null && value !== undefined) element.setAttribute(name, formatValue(value));
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

/** Line break and indentation before an element at `depth`, computed once per depth. */
const breaks: string[] = [];
function lineBreak(depth: number): string {
  return (breaks[depth] ??= `\n${INDENT.repeat(depth)}`);
}

/**
 * wrapElement for a streamed fragment: the same indentation, as whitespace text before each child element. A class
 * rather than closures: a large graph builds close to a million of these.
 */
class FragmentNode implements XmlNode {
  private holdsElements = false;

  constructor(
    private readonly element: XmlFragment,
    private readonly depth: number,
    private readonly parents: Array<[XmlFragment, number]>,
  ) {}

  el(name: string, attributes: Record<string, XmlAttributeValue> = {}): XmlNode {
    if (!this.holdsElements) {
      this.holdsElements = true;
      this.parents.push([this.element, this.depth]);
    }
    this.element.children.push(lineBreak(this.depth + 1));
    const child = createXmlFragment(name);
    this.element.children.push(child);
    const wrapped = new FragmentNode(child, this.depth + 1, this.parents);
    for (const key in attributes) wrapped.attr(key, attributes[key]);
    return wrapped;
  }

  attr(name: string, value: XmlAttributeValue): XmlNode {
    if (value !== null && value !== undefined) this.element.attributes.set(name, formatValue(value));
    return this;
  }

  text(value: string): XmlNode {
    this.element.children.push(stripXmlInvalid(value));
    return this;
  }
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
        const element: XmlElementWriter = (name, attributes, build) => {
          const fragmentParents: Array<[XmlFragment, number]> = [];
          const fragment = createXmlFragment(name);
          const node = new FragmentNode(fragment, depth + 1, fragmentParents);
          for (const key in attributes) node.attr(key, attributes[key]);
          build(node);
          for (const [p, d] of fragmentParents) p.children.push(lineBreak(d));
          const out = [indent];
          writeXmlFragment(fragment, out);
          return out.join("");
        };
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
