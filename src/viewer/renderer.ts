// Mounts sigma on one graph: reducers read the store through a display context that is rebuilt only when the
// state parts it depends on change. Returns the sigma instance and its cleanup.
import type Sigma from "sigma";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "../model/index.ts";
import { computeVisibility, visibilityChanges, type Visibility } from "./filters.ts";
import { mountCpuEdgeEvents } from "./cpu-edge-events.ts";
import { mountHighlightLayer } from "./highlight/highlight-layer.ts";
import { labelCollisions } from "./label-collisions.ts";
import { LeanSigma } from "./lean-sigma.ts";
import { buildDisplayContext, type DisplayContext, type DisplayOptions } from "./reducers/context.ts";
import { reduceEdge } from "./reducers/edge-reducer.ts";
import { reduceNode } from "./reducers/node-reducer.ts";
import type { SearchIndex } from "./search-index.ts";
import { hover, select, type Store, type ViewerState } from "./state/index.ts";
import { HIDDEN_EDGE_TYPE, HiddenEdgeProgram } from "./programs/hidden-edge-program.ts";
import { FlatEdgeArrowProgram, FlatEdgeRectangleProgram, FlatNodeCircleProgram } from "./programs/flat-programs.ts";
import { ThinEdgeArrowProgram, ThinEdgeLineProgram } from "./programs/thin-programs.ts";
import { DEFAULT_SCALE_SETTINGS, type ScaleSettings } from "./scale-settings.ts";
import { createSizeScale, STAGE_PADDING } from "./styles.ts";

export type KnowledgeSigma = Sigma<NodeAttributes, EdgeAttributes, GraphAttributes>;

export interface RendererHandle {
  sigma: KnowledgeSigma;
  /** Centres the camera on a node, zooming in if the view is far out. */
  focusNode(key: string): void;
  fit(): void;
  kill(): void;
}

export function mountRenderer(
  container: HTMLElement,
  graph: KnowledgeGraph,
  store: Store,
  search: SearchIndex,
  scale: ScaleSettings = DEFAULT_SCALE_SETTINGS,
): RendererHandle {
  const small = graph.order < scale.smallGraphNodes;
  const nodeSize = createSizeScale(graph);
  let visibility: Visibility = computeVisibility(graph, store.get().filters);
  let matches: Set<string> | null = null;
  const options: DisplayOptions = { highlightOnLayer: graph.size > scale.highlightOnLayerAboveEdges };
  const edgeEventsOnCpu = graph.size > scale.edgeEventsOnCpuAboveEdges;
  const thinEdges = graph.size > scale.thinEdgesAboveEdges;
  let ctx: DisplayContext = buildDisplayContext(graph, store.get(), visibility, matches, nodeSize, options);
  const extremities = (key: string) => graph.extremities(key) as [string, string];

  const collisions = labelCollisions<NodeAttributes, EdgeAttributes, GraphAttributes>();
  const sigma: KnowledgeSigma = new LeanSigma(graph, container, {
    // On big graphs the reducers never label an edge (the highlight layer does), and sigma's pass that looks for
    // edge labels to draw walks the edges of every labelled node at every frame: 30 ms on the bench graph.
    renderEdgeLabels: !options.highlightOnLayer,
    // Big graphs find edges by geometry (cpu-edge-events.ts) rather than by a second WebGL pass every frame.
    enableEdgeEvents: !edgeEventsOnCpu,
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
    labelDensity: small ? 1 : 0.6,
    labelGridCellSize: small ? 70 : 140,
    // Small graphs can label every node the grid has room for; big ones only the nodes drawn large enough to read.
    labelRenderedSizeThreshold: small ? 1 : 8,
    stagePadding: STAGE_PADDING,
    minCameraRatio: 0.02,
    maxCameraRatio: 8,
    hideEdgesOnMove: graph.size > scale.hideEdgesOnMoveAboveEdges,
    // sigma's own programs, drawn without instancing: same look, a tenth of the cost in software WebGL.
    nodeProgramClasses: { circle: FlatNodeCircleProgram },
    edgeProgramClasses: thinEdges
      ? { line: ThinEdgeLineProgram, arrow: ThinEdgeArrowProgram, [HIDDEN_EDGE_TYPE]: HiddenEdgeProgram }
      : { line: FlatEdgeRectangleProgram, arrow: FlatEdgeArrowProgram, [HIDDEN_EDGE_TYPE]: HiddenEdgeProgram },
    // Labels are placed after each frame so that none overlaps another (label-collisions.ts).
    ...collisions.settings,
    nodeReducer: (key, attrs) => reduceNode(key, attrs, ctx),
    edgeReducer: (key, attrs) => reduceEdge(key, attrs, extremities, ctx),
  });

  const labels = collisions.attach(sigma);
  const highlight = options.highlightOnLayer ? mountHighlightLayer(sigma, graph, {}, labels.drawn) : null;
  const showHighlights = (state: ViewerState) =>
    highlight?.update({ focus: state.hovered !== null && graph.hasNode(state.hovered) ? state.hovered : null, selection: state.selection, matches, visibility });
  showHighlights(store.get());

  const unsubscribe = store.subscribe((next, prev) => {
    const filtersChanged = next.filters !== prev.filters;
    const queryChanged = next.query !== prev.query;
    const selectionChanged = next.selection !== prev.selection;
    if (!filtersChanged && !queryChanged && !selectionChanged && next.hovered === prev.hovered) return;
    const before = visibility;
    if (filtersChanged) visibility = computeVisibility(graph, next.filters);
    if (queryChanged) matches = next.query.trim().length >= 2 ? search.matchAll(next.query) : null;
    showHighlights(next);
    // On the highlight layer, hover, selection and search are already drawn: the reducers read only the filters.
    if (options.highlightOnLayer && !filtersChanged) return;
    ctx = buildDisplayContext(graph, next, visibility, matches, nodeSize, options);
    // (While the layout preview has swapped sigma's graph for an empty one, there is nothing to update piecewise.)
    if (options.highlightOnLayer && sigma.getGraph() === graph) {
      // Only what the filters newly hid or showed needs the reducers again; sigma still re-indexes (label grid).
      sigma.refresh({ partialGraph: visibilityChanges(before, visibility) });
      return;
    }
    // Hidden nodes change the label grid; hover, search and selection only change colours, so skip re-indexing.
    sigma.refresh(filtersChanged ? undefined : { skipIndexation: true });
  });

  sigma.on("enterNode", ({ node }) => store.update((s) => hover(s, node)));
  sigma.on("leaveNode", () => store.update((s) => hover(s, null)));
  sigma.on("clickNode", ({ node }) => store.update((s) => select(s, { type: "node", key: node })));
  const clickEdge = (edge: string) => store.update((s) => select(s, { type: "edge", key: edge }));
  const clickStage = () => store.update((s) => (s.selection ? select(s, null) : s));
  const stopCpuEdges = edgeEventsOnCpu ? mountCpuEdgeEvents(sigma, graph, () => visibility, { clickEdge, clickStage }) : null;
  if (!edgeEventsOnCpu) {
    sigma.on("clickEdge", ({ edge }) => clickEdge(edge));
    sigma.on("clickStage", clickStage);
    sigma.on("enterEdge", () => container.classList.add("pointer"));
    sigma.on("leaveEdge", () => container.classList.remove("pointer"));
  }
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
      stopCpuEdges?.();
      highlight?.kill();
      labels.kill();
      sigma.kill();
    },
  };
}
