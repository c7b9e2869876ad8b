// Partial names: "Putin" is Vladimir Putin and "Tahrir al-Sham" is Hayat Tahrir al-Sham when the corpus names
// exactly one such entity. Two people who share a surname stay apart unless one article settles it.
import { memoByKey } from "../shared/memo.ts";
import type { ArticleMembership } from "./article-list.ts";
import { foldedNameTokens } from "./name-similarity.ts";

export interface NameCluster {
  root: string;
  coarse: string;
  /** Significant tokens of the cluster's fullest name. */
  tokens: readonly string[];
  articles: ArticleMembership;
}

const PARTICLES = new Set(["al", "el", "the", "of"]);

/** The name's tokens without particles; the same array for the same name, so callers must not change it. */
export const significantTokens: (name: string) => readonly string[] = memoByKey((name) => foldedNameTokens(name).filter((t) => !PARTICLES.has(t)));

/** Whether `short` appears in `long` at `at`. */
function occursAt(short: readonly string[], long: readonly string[], at: number): boolean {
  for (let k = 0; k < short.length; k++) if (long[at + k] !== short[k]) return false;
  return true;
}

function isContiguousSuffixOrSub(short: readonly string[], long: readonly string[], personal: boolean): boolean {
  if (short.length >= long.length || short.length === 0) return false;
  // A person is named by the last name ("Putin"), or by a tail of the full name ("Tayyip Erdogan").
  if (personal) return occursAt(short, long, long.length - short.length);
  // Otherwise the first place the words occur must be the end.
  for (let i = 0; i + short.length <= long.length; i++) {
    if (occursAt(short, long, i)) return i + short.length === long.length;
  }
  return false;
}

/**
 * Clusters indexed by their last significant word: a partial name always ends like the full name ("Putin",
 * "Tahrir al-Sham"), so candidates come from one bucket instead of a scan of every cluster.
 */
export type ClusterIndex = ReadonlyMap<string, readonly NameCluster[]>;

export function indexByLastToken(clusters: readonly NameCluster[]): ClusterIndex {
  const index = new Map<string, NameCluster[]>();
  for (const c of clusters) {
    const last = c.tokens[c.tokens.length - 1];
    if (last === undefined) continue;
    const list = index.get(last);
    if (list) list.push(c);
    else index.set(last, [c]);
  }
  return index;
}

/** The longer clusters a short cluster could abbreviate ("Blair": Tony Blair, Cherie Blair). */
export function partialNameCandidates(short: NameCluster, clusters: readonly NameCluster[] | ClusterIndex): NameCluster[] {
  const personal = short.coarse === "PER";
  if (!personal && short.tokens.length < 2) return [];
  const pool = Array.isArray(clusters) ? clusters : ((clusters as ClusterIndex).get(short.tokens[short.tokens.length - 1] ?? "") ?? []);
  return pool.filter(
    (c) => c.root !== short.root && c.coarse === short.coarse && isContiguousSuffixOrSub(short.tokens, c.tokens, personal),
  );
}

/** For a short cluster, the one longer cluster it abbreviates, or null when there is none or it is ambiguous. */
export function partialNameTarget(short: NameCluster, clusters: readonly NameCluster[] | ClusterIndex): NameCluster | null {
  const candidates = partialNameCandidates(short, clusters);
  if (candidates.length === 1) return candidates[0] as NameCluster;
  if (candidates.length === 0) return null;
  // Ambiguous across the corpus: an article that names only one of them settles it for that article's readers.
  const articles = [...short.articles];
  const local = candidates.filter((c) => articles.every((a) => c.articles.has(a)));
  return local.length === 1 ? (local[0] as NameCluster) : null;
}
