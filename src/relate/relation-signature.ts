// What relating reads of resolution for one article, as one string: equal signatures of the same article give the
// same relations, which lets a rebuild reuse an article's relations when resolution left it as it was.
import type { RelateInput } from "./relate-document.ts";

/** Each mention as resolved, with its entity's id, kind and label (all that relating reads of an entity). */
export function relationSignature(input: Pick<RelateInput, "mentions" | "entityOf" | "entities">): string {
  const parts: unknown[] = [];
  for (const m of input.mentions) {
    const id = input.entityOf.get(m.id);
    const entity = id === undefined ? undefined : input.entities.get(id);
    parts.push(m, entity ? [entity.id, entity.kind, entity.label] : null);
  }
  return JSON.stringify(parts);
}
