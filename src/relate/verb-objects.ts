// How the words after a verb change what it says of the name there. "meet" also takes things: "to meet demand",
// "met the deadline", "met X's cross"; sides that meet a thing do not meet each other, and the one met in "met X's
// envoy" is the envoy, not X. An attack on someone's record or policy is words, not arms: "attacked X's record".
// Some particles make another verb: "heads to Ankara" is a journey, "signed up for" is joining, not agreeing.
import type { SentenceView, Unit } from "./sentence-view.ts";
import { type Trigger, verbForms } from "./triggers.ts";

const MEET_FORMS: ReadonlySet<string> = new Set(verbForms("meet"));

/** Whether the trigger is the bare verb "meet" in one of its forms. */
export function isMeetVerb(trigger: Trigger): boolean {
  return trigger.predicate === "meets" && trigger.words.length === 1 && MEET_FORMS.has(trigger.words[0] ?? "");
}

/** Whether a common noun, maybe after an article or adjectives, is the object right after the verb: "meet demand". */
export function meetsAThing(view: SentenceView, tEnd: number): boolean {
  let k = tEnd;
  while (k < tEnd + 3 && (view.words[k]?.pos === "DET" || view.words[k]?.pos === "ADJ")) k++;
  const word = view.words[k];
  return !!word && word.pos === "NOUN" && /^\p{Ll}/u.test(word.text);
}

/** Verbs of attack that also say "criticise" when their object is a stance or a record. */
const ATTACK_VERBS: ReadonlySet<string> = new Set(["attack", "attacks", "attacked", "attacking"]);
/** What is criticised, not struck: "attacked X's economic record", "attacked Y policy on migration". */
const STANCES: ReadonlySet<string> = new Set([
  "policy", "policies", "record", "plan", "plans", "proposal", "proposals", "decision", "decisions", "remarks",
  "comments", "stance", "views", "handling", "approach", "budget", "taxes", "tax", "reform", "reforms", "strategy",
  "leadership", "claims", "statement", "statements", "failure", "failures", "performance", "manifesto", "bill", "laws",
]);

/** Words after "for" that give a reason, as criticism does: "attacked X for his record", "for wanting". */
const REASON_STARTS: ReadonlySet<string> = new Set(["his", "her", "their", "its", "failing", "not"]);

/**
 * "attacked X's economic record", "attacked Y policy", "attacked Z for wanting ...": an attack in words on the name
 * before a stance or a reason. "attacked the base for hours" is no reason.
 */
export function isVerbalAttack(view: SentenceView, trigger: Trigger, object: Unit): boolean {
  if (trigger.predicate !== "fights" || !ATTACK_VERBS.has(trigger.words[0] ?? "") || trigger.words.length !== 1) return false;
  const { lower, words } = view;
  let k = object.end;
  if (lower[k] === "for") return REASON_STARTS.has(lower[k + 1] ?? "") || /^\p{Ll}+ing$/u.test(words[k + 1]?.text ?? "");
  if (/^(?:'s|’s|'|’)$/.test(lower[k] ?? "")) k++;
  while (k < object.end + 3 && words[k]?.pos === "ADJ" && /^\p{Ll}/u.test(words[k]?.text ?? "")) k++;
  return STANCES.has(lower[k] ?? "");
}

/** Particles after "head" that make it a journey ("heads to Ankara", "headed back"), and after "sign" a joining. */
const HEAD_MOTION: ReadonlySet<string> = new Set([
  "to", "for", "towards", "toward", "into", "back", "home", "off", "out", "north", "south", "east", "west",
]);
const SIGN_JOINING: ReadonlySet<string> = new Set(["up", "on"]);
const HEAD_FORMS: ReadonlySet<string> = new Set(verbForms("head"));
const SIGN_FORMS: ReadonlySet<string> = new Set(verbForms("sign"));

/** Whether the verb at t, with the word after it, is another verb than the trigger says: "heads to", "signed up". */
export function isParticleVerb(view: SentenceView, trigger: Trigger, t: number): boolean {
  if (trigger.words.length !== 1) return false;
  const verb = trigger.words[0] ?? "";
  const next = view.lower[t + 1] ?? "";
  if (trigger.predicate === "leads" && HEAD_FORMS.has(verb)) return HEAD_MOTION.has(next);
  if (trigger.predicate === "agrees_with" && SIGN_FORMS.has(verb)) return SIGN_JOINING.has(next);
  return false;
}

/**
 * "the Varn Party lead the Kestrel Party by six points", "Kelby led Orvale 2-0": leading a rival by a margin or a
 * score is being ahead of it in a race, not leading it.
 */
export function leadsARival(view: SentenceView, trigger: Trigger, object: Unit): boolean {
  if (trigger.predicate !== "leads") return false;
  const { lower } = view;
  const after = lower[object.end] === "by" ? lower[object.end + 1] : lower[object.end];
  return /^\d/.test(after ?? "");
}

/** Nouns after a name fought "for" in an election: "to fight the Kelby North seat". */
const ELECTORAL_UNITS: ReadonlySet<string> = new Set([
  "seat", "seats", "constituency", "constituencies", "ward", "wards", "by-election", "election",
]);

/** "selected to fight the Kelby North seat": contesting an election there is no fight with the place or its body. */
export function contestsASeat(view: SentenceView, trigger: Trigger, object: Unit): boolean {
  return trigger.predicate === "fights" && ELECTORAL_UNITS.has(view.lower[object.end] ?? "");
}

/**
 * "Kelby FC signed Dana Varga", "signed Tovian Dana Varga", "signed Orvale defender Dana Varga": a side that signs a
 * person hires them; it agrees with no one, and not with the person's country or former club either.
 */
export function signsAPerson(view: SentenceView, trigger: Trigger, object: Unit): boolean {
  const sign = trigger.predicate === "agrees_with" && trigger.words.length === 1 && SIGN_FORMS.has(trigger.words[0] ?? "");
  if (!sign) return false;
  if (object.head.kind === "person") return true;
  // "signed Italian Dario Venn", "signed Kelby defender Dario Venn": the nationality or the club names the player.
  const next = view.units.find((u) => u.first >= object.end && u.first <= object.end + 2);
  if (next?.head.kind !== "person") return false;
  return view.words.slice(object.end, next.first).every((w) => /^\p{Ll}/u.test(w.text) && w.pos === "NOUN");
}
