// One streamed XML element (a GEXF <node> or <edge> with its attvalues), written as a string while it is built.
// xmldom spent more time creating and walking DOM nodes for the BBC corpus's 57,000 elements than in anything
// else of the GEXF export; these elements need no namespaces, so its serializer's work reduces to the two escapes
// below, which are xmldom 0.8's own (tests/export/xml-fragment.test.ts compares the bytes). The markup is written as
// the element is built, each element closed when its parent goes on to its next child, rather than built as a tree
// of plain objects and written afterwards: a sixth less time for the elements, with no object per element but the
// handle. The writers build elements in that order anyway (attributes first, then children, one after another).
import type { XmlAttributeValue, XmlNode } from "./xml-tree.ts";
import { formatXmlValue, stripXmlInvalid } from "./xml-text.ts";

/** xmldom's `_xmlEncoder`: named entities for the markup characters, numeric references for tab, CR and LF. */
function encode(c: string): string {
  if (c === "<") return "&lt;";
  if (c === ">") return "&gt;";
  if (c === "&") return "&amp;";
  if (c === '"') return "&quot;";
  return `&#${c.charCodeAt(0)};`;
}

const ATTRIBUTE_SPECIAL = /[<>&"\t\n\r]/;
const ATTRIBUTE_SPECIALS = /[<>&"\t\n\r]/g;
const TEXT_SPECIAL = /[<&>]/;
const TEXT_SPECIALS = /[<&>]/g;

/** An attribute value: tab, CR and LF as references, so a reader does not fold them into spaces. */
export function escapeXmlAttribute(value: string): string {
  // Most values (numbers, names, kinds) need nothing; testing first skips building a copy.
  return ATTRIBUTE_SPECIAL.test(value) ? value.replace(ATTRIBUTE_SPECIALS, encode) : value;
}

export function escapeXmlText(value: string): string {
  return TEXT_SPECIAL.test(value) ? value.replace(TEXT_SPECIALS, encode) : value;
}

const INDENT = "  ";

/** Line break and indentation before an element at `depth`, computed once per depth. */
const breaks: string[] = [];
function lineBreak(depth: number): string {
  return (breaks[depth] ??= `\n${INDENT.repeat(depth)}`);
}

/** The markup of one streamed element so far, and which of its elements are still open. */
class FragmentWriter {
  /**
   * Pieces of markup, joined once at the end, each start or end tag in one piece: a string grown piece by piece is a
   * tree of pieces that the garbage collector traces until the file is written, and joining many tiny pieces cost
   * more than writing them.
   */
  readonly markup: string[] = [];
  /** Open elements, outermost first: an element's `level` is its index here. */
  readonly open: StreamedElement[] = [];
  /**
   * The first `pending` of these are the attributes of the innermost open element while its start tag is still
   * open: only that element can take attributes. A name set again keeps its place, as in the DOM.
   */
  readonly names: string[] = [];
  readonly values: string[] = [];
  pending = 0;

  /** `prefix` goes before the outermost element's start tag. */
  constructor(private readonly prefix: string) {}

  /** Makes `element` the innermost open element, closing the ones inside it. */
  reach(element: StreamedElement): void {
    if (this.open[element.level] !== element) throw new Error(`newsgraph: streamed XML element <${element.name}> was changed after it was written`);
    while (this.open.length > element.level + 1) this.close(this.open.pop() as StreamedElement);
  }

  setAttribute(name: string, value: string): void {
    for (let i = 0; i < this.pending; i++) {
      if (this.names[i] !== name) continue;
      this.values[i] = value;
      return;
    }
    this.names[this.pending] = name;
    this.values[this.pending] = value;
    this.pending++;
  }

  /** Writes the innermost open element's start tag, ending in `end` (">", or "/>" with no content). */
  startTag(element: StreamedElement, end: string): void {
    let tag = element.level === 0 ? `${this.prefix}<${element.name}` : `${lineBreak(element.depth)}<${element.name}`;
    for (let i = 0; i < this.pending; i++) tag += ` ${this.names[i] as string}="${escapeXmlAttribute(this.values[i] as string)}"`;
    this.pending = 0;
    this.markup.push(tag + end);
  }

  /** Ends `element`'s start tag, if still open, before content is written into it. */
  enter(element: StreamedElement): void {
    if (element.hasContent) return;
    element.hasContent = true;
    this.startTag(element, ">");
  }

  /** `<name a="v"/>` with no content, as xmldom writes it; an element that holds elements ends on its own line. */
  close(element: StreamedElement): void {
    if (!element.hasContent) this.startTag(element, "/>");
    else this.markup.push(element.holdsElements ? `${lineBreak(element.depth)}</${element.name}>` : `</${element.name}>`);
  }

  closeAll(): void {
    while (this.open.length > 0) this.close(this.open.pop() as StreamedElement);
  }
}

/**
 * An element of a streamed fragment. Indentation is written as in the main tree (src/export/xml-tree.ts): as
 * whitespace before each child element, and before the closing tag of an element that holds elements.
 */
class StreamedElement implements XmlNode {
  hasContent = false;
  holdsElements = false;

  constructor(
    private readonly writer: FragmentWriter,
    readonly name: string,
    readonly depth: number,
    readonly level: number,
  ) {}

  el(name: string, attributes: Record<string, XmlAttributeValue> = {}): XmlNode {
    const writer = this.writer;
    writer.reach(this);
    writer.enter(this);
    this.holdsElements = true;
    const child = new StreamedElement(writer, name, this.depth + 1, this.level + 1);
    writer.open.push(child);
    for (const key in attributes) child.attr(key, attributes[key]);
    return child;
  }

  attr(name: string, value: XmlAttributeValue): XmlNode {
    if (value === null || value === undefined) return this;
    const writer = this.writer;
    if (writer.open[writer.open.length - 1] !== this || this.hasContent)
      throw new Error(`newsgraph: attribute ${name} of streamed XML element <${this.name}> set after its content`);
    writer.setAttribute(name, formatXmlValue(value));
    return this;
  }

  text(value: string): XmlNode {
    const writer = this.writer;
    writer.reach(this);
    writer.enter(this);
    writer.markup.push(escapeXmlText(stripXmlInvalid(value)));
    return this;
  }
}

/**
 * The markup of element `name` at `depth`, after `prefix`: `<name a="v">children</name>`, or `<name a="v"/>` with
 * no children, exactly as xmldom writes them. `build` adds its children; set each element's attributes before its
 * content, and do not go back to an element once a later sibling of it (or of an ancestor) has been started.
 */
export function writeStreamedElement(
  prefix: string,
  name: string,
  depth: number,
  attributes: Record<string, XmlAttributeValue>,
  build: (node: XmlNode) => void,
): string {
  const writer = new FragmentWriter(prefix);
  const element = new StreamedElement(writer, name, depth, 0);
  writer.open.push(element);
  for (const key in attributes) element.attr(key, attributes[key]);
  build(element);
  writer.closeAll();
  return writer.markup.join("");
}
