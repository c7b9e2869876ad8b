// A small hand-written training corpus for the NER tests (invented sentences; no evaluation data).
import type { NerType, TaggedSpan, TrainingSentence } from "../../src/ner/index.ts";

/** Builds a sentence from "word/TYPE" markup: consecutive words with the same type form one name. */
export function sentence(markup: string): TrainingSentence {
  const words: string[] = [];
  const spans: TaggedSpan[] = [];
  let open: TaggedSpan | null = null;
  for (const item of markup.split(" ")) {
    const [word = "", type] = item.split("/");
    const position = words.length;
    words.push(word);
    if (!type) {
      open = null;
    } else if (open && open.type === type) {
      open.end = position + 1;
    } else {
      open = { first: position, end: position + 1, type: type as NerType };
      spans.push(open);
    }
  }
  return { words, spans };
}

export const TINY_CORPUS: TrainingSentence[] = [
  "Maria/PER Lopez/PER flew to Lisbon/LOC on Monday .",
  "The Harbour/ORG Trust/ORG opened an office in Lisbon/LOC .",
  "Tomas/PER Berg/PER works for the Harbour/ORG Trust/ORG .",
  "Officials in Quito/LOC praised Maria/PER Lopez/PER .",
  "Tomas/PER Berg/PER said the Harbour/ORG Trust/ORG would grow .",
  "Rain fell on Quito/LOC and Lisbon/LOC all week .",
  "A Danish/MISC writer met Tomas/PER Berg/PER in Quito/LOC .",
  "The weather was mild and the markets were calm .",
  "On Monday the Harbour/ORG Trust/ORG met in Quito/LOC .",
  "Prices rose on Monday and fell on Friday .",
].map(sentence);
