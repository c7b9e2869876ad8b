// The per-refresh inputs of the reducers: derived once from state and graph, then read for every node and edge.
import type { KnowledgeGraph } from "../../model/index.ts";
import type { Visibility } from "../filters.ts";
import type { ViewerState } from "../state/types.ts";

export interface DisplayContext {
  visibility: Visibility;
  /** The node whose neighbourhood is emphasised: the hovered node, else the selected one. */
  focus: string | null;
  neighbours: ReadonlySet<string>;
  selectedNode: string | null;
  selectedEdge: string | null;
  /** Endpoints of the selected edge. */
  edgeEnds: ReadonlySet<string>;
  /** Search matches, or null when the search box is empty. */
  matches: ReadonlySet<string> | null;
  nodeSize: (pagerank: number, size: number) => number;
}

export interface DisplayOptions {
  /**
   * Hover, selection and search are drawn on the highlight layer (big graphs), so the reducers ignore them and
   * depend on the filters alone: a hover, a click or a keystroke then costs no reducer pass and no WebGL redraw.
   */
  highlightOnLayer: boolean;
}

export const DEFAULT_DISPLAY_OPTIONS: Readonly<DisplayOptions> = Object.freeze({ highlightOnLayer: false });

const EMPTY: ReadonlySet<string> = new Set();

export function buildDisplayContext(
  graph: KnowledgeGraph,
  state: ViewerState,
  visibility: Visibility,
  matches: ReadonlySet<string> | null,
  nodeSize: DisplayContext["nodeSize"],
  options: DisplayOptions = DEFAULT_DISPLAY_OPTIONS,
): DisplayContext {
  const selection = options.highlightOnLayer ? null : state.selection;
  const selectedNode = selection?.type === "node" && graph.hasNode(selection.key) ? selection.key : null;
  const selectedEdge = selection?.type === "edge" && graph.hasEdge(selection.key) ? selection.key : null;
  const hovered = !options.highlightOnLayer && state.hovered !== null && graph.hasNode(state.hovered) ? state.hovered : null;
  const focus = hovered ?? selectedNode;
  const neighbours = focus === null ? EMPTY : new Set(graph.neighbors(focus).filter((n) => !visibility.hiddenNodes.has(n)));
  const edgeEnds = selectedEdge === null ? EMPTY : new Set(graph.extremities(selectedEdge));
  const shownMatches = options.highlightOnLayer ? null : matches;
  return { visibility, focus, neighbours, selectedNode, selectedEdge, edgeEnds, matches: shownMatches, nodeSize };
}
