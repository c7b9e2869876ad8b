// Re-exports the exporters: graph.json, GEXF (Gephi), GraphML, Neo4j CSV.
export * from "./export-error.ts";
export * from "./export-files.ts";
export * from "./gexf/read-gexf.ts";
export * from "./gexf/settings.ts";
export * from "./gexf/write-gexf.ts";
export * from "./graph-json.ts";
export * from "./graphml.ts";
export * from "./neo4j-csv.ts";
export { stripXmlInvalid } from "./xml-text.ts";
export * from "./graph-preview.ts";
export * from "./read-graph-preview.ts";
