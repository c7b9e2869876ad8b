// Relations stated by a verb between two names: "Turkey backs the rebels", "Russia and Turkey agreed",
// "Ankara pledged to disarm and remove HTS". Denied and hypothetical statements are dropped.
import { SYMMETRIC_PREDICATES, type Predicate } from "../model/ontology.ts";
import type { Relation } from "../model/relation.ts";
import { killerAfter } from "./killing-patterns.ts";
import { modalityBetween } from "./modality.ts";
import { makeRelation, type RelationContext } from "./relation-builder.ts";
import { coordination, isPrepositionalObject, PREPOSITIONS, type SentenceView, type Unit } from "./sentence-view.ts";
import { pairwise } from "./structural-patterns.ts";
import {
  agentAside, BARRIERS, clauseAfterConjunction, clauseStart, isConditionalClause, isDeniedClause, newClauseSubject, outsideClosedClause, PARTICIPLE_OPENERS, participleSubject, personalPronounForOther,
  startsRelativeClause,
} from "./clause-bounds.ts";
import { isAim } from "./aims.ts";
import { localBodyAfter } from "./local-bodies.ts";
import { contestsASeat, isMeetVerb, isParticleVerb, isVerbalAttack, leadsARival, meetsAThing, signsAPerson } from "./verb-objects.ts";
import { jointAttack } from "./joint-attack.ts";
import { nominalAgent } from "./nominal-agent.ts";
import { possessedApposition, staffBehind } from "./object-heads.ts";
import { officeOf } from "./office-of.ts";
import { shieldedFrom } from "./protection-patterns.ts";
import { COMPOUND_TRIGGERS, DEFAULT_TRIGGERS, isPastForm, predicateTowards, type Trigger } from "./triggers.ts";
import { ROLE_WORDS } from "../recognise/cues.ts";

type Emit = (r: Relation | null) => void;

/** How far (in words) a subject may stand before its verb, and an object after it. */
const DEFAULT_SUBJECT_WINDOW = 12;
const DEFAULT_OBJECT_WINDOW = 8;

const BY_FIRST_WORD = new Map<string, Trigger[]>();
for (const trigger of DEFAULT_TRIGGERS) {
  const head = trigger.words[0] as string;
  const list = BY_FIRST_WORD.get(head);
  if (list) list.push(trigger);
  else BY_FIRST_WORD.set(head, [trigger]);
}

function triggerAt(lower: readonly string[], t: number): Trigger | undefined {
  return BY_FIRST_WORD.get(lower[t] ?? "")?.find((tr) => tr.words.every((w, k) => lower[t + k] === w));
}

/** Words between a verb and a name that show the name is not the verb's object. */
const OBJECT_BARRIERS = new Set([".", ",", "that", "which", "who", "whom", "whose", "where", "when", "while", "if", "because", "as"]);
/** Prepositions that belong to the verb: "met with", "fight against", "pledged to disarm". */
const OBJECT_PREPOSITIONS = new Set(["with", "against", "to"]);

/** Verbs whose object noun carries the action: "conducted raids on", "was swift in its condemnation of". */
const LIGHT_VERBS = new Set([
  "conducted", "conducts", "conduct", "launched", "launches", "launch", "carried", "carries", "carry", "carrying",
  "mounted", "mounts", "mounting", "launching", "conducting", "committed", "committing",
  "began", "begun", "continued", "continues", "stepped", "expressed", "expresses", "voiced", "voices", "pledged",
  "pledges", "provided", "provides", "offered", "offers", "gave", "gives", "announced", "announces", "intensified",
  "stepped-up", "united", "maintained", "maintains", "maintain", "held", "holds", "hold", "imposed", "imposes", "impose",
  "imposing", "supplied", "supplies", "supply", "supplying", "sent", "sends", "delivered", "delivers", "shipped",
  "joined", "joins", "join", "joining", "led", "leads", "leading",
]);
const POSSESSIVE_PRONOUNS = new Set(["its", "their", "his", "her"]);

/** A noun trigger's subject is its possessor ("Russia 's backing for X", "U.S. raids on X") or a light verb's. */
function nominalSubject(view: SentenceView, subject: Unit, t: number): boolean {
  const { lower } = view;
  let k = t - 1;
  // "their defensive positions against", "Russia 's renewed offensive on": adjectives before the noun are skipped.
  while (k > subject.end && (/^(?:\d[\d,]*|over|more|than|new|fresh|further|precision|bombing|air|the|a|an)$/.test(lower[k] ?? "") || (view.words[k]?.pos === "ADJ" && /^\p{Ll}/u.test(view.words[k]?.text ?? "")))) k--;
  if (subject.end === k + 1 || (subject.end === k && (lower[k] === "'s" || lower[k] === "’s"))) return true;
  if (POSSESSIVE_PRONOUNS.has(lower[k] ?? "")) return true;
  // "X lost 20 men in operations against Y": a deed the clause's subject was engaged in.
  if ((lower[k] === "in" || lower[k] === "during") && k > subject.end) return true;
  return lower.slice(Math.max(subject.end, k - 3), k + 1).some((w) => LIGHT_VERBS.has(w));
}

/** "stands with the people of Orvale", "back the government and people of Kelby": a country's people or government. */
const PEOPLE_OF = /^(?:the )?(?:government|people|citizens|population|authorities)(?: and (?:the )?(?:government|people|citizens|population|authorities))? of(?: the)?$/;

const MEMBERS_OF = /^(?:(?:\d[\d,]*|dozens|hundreds|thousands|scores|several|two|three|four|five|six|seven|eight|nine|ten)(?: of)? )?(?:members|supporters|fighters|soldiers|militants|officials|leaders|commanders|troops|personnel) of(?: the)?$/;

/** The longest a title before a name may be: "the Rev.", "President". */
const DEFAULT_DESCRIPTION_WORDS = 4;

/**
 * How many words right before `before` (and after `from`) are a title of the name there: "President", "the Rev.".
 * Lower-case nouns are left out: in "striking partner X" the verb form is an adjective.
 */
function descriptionLength(view: SentenceView, from: number, before: number): number {
  let n = 0;
  while (n < DEFAULT_DESCRIPTION_WORDS && before - n - 1 >= from) {
    const w = view.words[before - n - 1];
    const lower = view.lower[before - n - 1] ?? "";
    if (!w || !(ROLE_WORDS.has(lower) || /^\p{Lu}/u.test(w.text)) || PREPOSITIONS.has(lower) || lower === "and") break;
    n++;
  }
  return n;
}

/**
 * "Navy Press Secretary Alan Brisk", "the Aid Commission": a trigger word written in title case inside a
 * sentence, before another capitalised word or a title, is part of a name or title, not a verb.
 */
function inCapitalisedName(view: SentenceView, t: number): boolean {
  const word = view.words[t]?.text ?? "";
  if (t === 0 || !/^\p{Lu}\p{Ll}/u.test(word)) return false;
  const next = view.words[t + 1]?.text ?? "";
  return /^\p{Lu}/u.test(next) || ROLE_WORDS.has(next.toLowerCase());
}

export function verbRelations(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const { lower } = view;
  for (let t = 0; t < lower.length; t++) {
    const trigger = triggerAt(lower, t);
    if (trigger) relateAtTrigger(view, ctx, emit, t, trigger);
  }
}

/** Phrase triggers headed by a noun: "member of", "employee of", "residents of". */
const MEMBERSHIP_NOUNS = new Set(["member", "members", "employee", "part", "resident", "residents", "native", "citizen"]);
/**
 * What may join a subject to a membership noun: "X is a member of", "X, a senior member of", "X became part of".
 * Anything else puts the noun in another phrase: "a meeting with key members of Y".
 */
const MEMBERSHIP_LINKS = new Set([
  ",", "is", "was", "are", "were", "be", "been", "being", "became", "becomes", "become", "remains", "remained", "a", "an",
  "the", "senior", "former", "leading", "founding", "prominent", "longtime", "long-time", "active", "full", "also", "now",
  "still", "both", "all", "top", "key", "veteran", "elected", "ranking", "permanent", "current", "fellow", "-", "--",
]);

/**
 * Whether the words in [from, t) join a subject to the membership noun at t: only linking words, or a second
 * apposition ("X, director of Y and a member of Z") with no verb in it.
 */
function membershipLink(view: SentenceView, from: number, t: number): boolean {
  const gap = view.lower.slice(from, t);
  if (gap.every((w) => MEMBERSHIP_LINKS.has(w))) return true;
  const and = gap.lastIndexOf("and");
  return gap[0] === "," && and > 0 && gap.slice(and + 1).every((w) => MEMBERSHIP_LINKS.has(w)) && !view.words.slice(from, t).some((w) => w.pos === "VERB" || w.pos === "AUX");
}

/** Nouns for an undertaking whose owner does what follows "to": "Alliance efforts to assist X". */
const EFFORT_NOUNS = new Set(["effort", "efforts", "campaign", "bid", "drive", "mission", "operation", "operations", "push"]);

/**
 * "the value of Alliance efforts to assist X", "Norvania 's bid to oust Y": the owner of the effort is the
 * subject of the verb after "to", even when the owner itself follows a preposition.
 */
function effortOwner(view: SentenceView, t: number): Unit | undefined {
  const { lower, units } = view;
  if (lower[t - 1] !== "to" || !EFFORT_NOUNS.has(lower[t - 2] ?? "")) return undefined;
  const k = lower[t - 3] === "'s" || lower[t - 3] === "’s" ? t - 3 : t - 2;
  return units.find((u) => u.end === k && !(u.head.demonym && k === t - 2));
}

/** "national and provincial Iraqi officials": an "and" between two adjectives joins them, not two clauses. */
function adjectivePair(gapWords: readonly { pos: string }[], k: number): boolean {
  return gapWords[k - 1]?.pos === "ADJ" && gapWords[k + 1]?.pos === "ADJ";
}

/** Participles that make a hyphened adjective of the word before them: "rebel-held", "government-run". */
const HYPHEN_PARTICIPLE = /^(?:[a-z]+ed|held|run|led|built|owned|born)$/;

/** Whether word i is part of a hyphened adjective before a name: "insurgent - held Qasrawi". */
function inHyphenedAdjective(lower: readonly string[], i: number): boolean {
  if (lower[i] === "-") return HYPHEN_PARTICIPLE.test(lower[i + 1] ?? "");
  if (lower[i + 1] === "-") return HYPHEN_PARTICIPLE.test(lower[i + 2] ?? "");
  return lower[i - 1] === "-" && HYPHEN_PARTICIPLE.test(lower[i] ?? "");
}

/** Nouns after a demonym that name a country's people: "the Varnian people", "Varnian civilians". */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set(["people", "civilians", "population", "citizens"]);

/** "the Syrian people": a demonym that, though it modifies a noun, names the people attacked. */
const isPeopleOf = (view: SentenceView, u: Unit): boolean => u.head.demonym && PEOPLE_NOUNS.has(view.lower[u.end] ?? "");

/**
 * The name a trigger ending before word tEnd acts on, and whether nothing between them (a second verb, a noun, a
 * clause break) says it is some other word's object. With `people`, a country's people named by its demonym is a
 * name too: one can attack "the Varnian people", not "Varnian support".
 */
function objectAfter(view: SentenceView, tEnd: number, people = false): { object: Unit | undefined; direct: boolean } {
  const { lower, units } = view;
  // "defeated Moscow-backed candidate X": a name in a compound modifier is not the object.
  const nearestObject = units.find(
    (u) =>
      u.first >= tEnd && u.first <= tEnd + DEFAULT_OBJECT_WINDOW && (!u.modifierOnly || (people && isPeopleOf(view, u))) &&
      !(lower[u.end] === "-" && COMPOUND_TRIGGERS[lower[u.end + 1] ?? ""]),
  );
  // "killed the Corwen assassin Hale": the object is the compound's head, not its modifier.
  const object = nearestObject ? (killerAfter(view, nearestObject) ?? possessedApposition(view, nearestObject) ?? staffBehind(view, nearestObject) ?? nearestObject) : undefined;
  const gapToObject = nearestObject ? lower.slice(tEnd, nearestObject.first) : [];
  // A title right before the object is part of it: "assassinated President Lincoln".
  const described = nearestObject ? nearestObject.first - descriptionLength(view, tEnd, nearestObject.first) : tEnd;
  const gapWords = view.words.slice(tEnd, described);
  // The name after a second verb is that verb's object ("agreed to stabilise Syria"), unless the second verb is a
  // trigger too ("pledged to disarm and remove HTS").
  // "killed 70 members of the X tribe", "arrested dozens of supporters of X": the group is the object.
  const gapText = gapToObject.join(" ");
  const membersOf = MEMBERS_OF.test(gapText) || PEOPLE_OF.test(gapText);
  const direct = membersOf || gapToObject.slice(0, described - tEnd).every(
    // "conducted strikes on Monday and Turkey protested": an "and" after other words starts a new clause.
    (w, k) =>
      inHyphenedAdjective(lower, tEnd + k) ||
      (!BARRIERS.has(w) && !OBJECT_BARRIERS.has(w) && !(PREPOSITIONS.has(w) && !OBJECT_PREPOSITIONS.has(w)) && !(w === "and" && k > 0 && !adjectivePair(gapWords, k)) &&
        gapWords[k]?.pos !== "NOUN" && !(gapWords[k]?.pos === "VERB" && !triggerAt(lower, tEnd + k))),
  );
  return { object, direct };
}

/**
 * "a clan elder fighting the Front alongside Norlandic government forces": whoever fights alongside someone fights the
 * object too, whether or not the one they stand beside is named.
 */
function alongside(view: SentenceView, ctx: RelationContext, emit: Emit, t: number, trigger: Trigger): void {
  const { lower, units } = view;
  const tEnd = t + trigger.words.length;
  const { object, direct } = objectAfter(view, tEnd);
  if (!object || !direct) return;
  const along = lower.slice(object.end, object.end + 3).indexOf("alongside");
  if (along < 0) return;
  const ally = units.find((u) => (u.first === object.end + along + 1 || (u.first === object.end + along + 2 && lower[u.first - 1] === "the")) && !u.modifierOnly);
  const modality = modalityBetween(lower, clauseStart(lower, t), t);
  if (!ally || modality.kind !== "asserted" || isConditionalClause(view, t)) return;
  const cue = `${trigger.words.join(" ")} alongside`;
  emit(makeRelation(ctx, "fights", ally.head, object.head, { cue, ...(modality.hedge ? { hedge: modality.hedge } : {}) }));
}

/** A manner phrase between a verb of condemnation and its object. */
const STRONGEST_TERMS = /^in the strongest (?:possible )?terms(?= |$)/;

/** Predicates whose object may be a body named through its office holder: "met the President of Chad". */
const OFFICE_PREDICATES: ReadonlySet<Predicate> = new Set(["meets", "agrees_with", "supports", "calls_on", "opposes"]);
/** Predicates whose object may be the agent of a deed: "condemned the attack by X", "welcomed the move by Y". */
const DEED_PREDICATES: ReadonlySet<Predicate> = new Set(["supports", "opposes"]);

/** Is the unit the object of the verb or preposition before it ("hit the Kelby Front", "against 24 X targets")? */
function isObject(view: SentenceView, u: Unit): boolean {
  let k = u.first - 1;
  while (k >= 0 && (/^(?:the|a|an|\d[\d,]*)$/.test(view.lower[k] ?? "") || view.words[k]?.pos === "ADJ" || view.words[k]?.pos === "NUM")) k--;
  return view.words[k]?.pos === "VERB" || view.words[k]?.pos === "ADP";
}

/** Parts of speech of a word that, before a trigger read as a noun, makes the two a compound noun. */
const COMPOUND_POS: ReadonlySet<string> = new Set(["NOUN", "ADJ", "VERB"]);

/**
 * The relations of the trigger at word t. Apart from the scan for triggers so that the scan stays small and its
 * word index is not captured by the closures here, which would cost an allocation at every word.
 */
function relateAtTrigger(view: SentenceView, ctx: RelationContext, emit: Emit, t: number, trigger: Trigger): void {
  const { lower, units } = view;
  const tEnd = t + trigger.words.length;
  // Compounds ("Russian-backed") and passives ("backed by") are read by the structural patterns; a trigger opening a
  // hyphenated noun is no verb ("back-up to X", "a follow-up meeting").
  if (lower[t - 1] === "-" || lower[tEnd] === "-" || lower[tEnd] === "by") return;
  if (units.some((u) => u.first <= t && t < u.end) || inCapitalisedName(view, t)) return;
  if (isParticleVerb(view, trigger, t)) return;
  if (trigger.predicate === "fights" && !trigger.nominal) alongside(view, ctx, emit, t, trigger);
  // "the suit filed by ousted PDI leader X", "the besieged city": a participle after an article or a preposition is
  // an adjective, not the sentence's verb.
  const previous = view.words[t - 1];
  if (trigger.words.length === 1 && /(?:ed|en)$/.test(lower[t] as string) && (previous?.pos === "DET" || previous?.pos === "ADP")) return;
  // "married the man convicted of murdering X": the one charged is the noun before the charge, not a name further back.
  const charged = view.words[t - 3];
  if (lower[t - 1] === "of" && (lower[t] as string).endsWith("ing") && charged?.pos === "NOUN" && /^\p{Ll}/u.test(charged.text)) return;
  // "sold its insurance arm to Y", "has a fractured arm and Y": a one-word trigger tagged as a noun after a common noun
  // or an adjective is a noun itself, not the sentence's verb. A past form is no noun, whatever the tagger says
  // ("Tovian forces retook the town"); the word before may be a noun the tagger read as a verb ("a hedge fund").
  if (trigger.words.length === 1 && !trigger.nominal && view.words[t]?.pos === "NOUN" && COMPOUND_POS.has(previous?.pos ?? "") && /^\p{Ll}/u.test(previous?.text ?? "") && !isPastForm(lower[t] as string)) return;
  // "press officer", "aid workers": a trigger the tagger reads as a noun, before a common noun, modifies that noun.
  if (trigger.words.length === 1 && !trigger.nominal && view.words[t]?.pos === "NOUN" && view.words[tEnd]?.pos === "NOUN" && /^\p{Ll}/u.test(view.words[tEnd]?.text ?? "")) return;
  // "rebel gunmen firing on Tovian troops": a participle after a common noun has that noun as its subject.
  const before = view.words[t - 1];
  if ((lower[t] as string).endsWith("ing") && before?.pos === "NOUN" && /^\p{Ll}/u.test(before.text) && !units.some((u) => u.first <= t - 1 && t - 1 < u.end)) return;
  const owner = effortOwner(view, t) ?? participleSubject(view, t);
  // "X will meet Y before visiting Z": without the main clause's subject the nearest name is only the object.
  if (!owner && PARTICIPLE_OPENERS.has(lower[t - 1] ?? "") && (lower[t] as string).endsWith("ing")) return;
  // "X hit Y targets in support of Z": a trigger opening with a preposition qualifies the clause, whose subject is X,
  // not the object of its verb or of a preposition.
  const adverbial = lower[t] === "in";
  const nearest =
    owner ??
    [...units]
      .reverse()
      .find(
        (u) =>
          u.end <= t &&
          u.end >= t - DEFAULT_SUBJECT_WINDOW - agentAside(view, u.end, t) &&
          !u.modifierOnly &&
          !(adverbial && isObject(view, u)) &&
          (startsRelativeClause(view, u) || clauseAfterConjunction(view, u, t) || (!isPrepositionalObject(view, u) && lower[u.first - 1] !== "to")),
      );
  const subject = nearest ? outsideClosedClause(view, nearest, t) : undefined;
  if (!subject || lower.slice(subject.end, t).some((w) => BARRIERS.has(w)) || newClauseSubject(view, subject.end, t) || personalPronounForOther(view, subject, t)) return;
  if (trigger.nominal && !nominalSubject(view, subject, t)) return;
  if (MEMBERSHIP_NOUNS.has(trigger.words[0] as string) && !membershipLink(view, subject.end, t)) return;
  // "the EU 's sanctions list includes X": what includes X is the list, not the EU.
  if (trigger.reverse && (lower[subject.end] === "'s" || lower[subject.end] === "’s")) return;
  const modality = modalityBetween(lower, subject.end, t);
  if (modality.kind !== "asserted" || isConditionalClause(view, subject.first) || isDeniedClause(view, subject.first)) return;
  const subjects = coordination(view, units.indexOf(subject));
  // "condemns in the strongest possible terms the attack by X": the manner stands between the verb and its object.
  const manner = STRONGEST_TERMS.exec(lower.slice(tEnd, tEnd + 5).join(" "))?.[0].split(" ").length ?? 0;
  const after = objectAfter(view, tEnd + manner, trigger.predicate === "fights");
  const indirect = !after.direct && after.object ? after.object : undefined;
  const office = indirect && OFFICE_PREDICATES.has(trigger.predicate) ? officeOf(view, tEnd + manner, indirect) : undefined;
  const agent = indirect && !office && DEED_PREDICATES.has(trigger.predicate) ? nominalAgent(view, tEnd + manner, indirect) : undefined;
  const { object, direct } = office || agent ? { object: office ?? agent, direct: true } : after;
  // "helping to topple X": what is helped is the toppling, not X.
  if (trigger.predicate === "supports" && object && lower[tEnd] === "to" && view.words[tEnd + 1]?.pos === "VERB") return;
  const options = { cue: trigger.words.join(" "), ...(modality.hedge ? { hedge: modality.hedge } : {}) };
  // "an offensive to retake X" is fought for, not yet held: the loser below still counts, the control does not. Nor
  // is a place that only names a body: "took over the Kelby police".
  const aimOnly = trigger.predicate === "controls" && (isAim(lower, t) || (!!object && localBodyAfter(view, object)));
  if (object && direct && !aimOnly && !trigger.topical) {
    for (const s of subjects) {
      for (const o of coordination(view, units.indexOf(object), "object")) {
        if (signsAPerson(view, trigger, o) || leadsARival(view, trigger, o) || contestsASeat(view, trigger, o)) continue;
        const verbal = isVerbalAttack(view, trigger, o);
        const predicate = verbal ? "opposes" : predicateTowards(trigger, o.head.kind);
        // "to run the party's campaign", "met X's envoy": what is run or met is the possessed thing, not its owner.
        if (!verbal && (predicate !== trigger.predicate || isMeetVerb(trigger)) && /^(?:'s|’s|'|’)$/.test(lower[o.end] ?? "")) continue;
        emit(trigger.reverse ? makeRelation(ctx, predicate, o.head, s.head, options) : makeRelation(ctx, predicate, s.head, o.head, options));
      }
    }
  } else if (SYMMETRIC_PREDICATES.has(trigger.predicate) && subjects.length >= 2 && !(isMeetVerb(trigger) && meetsAThing(view, tEnd))) {
    pairwise(subjects, (a: Unit, b: Unit) => emit(makeRelation(ctx, trigger.predicate, a.head, b.head, options)));
  }
  const threat = shieldedFrom(view, trigger, tEnd);
  if (threat) for (const s of subjects) emit(makeRelation(ctx, "opposes", s.head, threat.head, { ...options, cue: `${options.cue} ... from` }));
  if (jointAttack(view, trigger, tEnd, subjects, !!object && direct)) {
    const cue = `jointly ${options.cue}`;
    pairwise(subjects, (a: Unit, b: Unit) => {
      emit(makeRelation(ctx, "supports", a.head, b.head, { ...options, cue }));
      emit(makeRelation(ctx, "supports", b.head, a.head, { ...options, cue }));
    });
  }
  // "seized the hospital from ISIL fighters", "retook the town from the rebels": taken from an enemy.
  if (trigger.predicate === "controls" && object && direct) {
    const from = lower.slice(tEnd, tEnd + DEFAULT_OBJECT_WINDOW).indexOf("from");
    const loser = from >= 0 ? units.find((u) => u.first >= tEnd + from + 1 && u.first <= tEnd + from + 3 && !u.modifierOnly && u.head.kind !== "place") : undefined;
    const clean = from >= 0 && !lower.slice(tEnd, tEnd + from).some((w) => w === "," || BARRIERS.has(w));
    if (loser && clean) for (const s of subjects) emit(makeRelation(ctx, "fights", s.head, loser.head, { ...options, cue: `${options.cue} from` }));
  }
}
