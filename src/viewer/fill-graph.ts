// Fills a graph drawn from its preview (src/export/read-graph-preview.ts) with graph.json's attributes, in place,
// so what is on screen stays and the panels get aliases, citations and articles. It fills only when graph.json
// describes exactly the drawn graph: the same nodes and edges in the same order, and the same value for every
// attribute the drawing uses. Otherwise (a stale preview, a graph.json from elsewhere) it changes nothing and says
// so, and the viewer shows graph.json's own graph instead.
import type { Attributes } from "graphology-types";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes, SerializedKnowledgeGraph } from "../model/index.ts";
import { normaliseGraph } from "./graph-json.ts";

const NODE_DRAWN = ["label", "kind", "color", "x", "y", "size", "pagerank"] as const satisfies readonly (keyof NodeAttributes)[];
const EDGE_DRAWN = ["predicate", "family", "label", "directed", "weight"] as const satisfies readonly (keyof EdgeAttributes)[];

// Attribute events the renderer and the layout listen to: nothing drawn changes, so nobody needs to redo its work.
const ATTRIBUTE_EVENTS = ["attributesUpdated", "nodeAttributesUpdated", "eachNodeAttributesUpdated", "edgeAttributesUpdated", "eachEdgeAttributesUpdated"] as const;

function sameDrawing(data: SerializedKnowledgeGraph, graph: KnowledgeGraph): boolean {
  if (data.nodes.length !== graph.order || data.edges.length !== graph.size) return false;
  let i = 0;
  let same = true;
  graph.forEachNode((key, drawn) => {
    const node = data.nodes[i++];
    if (!same || !node || node.key !== key) return void (same = false);
    const full = (node.attributes ?? {}) as Attributes;
    for (const name of NODE_DRAWN) if (full[name] !== drawn[name]) return void (same = false);
  });
  i = 0;
  graph.forEachEdge((key, drawn, source, target, _s, _t, undirected) => {
    const edge = data.edges[i++];
    if (!same || !edge || edge.key !== key || edge.source !== source || edge.target !== target || Boolean(edge.undirected) !== undirected)
      return void (same = false);
    const full = (edge.attributes ?? {}) as Attributes;
    for (const name of EDGE_DRAWN) if (full[name] !== drawn[name]) return void (same = false);
  });
  return same;
}

/** Fills `graph` from `data` and returns true, or returns false having changed nothing. */
export function fillGraph(graph: KnowledgeGraph, data: SerializedKnowledgeGraph): boolean {
  if (!sameDrawing(data, graph)) return false;
  const silenced = ATTRIBUTE_EVENTS.map((event) => [event, graph.listeners(event)] as const);
  for (const [event] of silenced) graph.removeAllListeners(event);
  try {
    graph.replaceAttributes((data.attributes ?? {}) as GraphAttributes);
    let i = 0;
    graph.updateEachNodeAttributes(() => data.nodes[i++]?.attributes as NodeAttributes);
    i = 0;
    graph.updateEachEdgeAttributes(() => data.edges[i++]?.attributes as EdgeAttributes);
    // Fills what an older or hand-made graph.json lacks; the drawn values were checked present and equal above.
    normaliseGraph(graph);
  } finally {
    for (const [event, listeners] of silenced) for (const listener of listeners) graph.on(event, listener as (...args: unknown[]) => void);
  }
  return true;
}
