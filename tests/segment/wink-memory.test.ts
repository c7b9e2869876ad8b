// The shared wink instance forgets the words each text taught it, and is rebuilt once too many slots are held, so
// a long build's memory stays bounded, and reading is unchanged by it.
import { describe, expect, it } from "vitest";
import { learntLexemeCount, MAX_LEARNT_LEXEMES, readWink } from "../../src/segment/wink.ts";

/** `count` invented words no dictionary has, distinct for each `seed`. */
function inventedWords(seed: number, count: number): string {
  const words: string[] = [];
  for (let i = 0; i < count; i++) words.push(`Zq${(seed * count + i).toString(36)}vx`);
  return `${words.join(" ")}.`;
}

describe("readWink over many unknown words", () => {
  it("keeps the learnt words bounded and reads a text the same before and after a rebuild", () => {
    const sample = "Standard & Poor's cut Ruritania's rating; Zorblax Kvetchov said the Quorvian envoy's talks failed.";
    const before = readWink(sample);
    let most = 0;
    const chunk = 20_000;
    for (let seed = 0; seed * chunk <= MAX_LEARNT_LEXEMES + 2 * chunk; seed++) {
      readWink(inventedWords(seed, chunk));
      most = Math.max(most, learntLexemeCount());
    }
    expect(most).toBeGreaterThan(MAX_LEARNT_LEXEMES - chunk);
    expect(learntLexemeCount()).toBeLessThan(MAX_LEARNT_LEXEMES);
    expect(readWink(sample)).toEqual(before);
  });
});
