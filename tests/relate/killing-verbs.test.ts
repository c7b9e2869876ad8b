// Killings and shootings stated by verbs whose killer or target stands apart from them.
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("killers named late", () => {
  it("reads 'X was shot to death on a date in a place by Y' as Y fighting X", () => {
    const g = graphOf(["Amal Haddad was shot to death March 3 , 1994 , in the car park of her Denver studio by Karl Osterberg ."]);
    expect(edgesBetween(g, "Karl Osterberg", "fights", "Amal Haddad"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not read a 'by' past the end of the clause", () => {
    const g = graphOf(["Amal Haddad was shot in Boston and the inquiry was led by Karl Osterberg ."]);
    expect(edgesBetween(g, "Karl Osterberg", "fights", "Amal Haddad"), typedFacts(g).join("\n")).toHaveLength(0);
  });
});

describe("opening fire", () => {
  it("reads 'X opened fire on Y' as X fighting Y", () => {
    const g = graphOf(["Turkish troops opened fire on the Kurdistan Workers Party near the border."]);
    expect(typedFacts(g).join("\n")).toMatch(/Turkish troops fights Kurdistan Workers/);
  });

  it("reads a participle after a common noun as that noun's verb", () => {
    const g = graphOf(["NATO aircraft struck the hill to stop enemy gunmen firing on Afghan army positions."]);
    expect(typedFacts(g).join("\n")).not.toMatch(/NATO fights/);
  });
});

describe("directions", () => {
  it("reads 'X in southeast Y' as located_in", () => {
    const g = graphOf(["Flooding was reported in Galveston in southeast Texas on Monday."]);
    expect(edgesBetween(g, "Galveston", "located_in", "Texas"), typedFacts(g).join("\n")).toHaveLength(1);
  });
});

describe("overthrowing", () => {
  it("reads 'X deposed King Y' as X fighting Y", () => {
    const g = graphOf(["In 1969 Muammar Gaddafi deposed King Idris in a bloodless coup ."]);
    expect(edgesBetween(g, "Muammar Gaddafi", "fights", "King Idris"), typedFacts(g).join("\n")).toHaveLength(1);
  });

  it("does not read 'ousted' before a name as a verb", () => {
    const g = graphOf(["The Cairo court heard the suit filed by ousted Wafd Party leader Amal Haddad ."]);
    expect(typedFacts(g).join("\n")).not.toMatch(/fights/);
  });
});
