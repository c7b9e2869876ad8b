// Generates a large graph.json for the viewer benchmark: clustered positions, skewed degrees, real-looking
// attributes and one short citation per edge, from a seeded PRNG so runs are comparable.
import Graph from "graphology";
import type { Article, EdgeAttributes, EntityKind, GraphAttributes, NodeAttributes, Predicate } from "../src/model/index.ts";
import { ENTITY_KINDS, KIND_COLOR, PREDICATES, PREDICATE_FAMILY, SYMMETRIC_PREDICATES } from "../src/model/index.ts";
import { seededRandom } from "../src/shared/seeded-random.ts";

const SYLLABLES = ["al", "ka", "ro", "mi", "sa", "tor", "ven", "dar", "lu", "esh", "ani", "bek", "zur", "ol", "pra", "is"];

export interface BenchGraphOptions {
  nodes: number;
  edges: number;
  articles?: number;
  seed?: number;
}

export function generateBenchGraph({ nodes, edges, articles: articleCount = 500, seed = 7 }: BenchGraphOptions): Graph<NodeAttributes, EdgeAttributes, GraphAttributes> {
  const rand = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const outlets = ["Example Wire", "Daily Example", "North Post", "South Herald", "Evening Ledger", "Global Desk"];
  const articles: Article[] = [];
  for (let i = 0; i < articleCount; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    const month = String(1 + (Math.floor(i / 28) % 12)).padStart(2, "0");
    articles.push({ id: `a${i}`, title: `Generated article ${i}`, outlet: pick(outlets), date: `2018-${month}-${day}`, url: `https://example.org/a${i}`, text: `Generated article ${i}\n\nSentence about actors number ${i}.` });
  }
  const graph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: "mixed", multi: true });
  graph.replaceAttributes({ name: `bench ${nodes}x${edges}`, generator: "bench/viewer-graph.ts", articles, skipped: [] });

  const clusters = Math.max(1, Math.round(Math.sqrt(nodes) / 2));
  const centres = Array.from({ length: clusters }, () => [rand() * 2000 - 1000, rand() * 2000 - 1000] as const);
  const keys: string[] = [];
  for (let i = 0; i < nodes; i++) {
    const kind: EntityKind = pick(ENTITY_KINDS);
    const name = `${pick(SYLLABLES)}${pick(SYLLABLES)}${pick(SYLLABLES)} ${i}`;
    const label = name.charAt(0).toUpperCase() + name.slice(1);
    const [cx, cy] = centres[i % clusters] ?? [0, 0];
    const r = 120 * Math.sqrt(-2 * Math.log(rand() + 1e-9));
    const angle = rand() * 2 * Math.PI;
    const key = `${kind}:n${i}`;
    keys.push(key);
    const art = `a${Math.floor(rand() * articleCount)}`;
    graph.addNode(key, {
      label, kind, aliases: [label, `N${i}`], merges: [], mentions: 1, articles: [art], outlets: [], citations: [],
      firstSeen: null, lastSeen: null, x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle), size: 3,
      // Pareto-like PageRank so a few hubs stand out, as in news graphs.
      pagerank: 1 / Math.pow(rand() + 0.01, 1.2), color: KIND_COLOR[kind], community: i % clusters,
    });
  }
  const predicates = PREDICATES.filter((p) => p !== "co_mentioned");
  let added = 0;
  while (added < edges) {
    const si = Math.floor(Math.pow(rand(), 2) * nodes);
    const s = keys[si];
    // Mostly within the cluster (same index modulo clusters), some across: clustered like a real corpus.
    const t = rand() < 0.8 ? keys[(si + (1 + Math.floor(rand() * 40)) * clusters) % nodes] : pick(keys);
    if (!s || !t || s === t) continue;
    const predicate: Predicate = rand() < 0.3 ? "co_mentioned" : pick(predicates);
    const symmetric = SYMMETRIC_PREDICATES.has(predicate);
    const [source, target] = symmetric && t < s ? [t, s] : [s, t];
    const key = `${source}|${predicate}|${target}`;
    if (graph.hasEdge(key)) continue;
    const art = `a${Math.floor(rand() * articleCount)}`;
    const attrs: EdgeAttributes = {
      predicate, family: PREDICATE_FAMILY[predicate], label: predicate.replace(/_/g, " "), directed: !symmetric,
      weight: 1 + Math.floor(rand() * 3), articles: [art], outlets: [], firstSeen: null, lastSeen: null,
      citations: [{ article: art, sentence: 1, start: 0, end: 10, quote: "Generated " }], size: 1, color: "#999999",
    };
    if (symmetric) graph.addUndirectedEdgeWithKey(key, source, target, attrs);
    else graph.addDirectedEdgeWithKey(key, source, target, attrs);
    added++;
  }
  return graph;
}
