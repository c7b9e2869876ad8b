// `newsgraph build --citations N`: how many quotes a node or edge keeps from one article.
import { describe, expect, it } from "vitest";
import { parseBuildArgs } from "../../src/cli/build-command.ts";
import { DEFAULT_ASSEMBLE_SETTINGS } from "../../src/assemble/assemble-settings.ts";
import { buildGraph } from "../../src/pipeline/build-graph.ts";
import { articlesOf, graphOf } from "../helpers/build-texts.ts";
import { context } from "../helpers/pipeline-context.ts";

describe("--citations", () => {
  it("defaults to the assemble setting and takes a whole number ≥ 1", () => {
    const defaults = parseBuildArgs([]);
    const three = parseBuildArgs(["--citations", "3"]);
    expect(defaults !== "help" && defaults.citations).toBe(DEFAULT_ASSEMBLE_SETTINGS.maxCitationsPerArticle);
    expect(three !== "help" && three.citations).toBe(3);
    for (const bad of ["0", "2.5", "all"]) expect(() => parseBuildArgs(["--citations", bad])).toThrow(/--citations needs a whole number ≥ 1/);
  });

  it("records the limit on the graph, for the viewer's note", () => {
    expect(graphOf(["Russia and Turkey met in Sochi."]).getAttribute("citationsPerArticle")).toBe(DEFAULT_ASSEMBLE_SETTINGS.maxCitationsPerArticle);
    const text = "Russia and Turkey met in Sochi. ".repeat(5);
    const graph = buildGraph({ articles: articlesOf([text]), skipped: [] }, context(), { iterations: 0 }, { maxCitationsPerArticle: 2 });
    expect(graph.getAttribute("citationsPerArticle")).toBe(2);
    const russia = graph.findNode((_n, a) => a.label === "Russia");
    expect(graph.getNodeAttribute(russia, "citations")).toHaveLength(2);
    expect(graph.getNodeAttribute(russia, "mentions")).toBe(5);
  });
});
