// A typed adapter over wink-nlp: one shared instance, and only the calls the segmenter needs.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

export interface WinkToken {
  value: string;
  pos: string;
  precedingSpaces: string;
}

export interface WinkDocument {
  tokens: WinkToken[];
  /** [first, last] token indices of each sentence, inclusive, as wink gives them. */
  sentences: Array<[number, number]>;
}

type Nlp = ReturnType<typeof winkNLP>;
let shared: Nlp | null = null;

function nlp(): Nlp {
  shared ??= winkNLP(model, ["sbd", "pos"]);
  return shared;
}

export function readWink(text: string): WinkDocument {
  const instance = nlp();
  const its = instance.its;
  const doc = instance.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const sentences = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  return {
    tokens: values.map((value, i) => ({ value, pos: pos[i] ?? "X", precedingSpaces: spaces[i] ?? "" })),
    sentences,
  };
}
