// The citations of one node or edge, packed into one Int32Array while the graph is built, analysed and written:
// as objects (each with its own subject and object pairs and a quote string) they were most of a finished graph's
// memory, about 180 bytes a node citation and 250 an edge citation, where packed they take 36. They are unpacked
// into the same objects, with the same keys in the same order, each time the attribute is read.
import type { Article } from "../model/article.ts";
import type { Citation } from "../model/relation.ts";

/** Numbers per citation: article index, sentence, start, end, subject start and end, object start and end, flags. */
const STRIDE = 9;
const HAS_OBJECT = 1;
const HAS_ATTRIBUTION = 2;
const HAS_HEDGE = 4;
/** The citation did not have the usual shape and is kept as it came (see `verbatim`). */
const VERBATIM = 8;

/** The strings of a packed citation, or a whole citation of another shape. */
type Extra = Pick<Citation, "attributedTo" | "hedge"> | Citation;

export interface PackedCitations {
  numbers: Int32Array;
  /** Strings and unusual citations, by position; null when there are none, which is most lists. */
  extras: Map<number, Extra> | null;
}

const NODE_KEYS = ["article", "sentence", "start", "end", "quote", "subject"];
const EDGE_KEYS = [...NODE_KEYS, "object"];

const isInt32 = (value: unknown): value is number => typeof value === "number" && (value | 0) === value && !Object.is(value, -0);
const isPair = (value: unknown): value is [number, number] =>
  Array.isArray(value) && value.length === 2 && isInt32(value[0]) && isInt32(value[1]) && Object.keys(value).length === 2;

/**
 * Whether `c` has exactly the shape the packing rebuilds: the keys in the order the stages write them, whole numbers,
 * offset pairs, optional attribution and hedge strings, and the quote that its offsets give.
 */
function packable(c: Citation, keys: readonly string[], text: string | undefined): boolean {
  const base = keys.length >= EDGE_KEYS.length && keys[6] === "object" ? EDGE_KEYS : NODE_KEYS;
  if (keys.length < base.length) return false;
  for (let i = 0; i < base.length; i++) if (keys[i] !== base[i]) return false;
  let k = base.length;
  if (keys[k] === "attributedTo") {
    if (typeof c.attributedTo !== "string") return false;
    k++;
  }
  if (keys[k] === "hedge") {
    if (typeof c.hedge !== "string") return false;
    k++;
  }
  if (k !== keys.length) return false;
  if (!isInt32(c.sentence) || !isInt32(c.start) || !isInt32(c.end) || !isPair(c.subject)) return false;
  if (keys.length > 6 && keys[6] === "object" && !isPair(c.object)) return false;
  return text !== undefined && c.quote === text.slice(c.start, c.end);
}

/** Packs citations as they come, for one node or edge. */
export class CitationPacker {
  /** Grown by doubling; a list of plain numbers would take twice the room while the graph is assembled. */
  #numbers = new Int32Array(STRIDE);
  #extras: Map<number, Extra> | null = null;
  #count = 0;

  /** `articleIndex` is the article's position in the graph's articles, whose text the quote is a slice of. */
  constructor(private readonly articles: readonly Article[], private readonly articleIndex: ReadonlyMap<string, number>) {}

  /** A node citation: the sentence and the mention in it, with no object built. */
  addMention(article: number, sentence: number, start: number, end: number, subjectStart: number, subjectEnd: number): void {
    this.#push(article, sentence, start, end, subjectStart, subjectEnd, 0, 0, 0);
  }

  add(c: Citation): void {
    const article = this.articleIndex.get(c.article);
    const keys = Object.keys(c);
    const at = this.#count;
    if (article === undefined || this.articles[article]?.id !== c.article || !packable(c, keys, this.articles[article]?.text)) {
      this.#push(0, 0, 0, 0, 0, 0, 0, 0, VERBATIM);
      (this.#extras ??= new Map()).set(at, c);
      return;
    }
    const [s0, s1] = c.subject as [number, number];
    const [o0, o1] = c.object ?? [0, 0];
    let flags = c.object ? HAS_OBJECT : 0;
    if (c.attributedTo !== undefined) flags |= HAS_ATTRIBUTION;
    if (c.hedge !== undefined) flags |= HAS_HEDGE;
    this.#push(article, c.sentence, c.start, c.end, s0, s1, o0, o1, flags);
    // The strings alone: the citation object would keep its offset pairs alive too.
    if (flags & (HAS_ATTRIBUTION | HAS_HEDGE)) (this.#extras ??= new Map()).set(at, { attributedTo: c.attributedTo, hedge: c.hedge });
  }

  get length(): number {
    return this.#count;
  }

  finish(): PackedCitations {
    return { numbers: this.#numbers.slice(0, this.#count * STRIDE), extras: this.#extras };
  }

  #push(a: number, b: number, c: number, d: number, e: number, f: number, g: number, h: number, flags: number): void {
    let p = this.#count * STRIDE;
    if (p + STRIDE > this.#numbers.length) {
      const grown = new Int32Array(this.#numbers.length * 2);
      grown.set(this.#numbers);
      this.#numbers = grown;
    }
    const n = this.#numbers;
    n[p++] = a;
    n[p++] = b;
    n[p++] = c;
    n[p++] = d;
    n[p++] = e;
    n[p++] = f;
    n[p++] = g;
    n[p++] = h;
    n[p] = flags;
    this.#count++;
  }
}

export function citationCount(packed: PackedCitations): number {
  return packed.numbers.length / STRIDE;
}

/** The citations as objects again, built afresh: the keys in the order the stages wrote them. */
export function unpackCitations(packed: PackedCitations, articles: readonly Article[]): Citation[] {
  const { numbers, extras } = packed;
  const out = new Array<Citation>(numbers.length / STRIDE);
  for (let i = 0, p = 0; p < numbers.length; i++, p += STRIDE) {
    const flags = numbers[p + 8] as number;
    if (flags & VERBATIM) {
      out[i] = extras?.get(i) as Citation;
      continue;
    }
    const source = articles[numbers[p] as number] as Article;
    const start = numbers[p + 2] as number;
    const end = numbers[p + 3] as number;
    const citation: Citation = {
      article: source.id,
      sentence: numbers[p + 1] as number,
      start,
      end,
      quote: source.text.slice(start, end),
      subject: [numbers[p + 4] as number, numbers[p + 5] as number],
    };
    if (flags & HAS_OBJECT) citation.object = [numbers[p + 6] as number, numbers[p + 7] as number];
    if (flags & (HAS_ATTRIBUTION | HAS_HEDGE)) {
      const original = extras?.get(i);
      if (flags & HAS_ATTRIBUTION) citation.attributedTo = original?.attributedTo as string;
      if (flags & HAS_HEDGE) citation.hedge = original?.hedge as string;
    }
    out[i] = citation;
  }
  return out;
}

/**
 * What a node's or edge's `citations` attribute reads: the packed list unpacked afresh, or the list last assigned.
 * Reads are not cached, which would keep every list alive as objects again.
 */
export class CitationsSlot {
  #assigned: Citation[] | null = null;

  constructor(private readonly packed: PackedCitations, private readonly articles: readonly Article[]) {}

  read(): Citation[] {
    return this.#assigned ?? unpackCitations(this.packed, this.articles);
  }

  write(citations: Citation[]): void {
    this.#assigned = citations;
  }
}

const SLOT = Symbol("citations");
type WithSlot = { [SLOT]: CitationsSlot };

function readCitations(this: WithSlot): Citation[] {
  return this[SLOT].read();
}

function writeCitations(this: WithSlot, citations: Citation[]): void {
  this[SLOT].write(citations);
}

/**
 * Gives `target` an enumerable `citations` property that reads `slot`, at the current end of its keys: the keys
 * before it should already be set, and the ones after it are set afterwards, so the key order is unchanged. The
 * getter and setter are shared and the slot sits under a symbol that JSON, Object.keys, Object.assign and
 * structured cloning all pass over, which keeps the object in V8's fast mode: an object literal with a getter is
 * a dictionary of about 900 bytes.
 */
export function defineCitations(target: object, slot: CitationsSlot): void {
  Object.defineProperty(target, SLOT, { value: slot });
  Object.defineProperty(target, "citations", { get: readCitations, set: writeCitations, enumerable: true, configurable: true });
}
