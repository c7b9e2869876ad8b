// Light coreference for definite descriptions: "the group" after Hayat Tahrir al-Sham is the same group.
// Only descriptions whose kind is unambiguous, and only an antecedent from the last few sentences.
import type { Token } from "../model/document.ts";
import type { EntityKind } from "../model/ontology.ts";
import { wordTable } from "../shared/word-table.ts";
import { sentenceMention, type SentenceMention } from "./sentence-view.ts";

const DESCRIPTIONS: Readonly<Record<string, EntityKind>> = wordTable({
  group: "armed_group", militia: "armed_group", organisation: "organization", organization: "organization",
  movement: "armed_group", alliance: "armed_group",
});
const DESCRIPTION_MODIFIERS = new Set(["militant", "armed", "rebel", "jihadist", "extremist", "terrorist", "islamist", "insurgent"]);

/** How many sentences back an antecedent may be. */
export const DEFAULT_COREFERENCE_WINDOW = 3;

export interface RecentEntity {
  mention: SentenceMention;
  sentence: number;
}

/**
 * Finds "the (militant) group" descriptions in a sentence and links them to a recent entity of that kind. A
 * description with no antecedent is returned with an empty entity: it still stands between a verb and a name.
 * `lower` is the words' text lower-cased.
 */
export function resolveDescriptions(
  words: readonly Token[],
  lower: readonly string[],
  taken: readonly SentenceMention[],
  recent: ReadonlyMap<EntityKind, RecentEntity>,
  sentence: number,
): SentenceMention[] {
  const out: SentenceMention[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (lower[i] !== "the") continue;
    let j = i + 1;
    while (j < words.length && DESCRIPTION_MODIFIERS.has(lower[j] as string)) j++;
    const head = words[j];
    const kind = head ? DESCRIPTIONS[lower[j] as string] : undefined;
    if (!kind || !head) continue;
    // "the group's": fine; "the group of experts": not a reference to an actor.
    if (lower[j + 1] === "of") continue;
    if (taken.some((m) => m.first <= j && i < m.end)) continue;
    const found = recent.get(kind);
    const antecedent = found && sentence - found.sentence <= DEFAULT_COREFERENCE_WINDOW ? found.mention : null;
    out.push(sentenceMention({
      entity: antecedent?.entity ?? "",
      kind: antecedent?.kind ?? kind,
      demonym: false,
      label: antecedent?.label ?? "",
      first: i,
      end: j + 1,
      start: (words[i] as Token).start,
      endChar: head.end,
    }));
  }
  return out;
}
