// End to end on the five shipped sample articles: the acceptance facts of the foundation issue, read back from the
// graph.json that `newsgraph build` writes, plus byte-identical output across two runs.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import Graph from "graphology";
import { beforeAll, describe, expect, it } from "vitest";
import type { EdgeAttributes, GraphAttributes, KnowledgeGraph, NodeAttributes, SerializedKnowledgeGraph } from "../../src/model/graph.ts";
import type { EntityKind } from "../../src/model/ontology.ts";
import type { Citation } from "../../src/model/relation.ts";
import { runCliAsync, tempDir } from "../helpers/cli.ts";
import { edgesBetween, nodesNamed, typedFacts, type FoundNode } from "../helpers/graph-queries.ts";

let outA = "";
let outB = "";
let graph: KnowledgeGraph;

beforeAll(async () => {
  outA = tempDir("sample-a");
  outB = tempDir("sample-b");
  // No extraction cache: each run extracts every article, so equal bytes mean the whole pipeline is deterministic.
  const runs = await Promise.all([outA, outB].map((out) => runCliAsync(["build", "data/articles", "--out", out, "--quiet", "--no-cache"])));
  for (const run of runs) expect(run.status, run.stderr).toBe(0);
  const json = JSON.parse(readFileSync(join(outA, "graph.json"), "utf8")) as SerializedKnowledgeGraph;
  graph = new Graph<NodeAttributes, EdgeAttributes, GraphAttributes>({ type: "mixed", multi: true, allowSelfLoops: false });
  graph.import(json);
});

/** The one node that any of `names` (label or alias) picks out. */
function theNode(names: readonly string[]): FoundNode {
  const keys = new Map<string, FoundNode>();
  for (const name of names) for (const n of nodesNamed(graph, name)) keys.set(n.key, n);
  const found = [...keys.values()];
  expect(found.map((n) => n.key), `nodes named ${names.join(" / ")}`).toHaveLength(1);
  return found[0] as FoundNode;
}

const ACTORS: ReadonlyArray<readonly [readonly string[], EntityKind]> = [
  [["Russia"], "country"],
  [["Turkey"], "country"],
  [["Iran"], "country"],
  [["Hayat Tahrir al-Sham", "Hay'et Tahrir al-Sham", "HTS"], "armed_group"],
  [["Syrian Democratic Forces", "SDF"], "armed_group"],
  [["Astana process", "Astana talks", "Astana peace process", "Astana format", "Astana peace track"], "process"],
  [["Sergei Shoigu", "Shoigu", "Sergei Shoygu"], "person"],
  [["Hulusi Akar", "Akar"], "person"],
  [["Vladimir Putin", "Putin"], "person"],
  [["Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "Erdogan", "Recept Tayyip Erdogan"], "person"],
];

describe("sample corpus: nodes", () => {
  it.each(ACTORS.map(([names, kind]) => [names[0] as string, names, kind] as const))("exactly one %s node, with the right kind", (_label, names, kind) => {
    expect(theNode(names).attributes.kind).toBe(kind);
  });

  it("keeps every spelling of Hayat Tahrir al-Sham as an alias", () => {
    const { aliases } = theNode(["Hayat Tahrir al-Sham"]).attributes;
    expect(aliases).toContain("HTS");
    expect(aliases).toContain("Hayat Tahrir al-Sham");
    expect(aliases.some((a) => /^Hay['’]+et Tahrir al-Sham$/.test(a)), aliases.join(" | ")).toBe(true);
  });

  it("reads 'the Hay'et Tahrir al-Sham armed group' and the like as the group itself, not as another node", () => {
    const labels = graph.mapNodes((_key, attributes) => String(attributes.label));
    expect(labels.filter((l) => /Tahrir al-Sham|Democratic Forces/.test(l)).sort(), labels.join(" | ")).toEqual(["Hayat Tahrir al-Sham", "Syrian Democratic Forces"]);
  });

  it("keeps Shoygu and Recept as aliases of Shoigu and Erdogan", () => {
    expect(theNode(["Sergei Shoigu"]).attributes.aliases.some((a) => a.includes("Shoygu"))).toBe(true);
    expect(theNode(["Recep Tayyip Erdogan", "Recep Tayyip Erdoğan"]).attributes.aliases).toContain("Recept Tayyip Erdogan");
  });

  it("keeps every name of the Astana process as an alias", () => {
    const { aliases } = theNode(["Astana process", "Astana talks"]).attributes;
    for (const name of ["Astana peace process", "Astana talks", "Astana format", "Astana peace track"]) expect(aliases).toContain(name);
  });

  it("has no node for a demonym", () => {
    const labels = graph.mapNodes((_k, a) => a.label);
    for (const demonym of ["Russian", "Russians", "Turkish", "Turks", "Iranian", "Syrian", "Kazakh"]) expect(labels).not.toContain(demonym);
    // Each demonym still counts as a mention of its country.
    expect(theNode(["Russia"]).attributes.aliases).toContain("Russian");
    expect(theNode(["Turkey"]).attributes.aliases).toContain("Turkish");
  });

  it("has no node for boilerplate words", () => {
    for (const word of ["Comments", "Required", "Post", "Tags", "Latest posts", "Share", "Advertisement"]) {
      expect(nodesNamed(graph, word).map((n) => n.key), word).toEqual([]);
    }
  });

  it("has no node for the outlet named only in its boilerplate (\"Press TV's website can also be accessed\")", () => {
    expect(nodesNamed(graph, "Press TV")).toEqual([]);
  });
});

describe("sample corpus: citations", () => {
  function check(citation: Citation, where: string): void {
    const article = graph.getAttribute("articles").find((a) => a.id === citation.article);
    expect(article, `${where}: article ${citation.article}`).toBeDefined();
    const text = article?.text ?? "";
    expect(citation.start).toBeGreaterThanOrEqual(0);
    expect(citation.end).toBeGreaterThan(citation.start);
    expect(citation.end).toBeLessThanOrEqual(text.length);
    expect(citation.quote, where).toBe(text.slice(citation.start, citation.end));
    for (const span of [citation.subject, citation.object]) {
      if (!span) continue;
      expect(span[0], `${where}: mention inside its sentence`).toBeGreaterThanOrEqual(citation.start);
      expect(span[1], `${where}: mention inside its sentence`).toBeLessThanOrEqual(citation.end);
    }
  }

  it("quotes the article text exactly, on every edge and node", () => {
    let count = 0;
    graph.forEachEdge((key, a) => {
      expect(a.citations.length, key).toBeGreaterThan(0);
      for (const c of a.citations) (check(c, key), count++);
    });
    graph.forEachNode((key, a) => {
      for (const c of a.citations) (check(c, key), count++);
    });
    expect(count).toBeGreaterThan(100);
  });

  it("types every edge with an ontology predicate and family", () => {
    const typed = typedFacts(graph);
    expect(typed.length).toBeGreaterThan(10);
    graph.forEachEdge((key, a) => {
      expect(a.family, key).toMatch(/^(role|location|cooperation|conflict|mention)$/);
      expect(a.weight, key).toBe(a.citations.length);
      expect(a.articles, key).toEqual([...new Set(a.citations.map((c) => c.article))].sort());
    });
  });
});

describe("sample corpus: typed facts", () => {
  it("Russia agrees with Turkey, cited from at least three articles", () => {
    const [edge] = edgesBetween(graph, "Russia", "agrees_with", "Turkey");
    expect(edge, typedFacts(graph).join("\n")).toBeDefined();
    expect(edge?.attributes.directed).toBe(false);
    expect(new Set(edge?.attributes.citations.map((c) => c.article)).size).toBeGreaterThanOrEqual(3);
    expect(edge?.attributes.articles.length).toBeGreaterThanOrEqual(3);
  });

  it("Shoigu meets Akar", () => {
    expect(edgesBetween(graph, "Sergei Shoigu", "meets", "Hulusi Akar")).toHaveLength(1);
  });

  it("Shoigu holds the role of Defence Minister in Russia", () => {
    const [edge] = edgesBetween(graph, "Sergei Shoigu", "holds_role_in", "Russia");
    expect(edge?.attributes.family).toBe("role");
    expect(edge?.attributes.roles?.some((r) => /Defen[cs]e Minister/i.test(r))).toBe(true);
  });

  it("Turkey opposes HTS", () => {
    const [edge] = edgesBetween(graph, "Turkey", "opposes", "Hayat Tahrir al-Sham");
    expect(edge?.attributes.family).toBe("conflict");
  });

  it("HTS is affiliated with al-Qaeda", () => {
    expect(edgesBetween(graph, "Hayat Tahrir al-Sham", "affiliated_with", "al-Qaeda")).toHaveLength(1);
  });

  it.each(["Russia", "Turkey", "Iran"])("%s participates in the Astana process", (country) => {
    const edges = edgesBetween(graph, country, "participates_in", "Astana talks");
    expect(edges, typedFacts(graph).join("\n")).toHaveLength(1);
    expect(edges[0]?.attributes.family).toBe("cooperation");
  });

  it("never states a fact against direction: Akar, not Russia, is Turkey's minister", () => {
    expect(edgesBetween(graph, "Hulusi Akar", "holds_role_in", "Russia")).toEqual([]);
    expect(edgesBetween(graph, "Hulusi Akar", "holds_role_in", "Turkey")).toHaveLength(1);
  });
});

describe("sample corpus: determinism", () => {
  it.each(["graph.json", "graph.gexf"])("two builds write byte-identical %s", (file) => {
    const a = readFileSync(join(outA, file));
    const b = readFileSync(join(outB, file));
    expect(a.length).toBeGreaterThan(1000);
    expect(a.equals(b)).toBe(true);
  });
});
