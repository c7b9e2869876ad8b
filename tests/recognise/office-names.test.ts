// Offices and bodies named "X for/of/on Y" are one organisation, and the remit of an office is never a person.
import { describe, expect, it } from "vitest";
import type { RecognisedDocument } from "../../src/model/mention.ts";
import { extractArticle } from "../../src/pipeline/extract-article.ts";
import type { PipelineContext } from "../../src/pipeline/pipeline-context.ts";
import { articlesOf } from "../helpers/build-texts.ts";
import { context } from "../helpers/pipeline-context.ts";

function recognise(text: string, ctx: PipelineContext = context()): RecognisedDocument {
  const [article] = articlesOf([text]);
  if (!article) throw new Error("no article");
  return extractArticle(article, ctx, { clean: false }).recognised;
}

const names = (doc: RecognisedDocument): string[] => doc.mentions.map((m) => `${m.surface}:${m.coarse}`);

describe("office names", () => {
  it("reads 'the Army of the ...' as one armed group and 'Party of ...' as one organisation", () => {
    const doc = recognise("The Army of the Golden Crescent was listed as one of its members.\nThe Party of Northern Farmers won two seats.");
    expect(doc.mentions.find((m) => m.surface === "Army of the Golden Crescent")).toMatchObject({ kind: "armed_group", coarse: "ORG" });
    expect(names(doc)).toContain("Party of Northern Farmers:ORG");
  });

  it("reads 'the UN High Commissioner for Refugees' as one organisation, with no person in it", () => {
    const doc = recognise("An aide to the UN High Commissioner for Refugees, Tomas Brell, spoke in Geneva.");
    expect(names(doc)).toContain("UN High Commissioner for Refugees:ORG");
    expect(names(doc)).toContain("Tomas Brell:PER");
    expect(doc.mentions.filter((m) => m.coarse === "PER").map((m) => m.surface)).toEqual(["Tomas Brell"]);
  });

  it("reads a capitalised 'Government of X' as one organisation, and a lower-case one as the country", () => {
    const named = recognise("Donors urged the Federal Government of Varnia to reopen the crossing.");
    expect(names(named)).toContain("Federal Government of Varnia:ORG");
    const described = recognise("The government of Canada said on Monday it would reopen the crossing.");
    expect(names(described)).toContain("Canada:LOC");
    expect(names(described).some((n) => n.startsWith("government"))).toBe(false);
  });

  it("finds the office by the pattern alone, without the tagger", () => {
    const doc = recognise("An official at the UN High Commissioner for Refugees said the camp was full.", { ...context(), ner: null });
    expect(names(doc)).toEqual(["UN High Commissioner for Refugees:ORG"]);
  });

  it("keeps connectors inside the remit: 'of', 'the', 'and'", () => {
    const doc = recognise("Talks were delayed, the Office for the Coordination of Harbour Affairs said.");
    expect(names(doc)).toEqual(["Office for the Coordination of Harbour Affairs:ORG"]);
    expect(names(recognise("A report by the Committee on Foreign Relations was published."))).toEqual(["Committee on Foreign Relations:ORG"]);
  });

  it("ends the remit before the office holder's name", () => {
    const doc = recognise("UN High Commissioner for Refugees Amina Hadid visited the camp.");
    expect(names(doc)).toEqual(["UN High Commissioner for Refugees:ORG", "Amina Hadid:PER"]);
    const bank = recognise("Bank of Northland Governor Piet Kruger raised rates.");
    expect(names(bank)).toEqual(["Bank of Northland:ORG", "Piet Kruger:PER"]);
  });

  it("ends the remit before a day and before a second body joined by 'and the'", () => {
    expect(names(recognise("The Office of the Special Envoy for Syria on Tuesday denied it."))).toEqual(["Office of the Special Envoy for Syria:ORG"]);
    const two = recognise("The Department of Fisheries and the Maritime Safety Commission opened inquiries.", { ...context(), ner: null });
    expect(names(two)).toEqual(["Department of Fisheries:ORG"]);
  });

  it("goes on over 'and the' when no second office follows", () => {
    const doc = recognise("The Trade Commission for Norvania and the Outer Isles lowered its estimate.", { ...context(), ner: null });
    expect(names(doc)).toEqual(["Trade Commission for Norvania and the Outer Isles:ORG"]);
  });

  it("leaves lower-case offices and lines in capitals alone", () => {
    expect(names(recognise("The ministry of defence said so.", { ...context(), ner: null }))).toEqual([]);
    expect(names(recognise("MINISTRY OF DEFENCE SAYS TROOPS LEFT", { ...context(), ner: null }))).toEqual([]);
  });
});

describe("remits are no persons", () => {
  it("does not glue the remit of a minister onto his name", () => {
    expect(names(recognise("Minister of Finance Karl Osterberg resigned on Monday."))).toEqual(["Karl Osterberg:PER"]);
  });

  it("does not read a field of public work as a person", () => {
    const doc = recognise("Protesters said Human Rights mattered more than trade.");
    expect(doc.mentions.filter((m) => m.coarse === "PER")).toEqual([]);
  });
});
