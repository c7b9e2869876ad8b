// Neo4j bulk-import CSV: the header neo4j-admin expects, and RFC 4180 round trips of awkward text.
import { describe, expect, it } from "vitest";
import { neo4jLabel, writeNeo4jCsv } from "../../src/export/neo4j-csv.ts";
import { fixtureGraph } from "./fixture-graph.ts";
import { parseCsv } from "./rfc4180.ts";

function table(csv: string): Record<string, string>[] {
  const [header = [], ...rows] = parseCsv(csv);
  for (const row of rows) expect(row).toHaveLength(header.length);
  return rows.map((row) => Object.fromEntries(header.map((name, i) => [name, row[i] ?? ""])));
}

describe("writeNeo4jCsv", () => {
  const graph = fixtureGraph();
  const csv = writeNeo4jCsv(graph);

  it("has the headers neo4j-admin import expects", () => {
    const [nodeHeader = []] = parseCsv(csv.nodes);
    expect(nodeHeader[0]).toBe("id:ID");
    expect(nodeHeader.at(-1)).toBe(":LABEL");
    expect(nodeHeader).toEqual(expect.arrayContaining(["label", "kind", "aliases:string[]", "mentions:int", "pagerank:double", "firstSeen:date", "x:double"]));
    const [relHeader = []] = parseCsv(csv.relationships);
    expect(relHeader.slice(0, 3)).toEqual([":START_ID", ":END_ID", ":TYPE"]);
    expect(relHeader).toEqual(expect.arrayContaining(["family", "weight:int", "directed:boolean", "articles:string[]", "citations"]));
    for (const name of [...nodeHeader, ...relHeader]) expect(name).toMatch(/^(:[A-Z_]+|[A-Za-z]+(:(ID|int|double|boolean|date|string\[\]))?)$/);
  });

  it("writes one row per node and relationship, with labels and types", () => {
    const nodes = table(csv.nodes);
    expect(nodes).toHaveLength(graph.order);
    expect(nodes.find((n) => n["id:ID"] === "armed_group:the-front")?.[":LABEL"]).toBe("Entity;ArmedGroup");
    expect(neo4jLabel("organization")).toBe("Organization");
    const rels = table(csv.relationships);
    expect(rels).toHaveLength(graph.size);
    expect(rels.map((r) => r[":TYPE"])).toContain("HOLDS_ROLE_IN");
    const role = rels.find((r) => r[":TYPE"] === "HOLDS_ROLE_IN");
    expect(role?.[":START_ID"]).toBe("person:jana-novak");
    expect(role?.[":END_ID"]).toBe("country:ruritania");
  });

  it("round-trips commas, quotes and newlines, and keeps array elements whole", () => {
    const ruritania = table(csv.nodes).find((n) => n["id:ID"] === "country:ruritania");
    expect(ruritania?.["aliases:string[]"]?.split(";")).toEqual(["Ruritania", "Ruritanian", 'R, "the" kingdom, old\\name']);
    expect(ruritania?.["outlets:string[]"]?.split(";")).toEqual(["Daily Ledger", "Evening Post, Wire"]);
    const atT = table(csv.nodes).find((n) => n["id:ID"] === "organization:at-t-syria");
    expect(atT?.label).toBe("AT&T <Syria>");
    const coMention = table(csv.relationships).find((r) => r.key === "country:ruritania|co_mentioned|organization:at-t-syria");
    const lines = coMention?.citations?.split("\n") ?? [];
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('AT&T <Syria> said "no comment", sources said.');
    expect(coMention?.["directed:boolean"]).toBe("false");
    const roles = table(csv.relationships).find((r) => r[":TYPE"] === "HOLDS_ROLE_IN")?.["roles:string[]"];
    expect(roles?.split(";")).toEqual(["Minister", 'Acting, "interim" head']);
  });

  it("is deterministic", () => {
    expect(writeNeo4jCsv(fixtureGraph())).toEqual(csv);
  });
});
