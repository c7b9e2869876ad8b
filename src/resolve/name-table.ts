// The per-name table that cross-article joins read: for each name key, its surfaces, coarse-type counts and the
// articles it appears in.
import type { Mention } from "../model/mention.ts";
import { ArticleList, ArticleNumbers } from "./article-list.ts";
import { nameKey } from "./name-key.ts";
import type { UnionFind } from "./union-find.ts";

/** A name's surfaces split for the variant test. */
export interface Spellings {
  /** The words of each surface, in the order of `surfaces`. */
  tokens: ReadonlyArray<readonly string[]>;
  /**
   * Bit n set for a surface of n words (n capped at 30): surfaces are only variants of one another when they have as
   * many words, so two names with no bit in common need no word compared.
   */
  lengths: number;
}

export interface KeyInfo {
  key: string;
  surfaces: Set<string>;
  /** How many mentions wrote each surface. */
  uses: Map<string, number>;
  coarse: Map<string, number>;
  articles: ArticleList;
  /** The surfaces split for the variant test: made once the surfaces are all known. */
  spellings?: Spellings;
}

/** The most frequent coarse type, ties going to the alphabetically first; "MISC" when there is none. */
export function majority(counts: ReadonlyMap<string, number>): string {
  // One pass rather than a sort of the entries: it runs twice for every name of the corpus.
  let best: string | undefined;
  let bestCount = 0;
  for (const [coarse, count] of counts) {
    if (best === undefined || count > bestCount || (count === bestCount && coarse < best)) {
      best = coarse;
      bestCount = count;
    }
  }
  return best ?? "MISC";
}

/** One entry per name key of a non-demonym mention, in order of first mention; registers every key in `uf`. */
export function collectKeys(all: readonly Mention[], uf: UnionFind): Map<string, KeyInfo> {
  const keys = new Map<string, KeyInfo>();
  const numbers = new ArticleNumbers();
  for (const m of all) {
    const key = nameKey(m);
    uf.add(key, m.lexiconId);
    if (m.demonym) continue;
    let info = keys.get(key);
    if (!info) keys.set(key, (info = { key, surfaces: new Set(), uses: new Map(), coarse: new Map(), articles: new ArticleList(numbers) }));
    info.surfaces.add(m.surface);
    info.uses.set(m.surface, (info.uses.get(m.surface) ?? 0) + 1);
    const coarse = m.kind === "country" ? "LOC" : m.coarse;
    info.coarse.set(coarse, (info.coarse.get(coarse) ?? 0) + 1);
    info.articles.add(m.article);
  }
  return keys;
}
