// Aliases the text states outright: a second name in brackets ("the Ostrani Democratic Party ( PDO )",
// "Abu Salem ( Haddad )") or after "also known as" ("Karim Saadi, also known as Abu Tarek"). The two names
// are one entity in that article's telling, so they are joined like an acronym and its long name. "X, officially
// Y" names an institution by its formal name.
import type { Token } from "../model/document.ts";
import type { Mention } from "../model/mention.ts";
import { acronymFits, isAcronymToken } from "./acronyms.ts";

export interface StatedAlias {
  /** The name that comes first in the text. */
  first: Mention;
  second: Mention;
  /** Whether one side is an acronym of the other. */
  acronym: boolean;
}

/** Words that announce another name: "also known as", "better known as", "a.k.a.". */
const KNOWN_AS = /^(?:,|\()?(?: ?(?:also|better|commonly|popularly|formerly|widely|locally|officially|formally))? ?(?:known as|called|named|a\.k\.a\.?|aka)$|^, (?:officially|formally)(?: the)?$/;
/** How far a bracketed aside between a name and "also known as" may run: "Karim Saadi (Arabic: ...), also known as". */
const DEFAULT_ASIDE_TOKENS = 12;

const isActor = (m: Mention): boolean => !m.demonym && (m.coarse === "PER" || m.coarse === "ORG");
/** An institution is often read as a place or an organisation ("the Halvik Mosque", "the Islamic Association"). */
const isInstitution = (m: Mention): boolean => !m.demonym && m.kind !== "country" && (m.coarse === "ORG" || m.coarse === "LOC");
/** Whether a name stated to be another may be the same thing: two people, or two institutions. */
const sameSort = (a: Mention, b: Mention): boolean => (a.coarse === "PER" && b.coarse === "PER") || (isInstitution(a) && isInstitution(b));

/** Initials of a name's words, without the small words acronyms skip. */
function initials(name: string): string[] {
  return name
    .split(/[\s\-’']+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => (w[0] as string).toLowerCase());
}

/**
 * An acronym in a name's own language often keeps the initials in another order ("Ostrani Democratic Party
 * ( PDO )", "National Bank of Romania ( BNR )"): the letters must be exactly the capitalised words' initials.
 */
export function acronymOfTranslation(acronym: string, name: string): boolean {
  if (acronymFits(acronym, name)) return true;
  const letters = acronym.toLowerCase().replace(/\d/g, "").split("").sort().join("");
  const words = initials(name);
  return words.length >= 2 && letters.length === words.length && letters === [...words].sort().join("");
}

/** Whether a bracketed pair names one thing: an acronym that fits, or two names of the same coarse type. */
function bracketAlias(a: Mention, b: Mention): StatedAlias | null {
  if (!isActor(a) || !isActor(b)) return null;
  const aAcronym = isAcronymToken(a.surface);
  const bAcronym = isAcronymToken(b.surface);
  if (bAcronym && !aAcronym) return acronymOfTranslation(b.surface, a.surface) ? { first: a, second: b, acronym: true } : null;
  if (aAcronym && !bAcronym) return acronymOfTranslation(a.surface, b.surface) ? { first: a, second: b, acronym: true } : null;
  // "Abu Salem ( Haddad )": two people, or two organisations, in apposition. A bracketed place or team after a
  // name says where the person is from, not who they are.
  if (a.coarse !== b.coarse || a.kind === "country" || b.kind === "country" || a.kind === "place" || b.kind === "place") return null;
  return { first: a, second: b, acronym: false };
}

/** Index just past a bracketed aside starting at `open`, or `open` when there is none. */
function skipAside(tokens: readonly Token[], open: number, limit: number): number {
  if (tokens[open]?.text !== "(") return open;
  for (let i = open + 1; i < tokens.length && i <= open + DEFAULT_ASIDE_TOKENS && i < limit; i++) {
    const w = tokens[i]?.text;
    if (w === ")") return i + 1;
    if (w === "(") return open;
  }
  return open;
}

/**
 * A sentence that pairs two or more names with a name in brackets is a list of names and their teams or homes
 * ("A Lund ( Harwick ), B Tate ( Harwick ), C Noor ( Esk )"), not of aliases: only acronyms are kept there. Every
 * pair counts, those that could be no alias too: in "A Lund ( Leeds ), B Tate ( Harwick )" the place says it is a
 * list, whatever type the tagger gave B Tate. `pairs` counts them by sentence.
 */
function withoutListedPairs(found: readonly StatedAlias[], bracketed: ReadonlySet<StatedAlias>, pairs: ReadonlyMap<number, number>): StatedAlias[] {
  return found.filter((a) => a.acronym || !bracketed.has(a) || (pairs.get(a.first.sentence) ?? 0) < 2);
}

/** Finds the aliases one document states, between mentions of the same sentence. */
export function findStatedAliases(tokens: readonly Token[], mentions: readonly Mention[]): StatedAlias[] {
  const out: StatedAlias[] = [];
  const bracketed = new Set<StatedAlias>();
  const pairs = new Map<number, number>();
  const byFirst = new Map<number, Mention>();
  for (const m of mentions) if (!byFirst.has(m.firstToken)) byFirst.set(m.firstToken, m);
  for (const m of mentions) {
    if (!isActor(m) && !isInstitution(m)) continue;
    let t = m.endToken;
    if (tokens[t]?.text === "'s" || tokens[t]?.text === "’s") t++;
    // "NAME ( OTHER NAME )".
    if (tokens[t]?.text === "(") {
      const inner = byFirst.get(t + 1);
      if (inner && tokens[inner.endToken]?.text === ")" && inner.sentence === m.sentence) {
        if (!isAcronymToken(inner.surface)) pairs.set(m.sentence, (pairs.get(m.sentence) ?? 0) + 1);
        const alias = bracketAlias(m, inner);
        if (alias) {
          out.push(alias);
          bracketed.add(alias);
        }
        continue;
      }
    }
    // "NAME, also known as OTHER NAME", past an aside in brackets.
    const from = skipAside(tokens, m.endToken, tokens.length);
    for (let end = from + 1; end <= from + 5 && end < tokens.length; end++) {
      const other = byFirst.get(end);
      if (!other) continue;
      // The words between are joined only for a pair that could be aliases.
      if (other.sentence === m.sentence && sameSort(m, other) && KNOWN_AS.test(tokens.slice(from, end).map((w) => w.text.toLowerCase()).join(" "))) {
        out.push({ first: m, second: other, acronym: false });
      }
      break;
    }
  }
  return bracketed.size > 0 ? withoutListedPairs(out, bracketed, pairs) : out;
}
