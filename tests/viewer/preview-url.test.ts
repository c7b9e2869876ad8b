// previewUrl: where the build puts a graph.json's preview, for the viewer to look for it.
import { describe, expect, it } from "vitest";
import { previewUrl } from "../../src/viewer/graph-download.ts";

describe("previewUrl", () => {
  it("puts the preview beside the graph, keeping the query", () => {
    expect(previewUrl("./data/graph.json")).toBe("./data/graph.preview.json");
    expect(previewUrl("https://example.org/g/bench.JSON?v=2")).toBe("https://example.org/g/bench.preview.json?v=2");
  });

  it("has none for a preview itself or for a URL that is not a .json file", () => {
    expect(previewUrl("./data/graph.preview.json")).toBeNull();
    expect(previewUrl("https://example.org/api/graph?id=7")).toBeNull();
    expect(previewUrl("https://example.org/graph.json.gz")).toBeNull();
  });
});
