// A sentence's text with its tokens' places and parts of speech: two sentences with equal keys were segmented
// alike, so every later stage that reads only the sentence treats them alike. Used to analyse a repeated sentence
// once.
import type { Sentence, Token } from "../model/document.ts";

export function sentenceKey(text: string, sentence: Sentence, words: readonly Token[]): string {
  let layout = "";
  for (const w of words) layout += `${w.start - sentence.start},${w.end - sentence.start},${w.pos};`;
  return `${layout}\u0000${text.slice(sentence.start, sentence.end)}`;
}
