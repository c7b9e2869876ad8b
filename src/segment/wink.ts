// A typed adapter over wink-nlp: one shared instance, and only the calls the segmenter needs.
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";

/** Token i is values[i], with part of speech pos[i] and the whitespace spaces[i] before it. */
export interface WinkDocument {
  /** Parallel arrays rather than an object per token: a corpus has millions of tokens. */
  values: string[];
  pos: string[];
  spaces: string[];
  /** [first, last] token indices of each sentence, inclusive, as wink gives them. */
  sentences: Array<[number, number]>;
}

type Nlp = ReturnType<typeof winkNLP>;
let shared: Nlp | null = null;

function nlp(): Nlp {
  // wink builds its lexeme table in model.core(); wrapping core() is the only way to reach that table.
  shared ??= winkNLP(
    {
      ...model,
      core: () => {
        const core = (model as unknown as { core: () => { features: { lexeme: LexemeTable } } }).core();
        lexemes = core.features.lexeme;
        return core;
      },
    } as typeof model,
    ["sbd", "pos"],
  );
  return shared;
}

/**
 * wink-nlp adds every out-of-vocabulary word it meets to the model's lexeme table, and its tokenizer then treats
 * that word as known ("Poor's" stays whole once seen, else it splits into "Poor" + "'s"). So a document's tokens
 * depended on every document read before it, in this thread. Forgetting the words a document added, once its
 * output is read, makes each document's tokens a function of its text alone: the same in any order, in any worker.
 * The list keeps growing (entries stay aligned with wink's private tables); only the lookup hash forgets.
 */
interface LexemeTable {
  hash: Record<string, number>;
  list: string[];
  /** How many entries the model itself brought; the rest were learnt from text. */
  intrinsicSize: number;
}

let lexemes: LexemeTable = { hash: {}, list: [], intrinsicSize: 0 };

/**
 * Forgotten words still hold their slots in the list and in wink's private tables, about 290,000 of them per pass
 * over the BBC corpus: unbounded memory in a long build. Past this many, the instance is built afresh (about 60 ms),
 * which changes no output, since every document is already read as if it were the first.
 */
export const MAX_LEARNT_LEXEMES = 200_000;

function forgetLexemesFrom(first: number): void {
  const { hash, list } = lexemes;
  for (let i = first; i < list.length; i++) {
    const word = list[i] as string;
    if (hash[word] === i) delete hash[word];
  }
}

/** Words learnt from text that still hold slots in the shared instance (bounded by MAX_LEARNT_LEXEMES). */
export function learntLexemeCount(): number {
  return lexemes.list.length - lexemes.intrinsicSize;
}

export function readWink(text: string): WinkDocument {
  const instance = nlp();
  const its = instance.its;
  const firstNew = lexemes.list.length;
  const doc = instance.readDoc(text);
  const values = doc.tokens().out(its.value) as string[];
  const pos = doc.tokens().out(its.pos) as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const sentences = doc.sentences().out(its.span) as unknown as Array<[number, number]>;
  forgetLexemesFrom(firstNew);
  if (learntLexemeCount() > MAX_LEARNT_LEXEMES) {
    shared = null;
    lexemes = { hash: {}, list: [], intrinsicSize: 0 };
  }
  return { values, pos, spaces, sentences };
}
