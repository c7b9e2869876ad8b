// An entity's kind: a mention whose kind the words around it state outweighs several the tagger typed from the
// name's shape. Invented texts.
import { describe, expect, it } from "vitest";
import type { Mention } from "../../src/model/mention.ts";
import { voteKindWeighted } from "../../src/resolve/kind-vote.ts";
import { graphOf } from "../helpers/build-texts.ts";
import { nodeNamed } from "../helpers/graph-queries.ts";

const mention = (id: string, kind: Mention["kind"]): Mention => ({
  id, article: "a", sentence: 0, firstToken: 0, endToken: 1, start: 0, end: 1, surface: "X", kind,
  coarse: kind === "person" ? "PER" : "ORG", demonym: false, source: "model",
});

describe("voteKindWeighted", () => {
  const people = ["p1", "p2", "p3"].map((id) => mention(id, "person"));
  const company = mention("o1", "organization");

  it("is a plain majority without cues", () => {
    expect(voteKindWeighted([...people, company], new Map())).toBe("person");
  });

  it("lets one stated kind outweigh three guesses", () => {
    expect(voteKindWeighted([...people, company], new Map([["o1", "organization"]]))).toBe("organization");
  });

  it("moves a swayed mention's single vote to the cue's kind", () => {
    const places = ["l1", "l2"].map((id) => ({ ...mention(id, "place"), coarse: "LOC" as const }));
    expect(voteKindWeighted([...places, company], new Map())).toBe("place");
    expect(voteKindWeighted([...places, company], new Map([["l1", "organization"]]))).toBe("organization");
  });
});

describe("kinds across a corpus", () => {
  it("makes a company the tagger reads as a place or a person an organisation when one article says what it is", () => {
    const g = graphOf([
      "Dutch brewer Ulvastor posted higher sales.",
      "Ulvastor met Harald Jenssen in Oslo.",
      "Harald Jenssen praised Ulvastor on Monday.",
      "Ulvastor hired 200 workers, Harald Jenssen said.",
    ]);
    expect(nodeNamed(g, "Ulvastor").attributes.kind).toBe("organization");
    expect(nodeNamed(g, "Harald Jenssen").attributes.kind).toBe("person");
  });
});
