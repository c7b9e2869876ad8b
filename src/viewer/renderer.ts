// Mounts sigma on one graph: reducers read the store through a display context that is rebuilt only when the
// state parts it depends on change. Returns the sigma instance and its cleanup.
import Sigma from "sigma";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "../model/index.ts";
import { computeVisibility, type Visibility } from "./filters.ts";
import { buildDisplayContext, type DisplayContext } from "./reducers/context.ts";
import { reduceEdge } from "./reducers/edge-reducer.ts";
import { reduceNode } from "./reducers/node-reducer.ts";
import type { SearchIndex } from "./search-index.ts";
import { hover, select, type Store, type ViewerState } from "./state/index.ts";
import { FlatEdgeArrowProgram, FlatEdgeRectangleProgram, FlatNodeCircleProgram } from "./programs/flat-programs.ts";
import { createSizeScale } from "./styles.ts";

export type KnowledgeSigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface RendererHandle {
  sigma: KnowledgeSigma;
  /** Centres the camera on a node, zooming in if the view is far out. */
  focusNode(key: string): void;
  fit(): void;
  kill(): void;
}

/** Below this many nodes, every label that fits is drawn. */
const SMALL_GRAPH = 300;

/** Above this many edges, hover and search only highlight (no greying out), and redraw just what changed. */
const LARGE_GRAPH_EDGES = 5_000;

/** Above this many edges, edges are not drawn while the camera moves, so panning stays smooth. */
const HIDE_EDGES_ON_MOVE_ABOVE = 20_000;

export function mountRenderer(container: HTMLElement, graph: KnowledgeGraph, store: Store, search: SearchIndex): RendererHandle {
  const nodeSize = createSizeScale(graph);
  let visibility: Visibility = computeVisibility(graph, store.get().filters);
  let matches: Set<string> | null = null;
  const options = { dimOnHover: graph.size <= LARGE_GRAPH_EDGES };
  let ctx: DisplayContext = buildDisplayContext(graph, store.get(), visibility, matches, nodeSize, options);

  const sigma: KnowledgeSigma = new Sigma(graph, container, {
    renderEdgeLabels: true,
    enableEdgeEvents: true,
    zIndex: true,
    defaultEdgeType: "line",
    labelFont: "Inter, 'Segoe UI', system-ui, sans-serif",
    labelSize: 13,
    labelWeight: "600",
    labelColor: { color: "#1d2733" },
    edgeLabelFont: "Inter, 'Segoe UI', system-ui, sans-serif",
    edgeLabelSize: 11,
    edgeLabelColor: { color: "#44505c" },
    // Sigma's label grid shows at most one label per cell, biggest node first: that keeps labels apart.
    labelDensity: graph.order < SMALL_GRAPH ? 1 : 0.6,
    labelGridCellSize: graph.order < SMALL_GRAPH ? 70 : 140,
    // Small graphs can label every node the grid has room for; big ones only the nodes drawn large enough to read.
    labelRenderedSizeThreshold: graph.order < SMALL_GRAPH ? 1 : 8,
    // Room for the labels of nodes on the border of the frame.
    stagePadding: 80,
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
    hideEdgesOnMove: graph.size > HIDE_EDGES_ON_MOVE_ABOVE,
    // sigma's own programs, drawn without instancing: same look, a tenth of the cost in software WebGL.
    nodeProgramClasses: { circle: FlatNodeCircleProgram },
    edgeProgramClasses: { line: FlatEdgeRectangleProgram, arrow: FlatEdgeArrowProgram },
    nodeReducer: (key, attrs) => reduceNode(key, attrs, ctx),
    edgeReducer: (key, attrs) => {
      const [source, target] = graph.extremities(key);
      return reduceEdge(key, attrs, source, target, ctx);
    },
  });

  function rebuild(state: ViewerState): void {
    ctx = buildDisplayContext(graph, state, visibility, matches, nodeSize, options);
  }

  /** Nodes and edges whose drawing depends on `focus`: the node, its neighbours and the edges between them. */
  function around(focus: string | null, nodes: Set<string>, edges: Set<string>): void {
    if (focus === null || !graph.hasNode(focus)) return;
    nodes.add(focus);
    graph.forEachNeighbor(focus, (n) => nodes.add(n));
    graph.forEachEdge(focus, (e) => edges.add(e));
  }

  const unsubscribe = store.subscribe((next, prev) => {
    const filtersChanged = next.filters !== prev.filters;
    const queryChanged = next.query !== prev.query;
    if (!filtersChanged && !queryChanged && next.selection === prev.selection && next.hovered === prev.hovered) return;
    if (filtersChanged) visibility = computeVisibility(graph, next.filters);
    const previousMatches = matches;
    if (queryChanged) matches = next.query.trim().length >= 2 ? search.matchAll(next.query) : null;
    const before = ctx;
    rebuild(next);
    // Partial redraw when nothing is greyed out before or after: only the old and new neighbourhoods and the
    // search hits that changed need new display data. This keeps hover and typing fast on big graphs.
    if (!filtersChanged && !before.dim && !ctx.dim) {
      const nodes = new Set<string>();
      const edges = new Set<string>();
      around(before.focus, nodes, edges);
      around(ctx.focus, nodes, edges);
      if (queryChanged) {
        for (const k of previousMatches ?? []) if (!matches?.has(k)) nodes.add(k);
        for (const k of matches ?? []) if (!previousMatches?.has(k)) nodes.add(k);
      }
      sigma.refresh({ partialGraph: { nodes: [...nodes], edges: [...edges] }, skipIndexation: true });
      return;
    }
    // Hidden nodes change the label grid; hover and selection only change colours, so skip re-indexing.
    sigma.refresh(filtersChanged ? undefined : { skipIndexation: true });
  });

  sigma.on("enterNode", ({ node }) => store.update((s) => hover(s, node)));
  sigma.on("leaveNode", () => store.update((s) => hover(s, null)));
  sigma.on("clickNode", ({ node }) => store.update((s) => select(s, { type: "node", key: node })));
  sigma.on("clickEdge", ({ edge }) => store.update((s) => select(s, { type: "edge", key: edge })));
  sigma.on("clickStage", () => store.update((s) => (s.selection ? select(s, null) : s)));
  sigma.on("enterEdge", () => container.classList.add("pointer"));
  sigma.on("leaveEdge", () => container.classList.remove("pointer"));
  sigma.on("enterNode", () => container.classList.add("pointer"));
  sigma.on("leaveNode", () => container.classList.remove("pointer"));

  return {
    sigma,
    focusNode(key) {
      const pos = sigma.getNodeDisplayData(key);
      if (!pos) return;
      const camera = sigma.getCamera();
      void camera.animate({ x: pos.x, y: pos.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 400 });
    },
    fit() {
      void sigma.getCamera().animatedReset({ duration: 300 });
    },
    kill() {
      unsubscribe();
      sigma.kill();
    },
  };
}
