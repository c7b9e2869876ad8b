// Sides named together as the subject of one attack or capture act as allies: "Russia and Iran bombed the rebels",
// "A, B and C retook the town". Sides that fight each other, or only hold ground, are not allies.
import type { SentenceView, Unit } from "./sentence-view.ts";
import type { Trigger } from "./triggers.ts";

/** Conflict triggers that two sides may do to each other: "Iran and Iraq fought", "the two clashed". */
const MUTUAL_CONFLICT = new Set(["fight", "fights", "fought", "fighting", "battle", "battles", "battled", "battling", "clash", "clashes", "clashed", "clashing", "combat", "war", "at"]);

/**
 * "Norland, the alliance and the government of Vesta are committed to defeating the insurgents", "Russia and Iran
 * bombed the rebels": sides named together as the subject of one attack on a third act as allies. Verbs two sides
 * may do to each other ("fought", "clashed") count only with a named third side as their object.
 */
export function jointAttack(view: SentenceView, trigger: Trigger, tEnd: number, subjects: readonly Unit[], namedObject: boolean): boolean {
  if (subjects.length < 2) return false;
  // "A and B retook the town": taking ground together is fighting on one side; holding it ("A and B control
  // parts of the province") is not, since rivals may each hold their own part.
  const capture = trigger.predicate === "controls" && CAPTURE_VERBS.has(trigger.words[0] as string) && namedObject;
  if (trigger.predicate !== "fights" && !capture) return false;
  const { lower } = view;
  const first = subjects[0] as Unit;
  const last = subjects[subjects.length - 1] as Unit;
  const gap = lower.slice(first.end, last.first);
  if (!gap.includes("and") && !gap.includes("&")) return false;
  // "Small and Jama were shot": the sides of a passive are the ones attacked.
  if (/^(?:was|were|been|being|is|are|be)$/.test(lower[tEnd - trigger.words.length - 1] ?? "")) return false;
  // "each other", "one another": the sides are the two ends of the fight.
  const after = lower[tEnd] ?? "";
  if (after === "each" || after === "one" || after === "." || after === "") return false;
  if (namedObject) return true;
  // Without a named target the target must still be an armed enemy: "defeating these terrorists", not "attacking
  // the declining standards" or "shot to the top of the chart".
  return !MUTUAL_CONFLICT.has(trigger.words[0] as string) && lower.slice(tEnd, tEnd + 4).some((w) => ENEMY_NOUNS.has(w));
}

/** Verbs of taking ground by force, which two sides do together only as allies. */
const CAPTURE_VERBS: ReadonlySet<string> = new Set([
  "capture", "captures", "captured", "capturing", "recapture", "recaptures", "recaptured", "recapturing", "retake", "retakes",
  "retook", "retaken", "retaking", "seize", "seizes", "seized", "seizing", "overran", "overrun", "overruns", "overrunning",
]);

/** Nouns for an armed enemy that may stand for a named target: "defeating these terrorists". */
const ENEMY_NOUNS = new Set(["terrorists", "militants", "rebels", "insurgents", "enemy", "fighters", "jihadists", "extremists", "forces", "troops", "targets", "positions", "group", "organisation", "organization"]);
