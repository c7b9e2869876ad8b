// letterCase answers from character codes what three Unicode regexes answer; it must agree with them everywhere.
import { describe, expect, it } from "vitest";
import { CAPITALISED, HAS_LOWER, letterCase, WORD } from "../../src/recognise/letter-case.ts";

const byRegex = (text: string): number =>
  (/^\p{L}[\p{L}'’-]*$/u.test(text) ? WORD : 0) | (/^\p{Lu}/u.test(text) ? CAPITALISED : 0) | (/\p{Ll}/u.test(text) ? HAS_LOWER : 0);

describe("letterCase", () => {
  it("agrees with the Unicode regexes on ASCII and non-ASCII tokens", () => {
    const samples = [
      "", "a", "A", "Putin", "PUTIN", "putin", "O'Neil", "al-Assad", "Al-", "-al", "'s", "U.S.", "3", "3rd", "A1",
      "Hay'et", "Hay’et", "Çavuşoğlu", "İstanbul", "ß", "Éric", "é", "東京", "𝐀bc", "x-ray", "X_Y", "@user", "#tag", "--",
      "Ōsaka", "ŁÓDŹ", "Zoë", "\u00a0", "a b",
    ];
    for (let code = 0; code < 128; code++) samples.push(String.fromCharCode(code), `A${String.fromCharCode(code)}`, `a${String.fromCharCode(code)}b`);
    for (const text of samples) expect([text, letterCase(text)]).toEqual([text, byRegex(text)]);
  });
});
