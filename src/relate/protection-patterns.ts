// "defend the villagers from the militia's raids", "protect Mali from al-Shabaab": whoever shields someone from a side
// stands against that side, whether or not the one shielded is named.
import type { SentenceView, Unit } from "./sentence-view.ts";
import type { Trigger } from "./triggers.ts";

/** Verbs of shielding, whose "from" names what is shielded against. */
const SHIELD_VERBS: ReadonlySet<string> = new Set([
  "defend", "defends", "defended", "defending", "protect", "protects", "protected", "protecting", "shield", "shields",
  "shielded", "shielding",
]);
/** Words that end the reach from the verb to its "from": a new clause or a list of other aims. */
const BARRIERS: ReadonlySet<string> = new Set([".", ";", ":", ",", "and", "but", "which", "that", "who", "while", "to"]);

/** How far "from" may stand after the verb: "defend the moderate opposition's fighters from". */
const DEFAULT_FROM_REACH = 8;

/** The side a shielding verb ending before word tEnd shields against, or undefined. */
export function shieldedFrom(view: SentenceView, trigger: Trigger, tEnd: number): Unit | undefined {
  if (!SHIELD_VERBS.has(trigger.words[0] as string)) return undefined;
  const { lower, units } = view;
  for (let k = tEnd; k < lower.length && k - tEnd <= DEFAULT_FROM_REACH; k++) {
    const w = lower[k] as string;
    if (BARRIERS.has(w)) return undefined;
    if (w !== "from") continue;
    const start = lower[k + 1] === "the" ? k + 2 : k + 1;
    // "from al-Shabaab's raids", "from al-Shabaab attacks": the side is the possessor or the modifier of the harm.
    return units.find((u) => u.first === start && u.head.kind !== "place" && !u.head.demonym);
  }
  return undefined;
}
