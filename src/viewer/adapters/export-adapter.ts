// The viewer's door to src/export: the CLI's own writers and readers when present, with small built-in
// fallbacks so the viewer keeps working on a checkout where that module is missing or fails to load.
import Graph from "graphology";
import { parse as parseGexfBrowser, write as writeGexfBrowser } from "graphology-gexf/browser";
import type { KnowledgeGraph } from "../../model/index.ts";
import { GraphFileError, normaliseGraph, parseGraphJson } from "../graph-json.ts";

interface ExportModule {
  writeGexf?: (graph: KnowledgeGraph, settings?: unknown) => string;
  writeGraphJson?: (graph: KnowledgeGraph) => string;
  readGraphJson?: (text: string) => KnowledgeGraph;
  readGexf?: (text: string) => KnowledgeGraph;
}

// A glob, not an import: it resolves to nothing (instead of a build error) when the module is absent.
const loaders = import.meta.glob<ExportModule>("../../export/index.ts");

async function exportModule(): Promise<ExportModule> {
  const load = Object.values(loaders)[0];
  if (!load) return {};
  try {
    return await load();
  } catch (err) {
    console.warn("newsgraph: src/export failed to load; using the viewer's fallbacks.", err);
    return {};
  }
}

export async function toGexf(graph: KnowledgeGraph): Promise<string> {
  const mod = await exportModule();
  if (mod.writeGexf) return mod.writeGexf(graph);
  // Fallback: a flat copy with scalar attributes only, which graphology-gexf can write.
  const flat = new Graph({ type: "mixed", multi: true });
  graph.forEachNode((k, a) => flat.addNode(k, { label: a.label, kind: a.kind, mentions: a.mentions, x: a.x, y: a.y, size: a.size, color: a.color }));
  graph.forEachEdge((k, a, s, t, _sa, _ta, undirected) => {
    const attrs = { label: a.label, predicate: a.predicate, family: a.family, weight: a.weight };
    if (undirected) flat.addUndirectedEdgeWithKey(k, s, t, attrs);
    else flat.addDirectedEdgeWithKey(k, s, t, attrs);
  });
  return writeGexfBrowser(flat);
}

export async function toGraphJson(graph: KnowledgeGraph): Promise<string> {
  const mod = await exportModule();
  return mod.writeGraphJson ? mod.writeGraphJson(graph) : JSON.stringify(graph.export());
}

export async function fromGraphJson(text: string, name: string): Promise<KnowledgeGraph> {
  const mod = await exportModule();
  if (!mod.readGraphJson) return parseGraphJson(text, name);
  try {
    return normaliseGraph(mod.readGraphJson(text));
  } catch (err) {
    throw new GraphFileError(`${name}: ${(err as Error).message}`);
  }
}

export async function fromGexf(text: string, name: string): Promise<KnowledgeGraph> {
  const mod = await exportModule();
  try {
    if (mod.readGexf) return normaliseGraph(mod.readGexf(text));
    // DOMParser does not throw on bad XML; it returns a document holding a <parsererror>.
    const doc = new DOMParser().parseFromString(text, "application/xml");
    if (doc.getElementsByTagName("parsererror").length > 0 || doc.getElementsByTagName("gexf").length === 0) {
      throw new Error("not well-formed GEXF XML");
    }
    return normaliseGraph(parseGexfBrowser(Graph, doc, { addMissingNodes: true, allowUndeclaredAttributes: true }));
  } catch (err) {
    throw new GraphFileError(`${name} could not be read as GEXF: ${(err as Error).message}`);
  }
}
