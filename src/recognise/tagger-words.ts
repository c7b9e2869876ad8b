// The words the tagger sees: hyphenated names that the tokeniser split ("Ata - ur - Rehman", "Kara - Dere") are
// rejoined, as the tagger's training text writes them, and its spans are mapped back to token indices.

export interface TaggerWords {
  words: string[];
  /** For each tagger word, the first token index it covers; plus one past the end. */
  starts: number[];
}

export interface TokenLike {
  text: string;
  start: number;
  end: number;
}

export function taggerWords(tokens: readonly TokenLike[], texts: readonly string[]): TaggerWords {
  const words: string[] = [];
  const starts: number[] = [];
  let i = 0;
  while (i < tokens.length) {
    let j = i + 1;
    let word = texts[i] as string;
    // word - word with no spaces between: one hyphenated word.
    while (
      j + 1 < tokens.length &&
      texts[j] === "-" &&
      (tokens[j] as TokenLike).start === (tokens[j - 1] as TokenLike).end &&
      (tokens[j + 1] as TokenLike).start === (tokens[j] as TokenLike).end &&
      /\p{L}$/u.test(texts[j - 1] as string) &&
      /^\p{L}/u.test(texts[j + 1] as string)
    ) {
      word += `-${texts[j + 1] as string}`;
      j += 2;
    }
    words.push(word);
    starts.push(i);
    i = j;
  }
  starts.push(tokens.length);
  return { words, starts };
}

/** Maps a [first, end) range of tagger words back to token indices. */
export function toTokenRange(tw: TaggerWords, first: number, end: number): [number, number] {
  return [tw.starts[first] as number, tw.starts[end] as number];
}
