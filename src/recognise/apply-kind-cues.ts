// Gives the tagger's names the kind their context states ("carmaker Fiat", "the film Silver Harbour"), and
// gives that kind to the same name elsewhere in the article, where nothing around it says what it is: an article
// that calls Rosneft "state-owned Rosneft" once means the company each time.
import type { SegmentedDocument, Sentence, Token } from "../model/document.ts";
import type { Mention, OtherName } from "../model/mention.ts";
import { kindCue, type KindCue } from "./kind-cue.ts";
import { companyShortForms, LEGAL_FORM_CUE } from "./company-short-forms.ts";

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

/** Two cues of one kind for one name: the name's other mentions take the wider of their reaches. */
function widerCue(a: KindCue, b: KindCue): KindCue {
  return b.overrules.size > a.overrules.size ? b : a;
}

/**
 * The last token whose start (or end) is `offset`, found by halving: tokens run in text order. A map from every
 * token's offsets, built per article, was the recogniser's largest allocation.
 */
function tokenWith(tokens: readonly Token[], side: "start" | "end", offset: number): number | undefined {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token)[side] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && (tokens[lo - 1] as Token)[side] === offset ? lo - 1 : undefined;
}

/** A name kept out of the actors (the tagger's MISC), as a mention of the tagger's, so a cue can be read around it. */
function asMention(doc: SegmentedDocument, tokens: readonly Token[], o: OtherName): Mention | null {
  // "ex-Yukos boss": a name with a lower-case prefix glued on is not the organisation's name; the Arabic article of a
  // name is part of it ("al-Mardini").
  if (!/^(?:(?:al|el|ad|ar|as|ash|at|az|an)-)?\p{Lu}/u.test(o.surface)) return null;
  const firstToken = tokenWith(tokens, "start", o.start);
  const last = tokenWith(tokens, "end", o.end);
  if (firstToken === undefined || last === undefined) return null;
  return {
    id: `${doc.article.id}#${o.start}`, article: doc.article.id, sentence: o.sentence, firstToken, endToken: last + 1,
    start: o.start, end: o.end, surface: o.surface, kind: "organization", coarse: o.coarse, demonym: false, source: "model",
  };
}

export function applyKindCues(doc: SegmentedDocument, mentions: readonly Mention[], others: readonly OtherName[]): CuedNames {
  const { tokens, sentences } = doc;
  const otherMentions = others.map((o) => asMention(doc, tokens, o));
  // A cue the tagger already agrees with changes nothing here, but still speaks for the name's other mentions.
  const cues = mentions.map((m) => mentionCue(tokens, sentences, m));
  const otherCues = otherMentions.map((m) => (m ? mentionCue(tokens, sentences, m) : null));
  // One cue per written name; two that disagree cancel, and the tagger's reading stands.
  const bySurface = new Map<string, KindCue | null>();
  const note = (surface: string, cue: KindCue | null): void => {
    if (!cue) return;
    const known = bySurface.get(surface);
    bySurface.set(surface, known === undefined ? cue : known && sameCue(known, cue) ? widerCue(known, cue) : null);
  };
  mentions.forEach((m, i) => note(m.surface, cues[i] ?? null));
  others.forEach((o, i) => note(o.surface, otherCues[i] ?? null));
  for (const short of companyShortForms(doc.article.text, tokens, mentions)) note(short, LEGAL_FORM_CUE);
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
  const stay: OtherName[] = [];
  others.forEach((o, i) => {
    const m = otherMentions[i];
    const cue = otherCues[i] ?? bySurface.get(o.surface);
    // Only an organisation's or a person's cue makes an actor of a name kept out; "Operation X" and the like stay out.
    if (m && cue && (cue.kind === "organization" || cue.kind === "person") && cue.overrules.has(o.coarse)) kept.push({ ...m, kind: cue.kind, coarse: cue.coarse });
    else stay.push(o);
  });
  const all = moved.length === 0 ? stay : [...stay, ...moved].sort((a, b) => a.start - b.start);
  if (kept.length > mentions.length - moved.length) kept.sort((a, b) => a.start - b.start);
  return { mentions: kept, others: all };
}
