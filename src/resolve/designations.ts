// Designations in brackets after a name: "USS Hopper (DDG 70)", "HMS Ocean (L 12)", "USS Calder ( DDG 91 )". The
// code names the same ship or unit, so it becomes a mention of it; a code is not a name of a person or
// organisation, so its coarse type is MISC.
import type { Span } from "../model/article.ts";
import type { Token } from "../model/document.ts";
import type { MergeReason } from "../model/entity.ts";
import type { Mention } from "../model/mention.ts";

/** A new mention of a name the text states beside another: a code, or a gloss (see name-glosses.ts). */
export interface Designation {
  /** The new mention of the code or glossed name. */
  mention: Mention;
  /** The name it is another name of. */
  of: Mention;
  /** Why the two are one: a code is a designation; a gloss in brackets is stated. */
  reason: Extract<MergeReason, "designation" | "stated">;
}

/** A code in brackets: its tokens `[firstToken, endToken)` and its text span. */
export interface DesignationCode extends Span {
  firstToken: number;
  endToken: number;
  surface: string;
}

const CODE_LETTERS = /^[A-Z]{1,4}$/;
const CODE_NUMBER = /^\d{1,4}$/;

/**
 * The code in brackets right after token `end - 1`, or null. Works on tokens rather than characters, so
 * "(DDG 70)" and the pre-tokenised "( DDG 70 )" read alike.
 */
export function designationAfter(tokens: readonly Token[], end: number): DesignationCode | null {
  const letters = tokens[end + 1];
  const number = tokens[end + 2];
  if (tokens[end]?.text !== "(" || tokens[end + 3]?.text !== ")" || !letters || !number) return null;
  if (!CODE_LETTERS.test(letters.text) || !CODE_NUMBER.test(number.text)) return null;
  return { firstToken: end + 1, endToken: end + 3, start: letters.start, end: number.end, surface: `${letters.text} ${number.text}` };
}

export function findDesignations(tokens: readonly Token[], mentions: readonly Mention[]): Designation[] {
  const out: Designation[] = [];
  for (const m of mentions) {
    if (m.demonym || m.kind === "country" || m.kind === "place") continue;
    const code = designationAfter(tokens, m.endToken);
    if (!code) continue;
    const { firstToken, endToken, start, end, surface } = code;
    out.push({
      of: m,
      reason: "designation",
      mention: {
        id: `${m.article}#${start}`, article: m.article, sentence: m.sentence, firstToken, endToken, start, end,
        surface, kind: m.kind, coarse: "MISC", demonym: false, source: "pattern",
      },
    });
  }
  return out;
}
