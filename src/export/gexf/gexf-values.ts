// How the shared attribute model is typed and spelled in GEXF.
import type { ExportAttributeType, ExportValue } from "../attribute-model.ts";

/** GEXF has no date attribute type; dates stay ISO strings, which sort and filter correctly in Gephi. */
export const GEXF_TYPE: Readonly<Record<ExportAttributeType, string>> = {
  string: "string",
  integer: "integer",
  double: "double",
  boolean: "boolean",
  list: "liststring",
  date: "string",
};

/** Gephi's list syntax, which graphology-gexf also parses: `["a", "b \"c\""]`. */
export function formatGexfList(values: readonly string[]): string {
  return `[${values.map((value) => `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(", ")}]`;
}

export function formatGexfValue(value: ExportValue): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "0";
  if (typeof value === "boolean") return value ? "true" : "false";
  return formatGexfList(value);
}
