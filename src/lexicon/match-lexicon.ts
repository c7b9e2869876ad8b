// Finds lexicon names in the word tokens of one sentence. Works on the concatenation of folded tokens
// because wink-nlp splits names unpredictably: "al-Sham" → al - Sham, "Hay''et" → Hay ' ' et, and
// "Çavuşoğlu" → Çavu ş o ğ lu (it breaks words at letters outside Latin-1).
import type { CaseRule, Lexicon, LexiconName, LexiconTrieNode } from "./build-lexicon.ts";
import type { LexiconForm } from "./lexicon-entry.ts";
import { lexiconTokens, stepKey, type KeyStep, type LexiconToken } from "./lexicon-token.ts";

export interface LexiconMatch {
  /** Index of the first token of the match. */
  first: number;
  /** Index one past the last token. */
  end: number;
  entryId: string;
  form: LexiconForm;
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
  const tokens = lexiconTokens(lexicon.trie, words);
  const matches: LexiconMatch[] = [];
  let i = 0;
  while (i < words.length) {
    const token = tokens[i] as LexiconToken;
    // A token whose own reading from the root leads nowhere starts no name.
    const starts = token.key !== "" && (token.node !== undefined || token.possessive !== undefined);
    const found = starts ? longestAt(words, tokens, i) : undefined;
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
const step: KeyStep = { node: undefined, last: "", possessive: undefined };

function longestAt(words: readonly string[], tokens: readonly LexiconToken[], first: number): Found | undefined {
  let nodes = nodesA;
  let lasts = lastsA;
  let spare = nodesB;
  let spareLasts = lastsB;
  let count = 0;
  let bestEnd = -1;
  let bestName: LexiconName | undefined;
  // The first token is read from the root, which its cached reading already did.
  const start = tokens[first] as LexiconToken;
  if (start.possessive) {
    bestName = pick(start.possessive.names, words, first, first + 1, true);
    if (bestName) bestEnd = first + 1;
  }
  if (start.node) {
    nodes[count] = start.node;
    lasts[count++] = start.last;
    if (start.node.names && bestEnd !== first + 1) {
      const name = pick(start.node.names, words, first, first + 1, false);
      if (name) {
        bestEnd = first + 1;
        bestName = name;
      }
    }
  }
  for (let j = first + 1; j < words.length && count > 0; j++) {
    const token = tokens[j] as LexiconToken;
    const key = token.key;
    // Between tokens the name may have a word break (a space edge) or not ("Çavu" + "ş", "Hay" + "'"); two
    // plain tokens side by side are two words ("I ran" is not "Iran"). A hyphen or full stop token on its own
    // separates words but never ends a name.
    const mustBreak = key !== "" && (tokens[j - 1] as LexiconToken).plain && token.plain;
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
    if (key === "") continue;
    n = 0;
    for (let k = 0; k < count; k++) {
      stepKey(nodes[k], lasts[k] ?? "", key, step);
      if (step.possessive) {
        const name = pick(step.possessive.names, words, first, j + 1, true);
        if (name) {
          bestEnd = j + 1;
          bestName = name;
        }
      }
      const node = step.node;
      if (!node) continue;
      const seen = spare.indexOf(node);
      if (seen !== -1 && seen < n) continue;
      spare[n] = node;
      spareLasts[n++] = step.last;
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
