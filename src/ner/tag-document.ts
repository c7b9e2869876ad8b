// Document-level consistency for the tagger: a name is usually written the same way, and means the same thing,
// throughout an article. After every sentence is tagged, a name the document tags at least twice as one type, and
// more often than as any other, gets that type everywhere, and its occurrences the tagger missed are tagged too, as
// long as they stand apart from other capitalised words. A person named in full is then named by surname alone
// ("Lena Varga" ... "Varga said"): the surname standing alone is a person too.
import { resolveConsistencySettings, type ConsistencySettings } from "./consistency-settings.ts";
import { firstEqualSentence } from "./first-equal-sentence.ts";
import { tagSentence } from "./tag-sentence.ts";
import type { NerModel, NerType, TaggedSpan } from "./types.ts";

export interface DocumentSentence {
  words: readonly string[];
  gazetteer?: readonly (string | null)[];
}

/** Words that may join the capitalised words of a name: "Bank of England", "Abu Bakr al Baghdadi". */
const CONNECTORS: ReadonlySet<string> = new Set(["of", "the", "and", "de", "del", "da", "al", "el", "bin", "ibn", "van", "von", "der", "for", "la", "le"]);

const isCapitalised = (word: string): boolean => /^[\p{Lu}\p{N}]/u.test(word);
const isCapsLine = (words: readonly string[]): boolean => words.every((w) => !/\p{Ll}/u.test(w));

/**
 * False when a word surely fails isCapitalised (its first character is ASCII but no capital or digit). Names in the
 * trie start with, and surnames are, capitalised words, so most words of running text need no map lookup at all.
 */
function mayBeCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  return code >= 128 || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** The type the document agrees on for the name that ends here, if any. */
  type: NerType | null;
}

/** Tags every sentence, then makes the document consistent. A sentence repeated in the document is tagged once. */
export function tagDocument(
  model: NerModel,
  sentences: readonly DocumentSentence[],
  settings: Partial<ConsistencySettings> = {},
): TaggedSpan[][] {
  const first = firstEqualSentence(sentences);
  const tagged: TaggedSpan[][] = [];
  sentences.forEach((s, i) => {
    const earlier = first[i] ?? i;
    tagged.push(earlier === i ? tagSentence(model, s.words, s.gazetteer) : (tagged[earlier] as TaggedSpan[]));
  });
  return harmoniseSpans(
    sentences.map((s) => s.words),
    tagged,
    settings,
  );
}

/** The majority type of each tagged name; null on a tie or below `minVotes`. */
function majorityTypes(
  names: readonly (readonly string[])[],
  spans: readonly (readonly TaggedSpan[])[],
  minVotes: number,
): Map<string, NerType | null> {
  const counts = new Map<string, Map<NerType, number>>();
  spans.forEach((list, s) => {
    const namesOf = names[s] as readonly string[];
    for (let k = 0; k < list.length; k++) {
      const span = list[k] as TaggedSpan;
      const name = namesOf[k] as string;
      let byType = counts.get(name);
      if (!byType) counts.set(name, (byType = new Map()));
      byType.set(span.type, (byType.get(span.type) ?? 0) + 1);
    }
  });
  const majority = new Map<string, NerType | null>();
  for (const [name, byType] of counts) {
    const ranked = [...byType].sort((a, b) => b[1] - a[1]);
    const [first, second] = ranked;
    majority.set(name, first && first[1] >= minVotes && (!second || second[1] < first[1]) ? first[0] : null);
  }
  return majority;
}

function buildTrie(majority: ReadonlyMap<string, NerType | null>): TrieNode {
  const root: TrieNode = { next: new Map(), type: null };
  for (const [name, type] of majority) {
    if (type === null) continue;
    const words = name.split(" ");
    // Only names written as names: capitalised words, with connectors inside.
    if (!isCapitalised(words[0] as string) || !isCapitalised(words[words.length - 1] as string)) continue;
    if (!words.every((w) => isCapitalised(w) || CONNECTORS.has(w))) continue;
    let node = root;
    for (const w of words) {
      let child = node.next.get(w);
      if (!child) node.next.set(w, (child = { next: new Map(), type: null }));
      node = child;
    }
    node.type = type;
  }
  return root;
}

/**
 * Pure: relabels each span to its name's majority type, and adds the longest known name at each untagged place
 * where it stands alone (no untagged capitalised word right before or after it, except a sentence's first word).
 * All-caps lines (headlines) are left as tagged: every word there is capitalised.
 */
export function harmoniseSpans(
  sentences: readonly (readonly string[])[],
  spans: readonly (readonly TaggedSpan[])[],
  partial: Partial<ConsistencySettings> = {},
): TaggedSpan[][] {
  const { minVotes } = resolveConsistencySettings(partial);
  // Each span's words, joined once for both the vote and the relabelling.
  const names = spans.map((list, s) => list.map((span) => (sentences[s] as readonly string[]).slice(span.first, span.end).join(" ")));
  const majority = majorityTypes(names, spans, minVotes);
  const trie = buildTrie(majority);
  const harmonised = spans.map((list, s) => {
    const words = sentences[s] as readonly string[];
    const namesOf = names[s] as readonly string[];
    const out = list.map((span, k) => {
      const type = majority.get(namesOf[k] as string);
      return type && type !== span.type ? { ...span, type } : span;
    });
    if (trie.next.size === 0 || isCapsLine(words)) return out;
    const covered = new Uint8Array(words.length);
    for (const span of out) covered.fill(1, span.first, span.end);
    const added: TaggedSpan[] = [];
    for (let i = 0; i < words.length; i++) {
      if (covered[i]) continue;
      const word = words[i] as string;
      let node = mayBeCapitalised(word) ? trie.next.get(word) : undefined;
      let best: { end: number; type: NerType } | null = null;
      for (let k = i; node; ) {
        if (covered[k]) break;
        if (node.type) best = { end: k + 1, type: node.type };
        k++;
        node = k < words.length ? node.next.get(words[k] as string) : undefined;
      }
      if (!best) continue;
      const before = i > 0 ? (words[i - 1] as string) : "";
      const after = best.end < words.length ? (words[best.end] as string) : "";
      const gluedBefore = i > 1 && !covered[i - 1] && isCapitalised(before);
      const gluedAfter = best.end < words.length && !covered[best.end] && isCapitalised(after);
      if (gluedBefore || gluedAfter) continue;
      added.push({ first: i, end: best.end, type: best.type });
      covered.fill(1, i, best.end);
      i = best.end - 1;
    }
    return added.length === 0 ? out : [...out, ...added].sort((a, b) => a.first - b.first);
  });
  return withSurnames(sentences, harmonised);
}

/** Last words of the people the document names in full: "Varga" of "Lena Varga". */
function surnamesOf(sentences: readonly (readonly string[])[], spans: readonly (readonly TaggedSpan[])[]): Set<string> {
  const surnames = new Set<string>();
  spans.forEach((list, s) => {
    for (const span of list) {
      if (span.type !== "PER" || span.end - span.first < 2) continue;
      const last = (sentences[s] as readonly string[])[span.end - 1] as string;
      if (last.length > 1 && isCapitalised(last) && !isCapsLine([last])) surnames.add(last);
    }
  });
  return surnames;
}

/** A surname of the document standing alone is a person, whether the tagger missed it or typed it otherwise. */
function withSurnames(sentences: readonly (readonly string[])[], spans: TaggedSpan[][]): TaggedSpan[][] {
  const surnames = surnamesOf(sentences, spans);
  if (surnames.size === 0) return spans;
  return spans.map((list, s) => {
    const words = sentences[s] as readonly string[];
    const out = list.map((span) => (span.end - span.first === 1 && span.type !== "PER" && surnames.has(words[span.first] as string) ? { ...span, type: "PER" as const } : span));
    if (isCapsLine(words)) return out;
    const covered = new Uint8Array(words.length);
    for (const span of out) covered.fill(1, span.first, span.end);
    const added: TaggedSpan[] = [];
    for (let i = 0; i < words.length; i++) {
      const word = words[i] as string;
      if (covered[i] || !mayBeCapitalised(word) || !surnames.has(word)) continue;
      const gluedBefore = i > 1 && !covered[i - 1] && isCapitalised(words[i - 1] as string);
      const gluedAfter = i + 1 < words.length && !covered[i + 1] && isCapitalised(words[i + 1] as string);
      if (gluedBefore || gluedAfter) continue;
      added.push({ first: i, end: i + 1, type: "PER" });
    }
    return added.length === 0 ? out : [...out, ...added].sort((a, b) => a.first - b.first);
  });
}
