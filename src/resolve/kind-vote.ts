// The kind of an entity from its mentions' kinds. A mention whose kind the words around it state ("carmaker Fiat",
// "shares in Nokia") outweighs several that the tagger typed from the name's shape alone: across a corpus the
// tagger may call a company it never saw a person in most sentences, and the one sentence that says what it is
// is right.
import type { SegmentedDocument } from "../model/document.ts";
import type { Mention } from "../model/mention.ts";
import { ENTITY_KINDS, type EntityKind } from "../model/ontology.ts";
import { mentionCue } from "../recognise/apply-kind-cues.ts";

/** How many shape guesses one stated kind outweighs. */
export const DEFAULT_CUE_WEIGHT = 4;

/** The mentions, by id, whose kind a cue in their sentence states. */
export function cuedMentionIds(docs: readonly SegmentedDocument[], mentionsByDoc: readonly (readonly Mention[])[]): Set<string> {
  const out = new Set<string>();
  docs.forEach((doc, d) => {
    const mentions = mentionsByDoc[d] ?? [];
    if (mentions.length === 0) return;
    // Packed documents unpack their tokens at each read: once per article.
    const { tokens, sentences } = doc;
    for (const m of mentions) {
      const cue = mentionCue(tokens, sentences, m);
      if (cue && cue.kind === m.kind) out.add(m.id);
    }
  });
  return out;
}

/** The kind with the greatest weight, ties going to the earlier kind of ENTITY_KINDS. */
export function voteKindWeighted(mentions: readonly Mention[], cued: ReadonlySet<string>, cueWeight = DEFAULT_CUE_WEIGHT): EntityKind {
  const counts = new Map<EntityKind, number>();
  for (const m of mentions) counts.set(m.kind, (counts.get(m.kind) ?? 0) + (cued.has(m.id) ? cueWeight : 1));
  let best: EntityKind = "organization";
  let bestCount = 0;
  for (const [kind, count] of counts) {
    if (count > bestCount || (count === bestCount && ENTITY_KINDS.indexOf(kind) < ENTITY_KINDS.indexOf(best))) {
      best = kind;
      bestCount = count;
    }
  }
  return best;
}
