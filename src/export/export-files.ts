// The files `build --format` writes and the viewer offers for download, by format.
import type { KnowledgeGraph } from "../model/graph.ts";
import { gexfChunks } from "./gexf/write-gexf.ts";
import type { GexfSettings } from "./gexf/settings.ts";
import { graphJsonChunks } from "./graph-json.ts";
import { GRAPH_PREVIEW_FILE, graphPreviewChunks } from "./graph-preview.ts";
import { graphmlChunks } from "./graphml.ts";
import { nodeRows, relationshipRows } from "./neo4j-csv.ts";
import { ExportError } from "./export-error.ts";

export const EXPORT_FORMATS = ["json", "gexf", "graphml", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  /** A bare file name (no directory): graph.json, graph.preview.json, graph.gexf, graph.graphml, nodes.csv,
   * relationships.csv. */
  name: string;
  /**
   * The file's text in pieces, produced as they are written: a large corpus's files are bigger than the longest
   * string a JavaScript engine can hold, and the graph is the only copy of them kept in memory.
   */
  chunks: () => Iterable<string>;
}

/** The whole text of a file, for small graphs and tests. */
export function exportFileText(file: ExportFile): string {
  return [...file.chunks()].join("");
}

export interface ExportSettings {
  gexf: Partial<GexfSettings>;
}

/** Parses `--format gexf,graphml,csv,json`; unknown names are an error that lists the known ones. */
export function parseExportFormats(list: string): ExportFormat[] {
  const names = list.split(",").map((name) => name.trim().toLowerCase()).filter(Boolean);
  for (const name of names) {
    if (!(EXPORT_FORMATS as readonly string[]).includes(name))
      throw new ExportError(`unknown export format "${name}" (known: ${EXPORT_FORMATS.join(", ")})`);
  }
  return [...new Set(names as ExportFormat[])];
}

export function exportFiles(
  graph: KnowledgeGraph,
  formats: readonly ExportFormat[],
  settings: Partial<ExportSettings> = {},
): ExportFile[] {
  const files: ExportFile[] = [];
  // Fixed order whatever order the formats were asked in, so logs and listings are stable.
  for (const format of EXPORT_FORMATS) {
    if (!formats.includes(format)) continue;
    // The viewer draws a big graph from its preview while graph.json is still on its way.
    if (format === "json") files.push({ name: "graph.json", chunks: () => graphJsonChunks(graph) }, { name: GRAPH_PREVIEW_FILE, chunks: () => graphPreviewChunks(graph) });
    if (format === "gexf") files.push({ name: "graph.gexf", chunks: () => gexfChunks(graph, settings.gexf) });
    if (format === "graphml") files.push({ name: "graph.graphml", chunks: () => graphmlChunks(graph) });
    if (format === "csv") files.push({ name: "nodes.csv", chunks: () => nodeRows(graph) }, { name: "relationships.csv", chunks: () => relationshipRows(graph) });
  }
  return files;
}
