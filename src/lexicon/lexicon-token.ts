// What lexicon matching needs of one token on its own: its compact key, whether it is a plain word, and where
// reading it from the trie's root leads. Almost every token starts a match attempt, and most attempts end inside
// that first token, so working this out once per distinct token (and lexicon) saves most of the trie walking.
import type { LexiconTrieNode } from "./build-lexicon.ts";
import { compactName } from "./fold-name.ts";

export interface LexiconToken {
  /** The compact folded token ("" for a token that folds to nothing, as "." or "-"). */
  key: string;
  /** ASCII letters and digits only: two of these side by side are two words, never one. */
  plain: boolean;
  /** Where reading `key` from the root leads: see KeyStep. */
  node: LexiconTrieNode | undefined;
  last: string;
  possessive: LexiconTrieNode | undefined;
}

/** Where reading a key from a trie node leads. */
export interface KeyStep {
  /** The node reached, or undefined when no name continues this way. */
  node: LexiconTrieNode | undefined;
  /** The last character read, so that a following '' still reads as one apostrophe. */
  last: string;
  /** The node reached just before a trailing "'s", when names end there ("Allah's" may name "Allah"). */
  possessive: LexiconTrieNode | undefined;
}

/** Reads `key` from `node` (whose last character read was `last`) into `out`, allocating nothing. */
export function stepKey(node: LexiconTrieNode | undefined, last: string, key: string, out: KeyStep): void {
  const possessiveAt = key.length > 2 && key.endsWith("'s") ? key.length - 2 : -1;
  out.possessive = undefined;
  for (let c = 0; c < key.length && node; c++) {
    if (c === possessiveAt && node.names) out.possessive = node;
    const ch = key[c] as string;
    // Apostrophes in a row are one apostrophe: "Hay''et" is "Hay'et".
    if (ch === "'" && last === "'") continue;
    last = ch;
    node = node.next.get(ch);
  }
  out.node = node;
  out.last = last;
}

const PLAIN = /^[A-Za-z0-9]+$/;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
const ASCII_DROP = /[\s.\-]/g;

/** Cheap compact form of a token: most news tokens are ASCII and need no Unicode normalisation. */
function compactToken(token: string): string {
  if (PRINTABLE_ASCII.test(token)) {
    return token.toLowerCase().replace(ASCII_DROP, "").replace(/`/g, "'").replace(/'{2,}/g, "'");
  }
  return compactName(token);
}

/** News vocabulary repeats, so tokens are cached per trie; the cap keeps memory bounded on huge corpora. */
const CACHE_LIMIT = 200_000;
const caches = new WeakMap<LexiconTrieNode, Map<string, LexiconToken>>();

function newToken(root: LexiconTrieNode, word: string): LexiconToken {
  const plain = PLAIN.test(word);
  // A plain token has nothing for compactToken to drop or rewrite: its key is its lower case.
  const key = plain ? word.toLowerCase() : compactToken(word);
  const token: LexiconToken = { key, plain, node: undefined, last: "", possessive: undefined };
  stepKey(root, "", token.key, token);
  return token;
}

/** The tokens of `words` against the trie rooted at `root`. */
export function lexiconTokens(root: LexiconTrieNode, words: readonly string[]): LexiconToken[] {
  let cache = caches.get(root);
  if (!cache) {
    cache = new Map();
    caches.set(root, cache);
  }
  const out: LexiconToken[] = new Array<LexiconToken>(words.length);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    let token = cache.get(word);
    if (token === undefined) {
      token = newToken(root, word);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(word, token);
    }
    out[i] = token;
  }
  return out;
}
