// exportFiles: file names per format, in a fixed order, and --format parsing.
import { describe, expect, it } from "vitest";
import { exportFiles, exportFileText, parseExportFormats } from "../../src/export/export-files.ts";
import { writeGexf } from "../../src/export/gexf/write-gexf.ts";
import { writeGraphJson } from "../../src/export/graph-json.ts";
import { writeGraphPreview } from "../../src/export/graph-preview.ts";
import { writeGraphml } from "../../src/export/graphml.ts";
import { writeNeo4jCsv } from "../../src/export/neo4j-csv.ts";
import { fixtureGraph } from "./fixture-graph.ts";

describe("exportFiles", () => {
  it("names the files of each format", () => {
    const files = exportFiles(fixtureGraph(), ["csv", "gexf", "json", "graphml"], { gexf: { version: "1.2" } });
    expect(files.map((f) => f.name)).toEqual(["graph.json", "graph.preview.json", "graph.gexf", "graph.graphml", "nodes.csv", "relationships.csv"]);
    expect(exportFileText(files[2] as (typeof files)[number])).toContain("http://www.gexf.net/1.2draft");
    expect(exportFiles(fixtureGraph(), ["gexf"]).map((f) => f.name)).toEqual(["graph.gexf"]);
  });

  it("streams each file in pieces that join to the whole-string writers' text", () => {
    const graph = fixtureGraph();
    const texts = exportFiles(graph, ["json", "gexf", "graphml", "csv"]).map((file) => {
      const pieces = [...file.chunks()];
      // The preview is written a column at a time, the others an item at a time.
      expect(pieces.length).toBeGreaterThan(file.name === "graph.preview.json" ? 10 : graph.order);
      return pieces.join("");
    });
    const csv = writeNeo4jCsv(graph);
    expect(texts).toEqual([writeGraphJson(graph), writeGraphPreview(graph), writeGexf(graph), writeGraphml(graph), csv.nodes, csv.relationships]);
  });

  it("parses --format lists and rejects unknown names", () => {
    expect(parseExportFormats("gexf, GraphML,csv,gexf")).toEqual(["gexf", "graphml", "csv"]);
    expect(() => parseExportFormats("gexf,pdf")).toThrow(/^newsgraph: unknown export format "pdf"/);
  });
});
