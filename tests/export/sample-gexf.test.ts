// The GEXF of the sample articles, as `newsgraph build` writes it: valid GEXF 1.3, dynamic with start dates within
// the articles' dates, and read whole by networkx.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { runCliAsync, tempDir } from "../helpers/cli.ts";
import { findNetworkx3, runNetworkx, validateGexf, writeTemp } from "./external-tools.ts";

let gexf = "";
let gexf12 = "";
let graph: { nodes: unknown[]; edges: unknown[]; attributes: { articles: Array<{ date: string | null }> } };

beforeAll(async () => {
  const out = tempDir("sample-gexf");
  const out12 = tempDir("sample-gexf-12");
  const [run, run12] = await Promise.all([
    runCliAsync(["build", "data/articles", "--out", out, "--no-cache", "--quiet"]),
    runCliAsync(["build", "data/articles", "--out", out12, "--no-cache", "--quiet", "--gexf-version", "1.2"]),
  ]);
  expect(run.status, run.stderr).toBe(0);
  expect(run12.status, run12.stderr).toBe(0);
  gexf = readFileSync(join(out, "graph.gexf"), "utf8");
  gexf12 = readFileSync(join(out12, "graph.gexf"), "utf8");
  graph = JSON.parse(readFileSync(join(out, "graph.json"), "utf8")) as typeof graph;
}, 180_000);

describe("graph.gexf of the sample articles", () => {
  it("is valid GEXF 1.3", () => {
    const result = validateGexf(gexf);
    expect(result.ok, result.messages).toBe(true);
    expect(gexf).toContain('xmlns="http://gexf.net/1.3"');
  });

  it("is dynamic, with every start date within the articles' dates", () => {
    const dates = graph.attributes.articles.map((a) => a.date).filter((d): d is string => d !== null).sort();
    expect(dates.length).toBeGreaterThan(0);
    expect(gexf).toMatch(/<graph [^>]*mode="dynamic"[^>]*timeformat="date"/);
    const starts = [...gexf.matchAll(/ start="([^"]+)"/g)].map((m) => m[1] as string);
    expect(starts.length).toBeGreaterThan(1);
    for (const start of starts) {
      expect(start >= (dates[0] as string) && start <= (dates[dates.length - 1] as string), start).toBe(true);
    }
  });

  it("is read by networkx 2.8 as GEXF 1.2 and by networkx 3 as 1.3, with as many nodes and edges as graph.json", () => {
    const script = [
      "import json, sys, networkx as nx",
      "print(nx.__version__)",
      "g = nx.read_gexf(sys.argv[1])",
      "edges = list(g.edges(data=True))",
      "print(json.dumps({'nodes': g.number_of_nodes(), 'edges': g.number_of_edges(),",
      "  'typed': all('predicate' in d and 'family' in d and 'citations' in d for _, _, d in edges),",
      "  'kinds': all('kind' in d and 'label' in d and 'viz' in d for _, d in g.nodes(data=True))}))",
    ].join("\n");
    const expected = { nodes: graph.nodes.length, edges: graph.edges.length, typed: true, kinds: true };
    // Debian 12 ships networkx 2.8, which knows only 1.2draft.
    expect(runNetworkx(script, [writeTemp("sample-12.gexf", gexf12)]).output).toEqual(expected);
    // A networkx 3 on PATH reads the 1.3 file itself.
    const python3 = findNetworkx3();
    if (python3) expect(runNetworkx(script, [writeTemp("sample.gexf", gexf)], python3).output).toEqual(expected);
    expect(graph.nodes.length).toBeGreaterThan(10);
  });
});
