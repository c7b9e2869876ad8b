// GEXF writer settings, sigma-style: the interface, DEFAULT_GEXF_SETTINGS in the same order, then validation.
import { ExportError } from "../export-error.ts";

export type GexfVersion = "1.3" | "1.2";

export interface GexfSettings {
  // Format
  /** "1.2" writes the 1.2draft namespaces for older readers (networkx 2.x, Gephi 0.8). */
  version: GexfVersion;
  // Meta
  creator: string;
  /** Empty: a description is derived from the graph (counts of entities, relations, articles). */
  description: string;
  /** YYYY-MM-DD; null: the latest article date, or omitted. Never the clock, so output is reproducible. */
  lastModified: string | null;
  // Time
  /** "auto": dynamic when any article has a date. "never": always static. */
  dynamic: "auto" | "never";
  // Edges
  /**
   * "directed": every edge is written directed (symmetric ones from the smaller key), with a boolean
   * `directed` attribute saying which are really undirected. networkx raises on mixed files, and this keeps
   * its edge count equal to graph.json's. "mixed": symmetric edges get `type="undirected"`, which Gephi reads.
   */
  edgeDirection: "directed" | "mixed";
}

export const DEFAULT_GEXF_SETTINGS: Readonly<GexfSettings> = {
  version: "1.3",
  creator: "newsgraph",
  description: "",
  lastModified: null,
  dynamic: "auto",
  edgeDirection: "directed",
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isIsoDate(value: unknown): value is string {
  return typeof value === "string" && ISO_DATE.test(value) && !Number.isNaN(Date.parse(value));
}

export function validateGexfSettings(settings: Partial<GexfSettings>): void {
  const { version, creator, description, lastModified, dynamic, edgeDirection } = settings;
  if (version !== undefined && version !== "1.3" && version !== "1.2")
    throw new ExportError(`GEXF version must be "1.3" or "1.2", got ${JSON.stringify(version)}`);
  if (creator !== undefined && typeof creator !== "string")
    throw new ExportError("GEXF creator must be a string");
  if (description !== undefined && typeof description !== "string")
    throw new ExportError("GEXF description must be a string");
  if (lastModified !== undefined && lastModified !== null && !isIsoDate(lastModified))
    throw new ExportError(`GEXF lastModified must be a YYYY-MM-DD date or null, got ${JSON.stringify(lastModified)}`);
  if (dynamic !== undefined && dynamic !== "auto" && dynamic !== "never")
    throw new ExportError(`GEXF dynamic must be "auto" or "never", got ${JSON.stringify(dynamic)}`);
  if (edgeDirection !== undefined && edgeDirection !== "directed" && edgeDirection !== "mixed")
    throw new ExportError(`GEXF edgeDirection must be "directed" or "mixed", got ${JSON.stringify(edgeDirection)}`);
}

export function resolveGexfSettings(settings: Partial<GexfSettings> = {}): GexfSettings {
  validateGexfSettings(settings);
  const defined = Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== undefined));
  return { ...DEFAULT_GEXF_SETTINGS, ...defined };
}
