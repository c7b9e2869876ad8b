// The files `build --format` writes and the viewer offers for download, by format.
import type { KnowledgeGraph } from "../model/graph.ts";
import { writeGexf } from "./gexf/write-gexf.ts";
import type { GexfSettings } from "./gexf/settings.ts";
import { writeGraphJson } from "./graph-json.ts";
import { writeGraphml } from "./graphml.ts";
import { writeNeo4jCsv } from "./neo4j-csv.ts";
import { ExportError } from "./export-error.ts";

export const EXPORT_FORMATS = ["json", "gexf", "graphml", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportFile {
  /** A bare file name (no directory): graph.json, graph.gexf, graph.graphml, nodes.csv, relationships.csv. */
  name: string;
  content: string;
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
    if (format === "json") files.push({ name: "graph.json", content: writeGraphJson(graph) });
    if (format === "gexf") files.push({ name: "graph.gexf", content: writeGexf(graph, settings.gexf) });
    if (format === "graphml") files.push({ name: "graph.graphml", content: writeGraphml(graph) });
    if (format === "csv") {
      const csv = writeNeo4jCsv(graph);
      files.push({ name: "nodes.csv", content: csv.nodes }, { name: "relationships.csv", content: csv.relationships });
    }
  }
  return files;
}
