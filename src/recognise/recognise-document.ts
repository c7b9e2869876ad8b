// The recognise stage: finds the names in each sentence from the lexicon, the statistical tagger and patterns,
// and gives each a fine kind and a coarse type.
import type { SegmentedDocument, Sentence, Token } from "../model/document.ts";
import type { Mention, OtherName, RecognisedDocument } from "../model/mention.ts";
import { KIND_COARSE } from "../model/ontology.ts";
import { SentenceTable } from "../segment/sentence-table.ts";
import { matchLexicon, type Lexicon } from "../lexicon/index.ts";
import { tagDocument, type NerModel, type TaggedSpan } from "../ner/index.ts";
import { type Candidate, PRIORITY, selectCandidates } from "./candidate.ts";
import { afterStateTitle, endsStateTitle } from "./state-title.ts";
import { ARMED_GROUP_HEADS, ARMED_GROUP_PREFIXES, GLUED_QUANTIFIERS, SENTENCE_ADVERBS, LEADING_CONJUNCTIONS, LEADING_PREPOSITIONS, NEVER_LAST_WORDS, NON_ACTOR_PREFIXES, PLACE_HEADS, PLACE_PREFIXES, PROCESS_HEADS, SEAT_WORDS, TITLES_BEFORE_NAME } from "./cues.ts";
import { kindOfSpan } from "./kind-of-span.ts";
import { afterInnerTitle, afterPlaceRemit, wholeWords, afterTitles, beforeGeographicNoun, identityStart, inPlaceContext, isBodyName, isCommonAcronym, isCompanyBeforePost, isRemitOfOffice, isForeignTerm, isLegalText, isOpeningAdverbial, isOpeningParticiple, isPronounSpan, isRankOnly, isCalendarAbbreviation, isTimeZone, seatInside, isWorkTitle, withoutAffiliation, withoutOccupation } from "./span-context.ts";
import { officeCandidates } from "./office-names.ts";
import { withoutPortfolio } from "./without-portfolio.ts";
import { withCoordinatedPlaces } from "./coordinated-places.ts";
import { leaderInstitutionCandidates } from "./leader-institutions.ts";
import { featureNameCandidates } from "./feature-names.ts";
import { apostropheVariantMatches } from "./apostrophe-variants.ts";
import { warNameCandidates } from "./war-names.ts";
import { eventNameCandidates } from "./event-names.ts";
import { allianceCandidates, fighterGroupCandidates, sideGroupCandidates } from "./fighter-groups.ts";
import { territoryCandidates } from "./territory-names.ts";
import { speakerCandidates } from "./speaker-names.ts";
import { applyKindCues } from "./apply-kind-cues.ts";
import { taggerWords, toTokenRange, type TaggerWords } from "./tagger-words.ts";
import { isTeamContext } from "./team-names.ts";
import { isSportsArticle } from "../shared/sports-text.ts";
import { isTitleCase, lowerCaseCounts, truecaseWords } from "./truecase.ts";
import {
  extendPersonNames, institutionCandidates, joinNicknames, processCandidates, titledPersonCandidates, withoutHonorifics,
} from "./pattern-candidates.ts";

export interface RecogniseContext {
  lexicon: Lexicon;
  /** The statistical tagger; without it only the lexicon and patterns find names. */
  ner: NerModel | null;
}

function lexiconCandidates(lexicon: Lexicon, words: readonly string[]): Candidate[] {
  const out: Candidate[] = [];
  const found = matchLexicon(lexicon, words);
  const variants = apostropheVariantMatches(words, found, (w) => matchLexicon(lexicon, w));
  for (const m of variants.length > 0 ? [...found, ...variants].sort((a, b) => a.first - b.first) : found) {
    const entry = lexicon.entries.get(m.entryId);
    if (!entry) continue;
    const demonym = m.form === "demonym";
    out.push({
      first: m.first,
      end: m.end,
      kind: entry.kind,
      coarse: demonym ? "MISC" : KIND_COARSE[entry.kind],
      demonym,
      source: "lexicon",
      lexiconId: entry.id,
      priority: PRIORITY.lexicon,
    });
  }
  return out;
}

/** Gazetteer flags for the tagger: the coarse type of the lexicon match covering each token, with B/I. */
function gazetteerFlags(length: number, lexicon: readonly Candidate[]): (string | null)[] {
  const flags: (string | null)[] = new Array<string | null>(length).fill(null);
  for (const c of lexicon) for (let i = c.first; i < c.end; i++) flags[i] = `${c.coarse}-${i === c.first ? "B" : "I"}`;
  return flags;
}

/** What the recognisers need of one distinct sentence; the tagger's spans come from a pass over the whole document. */
interface SentenceParts {
  /** The words as the recognisers read them (truecased in Title Case lines). */
  texts: string[];
  lexicon: Candidate[];
  tagger: TaggerWords;
  /** Tagger spans, in tagger words. */
  spans: TaggedSpan[];
  names?: Candidate[];
}

function modelCandidates(parts: SentenceParts, words: readonly Token[], sportsArticle: () => boolean): Candidate[] {
  const { tagger: tw, texts } = parts;
  const out: Candidate[] = [];
  for (const span of withoutBrackets(parts.spans, tw.words)) {
    let [first, end] = toTokenRange(tw, span.first, span.end);
    // "Girê Re" + "ş": the tokeniser breaks words at letters outside Latin-1, and the tagger may stop inside one.
    [first, end] = wholeWords(words, first, end);
    // "Near Tel Marun": the tagger may take a capitalised preposition at the start of a sentence into the name.
    while (end - first > 1 && LEADING_PREPOSITIONS.has((texts[first] ?? "").toLowerCase())) first++;
    if (first === 0 && end > 1 && LEADING_CONJUNCTIONS.has((texts[0] ?? "").toLowerCase())) first++;
    // "Eventually Varga agreed", "Later, the board ...": an opening adverb is no name and no part of one.
    if (first === 0 && SENTENCE_ADVERBS.has((texts[0] ?? "").toLowerCase())) {
      if (end === 1) continue;
      first++;
    }
    while (end - first > 1 && GLUED_QUANTIFIERS.has((texts[first] ?? "").toLowerCase())) first++;
    // "said analyst Ivo Stel The talks ...": a full stop missing in the source glues the next sentence's
    // article on, and "The" alone is no name.
    while (end > first && NEVER_LAST_WORDS.has((texts[end - 1] ?? "").toLowerCase())) end--;
    if (end === first) continue;
    // "Tory MP", "Varn Party MPs": the seat after a party is not part of its name.
    if (span.type === "ORG" && end - first > 1 && SEAT_WORDS.has((texts[end - 1] ?? "").toLowerCase())) end--;
    first = afterStateTitle(texts, first, end);
    // "Sunni Arabs", "Muslims": a religion or people, never a person, place or organisation.
    const identity = identityStart(texts, first, end);
    // "Greenwich Mean Time" is a name, but no actor's.
    if (identity !== null || isTimeZone(texts, first, end) || isWorkTitle(texts, first, end) || (span.type === "PER" && isForeignTerm(texts, first, end))) {
      out.push({ first: identity ?? first, end, kind: null, coarse: "MISC", demonym: false, source: "model", priority: PRIORITY.model });
      continue;
    }
    // "the Varsen Protocol", "the UN Security Council Resolutions": the text's name is one, and outranks the place or
    // body inside it as an institution's name does.
    if (isLegalText(texts, first, end)) {
      out.push({ first, end, kind: null, coarse: "MISC", demonym: false, source: "pattern", priority: PRIORITY.institution });
      continue;
    }
    if (isCommonAcronym(texts, first, end) || isRemitOfOffice(texts, first, end) || isRankOnly(texts, first, end) || isCalendarAbbreviation(texts, first, end) || isPronounSpan(texts, first, end) || isOpeningAdverbial(texts, first, end) || isOpeningParticiple(texts, first, end)) continue;
    // "“Please keep ...": one word the tagger took for a name where the part-of-speech tagger reads an interjection.
    if (end - first === 1 && NOT_NAME_POS.has(words[first]?.pos ?? "")) continue;
    let type = span.type === "LOC" && isCompanyBeforePost(texts, end) ? "ORG" : span.type;
    // "Minister for the Caribbean Gareth Pellow": the remit is the place, the rest the minister.
    const remit = parts.lexicon.find((c) => c.first === first && c.end < end && (c.kind === "place" || c.kind === "country"));
    const holder = remit ? afterPlaceRemit(texts, first, end, remit.end) : null;
    if (holder !== null) {
      first = holder;
      type = "PER";
    }
    // "Varn Party MP Ann Varga": a party, the member's seat and the member's name, read as one name.
    const seat = seatInside(texts, first, end);
    if (seat !== null) {
      out.push({ first, end: seat, kind: "organization", coarse: "ORG", demonym: false, source: "model", priority: PRIORITY.model });
      first = seat + 1;
      type = "PER";
    }
    const body = isBodyName(texts, first, end);
    const place =
      isPlaceName(texts, first, end) || (type === "PER" && !body && inPlaceContext(texts, first, end)) || (type === "MISC" && beforeGeographicNoun(texts, end));
    if (!place && body && (type === "PER" || type === "LOC")) type = "ORG";
    // "Staff Major Hadi Sarraf", "Ambassador Varnell": a title makes the name a person's.
    if (!place && (type === "ORG" || type === "LOC")) {
      const start = afterTitles(texts, first, end);
      if (start !== null) first = start;
      if (start !== null || followsTitle(texts, first)) type = "PER";
    }
    // "Ohio Gov. Ruth Calder": the place before the title is not part of the name.
    if (type === "PER" && !place) first = afterInnerTitle(texts, first, end) ?? first;
    // "Sprinter Dana Whitlow": an occupation before the name. "Comedian" alone, opening a sentence, is no name.
    const occupied = withoutOccupation(texts, first, end);
    if (occupied === null) continue;
    if (type === "PER" && !place) {
      const named = withoutAffiliation(texts, occupied, end);
      // "Lib Dem" read as a person is the party.
      if (named === null) type = "ORG";
      else first = named;
    }
    // "Finance Karl Osterberg", "Human Rights": the remit of an office glued to a name, or no name at all.
    if (type === "PER" && !place) {
      const start = withoutPortfolio(texts, first, end);
      if (start === null) continue;
      first = start;
    }
    // "the Regional Initiative", "The Summit": a name headed by the noun of a process names the process, not a body.
    if (!place && type === "ORG" && PROCESS_NAME_HEADS.has(texts[end - 1] ?? "")) {
      out.push({ first, end, kind: "process", coarse: "MISC", demonym: false, source: "model", priority: PRIORITY.model });
      continue;
    }
    // The tagger reads "Jaish al-Nur al-Sharqi" as a person: its first word says it is a group.
    const group = !place && end - first > 1 && ARMED_GROUP_PREFIXES.has((texts[first] ?? "").toLowerCase());
    // "Kelby 74 62 .544": a city the tagger reads as an organisation in a sports result is the city's team, and
    // outranks the lexicon's place.
    if (!place && !group && type === "ORG" && parts.lexicon.some((c) => c.first === first && c.end === end && c.kind === "place") && isTeamContext(texts, sportsArticle())) {
      out.push({ first, end, kind: "organization", coarse: "ORG", demonym: false, source: "pattern", priority: PRIORITY.institution });
      continue;
    }
    const coarse = place ? "LOC" : group ? "ORG" : type;
    out.push({
      first,
      end,
      kind: place ? "place" : group ? "armed_group" : kindOfSpan(words, first, end, type),
      coarse,
      demonym: false,
      source: "model" as const,
      priority: PRIORITY.model,
      ...(words.slice(first, end).every((w) => w.pos === "PROPN" || w.pos === "NUM") ? { properName: true } : {}),
    });
  }
  return out;
}

/**
 * "Ferris (Okafor 70)": a bracket inside a tagger span ends one name, and another may follow it. A code in brackets
 * that closes the span is part of the name: "Mladost ( L )" tells two clubs of one name apart.
 */
function withoutBrackets(spans: readonly TaggedSpan[], words: readonly string[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const span of spans) {
    const { first, end } = span;
    if (end - first >= 4 && words[end - 1] === ")" && words[end - 3] === "(" && /^\p{Lu}{1,3}$/u.test(words[end - 2] ?? "")) {
      out.push(span);
      continue;
    }
    let from = span.first;
    for (let i = span.first; i <= span.end; i++) {
      if (i < span.end && words[i] !== "(" && words[i] !== ")") continue;
      if (i > from) out.push(from === span.first && i === span.end ? span : { ...span, first: from, end: i });
      from = i + 1;
    }
  }
  return out;
}

/**
 * Parts of speech a one-word name never has. Only interjections: the part-of-speech tagger reads unfamiliar names
 * as verbs or adverbs too ("Dole", "Cook", "IS"), so those are no evidence.
 */
const NOT_NAME_POS: ReadonlySet<string> = new Set(["INTJ"]);

/**
 * Capitalised heads of process names that no organisation's name ends in. "Conference" is left out: "the Conference
 * on Disarmament" and "the Islamic Conference" are bodies.
 */
const PROCESS_NAME_HEADS: ReadonlySet<string> = new Set(["Initiative", "Summit", "Talks", "Process", "Ceasefire", "Truce", "Roadmap"]);

/** A capitalised person title right before a name: "Ambassador Varnell", "President Aubrac". */
function followsTitle(texts: readonly string[], first: number): boolean {
  const before = texts[first - 1] ?? "";
  return (/^\p{Lu}/u.test(before) && TITLES_BEFORE_NAME.has(before.toLowerCase())) || endsStateTitle((i) => texts[i], first - 1);
}

/** A name headed by a geographic feature or site ("Kessel Barrage"), or a short one led by "Lake", "Mount", "Fort". */
function isPlaceName(texts: readonly string[], first: number, end: number): boolean {
  if (end - first < 2) return false;
  const head = (texts[end - 1] ?? "").toLowerCase();
  if (PLACE_HEADS.has(head)) return true;
  const lead = (texts[first] ?? "").toLowerCase();
  return end - first <= 3 && PLACE_PREFIXES.has(lead) && !PROCESS_HEADS.has(head) && !ARMED_GROUP_HEADS.has(head);
}

/** Names led by "Operation" or a ship prefix ("USS Calloway") are kept as MISC names, whatever found them. */
function withoutNonActors(words: readonly Token[], candidates: Candidate[]): Candidate[] {
  return candidates.map((c) =>
    c.kind !== null && c.end - c.first > 1 && NON_ACTOR_PREFIXES.has((words[c.first]?.text ?? "").toLowerCase())
      ? { ...c, kind: null, coarse: "MISC" as const, demonym: false }
      : c,
  );
}

/** "the Netherlands", "the Gulf": the article is not part of the name, whatever the lexicon alias says. */
function withoutLeadingArticle(words: readonly Token[], candidates: Candidate[]): Candidate[] {
  return candidates.map((c) =>
    c.end - c.first > 1 && /^the$/i.test(words[c.first]?.text ?? "") ? { ...c, first: c.first + 1 } : c,
  );
}

export function recogniseDocument(doc: SegmentedDocument, context: RecogniseContext): RecognisedDocument {
  const { article } = doc;
  const mentions: Mention[] = [];
  const others: OtherName[] = [];
  const titleCase = new Set(
    doc.sentences.filter((s) => isTitleCase(doc.tokens.slice(s.firstToken, s.endToken))).map((s) => s.index),
  );
  const lower = titleCase.size > 0 ? lowerCaseCounts(doc, titleCase) : new Map<string, number>();
  // Read only when a city the tagger calls an organisation needs it.
  let sports: boolean | undefined;
  const sportsArticle = (): boolean => (sports ??= isSportsArticle(article.text));
  // A sentence's names depend on its words, this document's truecasing table and the document's tagging alone, so
  // a sentence repeated in the article (a scraped page's "Share this", a pasted paragraph) is recognised once.
  const distinct = new SentenceTable<SentenceParts>();
  const unique: SentenceParts[] = [];
  const partsOf: SentenceParts[] = [];
  for (const sentence of doc.sentences) {
    const words = doc.tokens.slice(sentence.firstToken, sentence.endToken);
    const truecase = titleCase.has(sentence.index);
    // truecaseWords leaves the document's first word alone, so that sentence has its own variant.
    const variant = (truecase ? 2 : 0) + (sentence.firstToken === 0 ? 0 : 1);
    partsOf.push(
      distinct.getOrAdd(article.text, sentence, words, variant, () => {
        const texts = truecase ? truecaseWords(sentence, words, lower) : words.map((w) => w.text);
        const parts: SentenceParts = { texts, lexicon: withoutLeadingArticle(words, lexiconCandidates(context.lexicon, texts)), tagger: taggerWords(words, texts), spans: [] };
        unique.push(parts);
        return parts;
      }),
    );
  }
  // The tagger reads the whole document first: a name tagged in one sentence is tagged alike in the others.
  if (context.ner) {
    const tagged = tagDocument(
      context.ner,
      unique.map((p) => {
        const gazetteer = gazetteerFlags(p.texts.length, p.lexicon);
        return { words: p.tagger.words, gazetteer: p.tagger.starts.slice(0, -1).map((i) => gazetteer[i] ?? null) };
      }),
    );
    unique.forEach((p, i) => (p.spans = tagged[i] ?? []));
  }
  const namesIn = (parts: SentenceParts, words: readonly Token[]): Candidate[] => {
    if (parts.names) return parts.names;
    const { lexicon } = parts;
    const model = context.ner ? modelCandidates(parts, words, sportsArticle) : [];
    const base = [...lexicon, ...model];
    const all = [
      ...base,
      ...processCandidates(words, base),
      ...institutionCandidates(words, lexicon),
      ...territoryCandidates(words, lexicon),
      ...leaderInstitutionCandidates(words, base),
      ...fighterGroupCandidates(words, base),
      ...sideGroupCandidates(words),
      ...allianceCandidates(words, base),
      ...featureNameCandidates(words),
      ...warNameCandidates(words, parts.texts),
      ...eventNameCandidates(parts.texts, base),
      ...officeCandidates(parts.texts, words, base),
      ...titledPersonCandidates(words),
      ...speakerCandidates(words),
    ];
    const names = withoutHonorifics(words, joinNicknames(words, extendPersonNames(words, selectCandidates(all))));
    parts.names = withoutNonActors(words, withCoordinatedPlaces(words, names));
    return parts.names;
  };
  // "Operation Iron Gate" once, "Iron Gate" after: the short form names the operation too.
  const operations = new Set<string>();
  for (const sentence of doc.sentences) {
    const words = doc.tokens.slice(sentence.firstToken, sentence.endToken);
    for (const c of namesIn(partsOf[sentence.index] as SentenceParts, words)) {
      if (c.kind !== null || c.end - c.first < 2 || !NON_ACTOR_PREFIXES.has((words[c.first]?.text ?? "").toLowerCase())) continue;
      operations.add(article.text.slice((words[c.first + 1] as Token).start, (words[c.end - 1] as Token).end));
    }
  }
  for (const sentence of doc.sentences) {
    const words = doc.tokens.slice(sentence.firstToken, sentence.endToken);
    for (const c of namesIn(partsOf[sentence.index] as SentenceParts, words)) {
      const first = words[c.first] as Token;
      const last = words[c.end - 1] as Token;
      const surface = article.text.slice(first.start, last.end);
      if (c.kind === null || (c.source === "model" && operations.has(surface))) {
        others.push({ start: first.start, end: last.end, sentence: sentence.index, surface, coarse: c.kind === null ? c.coarse : "MISC" });
        continue;
      }
      const mention: Mention = {
        id: `${article.id}#${first.start}`,
        article: article.id,
        sentence: sentence.index,
        firstToken: sentence.firstToken + c.first,
        endToken: sentence.firstToken + c.end,
        start: first.start,
        end: last.end,
        surface,
        kind: c.kind,
        coarse: c.coarse,
        demonym: c.demonym,
        source: c.source,
      };
      if (c.lexiconId) mention.lexiconId = c.lexiconId;
      mentions.push(mention);
    }
  }
  // The words around a name overrule the kind the tagger guessed from its shape ("carmaker Fiat").
  return { article: article.id, ...applyKindCues(doc, mentions, others) };
}
