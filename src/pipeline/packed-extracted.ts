// Tokens as typed arrays, for the trip from a worker thread and for the extraction cache: structured-cloning an
// object per token cost the calling thread more to read back than extracting the article itself. A token's text is
// a slice of its article's text, so only offsets, sentence and part of speech are kept.
import type { Article, Span } from "../model/article.ts";
import type { SegmentedDocument, Sentence, Token } from "../model/document.ts";
import type { Mention, RecognisedDocument } from "../model/mention.ts";
import type { ExtractedArticle } from "./extract-article.ts";
import { sharedString } from "./shared-string.ts";
import { decodeTokens, encodeTokens, type TokenBytes } from "./token-bytes.ts";

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
 * A mention rebuilt from a clone: one object shape with every field in the object itself (a cloned or parsed object
 * gains its fields one by one and keeps most in a separate store), the article's own id string, and shared copies
 * of the strings from closed sets. The fields keep the order the recogniser gives them.
 */
function compactMention(m: Mention, article: string): Mention {
  const { id, sentence, firstToken, endToken, start, end, surface, demonym } = m;
  const [kind, coarse, source] = [sharedString(m.kind), sharedString(m.coarse), sharedString(m.source)];
  if (m.lexiconId === undefined) return { id, article, sentence, firstToken, endToken, start, end, surface, kind, coarse, demonym, source };
  return { id, article, sentence, firstToken, endToken, start, end, surface, kind, coarse, demonym, source, lexiconId: sharedString(m.lexiconId) };
}

function compactRecognised(recognised: RecognisedDocument, article: string): RecognisedDocument {
  return {
    article,
    mentions: recognised.mentions.map((m) => compactMention(m, article)),
    others: recognised.others.map(({ start, end, sentence, surface, coarse }) => ({ start, end, sentence, surface, coarse: sharedString(coarse) })),
  };
}

/** Numbers a sentence is kept as: index, start, end, first token, end token, caption (1 or 0). */
const SENTENCE_FIELDS = 6;

/**
 * Sentences as six numbers each: about 24 bytes a sentence instead of an object of 80 to 180 (a cloned or parsed
 * object is the larger), which over 100,000 articles waiting for the merge is over 100 MB.
 */
function packSentences(sentences: readonly Sentence[]): Int32Array {
  const packed = new Int32Array(sentences.length * SENTENCE_FIELDS);
  sentences.forEach((s, i) => {
    const at = i * SENTENCE_FIELDS;
    packed[at] = s.index;
    packed[at + 1] = s.start;
    packed[at + 2] = s.end;
    packed[at + 3] = s.firstToken;
    packed[at + 4] = s.endToken;
    packed[at + 5] = s.caption ? 1 : 0;
  });
  return packed;
}

/** The sentences again, with their keys in the segmenter's order. */
function unpackSentences(packed: Int32Array): Sentence[] {
  const sentences = new Array<Sentence>(packed.length / SENTENCE_FIELDS);
  for (let i = 0, at = 0; at < packed.length; i++, at += SENTENCE_FIELDS) {
    sentences[i] = {
      index: packed[at] as number,
      start: packed[at + 1] as number,
      end: packed[at + 2] as number,
      firstToken: packed[at + 3] as number,
      endToken: packed[at + 4] as number,
      caption: packed[at + 5] === 1,
    };
  }
  return sentences;
}

/**
 * A segmented article whose tokens are kept as bytes (token-bytes.ts) and its sentences as numbers, each decoded
 * afresh at each read of `tokens` or `sentences`: read them once per pass over an article.
 * A class, so the getter lives once on the prototype: an object literal with a getter costs a closure and an
 * accessor of its own, about 400 bytes an article.
 */
class KeptSegmented implements SegmentedDocument {
  readonly #sentences: Int32Array;
  readonly #tokens: TokenBytes;

  constructor(
    readonly article: Article,
    readonly boilerplate: Span[],
    readonly captions: Span[],
    sentences: Int32Array,
    tokens: TokenBytes,
  ) {
    this.#sentences = sentences;
    this.#tokens = tokens;
  }

  get sentences(): Sentence[] {
    return unpackSentences(this.#sentences);
  }

  get tokens(): Token[] {
    return decodeTokens(this.#tokens, this.article.text);
  }

  /** Serialised as the plain segmented document it stands for, tokens included. */
  toJSON(): SegmentedDocument {
    const { article, boilerplate, captions, sentences, tokens } = this;
    return { article, boilerplate, captions, sentences, tokens };
  }
}

/**
 * The extracted article with its tokens kept as bytes: a corpus waiting for the merge holds about 4 bytes a token
 * rather than an object per token (about 94), and only the article being resolved or related has its token objects
 * alive. Its mentions are rebuilt compact, as they stay alive from here until the graph is assembled.
 */
export function lazyExtracted({ extracted, tokens }: PackedExtracted, article: Article): ExtractedArticle {
  const { sentences, boilerplate, captions } = extracted.segmented;
  const packed = encodeTokens({ ...tokens, tags: tokens.tags.map(sharedString) });
  return {
    segmented: new KeptSegmented(article, boilerplate, captions, packSentences(sentences), packed),
    recognised: compactRecognised(extracted.recognised, article.id),
  };
}
