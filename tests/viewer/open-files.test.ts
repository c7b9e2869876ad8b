// openFiles / classifyFile: what a dropped file is taken for, and the message when it cannot be opened.
import { describe, expect, it } from "vitest";
import { writeGraphJson } from "../../src/export/graph-json.ts";
import { writeGraphPreview } from "../../src/export/graph-preview.ts";
import { classifyFile, FileOpenError, openFiles } from "../../src/viewer/open-files.ts";
import { fixtureGraph } from "../export/fixture-graph.ts";

const named = (name: string, text: string) => ({ name, file: new File([text], name) });

describe("classifyFile", () => {
  it("tells graphs, previews, articles and other files apart", () => {
    expect(classifyFile("g.gexf", "<gexf")).toBe("gexf");
    expect(classifyFile("graph.json", writeGraphJson(fixtureGraph()).slice(0, 4096))).toBe("graph-json");
    expect(classifyFile("graph.preview.json", writeGraphPreview(fixtureGraph()).slice(0, 4096))).toBe("graph-preview");
    expect(classifyFile("notes.json", '{"text": "An article."}')).toBe("articles");
    expect(classifyFile("photo.png", "")).toBe("unsupported");
  });
});

describe("openFiles", () => {
  it("opens a dropped graph.json, and says a dropped preview needs its graph.json", async () => {
    const opened = await openFiles([named("graph.json", writeGraphJson(fixtureGraph()))]);
    expect(opened.graph.order).toBe(fixtureGraph().order);
    const preview = openFiles([named("graph.preview.json", writeGraphPreview(fixtureGraph()))]);
    await expect(preview).rejects.toBeInstanceOf(FileOpenError);
    await expect(openFiles([named("graph.preview.json", writeGraphPreview(fixtureGraph()))])).rejects.toThrow(/is a graph preview.*open the graph\.json beside it/);
  });
});
