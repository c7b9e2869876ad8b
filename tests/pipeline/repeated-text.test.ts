// Repeated lines and sentences are read and recognised once per article (segment-document.ts, recognise-document.ts):
// every copy must still get its own tokens and names, at its own offsets.
import { describe, expect, it } from "vitest";
import { extractText, graphOf } from "../helpers/build-texts.ts";

const SENTENCE = "Prime Minister Lena Varga met Omar Haddad of the Northern Alliance in Tirana. ";
const PARAGRAPH = "Share this story. Lena Varga said the talks would go on.";

describe("repeated text", () => {
  it("gives every copy of a repeated line the same tokens and names, shifted to its place", () => {
    const text = `${PARAGRAPH}\n${PARAGRAPH}\n\n${PARAGRAPH}\n`;
    const { segmented, recognised } = extractText(text);
    const step = PARAGRAPH.length + 1;
    const perCopy = segmented.tokens.length / 3;
    expect(Number.isInteger(perCopy)).toBe(true);
    for (let i = 0; i < perCopy; i++) {
      const a = segmented.tokens[i]!;
      expect(segmented.tokens[i + perCopy]!.start).toBe(a.start + step);
      expect(segmented.tokens[i + 2 * perCopy]!.start).toBe(a.start + 2 * step + 1);
      expect(segmented.tokens[i + perCopy]!.pos).toBe(a.pos);
    }
    const varga = recognised.mentions.filter((m) => m.surface === "Lena Varga");
    expect(varga.map((m) => m.start)).toEqual([text.indexOf("Lena Varga"), text.indexOf("Lena Varga") + step, text.indexOf("Lena Varga") + 2 * step + 1]);
    expect(new Set(varga.map((m) => m.sentence)).size).toBe(3);
  });

  it("finds the names of a sentence repeated over a line long enough to be read in pieces", () => {
    const repeats = 800; // about 62 KB: several pieces of at most 16 KB
    const text = `Talks in Tirana\n\n${SENTENCE.repeat(repeats)}`;
    const { segmented, recognised } = extractText(text);
    expect(segmented.sentences.length).toBe(repeats + 1);
    const bySurface = new Map<string, number>();
    for (const m of recognised.mentions) {
      expect(text.slice(m.start, m.end)).toBe(m.surface);
      bySurface.set(m.surface, (bySurface.get(m.surface) ?? 0) + 1);
    }
    expect(bySurface.get("Lena Varga")).toBe(repeats);
    expect(bySurface.get("Omar Haddad")).toBe(repeats);
    const first = recognised.mentions.filter((m) => m.sentence === 1).map((m) => [m.surface, m.kind]);
    const last = recognised.mentions.filter((m) => m.sentence === repeats).map((m) => [m.surface, m.kind]);
    expect(last).toEqual(first);
  });
});

describe("relations of a repeated sentence", () => {
  it("cite every copy, each with the offsets of its own names", () => {
    const line = "Russia and Turkey agreed on a ceasefire in Idlib.";
    const text = `${line} ${line}\nThe talks went on.\n${line}`;
    const graph = graphOf([text]);
    const edges = graph.filterEdges((_e, a) => a.predicate !== "co_mentioned" && a.family !== "location");
    expect(edges.length).toBeGreaterThan(0);
    for (const edge of edges) {
      const a = graph.getEdgeAttributes(edge);
      expect(a.weight).toBe(3);
      expect(a.citations.map((c) => c.start)).toEqual([0, line.length + 1, text.lastIndexOf(line)]);
      for (const c of a.citations) {
        expect(text.slice(c.start, c.end)).toBe(c.quote);
        for (const span of [c.subject, c.object]) {
          expect(span && /^(Russia|Turkey)$/.test(text.slice(span[0], span[1]))).toBe(true);
          expect(span![0] >= c.start && span![1] <= c.end).toBe(true);
        }
      }
    }
  });
});
