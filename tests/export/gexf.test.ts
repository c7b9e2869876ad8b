// writeGexf: grammar validity in every variant, namespaces, meta, dynamics, text hygiene, determinism.
import { describe, expect, it } from "vitest";
import { ExportError } from "../../src/export/export-error.ts";
import { DEFAULT_GEXF_SETTINGS, validateGexfSettings } from "../../src/export/gexf/settings.ts";
import { writeGexf } from "../../src/export/gexf/write-gexf.ts";
import { validateGexf } from "./external-tools.ts";
import { ARTICLES, fixtureGraph, undatedFixtureGraph } from "./fixture-graph.ts";

const VARIANTS = [
  { name: "1.3 dynamic", graph: fixtureGraph, settings: { version: "1.3" as const } },
  { name: "1.3 static", graph: undatedFixtureGraph, settings: { version: "1.3" as const } },
  { name: "1.3 dynamic mixed", graph: fixtureGraph, settings: { version: "1.3" as const, edgeDirection: "mixed" as const } },
  { name: "1.3 forced static", graph: fixtureGraph, settings: { version: "1.3" as const, dynamic: "never" as const } },
  { name: "1.2 dynamic", graph: fixtureGraph, settings: { version: "1.2" as const } },
  { name: "1.2 static", graph: undatedFixtureGraph, settings: { version: "1.2" as const } },
  { name: "1.2 dynamic mixed", graph: fixtureGraph, settings: { version: "1.2" as const, edgeDirection: "mixed" as const } },
];

describe("writeGexf", () => {
  it.each(VARIANTS)("$name validates against the GEXF grammar", ({ graph, settings }) => {
    const result = validateGexf(writeGexf(graph(), settings));
    expect(result.messages).not.toMatch(/fails to validate|error/i);
    expect(result.ok).toBe(true);
  });

  it("declares the right namespaces for each version", () => {
    const v13 = writeGexf(fixtureGraph());
    expect(v13).toContain('xmlns="http://gexf.net/1.3"');
    expect(v13).toContain('xmlns:viz="http://gexf.net/1.3/viz"');
    expect(v13).toContain('version="1.3"');
    const v12 = writeGexf(fixtureGraph(), { version: "1.2" });
    expect(v12).toContain('xmlns="http://www.gexf.net/1.2draft"');
    expect(v12).toContain('xmlns:viz="http://www.gexf.net/1.2draft/viz"');
    expect(v12).toContain('version="1.2"');
    expect(v12).not.toMatch(/<edge [^>]*kind=/);
  });

  it("writes meta from the articles, never from the clock", () => {
    const gexf = writeGexf(fixtureGraph(), { creator: "tester", description: "a test graph" });
    expect(gexf).toContain('<meta lastmodifieddate="2021-03-05">');
    expect(gexf).toContain("<creator>tester</creator>");
    expect(gexf).toContain("<description>a test graph</description>");
    expect(writeGexf(undatedFixtureGraph())).not.toContain("lastmodifieddate");
    expect(writeGexf(undatedFixtureGraph(), { lastModified: "2020-01-31" })).toContain('lastmodifieddate="2020-01-31"');
  });

  it("gives edges their predicate as kind, so parallel typed edges stay apart", () => {
    const gexf = writeGexf(fixtureGraph());
    expect(gexf).toMatch(/<edge [^>]*id="person:jana-novak\|holds_role_in\|country:ruritania"[^>]*kind="holds_role_in"/);
    expect(gexf).toMatch(/<edge [^>]*id="person:jana-novak\|leads\|country:ruritania"[^>]*kind="leads"/);
    expect(gexf.match(/<edge /g)).toHaveLength(fixtureGraph().size);
  });

  it("writes viz colours as r/g/b numbers and skips colours it cannot parse", () => {
    const gexf = writeGexf(fixtureGraph());
    expect(gexf).toContain('<viz:color r="213" g="94" b="0"/>'); // country #d55e00
    expect(gexf).not.toContain("hex=");
    const front = /<node id="armed_group:the-front"[\s\S]*?<\/node>/.exec(gexf)?.[0] ?? "";
    expect(front).not.toContain("viz:color");
    expect(front).toContain("viz:position");
  });

  it("is dynamic when articles have dates, with starts inside the article dates", () => {
    const gexf = writeGexf(fixtureGraph());
    expect(gexf).toMatch(/<graph [^>]*mode="dynamic"/);
    expect(gexf).toMatch(/<graph [^>]*timeformat="date"/);
    const dates = ARTICLES.map((a) => a.date).filter((d): d is string => d !== null).sort();
    const starts = [...gexf.matchAll(/<(node|edge) [^>]*\bstart="([^"]+)"/g)].map((m) => m[2] ?? "");
    expect(starts.length).toBeGreaterThan(5);
    for (const start of starts) {
      expect(start >= (dates[0] ?? "")).toBe(true);
      expect(start <= (dates[dates.length - 1] ?? "")).toBe(true);
    }
    // Jana Novak is first mentioned on 2021-03-05, and so is her edge.
    expect(gexf).toMatch(/<node id="person:jana-novak"[^>]*start="2021-03-05"/);
    expect(gexf).toMatch(/<edge id="person:jana-novak\|leads\|country:ruritania"[^>]*start="2021-03-05"/);
  });

  it("is static without dates, or when asked", () => {
    for (const gexf of [writeGexf(undatedFixtureGraph()), writeGexf(fixtureGraph(), { dynamic: "never" })]) {
      expect(gexf).toMatch(/<graph [^>]*mode="static"/);
      expect(gexf).not.toMatch(/timeformat|start=/);
    }
  });

  it("escapes markup and removes characters XML forbids", () => {
    const gexf = writeGexf(fixtureGraph());
    expect(gexf).toContain('label="AT&amp;T &lt;Syria&gt;"');
    expect(gexf).toContain("R&amp;D; &amp;amp; co");
    expect(gexf).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/);
    expect(gexf).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    // Citation lines are separated by encoded newlines, which attribute normalisation would otherwise fold.
    expect(gexf).toContain("&#10;");
  });

  it("is deterministic", () => {
    expect(writeGexf(fixtureGraph())).toBe(writeGexf(fixtureGraph()));
    expect(writeGexf(fixtureGraph(), { version: "1.2" })).toBe(writeGexf(fixtureGraph(), { version: "1.2" }));
  });

  it("rejects bad settings with a typed error", () => {
    expect(DEFAULT_GEXF_SETTINGS.version).toBe("1.3");
    expect(() => validateGexfSettings({ version: "1.1" as never })).toThrow(ExportError);
    expect(() => writeGexf(fixtureGraph(), { lastModified: "yesterday" })).toThrow(/^newsgraph: GEXF lastModified/);
    expect(() => writeGexf(fixtureGraph(), { dynamic: "always" as never })).toThrow(/newsgraph: /);
  });
});
