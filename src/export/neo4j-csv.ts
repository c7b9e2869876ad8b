// Nodes and relationships as CSV in neo4j-admin's bulk-import header format, loadable as is with
//   neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv --multiline-fields=true
// `--multiline-fields=true` is needed because the `citations` column holds one line per citation.
// Arrays use neo4j's default delimiter ";" and have no escape for it, so a ";" inside an element (an outlet
// named "Post; Wire") is written as ",": the element stays one element, and the text stays readable.
import type { KnowledgeGraph } from "../model/graph.ts";
import {
  EDGE_EXPORT_ATTRIBUTES,
  NODE_EXPORT_ATTRIBUTES,
  type ExportAttribute,
  type ExportAttributeType,
  type ExportValue,
} from "./attribute-model.ts";
import { articlesById } from "./citation-text.ts";
import { csvRow } from "./csv-field.ts";

export interface Neo4jCsv {
  nodes: string;
  relationships: string;
}

export const NEO4J_ARRAY_DELIMITER = ";";

const NEO4J_TYPE: Readonly<Record<ExportAttributeType, string>> = {
  string: "",
  integer: ":int",
  double: ":double",
  boolean: ":boolean",
  list: ":string[]",
  date: ":date",
};

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** armed_group -> ArmedGroup: neo4j labels are conventionally PascalCase. */
export function neo4jLabel(kind: string): string {
  return kind.replace(/(^|_)([a-z])/g, (_match, _sep: string, letter: string) => letter.toUpperCase());
}

/** holds_role_in -> HOLDS_ROLE_IN: relationship types are conventionally upper snake case. */
export function neo4jType(predicate: string): string {
  return predicate.toUpperCase();
}

function formatValue(value: ExportValue | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "true" : "false";
  return value.map((item) => item.replaceAll(NEO4J_ARRAY_DELIMITER, ",")).join(NEO4J_ARRAY_DELIMITER);
}

function header<A>(model: readonly ExportAttribute<A>[]): string[] {
  return model.map((attribute) => `${attribute.id}${NEO4J_TYPE[attribute.type]}`);
}

const NODE_COLUMNS: readonly ExportAttribute<{ label: string; x: number; y: number; size: number; color: string }>[] = [
  { id: "label", type: "string", value: (a) => a.label },
  { id: "x", type: "double", value: (a) => a.x },
  { id: "y", type: "double", value: (a) => a.y },
  { id: "size", type: "double", value: (a) => a.size },
  { id: "color", type: "string", value: (a) => a.color },
];

const EDGE_COLUMNS: readonly ExportAttribute<{ label: string; weight: number }>[] = [
  { id: "label", type: "string", value: (a) => a.label },
  { id: "weight", type: "integer", value: (a) => a.weight },
];

export function writeNeo4jCsv(graph: KnowledgeGraph): Neo4jCsv {
  return { nodes: [...nodeRows(graph)].join(""), relationships: [...relationshipRows(graph)].join("") };
}

/** nodes.csv, a row at a time, so a large graph's file need not fit in one string. */
export function* nodeRows(graph: KnowledgeGraph): Generator<string> {
  const articles = articlesById(graph.hasAttribute("articles") ? graph.getAttribute("articles") : []);
  yield csvRow(["id:ID", ...header(NODE_COLUMNS), ...header(NODE_EXPORT_ATTRIBUTES), ":LABEL"]);
  for (const key of graph.nodes().sort(byCodeUnit)) {
    const a = graph.getNodeAttributes(key);
    const values = [...NODE_COLUMNS, ...NODE_EXPORT_ATTRIBUTES].map((column) => formatValue(column.value(a, articles)));
    yield csvRow([key, ...values, ["Entity", neo4jLabel(a.kind)].join(NEO4J_ARRAY_DELIMITER)]);
  }
}

/** relationships.csv, a row at a time. */
export function* relationshipRows(graph: KnowledgeGraph): Generator<string> {
  const articles = articlesById(graph.hasAttribute("articles") ? graph.getAttribute("articles") : []);
  yield csvRow([":START_ID", ":END_ID", ":TYPE", "key", ...header(EDGE_COLUMNS), ...header(EDGE_EXPORT_ATTRIBUTES)]);
  for (const key of graph.edges().sort(byCodeUnit)) {
    const a = { ...graph.getEdgeAttributes(key), directed: graph.isDirected(key) };
    const values = [...EDGE_COLUMNS, ...EDGE_EXPORT_ATTRIBUTES].map((column) => formatValue(column.value(a, articles)));
    yield csvRow([graph.source(key), graph.target(key), neo4jType(a.predicate), key, ...values]);
  }
}
