// BILOU tag set over PER/ORG/LOC/MISC, conversions between spans and tags, and the legal tag transitions.
import type { NerType, TaggedSpan } from "./types.ts";

export const NER_TYPES: readonly NerType[] = ["PER", "ORG", "LOC", "MISC"];
/** Position of a tag within its entity: Begin, Inside, Last, Unit. */
const PARTS = ["B", "I", "L", "U"] as const;

/** Tag 0 is O; tag 1 + 4·type + part is part-type. */
export const TAG_COUNT = 1 + NER_TYPES.length * PARTS.length;
export const TAG_NAMES: readonly string[] = [
  "O",
  ...NER_TYPES.flatMap((type) => PARTS.map((part) => `${part}-${type}`)),
];

const B = 0;
const I = 1;
const L = 2;
const U = 3;

function tagOf(typeIndex: number, part: number): number {
  return 1 + typeIndex * 4 + part;
}

export function spansToTags(length: number, spans: readonly TaggedSpan[]): Uint8Array {
  const tags = new Uint8Array(length);
  for (const span of spans) {
    const typeIndex = NER_TYPES.indexOf(span.type);
    if (typeIndex < 0 || span.first < 0 || span.end > length || span.end <= span.first) continue;
    if (span.end - span.first === 1) {
      tags[span.first] = tagOf(typeIndex, U);
      continue;
    }
    tags[span.first] = tagOf(typeIndex, B);
    for (let i = span.first + 1; i < span.end - 1; i++) tags[i] = tagOf(typeIndex, I);
    tags[span.end - 1] = tagOf(typeIndex, L);
  }
  return tags;
}

/** Reads spans back; tolerant of ill-formed sequences so it can also be used on unconstrained output. */
export function tagsToSpans(tags: ArrayLike<number>): TaggedSpan[] {
  // No local closure: this runs once per sentence, and transforms may wrap each closure creation.
  const spans: TaggedSpan[] = [];
  let open = -1;
  let openType = -1;
  for (let i = 0; i < tags.length; i++) {
    const tag = tags[i] ?? 0;
    if (tag === 0) {
      closeSpan(spans, open, openType, i);
      open = -1;
      openType = -1;
      continue;
    }
    const typeIndex = (tag - 1) >> 2;
    const part = (tag - 1) & 3;
    if (part === B || part === U || typeIndex !== openType) {
      closeSpan(spans, open, openType, i);
      open = i;
      openType = typeIndex;
    }
    if (part === L || part === U) {
      closeSpan(spans, open, openType, i + 1);
      open = -1;
      openType = -1;
    }
  }
  closeSpan(spans, open, openType, tags.length);
  return spans;
}

/** Ends the span opened at `open` (if any) before `end`. */
function closeSpan(spans: TaggedSpan[], open: number, openType: number, end: number): void {
  // Most tokens close nothing; reading NER_TYPES[-1] would take the slow path of a missing array index.
  if (open < 0) return;
  const type = NER_TYPES[openType];
  if (type) spans.push({ first: open, end, type });
}

/** True when `next` may follow `prev` (prev = TAG_COUNT means sentence start). */
function allowed(prev: number, next: number): boolean {
  const prevOpen = prev > 0 && prev < TAG_COUNT && ((prev - 1) & 3) <= I;
  const nextPart = (next - 1) & 3;
  if (!prevOpen) return next === 0 || nextPart === B || nextPart === U;
  const sameType = (prev - 1) >> 2 === (next - 1) >> 2;
  return next !== 0 && sameType && (nextPart === I || nextPart === L);
}

/** For each tag, the predecessors (including the start row TAG_COUNT) that may precede it. */
export const ALLOWED_PREVIOUS: readonly Int32Array[] = Array.from({ length: TAG_COUNT }, (_, next) =>
  Int32Array.from(Array.from({ length: TAG_COUNT + 1 }, (_, prev) => prev).filter((prev) => allowed(prev, next))),
);

/** Tags a sentence may end on: an entity must be closed. */
export const ALLOWED_LAST: Uint8Array = Uint8Array.from({ length: TAG_COUNT }, (_, tag) =>
  tag === 0 || ((tag - 1) & 3) >= L ? 1 : 0,
);
