// The analyse stage: PageRank, Louvain communities and seeded ForceAtlas2 positions. `analyseGraph` is pure and
// returns the figures; `assignAnalysis` writes them into the graph (the graphology pair pattern).
import Graph from "graphology";
import louvain from "graphology-communities-louvain";
import forceAtlas2 from "graphology-layout-forceatlas2";
import pagerank from "graphology-metrics/centrality/pagerank.js";
import type { KnowledgeGraph } from "../model/graph.ts";
import { DEFAULT_BARNES_HUT_THRESHOLD, iterationsFor, resolveAnalyseSettings, type AnalyseSettings } from "./analyse-settings.ts";
import { seededRandom } from "../shared/seeded-random.ts";

export interface NodeAnalysis {
  x: number;
  y: number;
  size: number;
  pagerank: number;
  community: number;
}

type WeightedGraph = Graph<{ x: number; y: number }, { weight: number }>;

/** A simple undirected weighted view of the multigraph: the algorithms want one edge per pair. */
function projection(graph: KnowledgeGraph, settings: AnalyseSettings): WeightedGraph {
  const simple: WeightedGraph = new Graph({ type: "undirected", multi: false, allowSelfLoops: false });
  const random = seededRandom(settings.seed);
  const nodes = [...graph.nodes()].sort();
  const radius = Math.sqrt(nodes.length) * 10;
  for (const node of nodes) {
    const angle = random() * 2 * Math.PI;
    const r = radius * Math.sqrt(random());
    simple.addNode(node, { x: r * Math.cos(angle), y: r * Math.sin(angle) });
  }
  const edges = [...graph.edges()].sort();
  for (const edge of edges) {
    const a = graph.getEdgeAttributes(edge);
    const w = (a.predicate === "co_mentioned" ? settings.coMentionWeight : 1) * a.weight;
    const [s, t] = [graph.source(edge), graph.target(edge)];
    if (simple.hasEdge(s, t)) simple.updateEdgeAttribute(s, t, "weight", (v) => (v ?? 0) + w);
    else simple.addEdge(s, t, { weight: w });
  }
  return simple;
}

export function analyseGraph(graph: KnowledgeGraph, partial: Partial<AnalyseSettings> = {}): Map<string, NodeAnalysis> {
  const settings = resolveAnalyseSettings(partial);
  const simple = projection(graph, settings);
  const out = new Map<string, NodeAnalysis>();
  if (simple.order === 0) return out;
  const ranks = simple.size > 0 ? pagerank(simple, { getEdgeWeight: "weight" }) : {};
  const communities = simple.size > 0 ? louvain(simple, { getEdgeWeight: "weight", rng: seededRandom(settings.seed) }) : {};
  const iterations = settings.iterations ?? iterationsFor(simple.order);
  const positions =
    iterations > 0 && simple.size > 0
      ? forceAtlas2(simple, {
          iterations,
          getEdgeWeight: "weight",
          settings: {
            ...forceAtlas2.inferSettings(simple),
            // Hubs such as Russia and Turkey would otherwise sit on top of each other, with their labels.
            outboundAttractionDistribution: true,
            scalingRatio: 20,
            barnesHutOptimize: simple.order > DEFAULT_BARNES_HUT_THRESHOLD,
            barnesHutTheta: settings.barnesHutTheta,
          },
        })
      : {};
  placeIsolatedNodes(simple, positions);
  const uniform = 1 / simple.order;
  // A loop, not Math.max(...values): large graphs have more nodes than a call's argument list can hold.
  let maxRank = uniform;
  for (const rank of Object.values(ranks)) if (rank > maxRank) maxRank = rank;
  simple.forEachNode((node, attrs) => {
    const rank = ranks[node] ?? uniform;
    const pos = positions[node] ?? attrs;
    out.set(node, {
      x: round(pos.x),
      y: round(pos.y),
      pagerank: round(rank, 6),
      size: round(settings.minNodeSize + (settings.maxNodeSize - settings.minNodeSize) * Math.sqrt(rank / maxRank)),
      community: communities[node] ?? 0,
    });
  });
  return out;
}

/**
 * ForceAtlas2 only pushes a node with no edges away from the rest, so it ends far out and the camera, fitting
 * everything, shrinks the connected graph. Isolated nodes go on a ring just around the connected ones instead.
 */
function placeIsolatedNodes(simple: WeightedGraph, positions: Record<string, { x: number; y: number }>): void {
  const isolated = simple.filterNodes((node) => simple.degree(node) === 0).sort();
  const connected = simple.filterNodes((node) => simple.degree(node) > 0 && positions[node] !== undefined);
  if (isolated.length === 0 || connected.length === 0) return;
  let cx = 0;
  let cy = 0;
  for (const node of connected) {
    cx += (positions[node] as { x: number }).x / connected.length;
    cy += (positions[node] as { y: number }).y / connected.length;
  }
  let radius = 0;
  for (const node of connected) {
    const p = positions[node] as { x: number; y: number };
    radius = Math.max(radius, Math.hypot(p.x - cx, p.y - cy));
  }
  isolated.forEach((node, i) => {
    // Starting on the left keeps a lone node's label, drawn to its right, inside the frame.
    const angle = Math.PI + (2 * Math.PI * i) / isolated.length;
    positions[node] = { x: cx + radius * 1.1 * Math.cos(angle), y: cy + radius * 1.1 * Math.sin(angle) };
  });
}

/** Rounding keeps graph.json small and its bytes stable across platforms' last-digit float noise. */
function round(value: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export function assignAnalysis(graph: KnowledgeGraph, analysis: ReadonlyMap<string, NodeAnalysis>): void {
  for (const [node, a] of analysis) graph.mergeNodeAttributes(node, a);
}
