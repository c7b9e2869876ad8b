// One streamed XML element (a GEXF <node> or <edge> with its attvalues), built as plain objects and written as a
// string. xmldom spent more time creating and walking DOM nodes for the BBC corpus's 57,000 elements than in
// anything else of the GEXF export; these elements need no namespaces, so its serializer's work reduces to the two
// escapes below, which are xmldom 0.8's own (tests/export/xml-fragment.test.ts compares the bytes).

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

export interface XmlFragment {
  readonly name: string;
  /** In insertion order; setting a name again replaces its value in place, as the DOM does. */
  readonly attributes: Map<string, string>;
  /** Elements, and text (already cleaned of forbidden characters, not yet escaped). */
  readonly children: Array<XmlFragment | string>;
}

export function createXmlFragment(name: string): XmlFragment {
  return { name, attributes: new Map(), children: [] };
}

/** `<name a="v">children</name>`, or `<name a="v"/>` with no children, exactly as xmldom writes them. */
export function writeXmlFragment(element: XmlFragment, out: string[]): void {
  let open = `<${element.name}`;
  for (const [key, value] of element.attributes) open += ` ${key}="${escapeXmlAttribute(value)}"`;
  if (element.children.length === 0) {
    out.push(`${open}/>`);
    return;
  }
  out.push(`${open}>`);
  for (const child of element.children) {
    if (typeof child === "string") out.push(escapeXmlText(child));
    else writeXmlFragment(child, out);
  }
  out.push(`</${element.name}>`);
}
