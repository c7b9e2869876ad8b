// Merges lexicon files into one Lexicon and indexes every name, demonym and capital by its compact folded
// form, so matching a sentence costs one trie walk per token instead of one comparison per alias.
import type { LexiconEntry, LexiconForm } from "./lexicon-entry.ts";
import { compactName, foldName } from "./fold-name.ts";

/**
 * How much case a surface needs before it counts as a match:
 * - `any`: the alias is written in lowercase, so any case matches;
 * - `cased`: at least one uppercase letter ("Turkey", "TURKEY", not "turkey" the bird);
 * - `upper`: no lowercase letters, for short acronyms ("US", not "Us" or "us").
 */
export type CaseRule = "any" | "cased" | "upper";

/** One way the lexicon names an entry under a compact key. */
export interface LexiconName {
  entryId: string;
  form: LexiconForm;
  caseRule: CaseRule;
}

/** A character trie over folded names; a space edge marks a word break in the name. */
export interface LexiconTrieNode {
  readonly next: Map<string, LexiconTrieNode>;
  /** The names that end here, best first. */
  names: LexiconName[] | undefined;
}

export interface Lexicon {
  /** Every entry by id, in the order the files introduced them. */
  readonly entries: ReadonlyMap<string, LexiconEntry>;
  /** Compact folded name (see `compactName`) to the names it can mean, best first. */
  readonly names: ReadonlyMap<string, readonly LexiconName[]>;
  /** The same names as a character trie over `trieKey` forms, for `matchLexicon`. */
  readonly trie: LexiconTrieNode;
}

const FORM_RANK: Readonly<Record<LexiconForm, number>> = { name: 0, demonym: 1, capital: 2 };
const CASE_RANK: Readonly<Record<CaseRule, number>> = { upper: 0, cased: 1, any: 2 };
/** Acronyms up to this many letters must be matched in capitals; longer ones are often written "Nato". */
const MAX_STRICT_ACRONYM = 4;

export function caseRuleOf(alias: string): CaseRule {
  if (!/\p{Lu}/u.test(alias)) return "any";
  const letters = alias.replace(/[^\p{L}]/gu, "");
  if (!/\p{Ll}/u.test(letters) && letters.length <= MAX_STRICT_ACRONYM) return "upper";
  return "cased";
}

function union(a: readonly string[] | undefined, b: readonly string[] | undefined): string[] | undefined {
  if (!a) return b ? [...b] : undefined;
  if (!b) return [...a];
  return [...new Set([...a, ...b])];
}

/** Later fields win; lists of names are unioned, because a user file extends an entry's aliases. */
function mergeEntry(base: LexiconEntry, over: LexiconEntry): LexiconEntry {
  const merged: LexiconEntry = { ...base, ...over, aliases: union(base.aliases, over.aliases) ?? [] };
  const demonyms = union(base.demonyms, over.demonyms);
  if (demonyms) merged.demonyms = demonyms;
  const capitals = union(base.capitals, over.capitals);
  if (capitals) merged.capitals = capitals;
  return merged;
}

function newNode(): LexiconTrieNode {
  return { next: new Map(), names: undefined };
}

/** The folded name without full stops, keeping single spaces as word breaks ("U.S.-led" → "us led"). */
export function trieKey(s: string): string {
  return foldName(s).replace(/\./g, "").replace(/ {2,}/g, " ").trim();
}

interface Candidate extends LexiconName {
  listIndex: number;
  entryIndex: number;
}

/** Builds one lexicon from files in order: later lists override and extend earlier ones by id. */
export function buildLexicon(entryLists: readonly LexiconEntry[][]): Lexicon {
  const entries = new Map<string, LexiconEntry>();
  const lastList = new Map<string, number>();
  entryLists.forEach((list, listIndex) => {
    for (const entry of list) {
      const base = entries.get(entry.id);
      entries.set(entry.id, base ? mergeEntry(base, entry) : { ...entry, aliases: [...entry.aliases] });
      lastList.set(entry.id, listIndex);
    }
  });

  const candidates = new Map<string, Candidate[]>();
  let entryIndex = 0;
  for (const entry of entries.values()) {
    const listIndex = lastList.get(entry.id) ?? 0;
    const nameForm: LexiconForm = entry.capitalOf ? "capital" : "name";
    const add = (surface: string, form: LexiconForm): void => {
      const key = trieKey(surface);
      if (key === "") return;
      const caseRule = caseRuleOf(surface);
      const list = candidates.get(key) ?? [];
      const same = list.find((c) => c.entryId === entry.id && c.form === form);
      if (same) {
        if (CASE_RANK[caseRule] > CASE_RANK[same.caseRule]) same.caseRule = caseRule;
      } else {
        list.push({ entryId: entry.id, form, caseRule, listIndex, entryIndex });
      }
      candidates.set(key, list);
    };
    add(entry.label, nameForm);
    for (const alias of entry.aliases) add(alias, nameForm);
    for (const demonym of entry.demonyms ?? []) add(demonym, "demonym");
    entryIndex++;
  }

  const names = new Map<string, LexiconName[]>();
  const trie = newNode();
  for (const key of [...candidates.keys()].sort()) {
    const ranked = (candidates.get(key) ?? [])
      .sort(
        (a, b) =>
          FORM_RANK[a.form] - FORM_RANK[b.form] || b.listIndex - a.listIndex || a.entryIndex - b.entryIndex,
      )
      .map(({ entryId, form, caseRule }): LexiconName => ({ entryId, form, caseRule }));
    let node = trie;
    for (const ch of key) {
      let child = node.next.get(ch);
      if (!child) {
        child = newNode();
        node.next.set(ch, child);
      }
      node = child;
    }
    node.names = ranked;
    // Names that differ only in word breaks ("Al Qaeda", "AlQaeda") share one lookup key.
    const compact = compactName(key);
    const merged = [...(names.get(compact) ?? []), ...ranked];
    names.set(compact, merged.filter((n, i) => merged.findIndex((m) => m.entryId === n.entryId && m.form === n.form) === i));
  }
  return { entries, names, trie };
}
