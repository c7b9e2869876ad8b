// An HTML page as a stream of open-tag, close-tag and text events, from htmlparser2's Tokenizer (which decodes
// entities and keeps script and style content raw). htmlparser2's own Parser keeps its open elements with
// Array.unshift, which is quadratic on a page of a hundred thousand nested tags; the stack here pushes and pops at
// its end, and an end tag with no open element of its name is dropped at once, so every page costs linear time.
import { Tokenizer, type TokenizerCallbacks } from "htmlparser2";

export interface HtmlEvents {
  open(name: string, attributes: Readonly<Record<string, string>>): void;
  /** Every opened element is closed once: by its end tag, by an ancestor's, or at the end of the page. */
  close(name: string): void;
  text(data: string): void;
}

/** Elements that never have content or an end tag. */
const VOID = new Set([
  "area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input", "isindex", "keygen",
  "link", "meta", "param", "source", "track", "wbr",
]);

export function readHtmlEvents(html: string, events: HtmlEvents): void {
  const stack: string[] = [];
  const open = new Map<string, number>();
  let tag = "";
  let attributes: Record<string, string> = Object.create(null) as Record<string, string>;
  let attribute = "";
  let value = "";

  const popUntil = (name: string): void => {
    for (;;) {
      const top = stack.pop() as string;
      open.set(top, (open.get(top) ?? 1) - 1);
      events.close(top);
      if (top === name) return;
    }
  };
  const endOpenTag = (): void => {
    if (tag === "") return;
    events.open(tag, attributes);
    if (VOID.has(tag)) events.close(tag);
    else {
      stack.push(tag);
      open.set(tag, (open.get(tag) ?? 0) + 1);
    }
    tag = "";
  };

  const callbacks: TokenizerCallbacks = {
    onopentagname(start, end) {
      tag = html.slice(start, end).toLowerCase();
      attributes = Object.create(null) as Record<string, string>;
    },
    onattribname(start, end) {
      attribute = html.slice(start, end).toLowerCase();
      value = "";
    },
    onattribdata(start, end) {
      value += html.slice(start, end);
    },
    onattribentity(codepoint) {
      value += String.fromCodePoint(codepoint);
    },
    onattribend() {
      if (!Object.hasOwn(attributes, attribute)) attributes[attribute] = value;
      value = "";
    },
    onopentagend: endOpenTag,
    // In HTML "<div/>" opens a div, as browsers read it; void elements close themselves either way.
    onselfclosingtag: endOpenTag,
    onclosetag(start, end) {
      const name = html.slice(start, end).toLowerCase();
      if (name === "br") {
        events.open("br", Object.create(null) as Record<string, string>);
        events.close("br");
      } else if ((open.get(name) ?? 0) > 0) popUntil(name);
    },
    ontext(start, end) {
      events.text(html.slice(start, end));
    },
    ontextentity(codepoint) {
      events.text(String.fromCodePoint(codepoint));
    },
    oncdata() {},
    oncomment() {},
    ondeclaration() {},
    onprocessinginstruction() {},
    onend() {
      while (stack.length > 0) popUntil(stack[stack.length - 1] as string);
    },
  };
  const tokenizer = new Tokenizer({ decodeEntities: true }, callbacks);
  tokenizer.write(html);
  tokenizer.end();
}
