// Document-level consistency of the tagger's spans (src/ner/tag-document.ts), on invented sentences.
import { describe, expect, it } from "vitest";
import { harmoniseSpans, type TaggedSpan } from "../../src/ner/index.ts";
import { loadDefaultNerModel } from "../../src/ner/load-model-node.ts";
import { tagDocument } from "../../src/ner/tag-document.ts";

const words = (sentence: string): string[] => sentence.split(" ");
const span = (first: number, end: number, type: TaggedSpan["type"]): TaggedSpan => ({ first, end, type });

describe("harmoniseSpans", () => {
  const doc = [
    words("Lena Varga met officials in Tirana ."),
    words("Varga Group shares fell ."),
    words("Lena Varga left on Monday ."),
    words("Reporters asked Lena Varga about the plan ."),
  ];

  it("gives a name tagged twice as one type that type everywhere, and tags the occurrence the tagger missed", () => {
    const tagged = [[span(0, 2, "PER"), span(5, 6, "LOC")], [span(0, 2, "ORG")], [span(0, 2, "PER")], []];
    const out = harmoniseSpans(doc, tagged);
    expect(out[3]).toEqual([span(2, 4, "PER")]);
    expect(out[1]).toEqual([span(0, 2, "ORG")]);
  });

  it("relabels a minority tagging of the same name", () => {
    const tagged = [[span(0, 2, "PER")], [], [span(0, 2, "PER")], [span(2, 4, "ORG")]];
    expect(harmoniseSpans(doc, tagged)[3]).toEqual([span(2, 4, "PER")]);
  });

  it("needs minVotes agreeing taggings, and leaves ties alone", () => {
    const once = [[span(0, 2, "PER")], [], [], []];
    expect(harmoniseSpans(doc, once)[3]).toEqual([]);
    expect(harmoniseSpans(doc, once, { minVotes: 1 })[3]).toEqual([span(2, 4, "PER")]);
    const tie = [[span(0, 2, "PER")], [], [span(0, 2, "LOC")], []];
    expect(harmoniseSpans(doc, tie, { minVotes: 1 })).toEqual(tie);
  });

  it("does not tag a known name glued to other capitalised words, nor in an all-caps headline", () => {
    const glued = [words("Lena Varga met officials ."), words("Lena Varga left ."), words("Ask Anna Lena Varga Smith ."), words("LENA VARGA TO VISIT")];
    const tagged = [[span(0, 2, "PER")], [span(0, 2, "PER")], [], []];
    const out = harmoniseSpans(glued, tagged);
    expect(out[2]).toEqual([]);
    expect(out[3]).toEqual([]);
  });

  it("makes a surname standing alone a person once the document names the person in full", () => {
    const sentences = [words("Lena Varga arrived in Tirana ."), words("Varga said the talks went well ."), words("Officials thanked Varga ."), words("Ask Anna Varga Smith .")];
    const tagged = [[span(0, 2, "PER"), span(4, 5, "LOC")], [span(0, 1, "ORG")], [], []];
    const out = harmoniseSpans(sentences, tagged);
    expect(out[1]).toEqual([span(0, 1, "PER")]);
    expect(out[2]).toEqual([span(2, 3, "PER")]);
    expect(out[3]).toEqual([]);
  });

  it("rejects minVotes below one", () => {
    expect(() => harmoniseSpans(doc, [[], [], [], []], { minVotes: 0 })).toThrow(/minVotes must be a whole number/);
  });
});

describe("tagDocument", () => {
  it("tags like tagSentence on a one-sentence document, and gives repeated sentences the same spans", () => {
    const model = loadDefaultNerModel();
    const s = words("Amal Haddad of the Northern Relief Council met officials in Beirut .");
    const [a, b] = tagDocument(model, [{ words: s }, { words: s }]);
    expect(a).toEqual(b);
    expect(a?.map((x) => s.slice(x.first, x.end).join(" "))).toEqual(expect.arrayContaining(["Amal Haddad", "Beirut"]));
  });
});
