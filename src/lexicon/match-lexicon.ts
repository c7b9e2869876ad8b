// Finds lexicon names in the word tokens of one sentence. Works on the concatenation of folded tokens
// because wink-nlp splits names unpredictably: "al-Sham" → al - Sham, "Hay''et" → Hay ' ' et, and
// "Çavuşoğlu" → Çavu ş o ğ lu (it breaks words at letters outside Latin-1).
import type { CaseRule, Lexicon, LexiconName, LexiconTrieNode } from "./build-lexicon.ts";
import type { LexiconForm } from "./lexicon-entry.ts";
import { compactName } from "./fold-name.ts";

export interface LexiconMatch {
  /** Index of the first token of the match. */
  first: number;
  /** Index one past the last token. */
  end: number;
  entryId: string;
  form: LexiconForm;
}

/** Tokens made of ASCII letters and digits only: two of these side by side are two words, never one. */
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

/** News vocabulary repeats, so folded tokens are cached; the cap keeps memory bounded on huge corpora. */
const TOKEN_CACHE = new Map<string, string>();
const TOKEN_CACHE_LIMIT = 200_000;

function cachedKey(token: string): string {
  let key = TOKEN_CACHE.get(token);
  if (key === undefined) {
    key = compactToken(token);
    if (TOKEN_CACHE.size >= TOKEN_CACHE_LIMIT) TOKEN_CACHE.clear();
    TOKEN_CACHE.set(token, key);
  }
  return key;
}

function caseOk(rule: CaseRule, surface: string): boolean {
  if (rule === "any") return true;
  if (!/\p{Lu}/u.test(surface)) return false;
  return rule === "cased" || !/\p{Ll}/u.test(surface);
}

interface Found {
  end: number;
  name: LexiconName;
}

function pick(names: readonly LexiconName[] | undefined, words: readonly string[], first: number, end: number, possessive: boolean): LexiconName | undefined {
  if (!names) return undefined;
  let surface = words.slice(first, end).join("");
  // A glued possessive ("Allah's") is not part of the name, and its lowercase "s" must not fail an acronym.
  if (possessive) surface = surface.replace(/['’]s$/i, "");
  return names.find((n) => caseOk(n.caseRule, surface));
}

/** Longest match first, non-overlapping, left to right; `first`/`end` are token indices, `end` exclusive. */
export function matchLexicon(lexicon: Lexicon, words: readonly string[]): LexiconMatch[] {
  const keys = words.map(cachedKey);
  const plain = words.map((w) => PLAIN.test(w));
  const matches: LexiconMatch[] = [];
  const root = lexicon.trie;
  let i = 0;
  while (i < words.length) {
    const key = keys[i] ?? "";
    const found = key === "" || !root.next.has(key[0] ?? "") ? undefined : longestAt(root, words, keys, plain, i);
    if (found) {
      matches.push({ first: i, end: found.end, entryId: found.name.entryId, form: found.name.form });
      i = found.end;
    } else {
      i++;
    }
  }
  return matches;
}

/**
 * Trie positions alive during one walk, with the last character consumed at each (so '' counts as one
 * apostrophe). Kept in reused scratch arrays because this loop runs once per token of the corpus.
 */
const nodesA: LexiconTrieNode[] = [];
const lastsA: string[] = [];
const nodesB: LexiconTrieNode[] = [];
const lastsB: string[] = [];

function longestAt(
  root: LexiconTrieNode,
  words: readonly string[],
  keys: readonly string[],
  plain: readonly boolean[],
  first: number,
): Found | undefined {
  let nodes = nodesA;
  let lasts = lastsA;
  let spare = nodesB;
  let spareLasts = lastsB;
  nodes[0] = root;
  lasts[0] = "";
  let count = 1;
  let bestEnd = -1;
  let bestName: LexiconName | undefined;
  for (let j = first; j < words.length && count > 0; j++) {
    const key = keys[j] ?? "";
    // Between tokens the name may have a word break (a space edge) or not ("Çavu" + "ş", "Hay" + "'"); two
    // plain tokens side by side are two words ("I ran" is not "Iran"). A hyphen or full stop token on its own
    // separates words but never ends a name.
    if (j > first) {
      const mustBreak = key !== "" && plain[j - 1] === true && plain[j] === true;
      let n = 0;
      for (let k = 0; k < count; k++) {
        const node = nodes[k] as LexiconTrieNode;
        if (!mustBreak) {
          spare[n] = node;
          spareLasts[n++] = lasts[k] ?? "";
        }
        const spaced = node.next.get(" ");
        if (spaced) {
          spare[n] = spaced;
          spareLasts[n++] = " ";
        }
      }
      [nodes, spare] = [spare, nodes];
      [lasts, spareLasts] = [spareLasts, lasts];
      count = n;
    }
    if (key === "") continue;
    const possessiveAt = key.length > 2 && key.endsWith("'s") ? key.length - 2 : -1;
    let n = 0;
    for (let k = 0; k < count; k++) {
      let node: LexiconTrieNode | undefined = nodes[k];
      let last = lasts[k] ?? "";
      for (let c = 0; c < key.length && node; c++) {
        if (c === possessiveAt && node.names) {
          const name = pick(node.names, words, first, j + 1, true);
          if (name) {
            bestEnd = j + 1;
            bestName = name;
          }
        }
        const ch = key[c] as string;
        if (ch === "'" && last === "'") continue;
        last = ch;
        node = node.next.get(ch);
      }
      if (!node) continue;
      const seen = spare.indexOf(node);
      if (seen !== -1 && seen < n) continue;
      spare[n] = node;
      spareLasts[n++] = last;
      if (node.names && bestEnd !== j + 1) {
        const name = pick(node.names, words, first, j + 1, false);
        if (name) {
          bestEnd = j + 1;
          bestName = name;
        }
      }
    }
    [nodes, spare] = [spare, nodes];
    [lasts, spareLasts] = [spareLasts, lasts];
    count = n;
  }
  return bestName ? { end: bestEnd, name: bestName } : undefined;
}
