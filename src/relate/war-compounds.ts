// "the Iran-Iraq War" where the tagger took "Iraq War" as the name of a war: the first country and the country that
// opens the war's name fought each other. The second country is found in the lexicon, as for "the Syrian government".
import type { Relation } from "../model/relation.ts";
import { matchLexicon, type Lexicon } from "../lexicon/index.ts";
import { makeRelation, type RelationContext } from "./relation-builder.ts";
import { sentenceMention, type SentenceView } from "./sentence-view.ts";

type Emit = (r: Relation | null) => void;

const WAR_HEADS: ReadonlySet<string> = new Set(["war", "wars", "conflict"]);

export function warCompoundRelations(view: SentenceView, lexicon: Lexicon, ctx: RelationContext, emit: Emit): void {
  const { lower } = view;
  for (const m of view.mentions) {
    if (lower[m.end] !== "-" || (m.kind !== "country" && m.kind !== "armed_group")) continue;
    const war = view.mentions.find((o) => o.first === m.end + 1 && o.kind === "process");
    if (!war || !WAR_HEADS.has(lower[war.end - 1] ?? "")) continue;
    // The war's name less its last word must be exactly one lexicon country: "Iraq War", not "Cold War".
    const words = view.words.slice(war.first, war.end - 1).map((w) => w.text);
    const [first] = matchLexicon(lexicon, words);
    const entry = first && first.first === 0 && first.end === words.length ? lexicon.entries.get(first.entryId) : undefined;
    if (!entry || entry.kind !== "country" || entry.id === m.entity) continue;
    const last = view.words[war.end - 2];
    const side = sentenceMention({ ...war, entity: entry.id, kind: "country", label: entry.label, demonym: false, end: war.end - 1, endChar: last?.end ?? war.endChar });
    emit(makeRelation(ctx, "fights", m, side, { cue: `-${lower[war.end - 1]}` }));
  }
}
