// Entity ids for the names that are not actors of the graph (ships, operations, events), in annotation output.
// They never become nodes, but a ship named twice is still one thing, and its code in brackets ("USS Hopper
// (DDG 70)") is another name of it: evaluation of aliases reads that from shared ids.
import type { Span } from "../model/article.ts";
import type { Token } from "../model/document.ts";
import type { OtherName } from "../model/mention.ts";
import type { CoarseType } from "../model/ontology.ts";
import { slug } from "../resolve/build-entities.ts";
import { designationAfter } from "../resolve/designations.ts";
import { tokenEndingAt } from "../segment/token-at-offset.ts";

export interface OtherNameId extends Span {
  /** `other:<name>`: names written alike share it, as identical actor names share an entity. */
  entity: string;
  /** The name's coarse type, or CODE for a code: a hull number is a mention of its ship but not a name. */
  type: CoarseType | "CODE";
  /** Whether the span is a code in brackets after the name rather than the name itself. */
  code: boolean;
}

/** The id of an other name: its folded form, so "HMS Ocean" and "HMS OCEAN" are one ship. */
export const otherNameId = (surface: string): string => `other:${slug(surface)}`;

/** Every other name with its id, and every code in brackets after one with the same id. */
export function otherNameIds(tokens: readonly Token[], others: readonly OtherName[]): OtherNameId[] {
  const out: OtherNameId[] = [];
  for (const o of others) {
    const entity = otherNameId(o.surface);
    out.push({ start: o.start, end: o.end, entity, type: o.coarse, code: false });
    const last = tokenEndingAt(tokens, o.end);
    const code = last >= 0 ? designationAfter(tokens, last + 1) : null;
    if (code) out.push({ start: code.start, end: code.end, entity, type: "CODE", code: true });
  }
  return out;
}
