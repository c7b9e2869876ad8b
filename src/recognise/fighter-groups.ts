// Fighters and tribesmen named by a people or sect the lexicon does not list as a state's demonym: "Kurdish
// fighters", "Shia militiamen", "Druze tribesmen". Like "Turkish troops" (institutionCandidates, for the lexicon's
// demonyms), the phrase names a group; the word before the head alone is MISC.
import type { Token } from "../model/document.ts";
import { type Candidate, PRIORITY } from "./candidate.ts";
import { IDENTITY_WORDS } from "./cues.ts";

/**
 * Head nouns of such groups, with their kind; a tribe's or clan's men are an organised group too ("Druze
 * tribesmen"). "Forces" and "rebels" are left out: "Kurdish rebels" is as often a description. "The X tribe" is left
 * out too: the relation rules read "members of the X tribe" as membership, not as the people a group harmed.
 */
const GROUP_HEADS: Readonly<Record<string, "armed_group" | "organization">> = {
  fighters: "armed_group", militiamen: "armed_group", militia: "armed_group", militias: "armed_group",
  tribesmen: "organization", clansmen: "organization",
};

/** "Shia paramilitary groups", "Sunni armed groups": an armed kind of group named by a people or sect. */
const ARMED_KINDS: ReadonlySet<string> = new Set(["paramilitary", "armed", "militant", "insurgent", "jihadist"]);
const ARMED_KIND_HEADS: ReadonlySet<string> = new Set(["groups", "group", "units", "factions"]);

/**
 * Whether a MISC name is a people's or sect's, which can name a kind of group after it: one word ("Sunni"), or only
 * religions and peoples ("Shia Muslim"). A group's own name is not ("the Orvale Front armed group" is that group),
 * nor is a name the lexicon or a cue already gives a kind.
 */
function isPeopleName(words: readonly Token[], c: Candidate, base: readonly Candidate[]): boolean {
  if (base.some((o) => o.kind !== null && o.first <= c.first && c.end <= o.end)) return false;
  if (c.end - c.first === 1) return true;
  for (let i = c.first; i < c.end; i++) if (!IDENTITY_WORDS.has((words[i]?.text ?? "").toLowerCase())) return false;
  return true;
}

export function fighterGroupCandidates(words: readonly Token[], base: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of base) {
    // A MISC name that is no actor: a people, sect or nationality the tagger found.
    if (c.coarse !== "MISC" || c.kind !== null) continue;
    const after = words[c.end]?.text ?? "";
    const kind = Object.hasOwn(GROUP_HEADS, after) ? GROUP_HEADS[after] : undefined;
    if (kind) out.push({ first: c.first, end: c.end + 1, kind, coarse: "ORG", demonym: false, source: "pattern", priority: PRIORITY.institution });
    else if (ARMED_KINDS.has(after) && ARMED_KIND_HEADS.has(words[c.end + 1]?.text ?? "") && isPeopleName(words, c, base)) {
      out.push({ first: c.first, end: c.end + 2, kind: "armed_group", coarse: "ORG", demonym: false, source: "pattern", priority: PRIORITY.institution });
    }
  }
  return out;
}

/** Heads of groups named by whom they fight for or against: "pro-Assad forces", "anti-Kremlin rebels". */
const SIDE_HEADS: ReadonlySet<string> = new Set(["forces", "militia", "militias", "fighters", "troops", "gunmen", "rebels", "groups"]);
/** "pro-Assad", "anti-Taliban": a side named in one hyphenated word. */
const SIDE = /^(?:pro|anti)-\p{Lu}/u;

/**
 * "pro-Assad forces", "anti-Taliban militias": fighters named by the side they take are an armed group. Here
 * "forces" and "rebels" count: the side, not a people, names them.
 */
export function sideGroupCandidates(words: readonly Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (!SIDE.test(words[i]?.text ?? "") || !SIDE_HEADS.has(words[i + 1]?.text ?? "")) continue;
    out.push({ first: i, end: i + 2, kind: "armed_group", coarse: "ORG", demonym: false, source: "pattern", priority: PRIORITY.institution });
  }
  return out;
}

/** Alliances written with a capital as the name of one ("the Coalition", as military releases do). */
const ALLIANCE_WORDS: ReadonlySet<string> = new Set(["Coalition", "Alliance"]);

/** What an alliance's name stands before when it acts: its forces and their arms. */
const ALLIANCE_FORCES: ReadonlySet<string> = new Set([
  "forces", "force", "troops", "aircraft", "jets", "warplanes", "fighters", "strikes", "airstrikes", "military",
  "partners", "nations", "members", "advisers", "advisors",
]);

/**
 * "Coalition forces struck X", "Coalition aircraft destroyed Y": a capitalised alliance word inside a sentence, before
 * the noun for its forces, names that alliance, which the tagger misses before a noun. The phrase's words other than
 * the name are not part of it, as with "Russian troops".
 */
export function allianceCandidates(words: readonly Token[], base: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i + 1 < words.length; i++) {
    if (!ALLIANCE_WORDS.has(words[i]?.text ?? "") || !ALLIANCE_FORCES.has(words[i + 1]?.text ?? "")) continue;
    if (base.some((c) => c.first <= i && i < c.end)) continue;
    out.push({ first: i, end: i + 1, kind: "armed_group", coarse: "ORG", demonym: false, source: "pattern", priority: PRIORITY.institution });
  }
  return out;
}
