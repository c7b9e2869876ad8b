// BILOU conversion and the legality of decoded sequences.
import { describe, expect, it } from "vitest";
import { spansToTags, TAG_NAMES, tagsToSpans } from "../../src/ner/tags.ts";
import { viterbi } from "../../src/ner/viterbi.ts";
import type { TaggedSpan } from "../../src/ner/index.ts";

describe("BILOU tags", () => {
  const spans: TaggedSpan[] = [
    { first: 0, end: 1, type: "LOC" },
    { first: 2, end: 5, type: "PER" },
    { first: 5, end: 7, type: "ORG" },
  ];

  it("encodes spans as BILOU and back", () => {
    const tags = spansToTags(8, spans);
    expect(Array.from(tags, (t) => TAG_NAMES[t])).toEqual(["U-LOC", "O", "B-PER", "I-PER", "L-PER", "B-ORG", "L-ORG", "O"]);
    expect(tagsToSpans(tags)).toEqual(spans);
  });

  it("decodes only legal sequences even when emissions favour an illegal one", () => {
    const T = TAG_NAMES.length;
    const emissions = new Float64Array(3 * T);
    // Position 0 strongly prefers I-PER, which cannot start a sentence.
    emissions[TAG_NAMES.indexOf("I-PER")] = 10;
    emissions[T + TAG_NAMES.indexOf("L-PER")] = 10;
    const tags = viterbi(emissions, new Float64Array((T + 1) * T), 3);
    const names = Array.from(tags, (t) => TAG_NAMES[t]);
    expect(names[0]).not.toBe("I-PER");
    expect(names.slice(0, 2)).toEqual(["B-PER", "L-PER"]);
  });
});
