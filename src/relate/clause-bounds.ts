// Where a clause starts and ends around a verb, for finding its subject: conditions ("If X attacks"), denials ("denied
// that X attacked"), relative clauses ("X, which fought Y, ..."), clauses opened by a conjunction ("after X rejected
// Y"), participles after a comma and new subjects after "and" or a saying verb, and passive asides (", backed by X,")
// a subject reaches across.
import { isSayingWord } from "./modality.ts";
import { isPrepositionalObject, type SentenceView, type Unit } from "./sentence-view.ts";

const CONDITIONALS = new Set(["if", "unless", "whether", "suppose", "supposing"]);

/** "If Turkey attacks ...": a condition word between the clause start and the subject. */
export function isConditionalClause(view: SentenceView, subjectFirst: number): boolean {
  for (let i = subjectFirst - 1; i >= 0; i--) {
    const w = view.lower[i] as string;
    if (CONDITIONALS.has(w)) return true;
    if (w === "," || w === ";" || w === ":") return false;
  }
  return false;
}

const DENYING = new Set(["denied", "denies", "deny", "denying", "rejected", "rejects", "dismissed", "dismisses", "refuted", "refutes"]);
/** Nouns for what is denied: "denied reports that", "rejected claims that". */
const CLAIM_NOUNS = new Set([
  "report", "reports", "claim", "claims", "allegation", "allegations", "suggestion", "suggestions", "rumours", "rumors",
  "speculation", "accusations",
]);

/** "Tovia denied reports that the Front attacked Y": a clause whose content is denied is not asserted. */
export function isDeniedClause(view: SentenceView, subjectFirst: number): boolean {
  const { lower } = view;
  let k = subjectFirst - 1;
  if (lower[k] === "the") k--;
  if (lower[k] !== "that") return false;
  k--;
  if (lower[k] === "any") k--;
  if (CLAIM_NOUNS.has(lower[k] ?? "")) k--;
  if (lower[k] === "any") k--;
  return DENYING.has(lower[k] ?? "");
}

/**
 * "the files on X, who was charged with ...", "firing at X, the man who had assassinated Y": X is the subject of the
 * relative clause, whatever governs it.
 */
export function startsRelativeClause(view: SentenceView, unit: Unit): boolean {
  const { lower, words } = view;
  if (lower[unit.end] !== ",") return false;
  let k = unit.end + 1;
  // An apposition of a common noun before the clause: ", the man who", ", a former soldier who".
  if (/^(?:the|a|an)$/.test(lower[k] ?? "")) {
    k++;
    while (k < unit.end + 5 && /^\p{Ll}/u.test(words[k]?.text ?? "") && (words[k]?.pos === "NOUN" || words[k]?.pos === "ADJ")) k++;
  }
  return lower[k] === "who" || (k === unit.end + 1 && lower[k] === "which");
}

/**
 * "Hezbollah, which fought a war with Israel, has sent fighters to support Assad": a name inside a relative clause
 * that closes before the verb is not its subject; the name the clause hangs on is.
 */
export function outsideClosedClause(view: SentenceView, unit: Unit, verb: number): Unit | undefined {
  const { lower, units } = view;
  if (!lower.slice(unit.end, verb).includes(",")) return unit;
  for (let i = unit.first - 1; i > 0; i--) {
    const w = lower[i] as string;
    if (BARRIERS.has(w) || w === "." || w === ",") return unit;
    if ((w === "which" || w === "who") && lower[i - 1] === ",") {
      return [...units].reverse().find((u) => u.end === i - 1 && !u.modifierOnly);
    }
  }
  return unit;
}

/** Pronouns that are a clause's subject, and the words that may stand between such a subject and its verb. */
const SUBJECT_PRONOUNS = new Set(["he", "she", "they", "we", "i", "you", "it"]);
const BEFORE_VERB = new Set([
  "would", "will", "could", "should", "may", "might", "must", "can", "has", "have", "had", "did", "does", "do", "is",
  "was", "are", "were", "also", "then", "later", "again", "now", "already", "once", "repeatedly", "personally",
]);

/**
 * "Addressing the Kelvan council she pressed Y", "the loans it took out": a pronoun right before the verb and right
 * after a noun or a comma opens a clause of its own, whose subject is not the name before it. After a conjunction or
 * a verb the pronoun is mostly that name ("X joined Y when it ...", "X has confirmed she will ..."), and after a
 * saying verb it is the speaker ("X told reporters he had met Y").
 */
function pronounSubject(view: SentenceView, from: number, verb: number): boolean {
  const { lower, words } = view;
  const k = pronounBefore(view, from, verb);
  if (k < 0) return false;
  for (let i = from; i < k; i++) if (isSayingWord(lower[i] as string)) return false;
  const before = words[k - 1];
  return k === from || lower[k - 1] === "," || before?.pos === "NOUN" || before?.pos === "PROPN";
}

/** The index of a subject pronoun right before the verb (past auxiliaries and adverbs), at `from` or after; or -1. */
function pronounBefore(view: SentenceView, from: number, verb: number): number {
  const { lower } = view;
  let k = verb - 1;
  while (k > from && BEFORE_VERB.has(lower[k] as string)) k--;
  return k >= from && SUBJECT_PRONOUNS.has(lower[k] as string) ? k : -1;
}

/**
 * "Ms Varga is stepping up Varn Party campaigning as she visits X": "he" or "she" before the verb is a person, so a
 * subject that is no person is not what the pronoun stands for.
 */
export function personalPronounForOther(view: SentenceView, subject: Unit, verb: number): boolean {
  const k = pronounBefore(view, subject.end, verb);
  return k >= 0 && (view.lower[k] === "he" || view.lower[k] === "she") && subject.head.kind !== "person";
}

/**
 * "Tovia faces hard choices and all parties must compromise", "Cook said the campaign against X": a noun phrase
 * after "and" or a saying verb is the subject of the verb that follows, not the name before it; so is a pronoun
 * right before the verb (pronounSubject).
 */
export function newClauseSubject(view: SentenceView, from: number, verb: number): boolean {
  if (pronounSubject(view, from, verb)) return true;
  for (let k = from; k + 1 < verb; k++) {
    const w = view.lower[k] as string;
    // "and a member of X": a noun trigger right after the determiner is the phrase itself, not a new clause.
    if ((w !== "and" || k + 2 >= verb) && !isSayingWord(w)) continue;
    const next = view.words[k + 1];
    if (next && (next.pos === "DET" || next.pos === "NOUN") && /^\p{Ll}/u.test(next.text)) return true;
  }
  return false;
}

/** Clause breaks a subject does not reach across. */
export const BARRIERS = new Set([";", ":", "but", "while", "whereas", "although", "though", "because"]);

/** Words that are prepositions before a noun but start a clause before a subject and its verb. */
const CLAUSE_OPENERS = new Set(["after", "before", "since", "until", "as", "once"]);

/**
 * "after the Norvanian navy refused X": a name after a word that may open a clause, right before the verb (or
 * with only its own nouns between, "military"), is that clause's subject, not the object of a preposition.
 */
export function clauseAfterConjunction(view: SentenceView, u: Unit, t: number): boolean {
  const { lower, words } = view;
  const k = lower[u.first - 1] === "the" ? u.first - 2 : u.first - 1;
  if (!CLAUSE_OPENERS.has(lower[k] ?? "") || t - u.end > 2) return false;
  return words.slice(u.end, t).every((w) => /^\p{Ll}/u.test(w.text) && (w.pos === "NOUN" || w.pos === "ADJ"));
}

/**
 * Whether the words from i, after an "and", start a clause of their own: a verb ("and said"), or a name or noun
 * with its own verb ("and Iran said"); "and Yugoslav politicians in Belgrade" is only a second object.
 */
function startsClause(view: SentenceView, i: number): boolean {
  const { words, units } = view;
  let k = i;
  const name = units.find((u) => u.first === k);
  if (name) k = name.end;
  while (k < i + 4 && words[k]?.pos === "NOUN" && /^\p{Ll}/u.test(words[k]?.text ?? "")) k++;
  return /^(?:VERB|AUX)$/.test(words[k]?.pos ?? "");
}

/** Words before a participle that leave its subject to the main clause: "X will meet Y before visiting Z". */
export const PARTICIPLE_OPENERS = new Set(["before", "after", "while", "without", "since", "when"]);

/** How far a participle after a comma may stand from the subject of the clause it hangs on. */
const DEFAULT_PARTICIPLE_REACH = 30;

/**
 * "Israeli jets fired missiles into Syria, striking Zahra": a participle after a comma has the main clause's
 * subject as its own, however far back: the name right before a verb that opens the sentence.
 */
export function participleSubject(view: SentenceView, t: number): Unit | undefined {
  const { lower, words, units } = view;
  if ((lower[t - 1] !== "," && !PARTICIPLE_OPENERS.has(lower[t - 1] as string)) || !(lower[t] as string).endsWith("ing")) return undefined;
  const subject = units.find((u) => u.end < t && !u.modifierOnly && !isPrepositionalObject(view, u));
  if (!subject || t - subject.end > DEFAULT_PARTICIPLE_REACH) return undefined;
  // The subject's verb must follow it at once, and nothing may close the clause before the participle.
  // "Israeli jets were ...": the noun for the forces a nationality stands for comes between.
  let v = subject.end;
  while (v < subject.end + 2 && words[v]?.pos === "NOUN" && /^\p{Ll}/u.test(words[v]?.text ?? "")) v++;
  const verb = words[v];
  if (!verb || (verb.pos !== "VERB" && verb.pos !== "AUX")) return undefined;
  if (units.some((u) => u !== subject && u.first < subject.first && !u.modifierOnly && !isPrepositionalObject(view, u))) return undefined;
  if (lower.slice(subject.end, t).some((w, k) => BARRIERS.has(w) || w === "." || w === "who" || w === "which" || (w === "and" && startsClause(view, subject.end + k + 1)))) return undefined;
  return subject;
}

/** The first word of the clause that holds word t: after the last comma or clause break before it. */
export function clauseStart(lower: readonly string[], t: number): number {
  let k = t;
  while (k > 0 && !BARRIERS.has(lower[k - 1] as string) && lower[k - 1] !== "," && lower[k - 1] !== ".") k--;
  return k;
}

/** The longest aside "by X" may be: ", backed by allied aircraft and drones ,". */
const DEFAULT_ASIDE_WORDS = 10;

/**
 * The length of a passive aside right after a subject (", assisted by X ,"): it says who helped, and leaves the
 * subject as near its verb as without it, so it does not count towards the subject window.
 */
export function agentAside(view: SentenceView, from: number, t: number): number {
  const { lower } = view;
  if (lower[from] !== "," || lower[from + 2] !== "by" || view.words[from + 1]?.pos !== "VERB") return 0;
  const close = lower.slice(from + 3, Math.min(t, from + 3 + DEFAULT_ASIDE_WORDS)).indexOf(",");
  return close < 0 ? 0 : close + 4;
}
