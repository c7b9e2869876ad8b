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

/** A sentence analysed in full, with what its repeat key is made of. */
export interface AnalysedSentence {
  sentence: Sentence;
  words: readonly Token[];
  named: readonly SentenceMention[];
  relations: Relation[];
  /** Its repeat key, worked out once a sentence with the same text turns up. */
  key?: string;
}

/**
 * The sentences of one article analysed so far, by text. Most sentences occur once, so the full key (layout and
 * names) is built only for a sentence whose text came before; equal keys mean equal text, so the earlier sentence
 * found is the one a map on full keys would find.
 */
export class AnalysedSentences {
  private readonly byText = new Map<string, AnalysedSentence[]>();
  private readonly text: string;

  constructor(text: string) {
    this.text = text;
  }

  /** The earlier sentence with the same key as this one, if any. `quote` is the sentence's text. */
  find(quote: string, sentence: Sentence, words: readonly Token[], named: readonly SentenceMention[]): AnalysedSentence | undefined {
    const earlier = this.byText.get(quote);
    if (!earlier) return undefined;
    const key = repeatKey(this.text, sentence, words, named);
    return earlier.find((a) => (a.key ??= repeatKey(this.text, a.sentence, a.words, a.named)) === key);
  }

  /** Records a sentence analysed in full; it must have no earlier sentence with the same key. */
  add(quote: string, analysed: AnalysedSentence): void {
    const earlier = this.byText.get(quote);
    if (earlier) earlier.push(analysed);
    else this.byText.set(quote, [analysed]);
  }
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
