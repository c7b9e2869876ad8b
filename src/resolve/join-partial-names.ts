// Joins partial names across the corpus ("Blair", "Harlow Medical") to the fuller names they stand for, settling
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
 * once. A function of its own rather than a closure per mention: it runs for every mention of the corpus.
 */
function inArticle(first: readonly NameCluster[], second: readonly NameCluster[], article: string, uf: UnionFind): NameCluster[] {
  if (first.length === 0 && second.length === 0) return [];
  const roots = new Map<string, NameCluster>();
  for (const list of [first, second]) {
    for (const c of list) if (c.articles.has(article) && !roots.has(uf.find(c.root))) roots.set(uf.find(c.root), c);
  }
  return [...roots.values()];
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
  const byRoot = new Map<string, NameCluster & { articles: ArticleList }>();
  for (const info of keys.values()) {
    const root = uf.find(info.key);
    const longest = [...info.surfaces].map(significantTokens).sort((x, y) => y.length - x.length)[0] ?? [];
    const cluster = byRoot.get(root);
    if (!cluster) byRoot.set(root, { root, coarse: majority(info.coarse), tokens: longest, articles: info.articles.copy() });
    else {
      if (longest.length > cluster.tokens.length) cluster.tokens = longest;
      cluster.articles.addAll(info.articles);
    }
  }
  const clusters = [...byRoot.values()];
  const index = indexByLastToken(clusters);
  const ambiguous: Array<[NameCluster, NameCluster[]]> = [];
  for (const short of clusters) {
    const target = partialNameTarget(short, index);
    if (target) {
      if (uf.union(target.root, short.root)) reasons.set(short.root, "partial-name");
    } else {
      const candidates = partialNameCandidates(short, index);
      if (candidates.length > 1) ambiguous.push([short, candidates]);
    }
  }
  const shortRoots = new Map(ambiguous.map(([short, candidates]) => [short.root, candidates]));
  // A bare surname the tagger typed as something else ("Blair said", read as ORG) is still the surname of the one
  // person of that name in its article.
  const people = indexByLastToken(clusters.filter((c) => c.coarse === "PER" && c.tokens.length >= 2));
  const surnameCandidates = (m: Mention): readonly NameCluster[] => {
    if (m.lexiconId || m.kind === "person") return [];
    const tokens = significantTokens(m.surface);
    return tokens.length === 1 ? (people.get(tokens[0] as string) ?? []) : [];
  };
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
  const shortNameCandidates = (m: Mention, root: string): readonly NameCluster[] => {
    // An acronym, or a name already joined to a longer one ("NAPM" defined in brackets), is settled.
    if (m.lexiconId) return [];
    const tokens = significantTokens(m.surface);
    const word = tokens[0];
    if (word === undefined || isAcronymToken(m.surface) || (byRoot.get(root)?.tokens.length ?? 0) > tokens.length) return [];
    // "Harlow Medical" for Harlow Medical Industries Inc: the start of a longer organisation's name.
    if (tokens.length > 1) {
      if (m.coarse !== "ORG") return [];
      return (byEdgeWord.get(word) ?? []).filter((c) => c.tokens.length > tokens.length && tokens.every((t, i) => c.tokens[i] === t));
    }
    if (word.length < 4) return [];
    // "Harlow" read as a person after "Harlow Medical Industries Inc": the company, unless a person of that name is
    // in the article.
    if (m.coarse === "PER" && (people.get(word) ?? []).some((c) => c.articles.has(m.article))) return [];
    const found = m.coarse === "ORG" || m.coarse === "PER" ? (byEdgeWord.get(word) ?? []).filter((c) => m.coarse === "ORG" || c.tokens[0] === word) : [];
    // "Harlow Medical" and "Harlow Medical Industries Inc" are one candidate: keep the fullest name.
    return found.filter((c) => !found.some((d) => d !== c && extendsName(d, c)));
  };
  for (const m of all) {
    if (m.demonym) continue;
    const root = uf.find(overrides.get(m.id) ?? nameKey(m));
    let local = inArticle(shortRoots.get(root) ?? NO_CLUSTERS, NO_CLUSTERS, m.article, uf);
    if (local.length === 0) local = inArticle(surnameCandidates(m), shortNameCandidates(m, root), m.article, uf);
    if (local.length !== 1 || uf.find((local[0] as NameCluster).root) === root) continue;
    const key = `${root}@${m.article}`;
    overrides.set(m.id, key);
    uf.add(key);
    if (uf.union((local[0] as NameCluster).root, key)) reasons.set(key, "partial-name");
  }
}
