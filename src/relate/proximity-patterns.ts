// Relations stated by a name's immediate neighbourhood: appositions ("Ray Holt, a spokesman for Corvel"),
// prepositions ("Paul Ferrand of Eastbridge", "Li Wenhao at the Institute of Optics") and addresses
// ("the Millbrook Reactor Site, in Dunmore, Ga.").
import type { Relation } from "../model/relation.ts";
import { makeRelation, type RelationContext } from "./relation-builder.ts";
import { PREPOSITIONS, type SentenceMention, type SentenceView } from "./sentence-view.ts";
import { ROLE_WORDS } from "../recognise/cues.ts";
import { DEFAULT_TRIGGERS } from "./triggers.ts";

type Emit = (r: Relation | null) => void;

const WHERE = new Set(["place", "country"]);
const GROUPS = new Set(["organization", "armed_group", "country"]);
/** Words an apposition's role may contain besides lower-case nouns: "the 31st President of Norvania". */
const APPOSITION_FILLER = /^(?:a|an|the|its|their|his|her|former|then|senior|top|chief|deputy|vice|acting|and|\d+(?:st|nd|rd|th)|[\p{Ll}][\p{Ll}-]*)$/u;
const ROLE_LINK = new Set(["of", "for", "at", "with", "in"]);
const MEMBER_APPOSITION = /^, (?:a|an|another|the)(?: (?:senior|former|top|veteran|retired|leading|prominent))?$/;

const AGE = /^\d{1,3}$/;
/** Links that place a person ("of", "from": where they are from) and anything else ("in", "at", "based in"). */
const PERSON_LINK = /^(?:,\s)?(?:of|from)(?: the)?$/;
const OTHER_LINK = /^(?:,\s)?(?:of|in|from|at|based in|near)(?: the)?$/;
const MEMBER_LINK = /^(?:,\s)?(?:of|at|with|from)(?: the)?$/;

const CONFLICT_PREDICATES: ReadonlySet<string> = new Set(["fights", "opposes", "threatens"]);
/**
 * The conflict verbs ("defeat", "attacked") and nouns ("strikes on", "campaign"): one-word triggers and the heads of
 * noun triggers. Phrases are left out, since their first word may be anything ("at war with").
 */
const CONFLICT_WORDS: ReadonlySet<string> = new Set([
  ...DEFAULT_TRIGGERS.filter((t) => CONFLICT_PREDICATES.has(t.predicate) && (t.words.length === 1 || t.nominal)).map((t) => t.words[0] as string),
  "campaign", "war", "offensive", "fight", "defeat", "destruction",
]);

/**
 * Whether a name is the target or the doer of an action: "the defeat of Daesh in Iraq", "strikes against ISIL in Syria",
 * "the use of gas by X in Y". The place then says where the action happened, not where the group is based.
 */
function actedOnBefore(view: SentenceView, m: SentenceMention): boolean {
  const { lower } = view;
  let k = m.first - 1;
  if (lower[k] === "the") k--;
  const before = lower[k] ?? "";
  // "prepared by Reuters in Jakarta" is where the agency is; an armed group's "by ... in" is where it struck.
  if (before === "against" || (before === "by" && m.kind === "armed_group") || CONFLICT_WORDS.has(before)) return true;
  return (before === "of" || before === "on") && CONFLICT_WORDS.has(lower[k - 1] ?? "");
}

/**
 * "the Minister of Foreign Affairs of Tovia", "the Foreign Ministers of Kelby": a name made only of title words is part
 * of a person's title; the place after it is the title's country, not its address.
 */
function inTitle(view: SentenceView, m: SentenceMention): boolean {
  if (m.kind !== "organization" && m.kind !== "armed_group") return false;
  return view.lower.slice(m.first, m.end).every((w) => ROLE_WORDS.has(w));
}

/** The number of words between two mentions, after dropping an age or a comma-enclosed filler ("Delgado, 50, of"). */
function gapWords(view: SentenceView, a: SentenceMention, b: SentenceMention): string[] {
  return view.lower.slice(a.end, b.first).filter((w) => !AGE.test(w));
}

/** Nouns for a person's staff: "Lukashenko 's political adviser", "Yeltsin 's spokesman". */
const STAFF = new Set(["adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "aide", "deputy", "secretary", "lawyer", "attorney", "bodyguard", "envoy", "assistant"]);

/** The staff noun after at most two lower-case adjectives from word i, followed by the end of the apposition. */
function staffAfter(view: SentenceView, i: number): string | undefined {
  let k = i;
  while (k < i + 2 && view.words[k]?.pos === "ADJ" && /^\p{Ll}/u.test(view.words[k]?.text ?? "")) k++;
  const noun = view.lower[k] ?? "";
  const after = view.lower[k + 1] ?? "";
  return STAFF.has(noun) && (after === "," || after === "." || after === "") ? noun : undefined;
}

/** Past forms that give a post, a base or a side: "based at Y", "appointed head of Y", "who played for Y". */
const POSTING_VERBS: ReadonlySet<string> = new Set([
  "based", "appointed", "elected", "re-elected", "named", "employed", "hired", "stationed", "posted", "seconded", "promoted",
  "worked", "served", "played", "studied", "trained",
]);

export function proximityRelations(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  const { mentions } = view;
  for (let i = 0; i < mentions.length; i++) {
    const a = mentions[i] as SentenceMention;
    if (a.demonym) continue;
    for (let j = i + 1; j < mentions.length && j <= i + 3; j++) {
      const b = mentions[j] as SentenceMention;
      if (b.demonym) continue;
      const gap = gapWords(view, a, b);
      if (gap.length > 12) break;
      const text = gap.join(" ").replace(/,(?: ,)+/g, ",");
      // "X of Y", "X in Y", "X, of Y", "X, in Y", "X from Y", "X-based": a person or organisation located in a place.
      // A person "in" a place is only passing through; "of" and "from" say where they are from.
      const link = a.kind === "person" ? PERSON_LINK : OTHER_LINK;
      // A line that is only "SEATTLE AT BOSTON" is a fixture (see sports-patterns), not an address.
      const fixture = a.first === 0 && b.end === view.lower.length && view.words[a.end]?.text === "AT";
      const eventPlace = a.kind !== "person" && /(?:^|\s)(?:in|near)(?: the)?$/.test(text) && actedOnBefore(view, a);
      if (WHERE.has(b.kind) && a.kind !== "place" && a.kind !== "country" && link.test(text) && !fixture && !eventPlace && !inTitle(view, a)) {
        emit(makeRelation(ctx, "located_in", a, b, { cue: text }));
      }
      // "Karim Bensaid ( Algeria )": a country or place in brackets after a name is where it is from.
      if (WHERE.has(b.kind) && a.kind !== "place" && a.kind !== "country" && text === "(" && view.lower[b.end] === ")") {
        emit(makeRelation(ctx, "located_in", a, b, { cue: "( )" }));
      }
      // "Li Wenhao at the Institute of Optics", "Zhou Minghua of the Economic Research".
      // "shoots X at Ford 's Theater": a possessor only names the place the person is at ("from the FDA 's Office"
      // is still the FDA).
      const possessor = /^(?:'s|’s)$/.test(view.lower[b.end] ?? "") && /^(?:, )?at(?: the)?$/.test(text);
      if (a.kind === "person" && GROUPS.has(b.kind) && b.kind !== "country" && MEMBER_LINK.test(text) && !possessor) {
        emit(makeRelation(ctx, "member_of", a, b, { cue: text }));
      }
      // "Mara Linden, an FDA official", "Brenner, a senior Trade Ministry official": a member of the organisation.
      if (a.kind === "person" && GROUPS.has(b.kind) && b.kind !== "country" && MEMBER_APPOSITION.test(text) && /^\p{Ll}/u.test(view.words[b.end]?.text ?? "")) {
        emit(makeRelation(ctx, "member_of", a, b, { cue: "apposition" }));
      }
      // "Dan Kessler, vice president of Orbix", "Thomas Wexley, the 31st President of Norvania",
      // "Ravelli (leader of the Liberal Party", "X, a professor of history at Y": the role runs to the last link.
      if (a.kind === "person" && GROUPS.has(b.kind) && (gap[0] === "," || gap[0] === "(") && gap.length >= 3) {
        // The words as written, past the comma or bracket and an age ("X , 58 , was acting comptroller at Y").
        let inner = view.words.slice(a.end + 1, b.first).map((w) => w.text);
        if (/^\d{1,3}$/.test(inner[0] ?? "") && inner[1] === ",") inner = inner.slice(2);
        let link = inner.length - 1;
        while (link > 0 && inner[link]?.toLowerCase() === "the") link--;
        // A capitalised word is another name, not part of the role, unless it is a title ("the 23rd President of").
        const filler = inner.slice(0, link).every((w) => APPOSITION_FILLER.test(w) || ROLE_WORDS.has(w.toLowerCase()));
        const first = inner[0]?.toLowerCase() ?? "";
        // "Maj. Gen. X, commander, 1st Infantry Division": the role between commas, military style.
        const commaLink = inner[link] === "," && link > 0 && inner.slice(0, link).every((w) => ROLE_WORDS.has(w.toLowerCase()));
        // "X, to organise our aid for Tovia": an infinitive after the comma is a purpose, not a post. "X, one of the
        // ministers mocked in the Y leaflet", "X, who died in Y": a past participle says what befell X, not what X is,
        // unless it is a posting ("based at Y", "appointed head of Y").
        const done = view.words.slice(b.first - inner.length, b.first - inner.length + link).some((w) => w.pos === "VERB" && /ed$/.test(w.text) && !POSTING_VERBS.has(w.text.toLowerCase()));
        if (link > 0 && (ROLE_LINK.has(inner[link]?.toLowerCase() ?? "") || commaLink) && filler && !done && !PREPOSITIONS.has(first) && first !== "to") {
          const role = inner.slice(0, link).filter((w) => !/^(?:a|an|the)$/i.test(w)).join(" ");
          // "X, one of the top strategists in Israel": "in" a country says where X is, not what X is a member of.
          const where = inner[link]?.toLowerCase() === "in" && b.kind === "country";
          if (role) emit(makeRelation(ctx, where ? "located_in" : "holds_role_in", a, b, { cue: "apposition", role }));
        }
      }
      // "John Georges , International Paper 's chairman": the organisation's own title for the person.
      if (a.kind === "person" && GROUPS.has(b.kind) && text === "," && /^(?:'s|’s)$/.test(view.lower[b.end] ?? "") && ROLE_WORDS.has(view.lower[b.end + 1] ?? "")) {
        emit(makeRelation(ctx, "holds_role_in", a, b, { cue: "apposition", role: view.words[b.end + 1]?.text ?? "" }));
      }
      // "Pavel Ostrik , Halden 's political adviser": a person's staff, named in apposition.
      if (a.kind === "person" && b.kind === "person" && text === "," && /^(?:'s|’s)$/.test(view.lower[b.end] ?? "")) {
        const staff = staffAfter(view, b.end + 1);
        if (staff) emit(makeRelation(ctx, "affiliated_with", a, b, { cue: staff }));
      }
    }
  }
}
