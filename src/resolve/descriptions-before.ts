// Descriptions right before a name: "the Lakeland navy's amphibious assault ship HMS Tern", "the Syrian rebel
// group Jaish al-Nur". A country's possessive or a nationality, then a few lower-case words ending in a noun,
// say what the named thing is. They are mentions of it for coreference and alias output, never names or nodes.
// People have their own, narrower rule in role-descriptions.ts.
import type { Span } from "../model/article.ts";
import type { SegmentedDocument, Token } from "../model/document.ts";
import type { Mention } from "../model/mention.ts";
import { tokenStartingAt } from "../segment/token-at-offset.ts";

export interface DescriptionBefore extends Span {
  /** Index, in the targets given, of the name described. */
  target: number;
}

/** How many lower-case words a description may run to: "large-deck amphibious assault ship" is four. */
const DEFAULT_DESCRIPTION_WORDS = 4;
const LOWER_WORD = /^\p{Ll}[\p{Ll}\d-]*$/u;
const POSSESSIVE = /^['’]s$/;

/** Token index just past each nationality or country possessive → the index of its first token ("the" included). */
function countryEnds(tokens: readonly Token[], mentions: readonly Mention[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const m of mentions) {
    let end = -1;
    if (m.demonym) end = m.endToken;
    else if (m.kind === "country" && POSSESSIVE.test(tokens[m.endToken]?.text ?? "")) end = m.endToken + 1;
    if (end < 0) continue;
    out.set(end, /^the$/i.test(tokens[m.firstToken - 1]?.text ?? "") ? m.firstToken - 1 : m.firstToken);
  }
  return out;
}

/**
 * The descriptions right before each target span. The words between the country and the name must all be lower
 * case (hyphenated compounds count as one word) and the last must be a noun, so a verb or a clause never joins.
 */
export function findDescriptionsBefore(doc: SegmentedDocument, mentions: readonly Mention[], targets: readonly Span[]): DescriptionBefore[] {
  const { tokens } = doc;
  const countries = countryEnds(tokens, mentions);
  const out: DescriptionBefore[] = [];
  if (countries.size === 0) return out;
  targets.forEach((span, target) => {
    const first = tokenStartingAt(tokens, span.start);
    const head = tokens[first - 1];
    if (first < 1 || !head || head.pos !== "NOUN" || !LOWER_WORD.test(head.text)) return;
    // "Bosnia's ruling Moslem party": a name followed by a noun modifies it, and the description is of the party.
    let after = first;
    while (after < tokens.length && (tokens[after] as Token).start < span.end) after++;
    const next = tokens[after];
    if (next && (next.pos === "NOUN" || next.pos === "ADJ") && LOWER_WORD.test(next.text)) return;
    const sentence = head.sentence;
    let i = first - 1;
    let words = 0;
    while (i >= 0 && (tokens[i] as Token).sentence === sentence) {
      const t = tokens[i] as Token;
      if (LOWER_WORD.test(t.text)) {
        // A hyphen joins this word to the one after it: "large-deck" is one word.
        if (tokens[i + 1]?.text !== "-") words++;
      } else if (t.text !== "-" || !LOWER_WORD.test(tokens[i - 1]?.text ?? "")) break;
      if (words > DEFAULT_DESCRIPTION_WORDS) return;
      i--;
    }
    const from = countries.get(i + 1);
    if (from === undefined) return;
    out.push({ start: (tokens[from] as Token).start, end: head.end, target });
  });
  return out;
}
