// Relations read from two names side by side: a nationality or place before a described name ("Australian Dale
// Hurley", "Netherlands businessman X", "Belgian club X"), possessives ("Norway 's X", "X 's party", "ORG 's X") and a
// role of an organisation set before a name ("the deputy secretary of ORG , X").
import type { Relation } from "../model/relation.ts";
import { PERSON_TITLES, SEAT_WORDS } from "../recognise/cues.ts";
import { makeRelation, type RelationContext } from "./relation-builder.ts";
import type { SentenceMention, SentenceView } from "./sentence-view.ts";

type Emit = (r: Relation | null) => void;

/** Posts held for a person: "Marlow campaign manager Tom Keane", "Halden spokesman X". */
const STAFF_NOUNS: ReadonlySet<string> = new Set([
  "spokesman", "spokeswoman", "spokesperson", "aide", "aides", "adviser", "advisor", "manager", "secretary", "lawyer",
  "attorney", "deputy", "assistant", "bodyguard", "biographer", "envoy",
]);

/** Nouns for a post in an organisation, besides the titles that stand before names. */
const ROLE_NOUNS: ReadonlySet<string> = new Set(["head", "chief", "member", "official", "officer", "secretary", "aide", "deputy"]);

/** Prepositions that join a post to its organisation: "head of", "spokesman for", "adviser to". */
const ROLE_OF: ReadonlySet<string> = new Set(["of", "for", "to", "at"]);

/** Honorifics and ranks that may stand between an apposition's comma and the name: ", Gen. Joseph Votel". */
const TITLE_TOKENS = /^(?:gen\.?|lt\.?|col\.?|maj\.?|capt\.?|adm\.?|brig\.?|sgt\.?|dr\.?|mr\.?|mrs\.?|ms\.?|prof\.?|general|colonel|major|captain|admiral|ambassador)$/;

/** Whether the words in [from, to) are nothing or only honorifics and ranks. */
function titledAfter(view: SentenceView, from: number, to: number): boolean {
  if (to < from || to - from > 3) return false;
  for (let k = from; k < to; k++) if (!TITLE_TOKENS.test(view.lower[k] ?? "")) return false;
  return true;
}

const ORDINAL = /^\d+(?:st|nd|rd|th)$/i;

/** Whether word i is an ordinal ("2nd", "5th"). */
function ordinalAt(view: SentenceView, i: number): boolean {
  return ORDINAL.test(view.words[i]?.text ?? "");
}

/** A numbered military unit or organisation: "3rd Battalion", "7th Mountain Brigade". */
function isNumberedUnit(view: SentenceView, m: SentenceMention): boolean {
  return (m.kind === "armed_group" || m.kind === "organization") && (ordinalAt(view, m.first) || ordinalAt(view, m.first - 1));
}

export function neighbourRelations(view: SentenceView, ctx: RelationContext, emit: Emit): void {
  // "Philippines first lady Luz Ybarra", "Netherlands businessman X", "Illinois born X": a country's or place's
  // name before a description is where the person (or organisation) is from. A nationality adjective ("Australian
  // Dale Hurley", "Irish soccer manager X", "Belgian club X") says whom it is affiliated with.
  const { mentions, lower } = view;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i] as SentenceMention;
    const b = mentions[i + 1] as SentenceMention;
    // "Labour MP Ann Varga", "Varn Party MEP Piet Dorn": a member of the party, named with their seat; a "former
    // Labour MP" may have left it.
    if (a.kind === "organization" && b.kind === "person" && b.first === a.end + 1 && SEAT_WORDS.has(lower[a.end] ?? "")) {
      if (!/^(?:former|ex|ex-)$/.test(lower[a.first - 1] ?? "")) emit(makeRelation(ctx, "member_of", b, a, { cue: lower[a.end] ?? "" }));
      continue;
    }
    // "Marlow campaign manager Tom Keane": a person's staff.
    if (a.kind === "person" && b.kind === "person" && b.first > a.end && b.first - a.end <= 3) {
      const between = view.words.slice(a.end, b.first);
      if (between.every((w) => /^\p{Ll}+$/u.test(w.text) && w.pos === "NOUN") && STAFF_NOUNS.has(lower[b.first - 1] ?? "")) {
        emit(makeRelation(ctx, "affiliated_with", b, a, { cue: lower[b.first - 1] ?? "" }));
        continue;
      }
    }
    // A wire story's sign-off: "-- Amal Haddad , Amman Newsroom +962 ...": the reporter and the desk.
    if (a.kind === "person" && (b.kind === "organization" || b.kind === "armed_group") && lower[0] === "--" && a.first === 1 && lower[a.end] === "," && b.first === a.end + 1) {
      emit(makeRelation(ctx, "member_of", a, b, { cue: "sign-off" }));
      continue;
    }
    // "3rd Battalion , 7th Mountain Brigade": a numbered military unit, then the unit it belongs to.
    const bFirst = ordinalAt(view, b.first - 1) ? b.first - 1 : b.first;
    if (isNumberedUnit(view, a) && isNumberedUnit(view, b) && lower[a.end] === "," && bFirst === a.end + 1) {
      emit(makeRelation(ctx, "part_of", a, b, { cue: "unit" }));
      continue;
    }
    if ((a.kind === "organization" || a.kind === "armed_group") && b.kind === "person" && /^(?:'s|’s)$/.test(lower[a.end] ?? "") && b.first === a.end + 1) {
      emit(makeRelation(ctx, "member_of", b, a, { cue: "possessive" }));
      continue;
    }
    // "Anna Kessler 's Liberal Reform Party", "X 's allegedly corrupt union": the person's organisation.
    if (a.kind === "person" && (b.kind === "organization" || b.kind === "armed_group") && /^(?:'s|’s)$/.test(lower[a.end] ?? "")) {
      const between = view.words.slice(a.end + 1, b.first);
      if (between.length <= 3 && between.every((w) => /^\p{Ll}/u.test(w.text) && (w.pos === "ADJ" || w.pos === "ADV"))) {
        emit(makeRelation(ctx, "member_of", a, b, { cue: "possessive" }));
      }
      continue;
    }
    // "the under-secretary of the Trade Ministry , X", "a spokesman for the agency , Gen. X": a role of the
    // organisation set before the name, with the person's own title after the comma.
    if ((a.kind === "organization" || a.kind === "armed_group") && b.kind === "person" && lower[a.end] === "," && titledAfter(view, a.end + 1, b.first)) {
      let k = a.first - 1;
      if (lower[k] === "the") k--;
      const post = lower[k - 1] ?? "";
      if (ROLE_OF.has(lower[k] ?? "") && (PERSON_TITLES.has(post) || ROLE_NOUNS.has(post) || STAFF_NOUNS.has(post))) {
        emit(makeRelation(ctx, "holds_role_in", b, a, { cue: "apposition", role: view.words[k - 1]?.text ?? "" }));
        continue;
      }
    }
    const holder = b.kind === "person" || b.kind === "organization" || b.kind === "armed_group";
    if (!holder || (a.kind !== "country" && a.kind !== "place") || view.units.some((u) => u.head === b && u.of)) continue;
    // An organisation needs a description between ("Belgian club X"): "Russian Gazprom" is as likely one name.
    if (b.kind !== "person" && b.first === a.end) continue;
    // A description resolved by coreference ("the group") is not a name a nationality can stand before.
    if (/^\p{Ll}/u.test(view.words[b.first]?.text ?? "")) continue;
    const gap = lower.slice(a.end, b.first);
    // "Puerto Rico 's Ramon Estrada": where the person is from ("Newcastle United 's Dean Marlowe", above, a member).
    if (b.kind === "person" && gap.length === 1 && (gap[0] === "'s" || gap[0] === "’s") && !a.demonym) {
      emit(makeRelation(ctx, "located_in", b, a, { cue: "possessive" }));
      continue;
    }
    const described = gap.length <= 3 && view.words.slice(a.end, b.first).every((w) => /^[\p{Ll}][\p{Ll}-]*$/u.test(w.text) && (w.pos === "NOUN" || w.pos === "ADJ" || w.text === "born" || (w.pos === "VERB" && w.text.endsWith("ing"))));
    if (!described) continue;
    if (a.demonym) emit(makeRelation(ctx, "affiliated_with", b, a, { cue: "nationality" }));
    else if (gap.length >= 1) emit(makeRelation(ctx, "located_in", b, a, { cue: "nationality" }));
  }
}
