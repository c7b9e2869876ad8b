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
  /**
   * Whether everything outside the focus or the search matches is greyed out. Big graphs skip it for hover and
   * search: greying touches every node and edge, while highlighting alone can redraw just the neighbourhood.
   */
  dim: boolean;
}

export interface DisplayOptions {
  /** Grey out the rest on hover and search (small graphs); selection always greys out the rest. */
  dimOnHover: boolean;
}

const EMPTY: ReadonlySet<string> = new Set();

export function buildDisplayContext(
  graph: KnowledgeGraph,
  state: ViewerState,
  visibility: Visibility,
  matches: ReadonlySet<string> | null,
  nodeSize: DisplayContext["nodeSize"],
  options: DisplayOptions = { dimOnHover: true },
): DisplayContext {
  const selectedNode = state.selection?.type === "node" && graph.hasNode(state.selection.key) ? state.selection.key : null;
  const selectedEdge = state.selection?.type === "edge" && graph.hasEdge(state.selection.key) ? state.selection.key : null;
  const hovered = state.hovered !== null && graph.hasNode(state.hovered) ? state.hovered : null;
  const focus = hovered ?? selectedNode;
  const neighbours = focus === null ? EMPTY : new Set(graph.neighbors(focus).filter((n) => !visibility.hiddenNodes.has(n)));
  const edgeEnds = selectedEdge === null ? EMPTY : new Set(graph.extremities(selectedEdge));
  const dim = options.dimOnHover || selectedNode !== null || selectedEdge !== null;
  return { visibility, focus, neighbours, selectedNode, selectedEdge, edgeEnds, matches, nodeSize, dim };
}
