// Designations in brackets after a name: "USS Hopper ( DDG 70 )", "HMS Ocean ( L 12 )". The code names the same
// ship or unit, so it becomes a mention of it; a code is not a name of a person or organisation, so its coarse type
// is MISC.
import type { Token } from "../model/document.ts";
import type { Mention } from "../model/mention.ts";

export interface Designation {
  /** The new mention of the code. */
  mention: Mention;
  /** The name the code designates. */
  of: Mention;
}

const CODE_LETTERS = /^[A-Z]{1,4}$/;
const CODE_NUMBER = /^\d{1,4}$/;

export function findDesignations(tokens: readonly Token[], mentions: readonly Mention[]): Designation[] {
  const out: Designation[] = [];
  for (const m of mentions) {
    if (m.demonym || m.kind === "country" || m.kind === "place") continue;
    const t = m.endToken;
    const letters = tokens[t + 1];
    const number = tokens[t + 2];
    if (tokens[t]?.text !== "(" || tokens[t + 3]?.text !== ")" || !letters || !number) continue;
    if (!CODE_LETTERS.test(letters.text) || !CODE_NUMBER.test(number.text)) continue;
    const start = letters.start;
    const id = `${m.article}#${start}`;
    out.push({
      of: m,
      mention: {
        id, article: m.article, sentence: m.sentence, firstToken: t + 1, endToken: t + 3, start, end: number.end,
        surface: `${letters.text} ${number.text}`, kind: m.kind, coarse: "MISC", demonym: false, source: "pattern",
      },
    });
  }
  return out;
}
