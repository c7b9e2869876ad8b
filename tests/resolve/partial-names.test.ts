// Partial names: "Putin" is Vladimir Putin and "Haddad" is Amal Haddad, but a bare "Smith" shared by two people stays apart.
import { describe, expect, it } from "vitest";
import { partialNameTarget, type NameCluster } from "../../src/resolve/partial-names.ts";
import { graphOf } from "../helpers/build-texts.ts";
import { nodeNamed, nodesNamed, nodeSummary } from "../helpers/graph-queries.ts";

const cluster = (root: string, tokens: string[], articles: string[], coarse = "PER"): NameCluster => ({ root, coarse, tokens, articles: new Set(articles) });

describe("partialNameTarget", () => {
  const john = cluster("john", ["john", "smith"], ["a"]);
  const mary = cluster("mary", ["mary", "smith"], ["b"]);

  it("maps a surname to the one person who has it", () => {
    expect(partialNameTarget(cluster("smith", ["smith"], ["a"]), [john])).toBe(john);
  });

  it("refuses when two people share the surname across the articles that use it", () => {
    expect(partialNameTarget(cluster("smith", ["smith"], ["a", "b"]), [john, mary])).toBeNull();
  });

  it("lets an article that names only one of them settle it", () => {
    expect(partialNameTarget(cluster("smith", ["smith"], ["b"]), [john, mary])).toBe(mary);
  });

  it("needs the same coarse type, and two words for organisations", () => {
    expect(partialNameTarget(cluster("smith", ["smith"], ["a"], "ORG"), [john])).toBeNull();
    const council = cluster("nrc", ["northern", "relief", "council"], ["a"], "ORG");
    expect(partialNameTarget(cluster("council", ["council"], ["a"], "ORG"), [council])).toBeNull();
    expect(partialNameTarget(cluster("relief", ["relief", "council"], ["a"], "ORG"), [council])).toBe(council);
  });
});

describe("partial names in a corpus", () => {
  it("resolves Putin to Vladimir Putin", () => {
    const g = graphOf(["Russian President Vladimir Putin spoke in Sochi on Monday.", "Putin said the talks would continue."]);
    const node = nodeNamed(g, "Putin");
    expect(node.attributes.label).toBe("Vladimir Putin");
    expect(node.attributes.articles).toEqual(["t0", "t1"]);
    expect(node.attributes.merges.find((m) => m.alias === "Putin")?.reason).toMatch(/^(lexicon|partial-name)$/);
  });

  it("resolves the surname of a person in no lexicon", () => {
    const g = graphOf(["Amal Haddad, a teacher in Beirut, organised a protest on Monday. Haddad said the protest would continue."]);
    const node = nodeNamed(g, "Haddad");
    expect(node.attributes.label).toBe("Amal Haddad");
    expect(node.attributes.kind).toBe("person");
    expect(node.attributes.merges).toContainEqual({ alias: "Haddad", reason: "partial-name", into: "Amal Haddad" });
    expect(nodesNamed(g, "Amal Haddad")).toHaveLength(1);
  });

  it("does not merge two people who share a surname", () => {
    const g = graphOf([
      "John Smith met the mayor in Leeds on Monday.",
      "Mary Smith spoke to reporters in York on Tuesday.",
      "Smith said the plan was final.",
    ]);
    const john = nodeNamed(g, "John Smith");
    const mary = nodeNamed(g, "Mary Smith");
    expect(john.key).not.toBe(mary.key);
    // The bare surname is ambiguous across the corpus: it joins neither person.
    expect(john.attributes.aliases).not.toContain("Smith");
    expect(mary.attributes.aliases).not.toContain("Smith");
    expect(nodeSummary(g)).toContain("Smith (person)");
  });
});

describe("ambiguous partial names, settled per article", () => {
  it("joins a bare surname to the one person of that name its own article names", () => {
    const g = graphOf([
      "Prime Minister Tony Blair visited Basra. Blair said the troops would stay.",
      "Cherie Blair opened a clinic in Leeds. Blair said the clinic was overdue.",
      "Tony Blair and Cherie Blair arrived in Rome. Blair waved.",
    ]);
    const tony = nodeNamed(g, "Tony Blair");
    const cherie = nodeNamed(g, "Cherie Blair");
    expect(tony.key).not.toBe(cherie.key);
    // Each: the full name twice, and the bare "Blair" of the article that names only them. The third article names
    // both, so its "Blair" joins neither.
    expect(tony.attributes.mentions, nodeSummary(g).join(", ")).toBe(3);
    expect(cherie.attributes.mentions, nodeSummary(g).join(", ")).toBe(3);
    expect(tony.attributes.merges).toContainEqual(expect.objectContaining({ alias: "Blair", reason: "partial-name" }));
  });
});

describe("organisations called by one word of their name", () => {
  it("joins 'Dynamo' to the one Dynamo Lakeland of the article", () => {
    const g = graphOf(["Dynamo Lakeland beat Spartak 2-0 on Saturday . Dynamo remain top of the league ."]);
    expect(nodeNamed(g, "Dynamo Lakeland").attributes.aliases, nodeSummary(g).join(", ")).toContain("Dynamo");
  });
});

describe("companies called by the start of their name", () => {
  it("joins 'Kestrel Mining' and 'Kestrel' to Kestrel Mining Holdings Inc in its article", () => {
    const g = graphOf(["Kestrel Mining Holdings Inc said on Friday profits rose . Kestrel Mining shares gained 3 percent as Kestrel sold a mine ."]);
    const node = nodeNamed(g, "Kestrel Mining Holdings Inc");
    expect(node.attributes.aliases, nodeSummary(g).join(", ")).toContain("Kestrel Mining");
  });
});
