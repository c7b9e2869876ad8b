// Packed citations: unpacked, they are the objects that were packed, key order included, and citations of an
// unusual shape come back as they went in.
import { describe, expect, it } from "vitest";
import { CitationPacker, CitationsSlot, citationCount, unpackCitations } from "../../src/assemble/packed-citations.ts";
import type { Article } from "../../src/model/article.ts";
import type { Citation } from "../../src/model/relation.ts";

const TEXT = "Elbonia supports Ruritania. Jana Novak met officials in Elbonia, reportedly.";
const ARTICLES: Article[] = [
  { id: "other", title: "Other", outlet: null, date: null, url: null, text: "Nothing here." },
  { id: "a1", title: "One", outlet: "Wire", date: "2019-01-02", url: null, text: TEXT },
];
const INDEX = new Map(ARTICLES.map((a, i) => [a.id, i]));

const edgeCitation = (extra: Partial<Citation> = {}): Citation => ({
  article: "a1", sentence: 1, start: 28, end: 77, quote: TEXT.slice(28, 77), subject: [28, 38], object: [56, 63], ...extra,
});

describe("packed citations", () => {
  it("gives back equal objects with their keys in the same order", () => {
    const citations = [
      { article: "a1", sentence: 0, start: 0, end: 27, quote: TEXT.slice(0, 27), subject: [0, 7] as [number, number] },
      edgeCitation(),
      edgeCitation({ attributedTo: "Reuters", hedge: "reportedly" }),
      edgeCitation({ hedge: "reportedly" }),
    ];
    const packer = new CitationPacker(ARTICLES, INDEX);
    for (const c of citations) packer.add(c);
    const packed = packer.finish();
    expect(citationCount(packed)).toBe(4);
    const unpacked = unpackCitations(packed, ARTICLES);
    expect(unpacked).toEqual(citations);
    expect(JSON.stringify(unpacked)).toBe(JSON.stringify(citations));
  });

  it("builds a node citation from numbers alone", () => {
    const packer = new CitationPacker(ARTICLES, INDEX);
    packer.addMention(1, 0, 0, 27, 17, 26);
    expect(JSON.stringify(unpackCitations(packer.finish(), ARTICLES))).toBe(
      JSON.stringify([{ article: "a1", sentence: 0, start: 0, end: 27, quote: "Elbonia supports Ruritania.", subject: [17, 26] }]),
    );
  });

  it("keeps citations it cannot rebuild exactly as they came", () => {
    const odd: Citation[] = [
      edgeCitation({ quote: "a quote that is not the slice" }),
      { ...edgeCitation(), article: "unknown" },
      { sentence: 1, article: "a1", start: 28, end: 77, quote: TEXT.slice(28, 77) },
      edgeCitation({ start: 28.5 }),
    ];
    const packer = new CitationPacker(ARTICLES, INDEX);
    for (const c of odd) packer.add(c);
    const unpacked = unpackCitations(packer.finish(), ARTICLES);
    unpacked.forEach((c, i) => expect(c).toBe(odd[i]));
  });

  it("reads afresh at each read, and an assigned list replaces the packed one", () => {
    const packer = new CitationPacker(ARTICLES, INDEX);
    packer.add(edgeCitation());
    const slot = new CitationsSlot(packer.finish(), ARTICLES);
    expect(slot.read()).toEqual(slot.read());
    expect(slot.read()).not.toBe(slot.read());
    const assigned: Citation[] = [];
    slot.write(assigned);
    expect(slot.read()).toBe(assigned);
  });
});
