// Gives the tagger's names the kind their context states ("carmaker Fiat", "the film Million Dollar Baby"), and
// gives that kind to the same name elsewhere in the article, where nothing around it says what it is: an article
// that calls Rosneft "state-owned Rosneft" once means the company each time.
import type { SegmentedDocument, Sentence, Token } from "../model/document.ts";
import type { Mention, OtherName } from "../model/mention.ts";
import { kindCue, type KindCue } from "./kind-cue.ts";

export interface CuedNames {
  mentions: Mention[];
  others: OtherName[];
}

/** The cue around a mention the tagger found, or null; lexicon matches and demonyms keep their kind. */
export function mentionCue(tokens: readonly Token[], sentences: readonly Sentence[], m: Mention): KindCue | null {
  if (m.source !== "model" || m.demonym) return null;
  const sentence = sentences[m.sentence];
  return sentence ? kindCue(tokens, m.firstToken, m.endToken, sentence.firstToken, sentence.endToken) : null;
}

const sameCue = (a: KindCue, b: KindCue): boolean => a.kind === b.kind && a.coarse === b.coarse;

export function applyKindCues(doc: SegmentedDocument, mentions: readonly Mention[], others: readonly OtherName[]): CuedNames {
  // A cue the tagger already agrees with changes nothing here, but still speaks for the name's other mentions.
  const { tokens, sentences } = doc;
  const cues = mentions.map((m) => mentionCue(tokens, sentences, m));
  // One cue per written name; two that disagree cancel, and the tagger's reading stands.
  const bySurface = new Map<string, KindCue | null>();
  mentions.forEach((m, i) => {
    const cue = cues[i];
    if (!cue) return;
    const known = bySurface.get(m.surface);
    bySurface.set(m.surface, known === undefined || (known && sameCue(known, cue)) ? cue : null);
  });
  if (bySurface.size === 0) return { mentions: [...mentions], others: [...others] };
  const kept: Mention[] = [];
  const moved: OtherName[] = [];
  mentions.forEach((m, i) => {
    const spread = m.source === "model" && !m.demonym ? bySurface.get(m.surface) : undefined;
    const cue = cues[i] ?? spread;
    if (!cue || !cue.overrules.has(m.coarse)) kept.push(m);
    else if (cue.kind === null) moved.push({ start: m.start, end: m.end, sentence: m.sentence, surface: m.surface, coarse: cue.coarse });
    else kept.push({ ...m, kind: cue.kind, coarse: cue.coarse });
  });
  const all = moved.length === 0 ? [...others] : [...others, ...moved].sort((a, b) => a.start - b.start);
  return { mentions: kept, others: all };
}
