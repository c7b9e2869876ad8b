// Joins partial names across the corpus ("Varga", "Harlow Medical") to the fuller names they stand for, settling
// a name that fits several article by article.
import type { MergeReason } from "../model/entity.ts";
import type { Mention } from "../model/mention.ts";
import { isAcronymToken } from "./acronyms.ts";
import type { ArticleList } from "./article-list.ts";
import { nameKey } from "./name-key.ts";
import { majority, type KeyInfo } from "./name-table.ts";
import {
  indexByLastToken, partialNameCandidates, partialNameTarget, significantTokens, type NameCluster,
} from "./partial-names.ts";
import type { UnionFind } from "./union-find.ts";

/** Whether `long` is `short` with more words after it: "Harlow Medical Industries Inc" and "Harlow Medical". */
function extendsName(long: NameCluster, short: NameCluster): boolean {
  return long.tokens.length > short.tokens.length && short.tokens.every((t, i) => long.tokens[i] === t);
}

const NO_CLUSTERS: readonly NameCluster[] = [];

/**
 * The candidates of `first` then `second` named in the article; candidates already joined to each other count
 * once. A function of its own rather than a closure per mention: it runs for every mention of the corpus. Nearly
 * every mention has no candidate, and the few that do have a handful, so the sets seen are kept in a short array.
 */
function inArticle(first: readonly NameCluster[], second: readonly NameCluster[], article: string, uf: UnionFind): readonly NameCluster[] {
  if (first.length === 0 && second.length === 0) return NO_CLUSTERS;
  const found: NameCluster[] = [];
  const roots: string[] = [];
  for (const list of [first, second]) {
    for (const c of list) {
      if (!c.articles.has(article)) continue;
      const root = uf.find(c.root);
      if (roots.includes(root)) continue;
      roots.push(root);
      found.push(c);
    }
  }
  return found;
}

/** `uses`: how many mentions wrote the cluster's fullest name, which decides between names as full as it. */
type Cluster = NameCluster & { articles: ArticleList; uses: number };

/**
 * One cluster per set of joined names, keyed by its root then, with the fullest name and every article of the set.
 * Of names as full as each other, the most written one stands for the set: "Robin Pestov" over a typo's "Robin
 * Prestov", and "Varga" over "Ilse" where the text stated that Ilse is Varga ("Ilse (Varga) said").
 */
function clustersOf(keys: Map<string, KeyInfo>, uf: UnionFind): Map<string, Cluster> {
  const byRoot = new Map<string, Cluster>();
  for (const info of keys.values()) {
    const root = uf.find(info.key);
    // The surface with the most significant words, the first of the most written ones among those.
    let longest: readonly string[] = [];
    let uses = -1;
    for (const surface of info.surfaces) {
      const tokens = significantTokens(surface);
      const written = info.uses.get(surface) ?? 0;
      if (uses < 0 || tokens.length > longest.length || (tokens.length === longest.length && written > uses)) {
        longest = tokens;
        uses = written;
      }
    }
    const cluster = byRoot.get(root);
    if (!cluster) byRoot.set(root, { root, coarse: majority(info.coarse), tokens: longest, articles: info.articles.copy(), uses });
    else {
      if (longest.length > cluster.tokens.length || (longest.length === cluster.tokens.length && uses > cluster.uses)) {
        cluster.tokens = longest;
        cluster.uses = uses;
      }
      cluster.articles.addAll(info.articles);
    }
  }
  return byRoot;
}

/**
 * Joins each short name that fits one longer name in the corpus to it. Returns, by root, the candidates of those
 * that fit several.
 */
function joinAcrossCorpus(clusters: readonly NameCluster[], uf: UnionFind, reasons: Map<string, MergeReason>): Map<string, NameCluster[]> {
  const index = indexByLastToken(clusters);
  const ambiguous = new Map<string, NameCluster[]>();
  for (const short of clusters) {
    const target = partialNameTarget(short, index);
    if (target) {
      if (uf.union(target.root, short.root)) reasons.set(short.root, "partial-name");
    } else {
      const candidates = partialNameCandidates(short, index);
      if (candidates.length > 1) ambiguous.set(short.root, candidates);
    }
  }
  return ambiguous;
}

/** The longer names a mention's words could stand for, before it is known which of them its article names. */
interface ShortNameCandidates {
  /** The people a bare surname could be. */
  surname(m: Mention, tokens: readonly string[]): readonly NameCluster[];
  /** The organisations (or, for one word, people) whose name starts or ends with the mention's words. */
  start(m: Mention, root: string, tokens: readonly string[]): readonly NameCluster[];
}

function shortNameCandidates(clusters: readonly NameCluster[], byRoot: ReadonlyMap<string, NameCluster>): ShortNameCandidates {
  // A bare surname the tagger typed as something else ("Blair said", read as ORG) is still the surname of the one
  // person of that name in its article.
  const people = indexByLastToken(clusters.filter((c) => c.coarse === "PER" && c.tokens.length >= 2));
  // A team or company called by one word of its name ("Torpedo" for Torpedo Varensk, "Leverkusen" for Bayer
  // Leverkusen) is the one organisation of that name in its article.
  const organisations = clusters.filter((c) => c.coarse === "ORG" && c.tokens.length >= 2);
  const byEdgeWord = new Map<string, NameCluster[]>();
  for (const c of organisations) {
    for (const word of new Set([c.tokens[0] as string, c.tokens[c.tokens.length - 1] as string])) {
      const list = byEdgeWord.get(word);
      if (list) list.push(c);
      else byEdgeWord.set(word, [c]);
    }
  }
  // What does not depend on the article is worked out once per name: a corpus repeats its names many times. Keyed
  // by the words' array, which significantTokens gives once per name.
  const startsOf = new Map<readonly string[], readonly NameCluster[]>();
  const byWord = { ORG: new Map<string, readonly NameCluster[]>(), PER: new Map<string, readonly NameCluster[]>() };
  const fullestWith = (word: string, coarse: "ORG" | "PER"): readonly NameCluster[] => {
    let known = byWord[coarse].get(word);
    if (known === undefined) {
      const found = (byEdgeWord.get(word) ?? NO_CLUSTERS).filter((c) => coarse === "ORG" || c.tokens[0] === word);
      // "Harlow Medical" and "Harlow Medical Industries Inc" are one candidate: keep the fullest name.
      known = found.filter((c) => !found.some((d) => d !== c && extendsName(d, c)));
      byWord[coarse].set(word, known);
    }
    return known;
  };
  return {
    surname(m, tokens) {
      if (m.lexiconId || m.kind === "person") return NO_CLUSTERS;
      return tokens.length === 1 ? (people.get(tokens[0] as string) ?? NO_CLUSTERS) : NO_CLUSTERS;
    },
    start(m, root, tokens) {
      // An acronym, or a name already joined to a longer one ("NAPM" defined in brackets), is settled.
      if (m.lexiconId) return NO_CLUSTERS;
      const word = tokens[0];
      if (word === undefined || (byRoot.get(root)?.tokens.length ?? 0) > tokens.length || isAcronymToken(m.surface)) return NO_CLUSTERS;
      // "Harlow Medical" for Harlow Medical Industries Inc: the start of a longer organisation's name.
      if (tokens.length > 1) {
        if (m.coarse !== "ORG") return NO_CLUSTERS;
        let known = startsOf.get(tokens);
        if (known === undefined) {
          known = (byEdgeWord.get(word) ?? NO_CLUSTERS).filter((c) => c.tokens.length > tokens.length && tokens.every((t, i) => c.tokens[i] === t));
          startsOf.set(tokens, known);
        }
        return known;
      }
      if (word.length < 4 || (m.coarse !== "ORG" && m.coarse !== "PER")) return NO_CLUSTERS;
      // "Harlow" read as a person after "Harlow Medical Industries Inc": the company, unless a person of that name is
      // in the article.
      if (m.coarse === "PER" && (people.get(word) ?? NO_CLUSTERS).some((c) => c.articles.has(m.article))) return NO_CLUSTERS;
      return fullestWith(word, m.coarse);
    },
  };
}

/**
 * Partial names. A short name that fits one longer name in the corpus joins it. One that fits several ("Blair":
 * Tony or Cherie) is settled article by article: in an article that names only one of them, its mentions there
 * join that one, under a key of their own; elsewhere they stay apart.
 */
export function joinPartialNames(
  keys: Map<string, KeyInfo>,
  all: readonly Mention[],
  uf: UnionFind,
  reasons: Map<string, MergeReason>,
  overrides: Map<string, string>,
): void {
  const byRoot = clustersOf(keys, uf);
  const clusters = [...byRoot.values()];
  const shortRoots = joinAcrossCorpus(clusters, uf, reasons);
  const candidates = shortNameCandidates(clusters, byRoot);
  for (const m of all) {
    if (m.demonym) continue;
    const root = uf.find(overrides.get(m.id) ?? nameKey(m));
    let local = inArticle(shortRoots.get(root) ?? NO_CLUSTERS, NO_CLUSTERS, m.article, uf);
    // A name from the lexicon has no other candidates.
    if (local.length === 0 && !m.lexiconId) {
      const tokens = significantTokens(m.surface);
      local = inArticle(candidates.surname(m, tokens), candidates.start(m, root, tokens), m.article, uf);
    }
    if (local.length !== 1 || uf.find((local[0] as NameCluster).root) === root) continue;
    const key = `${root}@${m.article}`;
    overrides.set(m.id, key);
    uf.add(key);
    if (uf.union((local[0] as NameCluster).root, key)) reasons.set(key, "partial-name");
  }
}
