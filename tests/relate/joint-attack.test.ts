// Sides named together as the subject of one attack on a third act as allies; sides that fight each other do not.
import { describe, expect, it } from "vitest";
import { graphOf } from "../helpers/build-texts.ts";
import { edgesBetween, typedFacts } from "../helpers/graph-queries.ts";

describe("joint attacks", () => {
  it("reads 'A, the wider B and C are committed to defeating ...' as allies", () => {
    const g = graphOf(["Canada, the wider African Union and the Government of Mali are committed to defeating these militants."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Canada", "supports", "Government of Mali"), facts).toHaveLength(1);
    expect(edgesBetween(g, "Government of Mali", "supports", "Canada"), facts).toHaveLength(1);
  });

  it("reads 'A and B bombed C' as A and B allied against C", () => {
    const g = graphOf(["Russia and Iran bombed the Free Syrian Army near Homs."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Russia", "supports", "Iran"), facts).toHaveLength(1);
    expect(edgesBetween(g, "Russia", "fights", "Free Syrian Army"), facts).toHaveLength(1);
  });

  it("does not ally two sides that fought each other", () => {
    const g = graphOf(["Iran and Iraq fought a long war in the 1980s."]);
    expect(typedFacts(g).join("\n")).not.toMatch(/supports/);
  });

  it("does not ally two sides in a denied attack", () => {
    const g = graphOf(["Russia and Iran never bombed the Free Syrian Army."]);
    expect(typedFacts(g).join("\n")).not.toMatch(/supports/);
  });
});

describe("joint attacks need attackers and an armed target", () => {
  it("does not ally the victims of a passive ('A and B were shot')", () => {
    const g = graphOf(["Two friends , Amal Haddad and Karl Osterberg , were shot in Bristol in October ."]);
    expect(typedFacts(g).join("\n")).not.toMatch(/supports/);
  });

  it("does not ally people who attack a thing ('joined X and Y in attacking the quality of radio drama')", () => {
    const g = graphOf(["Karl Osterberg has joined Amal Haddad and Joe Pratt in attacking the falling quality of radio drama ."]);
    expect(typedFacts(g).join("\n")).not.toMatch(/supports/);
  });
});

describe("joint captures", () => {
  it("reads 'A and B recaptured C' as A and B allied", () => {
    const g = graphOf(["Malian soldiers and Chadian troops recaptured Gao on Sunday."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Malian soldiers", "supports", "Chadian troops"), facts).toHaveLength(1);
    expect(edgesBetween(g, "Chadian troops", "supports", "Malian soldiers"), facts).toHaveLength(1);
  });

  it("does not ally two sides that only hold ground ('A and B control parts of C')", () => {
    const g = graphOf(["Malian soldiers and Chadian troops control parts of Gao."]);
    expect(typedFacts(g).join("\n")).not.toMatch(/supports/);
  });

  it("finds the sides of a capture across a passive aside ('A, B and C, assisted by X, began a push to retake Y'), without reading the aim as control", () => {
    const g = graphOf(["About 9,000 Malian soldiers, Chadian troops and Shia militiamen, assisted by UN-backed coalition drones, began a new push to retake Gao last week."]);
    const facts = typedFacts(g).join("\n");
    expect(edgesBetween(g, "Chadian troops", "supports", "Malian soldiers"), facts).toHaveLength(1);
    expect(facts).not.toMatch(/controls/);
  });
});
