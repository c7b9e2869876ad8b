// Relations stated by a verb, with negation, hypotheticals, hedges and attribution, and co-mention as the fallback.
import { describe, expect, it } from "vitest";
import { modalityOf } from "../../src/relate/modality.ts";
import { graphOf } from "../helpers/build-texts.ts";
import { allFacts, edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

const SDF = "Syrian Democratic Forces";

describe("modalityOf", () => {
  it("finds negations, hypotheticals and hedges", () => {
    expect(modalityOf(["did", "not"])).toEqual({ kind: "denied", cue: "not" });
    expect(modalityOf(["has", "never"])).toEqual({ kind: "denied", cue: "never" });
    expect(modalityOf(["could"])).toEqual({ kind: "hypothetical", cue: "could" });
    expect(modalityOf(["reportedly"])).toEqual({ kind: "asserted", hedge: "reportedly" });
    expect(modalityOf(["on", "Monday"])).toEqual({ kind: "asserted" });
  });
});

describe("verbs", () => {
  it("asserts a plain statement, with its family and quad", () => {
    const g = graphOf([`Turkey attacked the ${SDF} on Sunday.`]);
    const [edge] = edgesBetween(g, "Turkey", "fights", SDF);
    expect(edge, typedFacts(g).join("\n")).toBeDefined();
    expect(edge?.attributes.family).toBe("conflict");
    expect(edge?.attributes.quad).toBe("material_conflict");
    expect(edge?.attributes.citations[0]?.hedge).toBeUndefined();
  });

  it("reads 'play host to' as hosting", () => {
    const g = graphOf(["Kazakhstan will play host to Iran on Monday."]);
    expect(edgesBetween(g, "Kazakhstan", "hosts", "Iran"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("relates each of coordinated subjects: 'Russia and Turkey agreed'", () => {
    const g = graphOf(["Russia and Turkey agreed on a new ceasefire on Tuesday."]);
    const [edge] = edgesBetween(g, "Russia", "agrees_with", "Turkey");
    expect(edge, typedFacts(g).join("\n")).toBeDefined();
    expect(edge?.attributes.directed).toBe(false);
    expect([edge?.source, edge?.target]).toEqual(["country:russia", "country:turkey"]);
  });

  it("does not take the subject of a new clause after 'and' as the object", () => {
    const g = graphOf(["Russia conducted strikes on Monday and Turkey protested ."]);
    expect(edgesBetween(g, "Russia", "fights", "Turkey"), typedFacts(g).join("\n")).toHaveLength(0);
    const h = graphOf(["Syrian troops attacked and killed Karim Baban ."]);
    expect(typedFacts(h).some((f) => f.includes("fights") && f.includes("Karim Baban")), typedFacts(h).join("\n")).toBe(true);
  });

  it("keeps the three pairs of 'Russia, Turkey and Iran agreed'", () => {
    const g = graphOf(["Russia, Turkey and Iran agreed to meet again in Astana."]);
    for (const [a, b] of [["Russia", "Turkey"], ["Russia", "Iran"], ["Turkey", "Iran"]] as const) {
      expect(edgesBetween(g, a, "agrees_with", b), `${a}-${b}: ${typedFacts(g).join("; ")}`).toHaveLength(1);
    }
  });
});

describe("denied and hypothetical statements are never asserted", () => {
  it.each([
    `Turkey did not attack the ${SDF} last week.`,
    `Turkey has never attacked the ${SDF}.`,
    `Turkey denied that it attacked the ${SDF}.`,
    `Turkey could attack the ${SDF} next week.`,
    `Turkey might attack the ${SDF}.`,
  ])("%s", (text) => {
    const g = graphOf([text]);
    expect(edgesBetween(g, "Turkey", "fights", SDF), typedFacts(g).join("\n")).toEqual([]);
    // The pair is still seen together: a weak co-mention, not a claim.
    expect(edgesBetween(g, "Turkey", "co_mentioned", SDF)).toHaveLength(1);
  });

  it("a conditional clause is not asserted", () => {
    const g = graphOf([`If Turkey attacks the ${SDF}, Russia will respond.`]);
    expect(edgesBetween(g, "Turkey", "fights", SDF)).toEqual([]);
    expect(edgesBetween(g, "Turkey", "fights", "Russia")).toEqual([]);
  });
});

describe("hedges and attribution go on the citation", () => {
  it("records 'reportedly' as the hedge", () => {
    const g = graphOf([`Turkey reportedly attacked the ${SDF} on Sunday.`]);
    const [edge] = edgesBetween(g, "Turkey", "fights", SDF);
    expect(edge?.attributes.citations[0]?.hedge).toBe("reportedly");
  });

  it("records 'X said' as the attribution", () => {
    const g = graphOf([`Turkey attacked the ${SDF} on Sunday, Russia said.`]);
    const [edge] = edgesBetween(g, "Turkey", "fights", SDF);
    expect(edge?.attributes.citations[0]?.attributedTo).toBe("Russia");
  });

  it("records 'according to X' as the attribution", () => {
    const g = graphOf([`Turkey attacked the ${SDF} on Sunday, according to RIA Novosti.`]);
    const [edge] = edgesBetween(g, "Turkey", "fights", SDF);
    expect(edge?.attributes.citations[0]?.attributedTo).toBe("RIA Novosti");
  });

  it("records a speaker who opens the sentence, with the canonical name", () => {
    const g = graphOf(["Putin said Russia and Turkey agreed on the plan."]);
    const [edge] = edgesBetween(g, "Russia", "agrees_with", "Turkey");
    expect(edge?.attributes.citations[0]?.attributedTo).toBe("Vladimir Putin");
  });

  it("records 'said X' after a comma as X's", () => {
    const g = graphOf([`Turkey did not attack the ${SDF}, said Amal Haddad.`]);
    const [edge] = edgesBetween(g, "Turkey", "co_mentioned", SDF);
    expect(edge?.attributes.citations[0]?.attributedTo).toBe("Amal Haddad");
  });
});

describe("co-mention fallback", () => {
  it("relates names in one sentence that no pattern relates, as the weak mention family", () => {
    const g = graphOf([`Turkey and the ${SDF} both released statements on Sunday.`]);
    expect(typedFacts(g)).toEqual([]);
    const [edge] = edgesBetween(g, "Turkey", "co_mentioned", SDF);
    expect(edge?.attributes.family).toBe("mention");
    expect(edge?.attributes.directed).toBe(false);
  });

  it("adds no co-mention for a pair that a typed relation already links", () => {
    const g = graphOf(["Russia and Turkey agreed on a new ceasefire on Tuesday."]);
    expect(allFacts(g)).toEqual(["Russia agrees_with Turkey"]);
  });

  it("relates nothing across sentences", () => {
    const g = graphOf(["Turkey released a statement. Russia stayed silent."]);
    expect(allFacts(g)).toEqual([]);
  });
});
