// Matching on real wink-nlp tokens: multiword names, demonyms, capitals, case, apostrophes, longest match.
import { describe, expect, it } from "vitest";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { buildLexicon, DEFAULT_LEXICON, matchLexicon, parseLexicon, type Lexicon } from "../../src/lexicon/index.ts";

const nlp = winkNLP(model);
const tokens = (text: string): string[] => nlp.readDoc(text).tokens().out();

/** Each match as "surface tokens joined by spaces => id/form", easy to read in a failure. */
function found(lexicon: Lexicon, text: string): string[] {
  const words = tokens(text);
  return matchLexicon(lexicon, words).map((m) => `${words.slice(m.first, m.end).join(" ")} => ${m.entryId}/${m.form}`);
}

const small = buildLexicon([
  parseLexicon(
    {
      entries: [
        { id: "country:ruritania", label: "Ruritania", kind: "country", aliases: ["RU"], demonyms: ["Ruritanian", "Ruritanians"], capitals: ["place:strelsau"] },
        { id: "place:strelsau", label: "Strelsau", kind: "place", aliases: [], capitalOf: "country:ruritania" },
        { id: "place:zenda", label: "Zenda", kind: "place", aliases: ["Castle of Zenda"] },
        { id: "armed_group:hayat-zenda", label: "Hayat Tahrir Zenda", kind: "armed_group", aliases: ["Hay'et Tahrir Zenda", "Hay'at Tahrir Zenda"] },
        { id: "process:zenda-talks", label: "Zenda talks", kind: "process", aliases: ["Zenda peace process", "castle talks"] },
      ],
    },
    "test.json",
  ),
]);

describe("matchLexicon", () => {
  it("finds names, demonyms and capitals with their forms", () => {
    expect(found(small, "Ruritanian troops left Strelsau for Ruritania's border.")).toEqual([
      "Ruritanian => country:ruritania/demonym",
      "Strelsau => place:strelsau/capital",
      "Ruritania => country:ruritania/name",
    ]);
  });

  it("prefers the longest match and does not overlap", () => {
    expect(found(small, "The Zenda peace process began near the Castle of Zenda, in Zenda.")).toEqual([
      "Zenda peace process => process:zenda-talks/name",
      "Castle of Zenda => place:zenda/name",
      "Zenda => place:zenda/name",
    ]);
  });

  it("matches ALL-CAPS headlines but not a capitalised name written in lowercase", () => {
    expect(found(small, "RURITANIA AND STRELSAU")).toHaveLength(2);
    expect(found(small, "the ruritania of the mind")).toEqual([]);
  });

  it("matches lowercase text when the alias itself is lowercase", () => {
    expect(found(small, "The castle talks failed.")).toEqual(["castle talks => process:zenda-talks/name"]);
  });

  it("requires capitals for short acronyms", () => {
    expect(found(small, "RU said so")).toEqual(["RU => country:ruritania/name"]);
    expect(found(small, "Ru said so")).toEqual([]);
  });

  it("matches every apostrophe spelling that the aliases list, however the tokeniser splits it", () => {
    for (const text of ["Hay’et Tahrir Zenda", "Hay'et Tahrir Zenda", "Hay''et Tahrir Zenda", "Hayʼat Tahrir Zenda", "Hayat Tahrir Zenda"]) {
      expect(found(small, `${text} fighters`), text).toEqual([`${tokens(text).join(" ")} => armed_group:hayat-zenda/name`]);
    }
    expect(found(small, "Hayet Tahrir Zenda")).toEqual(["Zenda => place:zenda/name"]);
  });

  it("treats two plain words as two words, never one name", () => {
    const lexicon = buildLexicon([parseLexicon({ entries: [{ id: "country:iran", label: "Iran", kind: "country" }] }, "t.json")]);
    expect(matchLexicon(lexicon, ["I", "ran", "to", "Iran"])).toEqual([{ first: 3, end: 4, entryId: "country:iran", form: "name" }]);
  });

  it("handles hyphenated and diacritic names split by wink-nlp, and glued possessives", () => {
    expect(found(DEFAULT_LEXICON, "Mevlüt Çavuşoğlu met Hayat Tahrir al-Sham envoys.")).toEqual([
      "Mevlüt Çavu ş o ğ lu => person:mevlut-cavusoglu/name",
      "Hayat Tahrir al - Sham => armed_group:hayat-tahrir-al-sham/name",
    ]);
    // wink-nlp sometimes leaves "'s" glued to a name; the match then covers the whole token.
    expect(matchLexicon(DEFAULT_LEXICON, ["Ansar", "Allah's", "fighters"])).toEqual([
      { first: 0, end: 2, entryId: "armed_group:houthis", form: "name" },
    ]);
    expect(matchLexicon(DEFAULT_LEXICON, ["HTS's", "men"])).toEqual([
      { first: 0, end: 1, entryId: "armed_group:hayat-tahrir-al-sham", form: "name" },
    ]);
  });

  it("reads real-world short forms, demonyms and capitals from the default lexicon", () => {
    expect(found(DEFAULT_LEXICON, "The U.S. and the UK backed the US-led coalition; Moscow said Turkish forces entered Syria.")).toEqual([
      "U.S. => country:united-states/name",
      "UK => country:united-kingdom/name",
      "US - led coalition => armed_group:us-led-coalition/name",
      "Moscow => place:moscow/capital",
      "Turkish => country:turkey/demonym",
      "Syria => country:syria/name",
    ]);
  });

  it("does not take the bird for the country, nor 'us' for the United States", () => {
    expect(found(DEFAULT_LEXICON, "They cooked a turkey for us in chad-style.")).toEqual([]);
  });

  // CPU time rather than wall time, so a busy machine does not fail the test.
  it("is fast: a million tokens in well under a second of CPU time", () => {
    const sentence = tokens("Russian Defence Minister Sergei Shoigu told reporters in Moscow that Hay’et Tahrir al-Sham still controls much of Idlib, according to RIA Novosti.");
    const words: string[] = [];
    while (words.length < 1_000_000) words.push(...sentence);
    matchLexicon(DEFAULT_LEXICON, words.slice(0, 10_000));
    const before = process.cpuUsage();
    const matches = matchLexicon(DEFAULT_LEXICON, words);
    const used = process.cpuUsage(before);
    const ms = (used.user + used.system) / 1000;
    expect(matches.length).toBeGreaterThan(100_000);
    expect(ms).toBeLessThan(1000);
  });
});
