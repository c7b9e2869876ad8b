// Spelling variants of one name: transliterations (Shoigu/Shoygu, Hay'et/Hayat) and typos ("Recept Tayyip Erdogan").
import { describe, expect, it } from "vitest";
import { editDistance, nameVariant, skeleton } from "../../src/resolve/name-similarity.ts";
import { graphOf } from "../helpers/build-texts.ts";
import { nodeNamed, nodesNamed, nodeSummary } from "../helpers/graph-queries.ts";

describe("nameVariant", () => {
  it("calls vowel and y/w respellings transliterations", () => {
    expect(skeleton("shoigu")).toBe(skeleton("shoygu"));
    expect(nameVariant("Sergei Shoigu", "Sergei Shoygu")).toBe("transliteration");
    expect(nameVariant("Hay'et Tahrir al-Sham", "Hayat Tahrir al-Sham")).toBe("transliteration");
    expect(nameVariant("Abdulrahman Yousef", "Abdulrahman Yusuf")).toBe("transliteration");
  });

  it("calls one edit in a word of a longer name a typo", () => {
    expect(editDistance("recept", "recep")).toBe(1);
    expect(nameVariant("Recept Tayyip Erdogan", "Recep Tayyip Erdogan")).toBe("typo");
  });

  it("refuses different names", () => {
    expect(nameVariant("Iran", "Iraq")).toBeNull();
    expect(nameVariant("John Smith", "Mary Smith")).toBeNull();
    expect(nameVariant("Vladimir Putin", "Putin")).toBeNull();
    // Every word respelt is more likely another name.
    expect(nameVariant("Sergei Shoigu", "Sergey Shoygu")).toBeNull();
  });
});

describe("transliteration across articles", () => {
  it("joins Shoigu and Shoygu into one person", () => {
    const g = graphOf(["Russian Defence Minister Sergei Shoigu visited Damascus on Monday.", "Sergei Shoygu said the visit went well. Shoygu returned on Friday."]);
    const node = nodeNamed(g, "Shoygu");
    expect(nodesNamed(g, "Sergei Shoigu").map((n) => n.key)).toEqual([node.key]);
    expect(node.attributes.aliases).toEqual(expect.arrayContaining(["Sergei Shoigu", "Sergei Shoygu"]));
    expect(node.attributes.kind).toBe("person");
  });

  it("joins Hay'et and Hayat Tahrir al-Sham", () => {
    const g = graphOf(["Hay'et Tahrir al-Sham controls most of the province.", "Hayat Tahrir al-Sham fighters clashed with the army."]);
    const node = nodeNamed(g, "Hay'et Tahrir al-Sham");
    expect(nodesNamed(g, "Hayat Tahrir al-Sham").map((n) => n.key)).toEqual([node.key]);
    expect(node.attributes.kind).toBe("armed_group");
  });

  it("joins the variants of a name in no lexicon", () => {
    const g = graphOf(["Local commander Abdulrahman Yousef met elders in Raqqa on Monday.", "Abdulrahman Yusuf said the elders agreed."]);
    const node = nodeNamed(g, "Abdulrahman Yusuf");
    expect(nodesNamed(g, "Abdulrahman Yousef").map((n) => n.key), nodeSummary(g).join(", ")).toEqual([node.key]);
  });

  it("records the merge of an unknown name's variant as a transliteration", () => {
    const g = graphOf(["Local commander Abdulrahman Yousef met elders in Raqqa on Monday.", "Abdulrahman Yusuf said the elders agreed."]);
    const node = nodeNamed(g, "Abdulrahman Yusuf");
    const merge = node.attributes.merges.find((m) => m.alias !== node.attributes.label);
    expect(merge?.reason).toBe("transliteration");
  });
});

describe("typos in multiword names", () => {
  it("joins 'Recept Tayyip Erdogan' to Recep Tayyip Erdogan and keeps the typo as an alias", () => {
    const g = graphOf(["Turkish President Recep Tayyip Erdogan spoke in Ankara on Monday.", "On Tuesday, Recept Tayyip Erdogan said Turkey would respond."]);
    const node = nodeNamed(g, "Recep Tayyip Erdogan");
    expect(nodesNamed(g, "Recept Tayyip Erdogan").map((n) => n.key)).toEqual([node.key]);
    expect(node.attributes.aliases).toContain("Recept Tayyip Erdogan");
    expect(node.attributes.merges).toContainEqual(expect.objectContaining({ alias: "Recept Tayyip Erdogan", reason: "typo" }));
  });

  it("keeps the typo when the misspelt name opens a sentence", () => {
    const g = graphOf(["Turkish President Recep Tayyip Erdogan spoke in Ankara on Monday.", "Recept Tayyip Erdogan said Turkey would respond."]);
    expect(nodeNamed(g, "Recep Tayyip Erdogan").attributes.aliases).toContain("Recept Tayyip Erdogan");
  });

  it("joins a one-letter typo in a name in no lexicon", () => {
    const g = graphOf(["Marcus Hollander, a British aid worker, arrived in Gaziantep on Monday.", "Aid worker Marcus Hollamder said supplies were short."]);
    const node = nodeNamed(g, "Marcus Hollander");
    expect(nodesNamed(g, "Marcus Hollamder").map((n) => n.key)).toEqual([node.key]);
    expect(node.attributes.merges.map((m) => m.reason)).toContain("typo");
  });
});

describe("transliteration limits", () => {
  it("does not merge different words that only share a consonant skeleton", () => {
    expect(nameVariant("Britain", "Britney")).toBeNull();
    expect(nameVariant("China", "Cheney")).toBeNull();
    expect(nameVariant("Wales", "Walsh")).toBeNull();
    expect(nameVariant("Tokyo", "TOK")).toBeNull();
    expect(nameVariant("Tony Blair", "Tina Blair")).toBeNull();
  });

  it("allows a long word about one edit in four letters, not more", () => {
    // 13 and 17 letters: three edits may pass, four or five may not.
    expect(nameVariant("Salaheddinoui", "Salahaddinaya")).toBeNull();
    expect(nameVariant("Konstantinopoulos", "Kanstantinapaalas")).toBeNull();
    expect(nameVariant("Abdulrahmaniya", "Abdelrahmaniye")).toBe("transliteration");
  });
});
