// Role descriptions that refer to a person carry the person's entity id in annotation output.
import { describe, expect, it } from "vitest";
import { annotateDocument } from "../../src/pipeline/annotate-document.ts";
import { context } from "../helpers/pipeline-context.ts";

/** The text of every ROLE mention, with whether it carries the id of the person named `person`. */
function roles(text: string, person: string): Array<[string, boolean]> {
  const prediction = annotateDocument("t", text, context());
  const id = prediction.entities.find((e) => text.slice(e.start, e.end) === person)?.entity;
  return prediction.entities.filter((e) => e.type === "ROLE").map((e) => [text.slice(e.start, e.end), !!id && e.entity === id]);
}

describe("role descriptions", () => {
  it("reads a role equated with a name by a copula", () => {
    expect(roles("The brigade is led by General Ilse Maren. Her Chief of Staff is Colonel Tove Arnell.", "Tove Arnell")).toContainEqual([
      "Chief of Staff",
      true,
    ]);
  });

  it("reads a title before a comma and an honorific: 'the Minister of Foreign Affairs of Norway, HE Dr X'", () => {
    const found = roles("The talks were opened by the Minister of Foreign Affairs of Norway, HE Dr Ingrid Halvmo, on Tuesday.", "Ingrid Halvmo");
    expect(found).toContainEqual(["Minister of Foreign Affairs of Norway", true]);
  });

  it("reads a nationality and nouns right before a name as a description of the person", () => {
    expect(roles("Ocampo will meet little-known Mexican boxer Tomas Ybarra in Panama City .", "Tomas Ybarra")).toContainEqual(["Mexican boxer", true]);
  });

  it("does not describe a person by a nationality a verb separates from the name", () => {
    const found = roles("The Mexican said Tomas Ybarra would win .", "Tomas Ybarra");
    expect(found.filter(([, mine]) => mine)).toEqual([]);
  });

  it("reads a role in a relative clause, past a footnote marker: 'X,[2] who would later become the Y'", () => {
    const found = roles("The club was run by Karim Haddad,[2] who would later become the Governor of Lakeland.", "Karim Haddad");
    expect(found).toContainEqual(["the Governor of Lakeland", true]);
  });

  it("reads 'who served as' but not a relative clause with another verb", () => {
    expect(roles("Omar Nasser, who served as defence minister until 2010, died on Monday.", "Omar Nasser")).toContainEqual(["defence minister", true]);
    const other = roles("Omar Nasser, who met the defence minister on Monday, left.", "Omar Nasser");
    expect(other.filter(([, mine]) => mine)).toEqual([]);
  });

  it("reads the role a verb of appointing gives its object, past a few modifiers", () => {
    const found = roles("In 2004 the council appointed Samir Aziz the chief Lakeland envoy for the talks.", "Samir Aziz");
    expect(found.some(([text, mine]) => mine && text.startsWith("the chief Lakeland envoy"))).toBe(true);
    expect(roles("The board named Leila Haddad as its new chairman on Friday.", "Leila Haddad")).toContainEqual(["its new chairman", true]);
  });

  it("does not take lower-case words after a comma without a determiner as a role", () => {
    const found = roles("According to Mr Samir Aziz, medical staff were told to leave.", "Samir Aziz");
    expect(found.filter(([text]) => text.includes("staff"))).toEqual([]);
  });

  it("does not take a modifier alone as a role: 'X, a former world champion'", () => {
    const found = roles("Samir Aziz, a former world champion, won again.", "Samir Aziz");
    expect(found.filter(([, mine]) => mine)).toEqual([]);
  });
});
