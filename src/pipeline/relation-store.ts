// Where the merge may keep each article's relations between builds (the CLI's cache; nothing in the browser).
// Relating is a pure function of the article and of what resolution found for its mentions, so an article whose
// signature (src/relate/relation-signature.ts) is unchanged gets the relations stored under it.
import type { Relation } from "../model/relation.ts";
import { relateDocument, type RelateInput } from "../relate/relate-document.ts";
import { relationSignature } from "../relate/relation-signature.ts";

export interface RelationStore {
  /** The relations stored for this article and signature, or undefined. */
  get(input: RelateInput, signature: string): Relation[] | undefined;
  set(input: RelateInput, signature: string, relations: readonly Relation[]): void;
}

/** relateDocument, through `store` when there is one. */
export function relateThrough(input: RelateInput, store: RelationStore | undefined): Relation[] {
  if (!store) return relateDocument(input);
  const signature = relationSignature(input);
  const stored = store.get(input, signature);
  if (stored) return stored;
  const relations = relateDocument(input);
  store.set(input, signature, relations);
  return relations;
}
