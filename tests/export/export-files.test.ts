// exportFiles: file names per format, in a fixed order, and --format parsing.
import { describe, expect, it } from "vitest";
import { exportFiles, parseExportFormats } from "../../src/export/export-files.ts";
import { fixtureGraph } from "./fixture-graph.ts";

describe("exportFiles", () => {
  it("names the files of each format", () => {
    const files = exportFiles(fixtureGraph(), ["csv", "gexf", "json", "graphml"], { gexf: { version: "1.2" } });
    expect(files.map((f) => f.name)).toEqual(["graph.json", "graph.gexf", "graph.graphml", "nodes.csv", "relationships.csv"]);
    expect(files[1]?.content).toContain("http://www.gexf.net/1.2draft");
    expect(exportFiles(fixtureGraph(), ["gexf"]).map((f) => f.name)).toEqual(["graph.gexf"]);
  });

  it("parses --format lists and rejects unknown names", () => {
    expect(parseExportFormats("gexf, GraphML,csv,gexf")).toEqual(["gexf", "graphml", "csv"]);
    expect(() => parseExportFormats("gexf,pdf")).toThrow(/^newsgraph: unknown export format "pdf"/);
  });
});
