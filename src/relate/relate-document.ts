// The relate stage: typed relations between the mentions of each sentence, from structural patterns and the verb
// lexicon, with co-mention as the weak fallback. Each relation cites its sentence.
import type { SegmentedDocument, Token } from "../model/document.ts";
import type { Entity, EntityLookup } from "../model/entity.ts";
import type { Mention } from "../model/mention.ts";
import type { EntityKind } from "../model/ontology.ts";
import type { Relation } from "../model/relation.ts";
import { matchLexicon, type Lexicon } from "../lexicon/index.ts";
import { DEFAULT_COREFERENCE_WINDOW, resolveDescriptions, type RecentEntity } from "./coreference.ts";
import { isSayingWord } from "./modality.ts";
import { makeRelation, type RelationContext } from "./relation-builder.ts";
import { buildUnits, sentenceMention, type SentenceMention, type SentenceView, type Unit } from "./sentence-view.ts";
import { betweenRelations, compoundRelations, locationRelations, passiveRelations, titleRelations } from "./structural-patterns.ts";
import { addressRelations, stateAfterCity } from "./address-patterns.ts";
import { allianceRelations, mutualAllianceRelations } from "./alliance-patterns.ts";
import { expulsionRelations } from "./expulsion-patterns.ts";
import { frontedRelations } from "./fronted-patterns.ts";
import { passiveKillerRelations } from "./passive-killer-patterns.ts";
import { birthplaceRelations } from "./birthplace-patterns.ts";
import { appointmentRelations } from "./appointment-patterns.ts";
import { incomingFireRelations } from "./incoming-fire-patterns.ts";
import { appositionChainRelations } from "./apposition-chain.ts";
import { killingRelations } from "./killing-patterns.ts";
import { neighbourRelations } from "./neighbour-patterns.ts";
import { withoutOfficialsHome } from "./official-possessive.ts";
import { proximityRelations } from "./proximity-patterns.ts";
import { sportsRelations } from "./sports-patterns.ts";
import { asContests, withoutVenues } from "./sports-context.ts";
import { isSportsArticle } from "../shared/sports-text.ts";
import { strikeRelations } from "./strike-patterns.ts";
import { strikeHitRelations } from "./strike-hits.ts";
import { AnalysedSentences, movedRelations } from "./repeated-sentences.ts";
import { processRelations } from "./process-patterns.ts";
import { verbRelations } from "./verb-patterns.ts";

export interface RelateInput {
  segmented: SegmentedDocument;
  /** This document's mentions, resolved. */
  mentions: readonly Mention[];
  entityOf: EntityLookup;
  entities: ReadonlyMap<string, Entity>;
  lexicon: Lexicon;
}

const PATTERNS = [
  titleRelations, neighbourRelations, compoundRelations, passiveRelations, locationRelations, betweenRelations, verbRelations, processRelations,
  proximityRelations, killingRelations, addressRelations, sportsRelations, strikeRelations, strikeHitRelations, allianceRelations,
  frontedRelations, passiveKillerRelations, birthplaceRelations, appointmentRelations, incomingFireRelations,
  appositionChainRelations, expulsionRelations, mutualAllianceRelations,
];

function toSentenceMention(m: Mention, sentenceFirst: number, input: RelateInput): SentenceMention | null {
  const entityId = input.entityOf.get(m.id);
  const entity = entityId ? input.entities.get(entityId) : undefined;
  if (!entity) return null;
  return sentenceMention({
    entity: entity.id, kind: entity.kind, demonym: m.demonym, label: entity.label,
    first: m.firstToken - sentenceFirst, end: m.endToken - sentenceFirst, start: m.start, endChar: m.end,
  });
}

/** "Putin said", "said Putin", "according to RIA Novosti": the name next to the saying word. */
function attribution(view: SentenceView): string | undefined {
  const { lower } = view;
  for (let t = 0; t < lower.length; t++) {
    if (!isSayingWord(lower[t] ?? "")) continue;
    const speaker = speakerAt(view, t);
    if (speaker !== null) return speaker?.head.label;
  }
  return undefined;
}

/**
 * The speaker of the saying word at t: a unit, undefined when the search ends without one ("according to" with no
 * name after it), null when it goes on. Apart from the scan so that its closures do not capture the scan's index.
 */
function speakerAt(view: SentenceView, t: number): Unit | undefined | null {
  const { lower, units } = view;
  if (lower[t] === "according" && lower[t + 1] === "to") return units.find((u) => u.first >= t + 2 && u.first <= t + 4);
  // "..., said Amal Haddad": after a comma or a closing quote the speaker follows the verb.
  const after = units.find((u) => u.first === t + 1 || (u.first === t + 2 && /^(?:the|a)$/.test(lower[t + 1] ?? "")));
  const inverted = /^(?:,|"|''|”|’)$/.test(lower[t - 1] ?? "");
  if (inverted && after) return after;
  const before = units.find((u) => u.end === t || u.end === t - 1);
  if (before && !before.modifierOnly && !inverted) return before;
  if (after) return after;
  return null;
}

/**
 * Head nouns of a state's own institutions. "American Express" or "the Syrian Beekeepers Society" start with a
 * country's name too, but are not part of that state; nor is "the Syrian opposition".
 */
const STATE_INSTITUTION_HEADS: ReadonlySet<string> = new Set([
  "government", "regime", "administration", "parliament", "cabinet", "ministry", "presidency", "embassy", "consulate",
  "army", "military", "forces", "navy", "troops", "marines", "police", "department", "authorities", "senate",
  "congress", "court", "legislature", "guard", "corps", "force",
]);

/** Institutions named by a demonym are part of that country: "the Syrian government" is part of Syria. */
function institutionParts(view: SentenceView, lexicon: Lexicon, ctx: RelationContext, emit: (r: Relation | null) => void): void {
  for (const m of view.mentions) {
    if (m.kind !== "organization" && m.kind !== "armed_group") continue;
    const words = view.words.slice(m.first, m.end).map((w) => w.text);
    if (!STATE_INSTITUTION_HEADS.has(words[words.length - 1]?.toLowerCase() ?? "")) continue;
    const first = matchLexicon(lexicon, words)[0];
    const entry = first?.first === 0 && first.end < words.length ? lexicon.entries.get(first.entryId) : undefined;
    if (!entry || entry.kind !== "country" || entry.id === m.entity) continue;
    const country = sentenceMention({ ...m, entity: entry.id, kind: "country", label: entry.label, demonym: true, end: m.first + first!.end });
    emit(makeRelation(ctx, "part_of", m, country, { cue: "demonym institution" }));
  }
}

export function relateDocument(input: RelateInput): Relation[] {
  const { segmented } = input;
  const text = segmented.article.text;
  const bySentence = new Map<number, Mention[]>();
  for (const m of input.mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  const relations: Relation[] = [];
  const recent = new Map<EntityKind, RecentEntity>();
  const repeated = new AnalysedSentences(text);
  // A result or a coming match in a sports report is no conflict, whatever verb states it. Asked only for a
  // sentence with a conflict or a fixture in it: the whole article is read, which for every article was about a
  // seventh of relating's time.
  let sports: boolean | undefined;
  const sportsArticle = (): boolean => (sports ??= isSportsArticle(text));
  // What the patterns find in the sentence at hand: one list and one callback for the whole article, emptied per
  // sentence, since everything kept from it is copied out.
  const found: Relation[] = [];
  const emit = (r: Relation | null): void => {
    if (r) found.push(r);
  };
  // Read once: a corpus waiting for the merge keeps tokens packed, and each read of `tokens` unpacks them all.
  const tokens = segmented.tokens;
  for (const sentence of segmented.sentences) {
    if (sentence.caption) continue;
    const words: readonly Token[] = tokens.slice(sentence.firstToken, sentence.endToken);
    const named = (bySentence.get(sentence.index) ?? [])
      .map((m) => toSentenceMention(m, sentence.firstToken, input))
      .filter((m): m is SentenceMention => m !== null);
    // Lower-cased once, for the descriptions here and every pattern after.
    const lower = words.map((w) => w.text.toLowerCase());
    const described = resolveDescriptions(words, lower, named, recent, sentence.index);
    const mentions = [...named, ...described].sort((a, b) => a.first - b.first);
    for (const m of named) if (!m.demonym) recent.set(m.kind, { mention: m, sentence: sentence.index });
    if (mentions.length < 2) continue;
    // Descriptions resolve from the sentences before, so only sentences without one can repeat as they are.
    const repeatable = described.length === 0;
    const quote = text.slice(sentence.start, sentence.end);
    const copyOf = repeatable ? repeated.find(quote, sentence, words, named) : undefined;
    if (copyOf) {
      for (const item of movedRelations(copyOf.relations, copyOf.sentence, sentence)) relations.push(item);
      continue;
    }
    const view: SentenceView = { words, lower, mentions, units: buildUnits(words, mentions) };
    // attributedTo is always present (maybe undefined) so that every context has one shape.
    const said = attribution(view);
    const ctx: RelationContext = { article: segmented.article.id, sentence, quote, attributedTo: said || undefined };
    found.length = 0;
    for (const pattern of PATTERNS) pattern(view, ctx, emit);
    institutionParts(view, input.lexicon, ctx, emit);
    stateAfterCity(view, [...found], ctx, emit);
    const typed = withoutVenues(asContests(view, ctx, found, sportsArticle));
    const stated = [...dedupe(typed), ...coMentions(view, ctx, typed)];
    if (repeatable) repeated.add(quote, { sentence, words, named, relations: stated });
    for (const item of stated) relations.push(item);
  }
  return withoutOfficialsHome(relations);
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function dedupe(found: readonly Relation[]): Relation[] {
  const seen = new Set<string>();
  return found.filter((r) => {
    const key = `${r.predicate}\u0000${r.subject}\u0000${r.object}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * How many of the next entities in a sentence each one is co-mentioned with. A sentence names a handful of actors,
 * and all pairs are kept; a list of hundreds of names would otherwise make a clique of tens of thousands of edges.
 */
export const DEFAULT_CO_MENTION_REACH = 10;

/** Pairs of entities in the sentence that no pattern related, each with the next few named after it. */
function coMentions(view: SentenceView, ctx: RelationContext, typed: readonly Relation[]): Relation[] {
  const related = new Set(typed.map((r) => pairKey(r.subject, r.object)));
  const out: Relation[] = [];
  const first = new Map<string, SentenceMention>();
  for (const m of view.mentions) if (m.entity && !first.has(m.entity)) first.set(m.entity, m);
  const list = [...first.values()];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length && j - i <= DEFAULT_CO_MENTION_REACH; j++) {
      const a = list[i] as SentenceMention;
      const b = list[j] as SentenceMention;
      if (related.has(pairKey(a.entity, b.entity))) continue;
      const r = makeRelation(ctx, "co_mentioned", a, b, { cue: "same sentence" });
      if (r) out.push(r);
    }
  }
  return out;
}
