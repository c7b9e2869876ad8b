// Turns dropped or picked files into a graph: one GEXF or graph.json is read as a graph; anything else goes
// through the article pipeline. Every failure is a FileOpenError with a message fit for the error banner.
import { GRAPH_PREVIEW_FORMAT } from "../export/graph-preview.ts";
import { SUPPORTED_EXTENSIONS } from "../load/parse-input.ts";
import type { KnowledgeGraph } from "../model/index.ts";
import { fromGexf, fromGraphJson } from "./adapters/export-adapter.ts";
import { buildFromArticles } from "./adapters/pipeline-adapter.ts";
import type { NamedFile } from "./dropped-files.ts";

export class FileOpenError extends Error {
  override name = "FileOpenError";
  constructor(message: string, readonly details: string[] = []) {
    super(message);
  }
}

export type FileRole = "gexf" | "graph-json" | "graph-preview" | "articles" | "unsupported";

/** Classifies by name, and for .json by a peek at the start: a graph.json is an object with "nodes", a graph
 * preview names its format first. */
export function classifyFile(name: string, head: string): FileRole {
  const lower = name.toLowerCase();
  if (lower.endsWith(".gexf")) return "gexf";
  if (lower.endsWith(".json") && head.slice(0, 200).includes(`"format":"${GRAPH_PREVIEW_FORMAT}"`)) return "graph-preview";
  if (lower.endsWith(".json") && /^\s*\{[\s\S]*"(nodes|options)"\s*:/.test(head.slice(0, 4096))) return "graph-json";
  if (SUPPORTED_EXTENSIONS.some((ext) => lower.endsWith(ext))) return "articles";
  return "unsupported";
}

export interface OpenedGraph {
  graph: KnowledgeGraph;
  notes: string[];
}

export async function openFiles(files: readonly NamedFile[]): Promise<OpenedGraph> {
  if (files.length === 0) throw new FileOpenError("Nothing to open: no files were dropped (an empty folder?).");
  const read = await Promise.all(
    files.map(async ({ file, name }) => {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const head = new TextDecoder().decode(bytes.subarray(0, 4096));
      return { name, bytes, role: classifyFile(name, head) };
    }),
  );
  const preview = read.find((r) => r.role === "graph-preview");
  if (preview) throw new FileOpenError(`${preview.name} is a graph preview, which holds only what is drawn: open the graph.json beside it.`);
  const unsupported = read.filter((r) => r.role === "unsupported").map((r) => r.name);
  const graphs = read.filter((r) => r.role === "gexf" || r.role === "graph-json");
  const articles = read.filter((r) => r.role === "articles");
  if (graphs.length > 1 || (graphs.length === 1 && articles.length > 0)) {
    throw new FileOpenError("Drop either one graph file (graph.json or .gexf) or a set of articles, not both.");
  }
  const graphFile = graphs[0];
  if (graphFile) {
    const text = new TextDecoder().decode(graphFile.bytes);
    const graph = graphFile.role === "gexf" ? await fromGexf(text, graphFile.name) : await fromGraphJson(text, graphFile.name);
    return { graph, notes: [] };
  }
  if (articles.length === 0) {
    throw new FileOpenError(`Cannot open ${unsupported.join(", ")}: use ${SUPPORTED_EXTENSIONS.join(" ")} articles, a graph.json or a .gexf.`);
  }
  const result = await buildFromArticles(articles.map((r) => ({ name: r.name, bytes: r.bytes })));
  const skipped = result.skipped.map((s) => `${s.source}: ${s.reason} — ${s.message}`);
  if (result.graph.order === 0) {
    throw new FileOpenError("No entities could be read from the dropped articles; the current graph is kept.", skipped);
  }
  return { graph: result.graph, notes: [...unsupported.map((n) => `${n}: unsupported type, skipped`), ...skipped] };
}
