// Search over labels and aliases: exact, then prefix, then word-prefix, then substring matches, ties broken by
// PageRank. Strings are lower-cased once per graph so each keystroke is a plain scan, and only the best few hits
// are kept in order (a one-letter query matches thousands of names on a big graph; sorting them all is wasted).
// The index is built on first use, or by prepare(): the viewer calls that once the graph is on screen.
import type { KnowledgeGraph } from "../model/index.ts";

export interface SearchHit {
  key: string;
  label: string;
  kind: string;
  /** The alias that matched when it is not the label. */
  via: string | null;
}

interface Entry {
  key: string;
  label: string;
  kind: string;
  pagerank: number;
  names: string[];
  lowered: string[];
}

export const DEFAULT_SEARCH_LIMIT = 12;

interface Scored {
  entry: Entry;
  score: number;
  via: string | null;
}

/** Better score first, then higher PageRank, then label order. */
function before(a: Scored, b: Scored): boolean {
  return (b.score - a.score || b.entry.pagerank - a.entry.pagerank || a.entry.label.localeCompare(b.entry.label)) < 0;
}

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
  /** Every node matching the query, for highlighting in the graph. */
  matchAll(query: string): Set<string>;
  /** Builds the index now rather than at the first search. */
  prepare(): void;
}

function normalise(s: string): string {
  return s.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().trim();
}

function score(name: string, q: string): number {
  if (name === q) return 4;
  if (name.startsWith(q)) return 3;
  const at = name.indexOf(q);
  if (at < 0) return 0;
  return /[\s\-'(]/.test(name[at - 1] ?? "") ? 2 : 1;
}

export function createSearchIndex(graph: KnowledgeGraph): SearchIndex {
  let built: Entry[] | null = null;
  const index = (): Entry[] => {
    if (built) return built;
    const entries: Entry[] = [];
    graph.forEachNode((key, a) => {
      const names = [a.label, ...(a.aliases ?? []).filter((x) => x !== a.label)];
      entries.push({ key, label: a.label, kind: a.kind, pagerank: a.pagerank ?? 0, names, lowered: names.map(normalise) });
    });
    return (built = entries);
  };

  function best(entry: Entry, q: string): { score: number; via: string | null } {
    let top = 0;
    let via: string | null = null;
    entry.lowered.forEach((name, i) => {
      const s = score(name, q);
      if (s > top) {
        top = s;
        via = i === 0 ? null : (entry.names[i] ?? null);
      }
    });
    return { score: top, via };
  }

  return {
    search(query, limit = DEFAULT_SEARCH_LIMIT) {
      const q = normalise(query);
      if (!q || limit <= 0) return [];
      const top: Scored[] = [];
      for (const entry of index()) {
        const m = best(entry, q);
        if (m.score === 0) continue;
        const hit = { entry, ...m };
        if (top.length === limit && !before(hit, top[top.length - 1] as Scored)) continue;
        // Insertion into the short ordered list of the best hits so far.
        let i = Math.min(top.length, limit - 1);
        top[i] = hit;
        while (i > 0 && before(hit, top[i - 1] as Scored)) {
          top[i] = top[i - 1] as Scored;
          top[--i] = hit;
        }
      }
      return top.map(({ entry, via }) => ({ key: entry.key, label: entry.label, kind: entry.kind, via }));
    },
    matchAll(query) {
      const q = normalise(query);
      const out = new Set<string>();
      if (!q) return out;
      for (const entry of index()) if (entry.lowered.some((n) => n.includes(q))) out.add(entry.key);
      return out;
    },
    prepare() {
      index();
    },
  };
}
