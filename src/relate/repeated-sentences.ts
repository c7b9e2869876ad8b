// A sentence that repeats in an article (a scraped page's pasted paragraph, a generated feed), with the same names
// resolved to the same entities, states the same relations: they are found once and moved to each copy's place.
import type { Sentence, Token } from "../model/document.ts";
import type { Relation } from "../model/relation.ts";
import { sentenceKey } from "../segment/sentence-key.ts";
import type { SentenceMention } from "./sentence-view.ts";

/** Equal keys mean equal text, tokens, parts of speech and resolved names, so equal relations up to offsets. */
export function repeatKey(text: string, sentence: Sentence, words: readonly Token[], named: readonly SentenceMention[]): string {
  let names = "";
  for (const m of named) names += `${m.entity}\u0001${m.kind}\u0001${m.demonym ? 1 : 0}\u0001${m.first}\u0001${m.end}\u0001${m.start - sentence.start}\u0001${m.endChar - sentence.start}\u0002`;
  return `${names}\u0000${sentenceKey(text, sentence, words)}`;
}

const shift = (span: [number, number] | undefined, delta: number): [number, number] | undefined =>
  span && [span[0] + delta, span[1] + delta];

/** The relations found in `from`, cited at `to`, a copy of it elsewhere in the same article. */
export function movedRelations(relations: readonly Relation[], from: Sentence, to: Sentence): Relation[] {
  const delta = to.start - from.start;
  return relations.map((r) => {
    const citation = { ...r.citation, sentence: to.index, start: to.start, end: to.end };
    const subject = shift(r.citation.subject, delta);
    const object = shift(r.citation.object, delta);
    if (subject) citation.subject = subject;
    if (object) citation.object = object;
    return { ...r, citation };
  });
}
