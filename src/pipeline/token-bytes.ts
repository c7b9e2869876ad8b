// The tokens of an article waiting for the merge, as one byte string: for each token its gap from the previous
// token's end, its length, the step in sentence number and its part of speech, each a variable-length number. News
// tokens are short and close together, so a token takes about four bytes here, against thirteen in the typed arrays
// that cross from a worker (packed-extracted.ts) and about ninety as an object. Over 100,000 articles that is the
// difference between 0.2 and 0.6 GB held until the merge.
import type { Token } from "../model/document.ts";
import type { PackedTokens } from "./packed-extracted.ts";

export interface TokenBytes {
  /** Four unsigned LEB128 numbers a token; gaps and sentence steps zig-zag encoded, in case a token ever overlaps. */
  bytes: Uint8Array;
  count: number;
  /** The parts of speech that `bytes` indexes. */
  tags: readonly string[];
}

const zigzag = (n: number): number => (n >= 0 ? n * 2 : -n * 2 - 1);
const unzigzag = (n: number): number => (n % 2 === 0 ? n / 2 : -(n + 1) / 2);

export function encodeTokens(packed: PackedTokens): TokenBytes {
  const count = packed.starts.length;
  // The worst case, five bytes for each of four numbers, trimmed once written.
  const out = new Uint8Array(count * 20);
  let at = 0;
  const put = (value: number): void => {
    let v = value;
    while (v >= 0x80) {
      out[at++] = (v % 0x80) | 0x80;
      v = Math.floor(v / 0x80);
    }
    out[at++] = v;
  };
  let previousEnd = 0;
  let previousSentence = 0;
  for (let i = 0; i < count; i++) {
    const start = packed.starts[i] as number;
    const end = packed.ends[i] as number;
    const sentence = packed.sentences[i] as number;
    put(zigzag(start - previousEnd));
    put(zigzag(end - start));
    put(zigzag(sentence - previousSentence));
    put(packed.pos[i] as number);
    previousEnd = end;
    previousSentence = sentence;
  }
  return { bytes: out.slice(0, at), count, tags: packed.tags };
}

/** The tokens again, each `text` sliced from the article's text, as the segmenter made them. */
export function decodeTokens({ bytes, count, tags }: TokenBytes, text: string): Token[] {
  const tokens = new Array<Token>(count);
  let at = 0;
  const take = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = bytes[at++] as number;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) return value;
      scale *= 0x80;
    }
  };
  let previousEnd = 0;
  let previousSentence = 0;
  for (let i = 0; i < count; i++) {
    const start = previousEnd + unzigzag(take());
    const end = start + unzigzag(take());
    const sentence = previousSentence + unzigzag(take());
    const pos = tags[take()] as string;
    tokens[i] = { start, end, text: text.slice(start, end), pos, sentence };
    previousEnd = end;
    previousSentence = sentence;
  }
  return tokens;
}
