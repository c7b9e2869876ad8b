// Edge keys and endpoint order: one edge per (subject, predicate, object), with symmetric predicates sorted.
import { SYMMETRIC_PREDICATES, type Predicate } from "../model/ontology.ts";

export function edgeEndpoints(subject: string, predicate: Predicate, object: string): [string, string] {
  return SYMMETRIC_PREDICATES.has(predicate) && object < subject ? [object, subject] : [subject, object];
}

export function edgeKey(source: string, predicate: Predicate, target: string): string {
  return `${source}|${predicate}|${target}`;
}
