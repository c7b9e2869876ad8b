// fillGraph: a drawn preview gets graph.json's attributes in place, silently, only when graph.json draws the same.
import { describe, expect, it } from "vitest";
import { parseGraphJson, readGraphJson, writeGraphJson } from "../../src/export/graph-json.ts";
import { writeGraphPreview } from "../../src/export/graph-preview.ts";
import { parseGraphPreview, previewGraph } from "../../src/export/read-graph-preview.ts";
import { fillGraph } from "../../src/viewer/fill-graph.ts";
import { fixtureGraph } from "../export/fixture-graph.ts";

const readPreview = (text: string) => previewGraph(parseGraphPreview(text));

function previewAndFull() {
  const graph = fixtureGraph();
  return { preview: readPreview(writeGraphPreview(graph)), json: writeGraphJson(graph) };
}

describe("fillGraph", () => {
  it("fills every attribute from graph.json without telling the renderer, which keeps its listeners", () => {
    const { preview, json } = previewAndFull();
    const events: string[] = [];
    for (const event of ["nodeAttributesUpdated", "eachNodeAttributesUpdated", "eachEdgeAttributesUpdated", "attributesUpdated"] as const)
      preview.on(event, () => events.push(event));
    expect(fillGraph(preview, parseGraphJson(json))).toBe(true);
    expect(events).toEqual([]);
    expect(writeGraphJson(preview)).toBe(writeGraphJson(readGraphJson(json)));
    preview.mergeNodeAttributes("country:elbonia", { mentions: 9 });
    expect(events).toEqual(["nodeAttributesUpdated"]);
  });

  it("changes nothing when graph.json draws something else: a moved node, another edge, another order", () => {
    const moved = fixtureGraph();
    moved.mergeNodeAttributes("country:elbonia", { x: 11 });
    const extra = fixtureGraph();
    extra.addDirectedEdgeWithKey("extra", "country:elbonia", "person:jana-novak", extra.getEdgeAttributes("country:elbonia|threatens|armed_group:the-front"));
    const reordered = JSON.parse(writeGraphJson(fixtureGraph())) as { nodes: unknown[] };
    reordered.nodes.reverse();
    for (const json of [writeGraphJson(moved), writeGraphJson(extra), JSON.stringify(reordered)]) {
      const { preview } = previewAndFull();
      const before = writeGraphJson(preview);
      expect(fillGraph(preview, parseGraphJson(json))).toBe(false);
      expect(writeGraphJson(preview)).toBe(before);
    }
  });

  it("fills in what an older graph.json lacks, as a graph read from it would have", () => {
    const full = JSON.parse(writeGraphJson(fixtureGraph())) as { edges: { attributes: Record<string, unknown> }[] };
    for (const edge of full.edges) delete edge.attributes.outlets;
    const { preview } = previewAndFull();
    expect(fillGraph(preview, parseGraphJson(JSON.stringify(full)))).toBe(true);
    expect(preview.getEdgeAttributes("country:elbonia|meets|country:ruritania").outlets).toEqual([]);
  });
});
