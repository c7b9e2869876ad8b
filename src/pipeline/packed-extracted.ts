// Tokens as typed arrays, for the trip from a worker thread and for the extraction cache: structured-cloning an
// object per token cost the calling thread more to read back than extracting the article itself. A token's text is
// a slice of its article's text, so only offsets, sentence and part of speech are kept.
import type { Article } from "../model/article.ts";
import type { Token } from "../model/document.ts";
import type { ExtractedArticle } from "./extract-article.ts";

export interface PackedTokens {
  starts: Int32Array;
  ends: Int32Array;
  sentences: Int32Array;
  /** Index of each token's part of speech in `tags`. */
  pos: Uint8Array;
  tags: string[];
}

export function packTokens(tokens: readonly Token[]): PackedTokens {
  const n = tokens.length;
  const packed: PackedTokens = { starts: new Int32Array(n), ends: new Int32Array(n), sentences: new Int32Array(n), pos: new Uint8Array(n), tags: [] };
  const tagIndex = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const token = tokens[i] as Token;
    packed.starts[i] = token.start;
    packed.ends[i] = token.end;
    packed.sentences[i] = token.sentence;
    let tag = tagIndex.get(token.pos);
    if (tag === undefined) {
      tag = packed.tags.length;
      if (tag > 255) throw new Error("newsgraph: more than 256 parts of speech in one article");
      tagIndex.set(token.pos, tag);
      packed.tags.push(token.pos);
    }
    packed.pos[i] = tag;
  }
  return packed;
}

/** The tokens again, each `text` sliced from the article's text, as the segmenter made them. */
export function unpackTokens(packed: PackedTokens, text: string): Token[] {
  const n = packed.starts.length;
  const tokens = new Array<Token>(n);
  for (let i = 0; i < n; i++) {
    const start = packed.starts[i] as number;
    const end = packed.ends[i] as number;
    tokens[i] = { start, end, text: text.slice(start, end), pos: packed.tags[packed.pos[i] as number] as string, sentence: packed.sentences[i] as number };
  }
  return tokens;
}

/** The buffers to transfer rather than copy. */
export function tokenBuffers(packed: PackedTokens): ArrayBuffer[] {
  return [packed.starts.buffer, packed.ends.buffer, packed.sentences.buffer, packed.pos.buffer] as ArrayBuffer[];
}

/** An extracted article for the trip between threads: its tokens packed, the rest as it is. */
export interface PackedExtracted {
  extracted: ExtractedArticle;
  tokens: PackedTokens;
}

export function packExtracted(extracted: ExtractedArticle): PackedExtracted {
  // Field by field, not a spread: a spread would read `tokens`, which unpacks them when they are kept packed.
  const { article, boilerplate, captions, sentences } = extracted.segmented;
  return {
    extracted: { ...extracted, segmented: { article, boilerplate, captions, sentences, tokens: [] } },
    tokens: packTokens(extracted.segmented.tokens),
  };
}

/**
 * The extracted article with its tokens kept packed: `segmented.tokens` unpacks them afresh at each read, so a
 * corpus waiting for the merge holds typed arrays (about 14 bytes a token) rather than an object per token (about
 * 94), and only the article being resolved or related has its token objects alive.
 */
export function lazyExtracted({ extracted, tokens }: PackedExtracted, article: Article): ExtractedArticle {
  const { sentences, boilerplate, captions } = extracted.segmented;
  return {
    ...extracted,
    segmented: {
      article,
      boilerplate,
      captions,
      sentences,
      get tokens(): Token[] {
        return unpackTokens(tokens, article.text);
      },
    },
  };
}
