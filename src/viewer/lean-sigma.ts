// Sigma without the copy it makes of every node's and edge's attributes before handing them to the reducers.
// Sigma copies them so that a reducer writing to what it receives cannot change the graph (sigma.js issue #1388,
// kept by design). Our reducers never write to their input and always return a new object (tests/viewer/reducers
// assert both), so on a big graph the copy was pure cost: 120k objects of 14-17 properties at every full
// refresh, and the garbage collection they set off. On the 100k-edge bench graph the copy took 50 to 500 ms of
// sigma's first draw in CPU profiles, the more the busier the machine (it is mostly garbage collection).
//
// The two methods below are sigma 3.0's addNode and addEdge with the copy left out (only when a reducer is set:
// without one, sigma draws the attributes themselves and must copy them). They read sigma's private members, so
// tests/viewer/lean-sigma.test.ts runs them against sigma's own on the same graph: an upgrade that changes those
// members fails there, not in the browser.
import Sigma from "sigma";
import type { Settings } from "sigma/settings";
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes } from "../model/index.ts";

/** The private members of sigma 3.0 that its addNode and addEdge read and write. */
export interface SigmaIndices {
  graph: KnowledgeGraph;
  settings: Settings<NodeAttributes, EdgeAttributes, GraphAttributes>;
  nodeDataCache: Record<string, NodeDisplayData>;
  edgeDataCache: Record<string, EdgeDisplayData>;
  nodesWithForcedLabels: Set<string>;
  edgesWithForcedLabels: Set<string>;
  highlightedNodes: Set<string>;
  nodeZExtent: [number, number];
  edgeZExtent: [number, number];
}

const has = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** Sigma's applyNodeDefaults, which it does not export. */
function nodeDefaults(settings: SigmaIndices["settings"], key: string, data: Partial<NodeDisplayData>): NodeDisplayData {
  if (!has(data, "x") || !has(data, "y")) throw new Error(`Sigma: could not find a valid position (x, y) for node "${key}".`);
  if (!data.color) data.color = settings.defaultNodeColor;
  if (data.label !== undefined && data.label !== null) data.label = String(data.label);
  else data.label = null;
  if (!data.size) data.size = 2;
  if (!has(data, "hidden")) data.hidden = false;
  if (!has(data, "highlighted")) data.highlighted = false;
  if (!has(data, "forceLabel")) data.forceLabel = false;
  if (!data.type) data.type = settings.defaultNodeType;
  if (!data.zIndex) data.zIndex = 0;
  return data as NodeDisplayData;
}

/** Sigma's applyEdgeDefaults, which it does not export. */
function edgeDefaults(settings: SigmaIndices["settings"], data: Partial<EdgeDisplayData>): EdgeDisplayData {
  if (!data.color) data.color = settings.defaultEdgeColor;
  if (!data.label) data.label = "";
  if (!data.size) data.size = 0.5;
  if (!has(data, "hidden")) data.hidden = false;
  if (!has(data, "forceLabel")) data.forceLabel = false;
  if (!data.type) data.type = settings.defaultEdgeType;
  if (!data.zIndex) data.zIndex = 0;
  return data as EdgeDisplayData;
}

export function addNodeWithoutCopy(this: SigmaIndices, key: string): void {
  const attributes = this.graph.getNodeAttributes(key);
  const reducer = this.settings.nodeReducer;
  const data = nodeDefaults(this.settings, key, reducer ? reducer(key, attributes) : { ...attributes });
  this.nodeDataCache[key] = data;
  this.nodesWithForcedLabels.delete(key);
  if (data.forceLabel && !data.hidden) this.nodesWithForcedLabels.add(key);
  this.highlightedNodes.delete(key);
  if (data.highlighted && !data.hidden) this.highlightedNodes.add(key);
  if (this.settings.zIndex) {
    if (data.zIndex < this.nodeZExtent[0]) this.nodeZExtent[0] = data.zIndex;
    if (data.zIndex > this.nodeZExtent[1]) this.nodeZExtent[1] = data.zIndex;
  }
}

export function addEdgeWithoutCopy(this: SigmaIndices, key: string): void {
  const attributes = this.graph.getEdgeAttributes(key);
  const reducer = this.settings.edgeReducer;
  const data = edgeDefaults(this.settings, reducer ? reducer(key, attributes) : { ...attributes });
  this.edgeDataCache[key] = data;
  this.edgesWithForcedLabels.delete(key);
  if (data.forceLabel && !data.hidden) this.edgesWithForcedLabels.add(key);
  if (this.settings.zIndex) {
    if (data.zIndex < this.edgeZExtent[0]) this.edgeZExtent[0] = data.zIndex;
    if (data.zIndex > this.edgeZExtent[1]) this.edgeZExtent[1] = data.zIndex;
  }
}

export class LeanSigma extends Sigma<NodeAttributes, EdgeAttributes, GraphAttributes> {}

// Own properties of the subclass's prototype shadow sigma's private methods; sigma's own class is untouched.
Object.assign(LeanSigma.prototype, { addNode: addNodeWithoutCopy, addEdge: addEdgeWithoutCopy });
