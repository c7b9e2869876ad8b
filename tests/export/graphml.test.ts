// GraphML: well-formed, one typed key per attribute, per-edge direction, deterministic.
import { DOMParser } from "@xmldom/xmldom";
import { describe, expect, it } from "vitest";
import { writeGraphml } from "../../src/export/graphml.ts";
import { xmllintWellFormed } from "./external-tools.ts";
import { fixtureGraph } from "./fixture-graph.ts";

describe("writeGraphml", () => {
  const graph = fixtureGraph();
  const text = writeGraphml(graph);
  const doc = new DOMParser().parseFromString(text, "application/xml");

  it("is well-formed XML in the GraphML namespace", () => {
    expect(xmllintWellFormed(text).ok).toBe(true);
    expect(doc.documentElement?.namespaceURI).toBe("http://graphml.graphdrawing.org/xmlns");
  });

  it("declares one typed key per attribute", () => {
    const keys = Array.from(doc.getElementsByTagName("key"));
    const type = (target: string, name: string) =>
      keys.find((k) => k.getAttribute("for") === target && k.getAttribute("attr.name") === name)?.getAttribute("attr.type");
    expect(type("node", "mentions")).toBe("int");
    expect(type("node", "pagerank")).toBe("double");
    expect(type("node", "kind")).toBe("string");
    expect(type("edge", "directed")).toBe("boolean");
    expect(type("edge", "citations")).toBe("string");
    expect(new Set(keys.map((k) => k.getAttribute("id"))).size).toBe(keys.length);
    for (const k of keys) expect(["string", "int", "double", "boolean"]).toContain(k.getAttribute("attr.type"));
  });

  it("writes every node and edge, with direction per edge and data that survives parsing", () => {
    expect(doc.getElementsByTagName("node")).toHaveLength(graph.order);
    const edges = Array.from(doc.getElementsByTagName("edge"));
    expect(edges).toHaveLength(graph.size);
    const meets = edges.find((e) => e.getAttribute("id") === "country:elbonia|meets|country:ruritania");
    expect(meets?.getAttribute("directed")).toBe("false");
    const label = Array.from(doc.getElementsByTagName("data")).find((d) => d.textContent?.startsWith("AT&T"));
    expect(label?.textContent).toBe("AT&T <Syria>");
    expect(writeGraphml(fixtureGraph())).toBe(text);
  });
});
