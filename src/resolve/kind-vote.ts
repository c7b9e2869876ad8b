// The kind of an entity from its mentions' kinds. A mention whose kind the words around it state ("carmaker Fiat",
// "shares in Nokia") outweighs several that the tagger typed from the name's shape alone: across a corpus the
// tagger may call a company it never saw a person in most sentences, and the one sentence that says what it is
// is right.
import type { SegmentedDocument, Sentence, Token } from "../model/document.ts";
import type { Mention } from "../model/mention.ts";
import { ENTITY_KINDS, type EntityKind } from "../model/ontology.ts";
import { mentionCue } from "../recognise/apply-kind-cues.ts";

/** How many shape guesses one stated kind outweighs. */
export const DEFAULT_CUE_WEIGHT = 4;

/**
 * The kinds that cues in their sentences give mentions, by mention id: those the cue overruled the tagger for (or
 * agrees with), and those whose vote it sways ("Boeing's board" after a name the tagger reads as a place).
 */
export function cuedMentionKinds(docs: readonly SegmentedDocument[], mentionsByDoc: readonly (readonly Mention[])[]): Map<string, EntityKind> {
  const out = new Map<string, EntityKind>();
  docs.forEach((doc, d) => {
    const mentions = mentionsByDoc[d] ?? [];
    if (mentions.length === 0) return;
    // Packed documents unpack their tokens at each read: once per article.
    addCuedKinds(doc.tokens, doc.sentences, mentions, out);
  });
  return out;
}

/** cuedMentionKinds for one document whose tokens are already at hand, adding to `out`. */
export function addCuedKinds(
  tokens: readonly Token[], sentences: readonly Sentence[], mentions: readonly Mention[], out: Map<string, EntityKind>,
): void {
  for (const m of mentions) {
    const cue = mentionCue(tokens, sentences, m);
    if (cue?.kind && (cue.kind === m.kind || cue.sways.has(m.coarse))) out.set(m.id, cue.kind);
  }
}

/**
 * The kind with the greatest weight, ties going to the earlier kind of ENTITY_KINDS. A mention whose kind a cue
 * states counts `cueWeight` times; one whose vote a cue sways counts once, for the cue's kind.
 */
export function voteKindWeighted(mentions: readonly Mention[], cued: ReadonlyMap<string, EntityKind>, cueWeight = DEFAULT_CUE_WEIGHT): EntityKind {
  const counts = new Map<EntityKind, number>();
  for (const m of mentions) {
    const stated = cued.get(m.id);
    const kind = stated ?? m.kind;
    counts.set(kind, (counts.get(kind) ?? 0) + (stated === m.kind ? cueWeight : 1));
  }
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
