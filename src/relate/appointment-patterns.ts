// Roles given by an appointment: "Karsov appointed Imre Dalen the lead northern commander for the Front", "X was named
// chief executive of Y", "made X provisional president of Haiti", and posts stated as held ("X is the leader of Y").
// The appointee or holder holds the role in the organisation.
import type { Relation } from "../model/relation.ts";
import { ROLE_WORDS } from "../recognise/cues.ts";
import { modalityBetween } from "./modality.ts";
import { makeRelation, type RelationContext } from "./relation-builder.ts";
import type { SentenceView, Unit } from "./sentence-view.ts";

type Emit = (r: Relation | null) => void;

const APPOINTING: ReadonlySet<string> = new Set([
  "appointed", "named", "made", "elected", "promoted", "nominated", "installed", "chosen", "picked", "selected", "designated",
]);
/** Head nouns of a post, besides the titles that stand before names. */
const POSTS: ReadonlySet<string> = new Set([
  "commander", "head", "chief", "leader", "director", "president", "minister", "coordinator", "envoy", "chairman",
  "chairwoman", "chair", "secretary", "spokesman", "spokeswoman", "governor", "ambassador", "manager", "editor",
  "officer", "deputy", "executive", "member", "emir", "general", "adviser", "advisor", "representative", "treasurer",
]);
const LINKS: ReadonlySet<string> = new Set(["of", "for", "at"]);
const PASSIVE: ReadonlySet<string> = new Set(["was", "were", "been", "is", "are", "be"]);
/** The longest a post may be: "the lead Syrian military commander". */
const DEFAULT_POST_WORDS = 6;

/** Verbs that state a post held rather than given: "X is the leader of Y", "X became head of Y". */
const HOLDING: ReadonlySet<string> = new Set(["is", "was", "became", "becomes", "remains", "remained"]);

export function appointmentRelations(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const { lower } = view;
  for (let t = 0; t < lower.length; t++) {
    if (APPOINTING.has(lower[t] as string)) appointmentAt(view, ctx, emit, t);
    else if (HOLDING.has(lower[t] as string)) holdingAt(view, ctx, emit, t);
  }
}

/** "X is the leader of Y", "X became head of Y": the name right before the verb holds the post. */
function holdingAt(view: SentenceView, ctx: RelationContext, emit: Emit, t: number): void {
  const { lower, units } = view;
  const person = units.find((u) => u.end === t && u.head.kind === "person");
  if (!person) return;
  let postStart = t + 1;
  // "X was once the leader of Y", "X is now head of Y".
  if (/^(?:once|now|still|also|later|briefly|formerly)$/.test(lower[postStart] ?? "")) postStart++;
  if (/^(?:the|a|an)$/.test(lower[postStart] ?? "")) postStart++;
  const post = postEnd(view, postStart);
  // "X is a member of Y" is membership, which the verb lexicon reads.
  if (post < 0 || !POSTS.has(lower[post - 1] as string) || lower[post - 1] === "member") return;
  let at = post + 1;
  if (lower[at] === "the") at++;
  const organisation = units.find((u) => u.first === at && !u.modifierOnly && u.head.kind !== "person" && u.head.kind !== "place");
  if (!organisation || modalityBetween(lower, person.first, post).kind !== "asserted") return;
  const role = view.words.slice(postStart, post).map((w) => w.text).join(" ");
  emit(makeRelation(ctx, "holds_role_in", person.head, organisation.head, { cue: `${lower[t]} ... ${lower[post]}`, role }));
}

/** The appointment verb at t: the appointee after it ("appointed X the ...") or before it ("X was named ..."). */
function appointmentAt(view: SentenceView, ctx: RelationContext, emit: Emit, t: number): void {
  const { lower, units } = view;
  let person = units.find((u) => u.first === t + 1 && u.head.kind === "person");
  let postStart = person ? person.end : t + 1;
  if (!person) {
    // "X , 52 , was named chief of Y", "X has been appointed as ...".
    if (!PASSIVE.has(lower[t - 1] ?? "")) return;
    person = [...units].reverse().find((u) => u.end <= t - 1 && u.end >= t - 6 && u.head.kind === "person");
    if (!person || !lower.slice(person.end, t - 1).every((w) => w === "," || w === "has" || w === "had" || w === "have" || /^\d{1,3}$/.test(w))) return;
    postStart = t + 1;
  }
  if (lower[postStart] === "as") postStart++;
  if (/^(?:the|a|an)$/.test(lower[postStart] ?? "")) postStart++;
  const post = postEnd(view, postStart);
  if (post < 0) return;
  let at = post + 1;
  if (lower[at] === "the") at++;
  const organisation = units.find((u) => u.first === at && !u.modifierOnly && u.head.kind !== "person" && u.head.kind !== "place");
  if (!organisation || modalityBetween(lower, Math.min(person.first, t), post).kind !== "asserted") return;
  const role = view.words.slice(postStart, post).map((w) => w.text).join(" ");
  emit(makeRelation(ctx, "holds_role_in", person.head, organisation.head, { cue: `${lower[t]} ... ${lower[post]}`, role }));
}

/**
 * The index of the link word ("of", "for", "at") that closes a post starting at word i, or -1: the post is a few
 * lower-case words, nationalities or titles, and ends in a noun for a post.
 */
function postEnd(view: SentenceView, i: number): number {
  const { lower, words, units } = view;
  for (let k = i; k < i + DEFAULT_POST_WORDS && k < lower.length; k++) {
    const w = lower[k] as string;
    if (LINKS.has(w)) return k > i && (POSTS.has(lower[k - 1] as string) || ROLE_WORDS.has(lower[k - 1] as string)) && lower[k - 1] !== "the" && lower[k - 1] !== "of" ? k : -1;
    const nationality = units.some((u: Unit) => u.modifierOnly && u.first <= k && k < u.end);
    const plain = /^\p{Ll}[\p{Ll}-]*$/u.test(words[k]?.text ?? "") && words[k]?.pos !== "VERB" && w !== "and" && w !== "to";
    if (!plain && !nationality && !ROLE_WORDS.has(w)) return -1;
  }
  return -1;
}
