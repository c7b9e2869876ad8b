// For each sentence handed to the tagger, the index of the first sentence with the same words and gazetteer flags,
// so a repeated sentence is tagged once. Sentences are grouped by a hash of their characters and then compared
// word by word, which costs far less than building a joined key string per sentence.
import type { DocumentSentence } from "./tag-document.ts";
import * as hash from "./feature-hash.ts";

// Imported bindings are read through getters under the tsx and vitest module transforms; module-level copies keep
// the hot loops below free of those calls.
const { FNV_OFFSET, fnvStep } = hash;

/** A missing flag and an empty one mean the same to the tagger (no gazetteer feature). */
const flagText = (flag: string | null | undefined): string => flag ?? "";

function hashSentence(s: DocumentSentence): number {
  let h = FNV_OFFSET;
  for (const word of s.words) {
    for (let i = 0; i < word.length; i++) h = fnvStep(h, word.charCodeAt(i));
    h = fnvStep(h, 0x10000); // a word break, which no character code equals
  }
  if (s.gazetteer) {
    h = fnvStep(h, 0x10001);
    for (const flag of s.gazetteer) {
      const text = flagText(flag);
      for (let i = 0; i < text.length; i++) h = fnvStep(h, text.charCodeAt(i));
      h = fnvStep(h, 0x10000);
    }
  }
  return h >>> 0;
}

function sameSentence(a: DocumentSentence, b: DocumentSentence): boolean {
  if (a.words.length !== b.words.length || (a.gazetteer === undefined) !== (b.gazetteer === undefined)) return false;
  for (let i = 0; i < a.words.length; i++) if (a.words[i] !== b.words[i]) return false;
  if (a.gazetteer && b.gazetteer) {
    if (a.gazetteer.length !== b.gazetteer.length) return false;
    for (let i = 0; i < a.gazetteer.length; i++) if (flagText(a.gazetteer[i]) !== flagText(b.gazetteer[i])) return false;
  }
  return true;
}

export function firstEqualSentence(sentences: readonly DocumentSentence[]): Int32Array {
  const first = new Int32Array(sentences.length);
  const byHash = new Map<number, number[]>();
  sentences.forEach((s, i) => {
    const h = hashSentence(s);
    const candidates = byHash.get(h);
    const equal = candidates?.find((c) => sameSentence(sentences[c] as DocumentSentence, s));
    first[i] = equal ?? i;
    if (equal === undefined) {
      if (candidates) candidates.push(i);
      else byHash.set(h, [i]);
    }
  });
  return first;
}
