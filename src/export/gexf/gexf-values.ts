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

const NEEDS_ESCAPE = /["\\]/;

/** A list item in quotes, with backslashes and quotes escaped; most items (article ids, outlets) have neither. */
function quoteItem(value: string): string {
  return NEEDS_ESCAPE.test(value) ? `"${value.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"` : `"${value}"`;
}

/** Gephi's list syntax, which graphology-gexf also parses: `["a", "b \"c\""]`. */
export function formatGexfList(values: readonly string[]): string {
  let out = "[";
  for (let i = 0; i < values.length; i++) out += i > 0 ? `, ${quoteItem(values[i] as string)}` : quoteItem(values[i] as string);
  return `${out}]`;
}

export function formatGexfValue(value: ExportValue): string {
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "0";
  if (typeof value === "boolean") return value ? "true" : "false";
  return formatGexfList(value);
}
