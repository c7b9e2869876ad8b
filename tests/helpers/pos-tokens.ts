// Tokens written out by hand for rule tests: words separated by spaces, "word/POS" gives a word its part of speech
// (otherwise "X"), and a word written "+x" is glued to the one before it ("Re +ş"). Offsets are as in the text
// the words would make, all in sentence 0.
import type { Token } from "../../src/model/document.ts";

export function posTokens(text: string): Token[] {
  let at = 0;
  return text.split(" ").map((item, i) => {
    const glued = item.startsWith("+");
    const [word = "", pos = "X"] = (glued ? item.slice(1) : item).split("/");
    if (i > 0 && !glued) at += 1;
    const token = { text: word, start: at, end: at + word.length, pos, sentence: 0 };
    at += word.length;
    return token;
  });
}
