// Names that the lexicon knows resolve to the lexicon's entity: its id, label and Wikidata id, whatever spelling
// the text uses.
import { describe, expect, it } from "vitest";
import { DEFAULT_LEXICON } from "../../src/lexicon/index.ts";
import { graphOf } from "../helpers/build-texts.ts";
import { nodeNamed } from "../helpers/graph-queries.ts";

describe("lexicon anchors", () => {
  it("gives a known actor the lexicon's id, label and Wikidata id, whatever alias the text uses", () => {
    const g = graphOf(["Moscow calls on Ankara to act, and Shoygu agreed with Hay'et Tahrir al-Sham on nothing."]);
    for (const [name, id] of [["Shoygu", "person:sergei-shoigu"], ["Hay'et Tahrir al-Sham", "armed_group:hayat-tahrir-al-sham"], ["Moscow", "country:russia"]] as const) {
      const node = nodeNamed(g, name);
      const entry = DEFAULT_LEXICON.entries.get(id);
      expect(node.key).toBe(id);
      expect(node.attributes.label).toBe(entry?.label);
      expect(node.attributes.wikidata).toBe(entry?.wikidata);
    }
  });

  it("knows the US defence department by its abbreviation and its short names", () => {
    const g = graphOf(["A DoD news release said the Defense Department would review the strike."]);
    expect(nodeNamed(g, "DoD").key).toBe("organization:pentagon");
    expect(nodeNamed(g, "Defense Department").key).toBe("organization:pentagon");
  });

  it("gives a process named by one of its lexicon aliases the lexicon's id and label", () => {
    const g = graphOf(["Russia, Turkey and Iran took part in the Astana talks."]);
    const node = nodeNamed(g, "Astana talks");
    expect(node.key).toBe("process:astana-process");
    expect(node.attributes.label).toBe("Astana process");
  });
});
