// Which name after a verb is the one acted on when several stand together: "rejected Halden's first choice, Omar
// Redwick", "talks with Acme's rival Globex", "met with Marlow campaign manager Tom Keane".
import type { SentenceView, Unit } from "./sentence-view.ts";

/** Nouns for one who stands in a relation to the possessor: "Acme 's rival Globex". */
const RELATIONAL_NOUNS = new Set(["rival", "rivals", "ally", "allies", "partner", "partners", "counterpart", "neighbour", "neighbor", "subsidiary", "owner"]);

/**
 * "rejected Halden 's first choice , Omar Redwick", "talks with Acme 's rival Globex", "urged Norvania 's Dana
 * Kelby": the verb acts on the one possessed, named in apposition, after a relational noun or right after a state or
 * body; the possessor is only its modifier.
 */
export function possessedApposition(view: SentenceView, owner: Unit): Unit | undefined {
  const { lower, words, units } = view;
  if (lower[owner.end] !== "'s" && lower[owner.end] !== "’s") return undefined;
  let k = owner.end + 1;
  while (k < owner.end + 4 && /^\p{Ll}/u.test(words[k]?.text ?? "") && (words[k]?.pos === "NOUN" || words[k]?.pos === "ADJ")) k++;
  if (k > owner.end + 1 && RELATIONAL_NOUNS.has(lower[k - 1] as string)) return units.find((u) => u.first === k && !u.modifierOnly);
  // "urged Norvania's Dana Kelby to compete": a state's or a body's person, named right after it, is the one acted on.
  if (k === owner.end + 1 && owner.head.kind !== "person") {
    const person = units.find((u) => u.first === k && !u.modifierOnly && u.head.kind === "person");
    if (person) return person;
  }
  if (k === owner.end + 1 || lower[k] !== ",") return undefined;
  return units.find((u) => u.first === k + 1 && !u.modifierOnly && u.head.kind === owner.head.kind);
}

/** "met with Marlow campaign manager Tom Keane": a person named after a person's name and a post is the one met. */
export function staffBehind(view: SentenceView, unit: Unit): Unit | undefined {
  if (unit.head.kind !== "person") return undefined;
  const { words, units } = view;
  let k = unit.end;
  while (k < unit.end + 3 && words[k]?.pos === "NOUN" && /^\p{Ll}/u.test(words[k]?.text ?? "")) k++;
  return k > unit.end ? units.find((u) => u.first === k && u.head.kind === "person") : undefined;
}
