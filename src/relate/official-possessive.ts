// "Turkey's Akar said": a country's possessive before a person reads as where the person is from ("Kenya's Otieno"),
// but before one of that state's own office holders it names the state the person speaks for, not a home.
import { PREDICATE_FAMILY } from "../model/ontology.ts";
import type { Relation } from "../model/relation.ts";

/**
 * The document's relations without the possessive "located in" of a person who, elsewhere in the same document,
 * holds a post in that very state: the role relation already states the link, and a home would be wrong.
 */
export function withoutOfficialsHome(relations: readonly Relation[]): Relation[] {
  const posts = new Set<string>();
  for (const r of relations) {
    if (PREDICATE_FAMILY[r.predicate] === "role") posts.add(`${r.subject}\u0000${r.object}`);
  }
  if (posts.size === 0) return [...relations];
  return relations.filter((r) => !(r.predicate === "located_in" && r.cue === "possessive" && posts.has(`${r.subject}\u0000${r.object}`)));
}
