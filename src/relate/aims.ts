// Aims are not deeds: "launched an offensive to retake the city", "tried to seize the airport" say what a side set
// out to do. The side fights for the place, but does not yet control it.

/** Words that make "to VERB" after them an aim: efforts and attempts, and the verbs of trying, vowing and planning. */
const AIM_WORDS: ReadonlySet<string> = new Set([
  "offensive", "operation", "operations", "campaign", "bid", "attempt", "attempts", "effort", "efforts", "push", "drive",
  "mission", "battle", "fight", "race", "plan", "plot", "struggle",
  "attempted", "attempting", "try", "tries", "tried", "trying", "seek", "seeks", "sought", "seeking",
  "vow", "vows", "vowed", "vowing", "aim", "aims", "aimed", "aiming", "want", "wants", "wanted", "prepare", "prepares",
  "prepared", "preparing", "threaten", "threatens", "threatened", "threatening", "struggled", "struggling",
]);

/** Whether the verb at t, lower-cased words of its sentence, is the aim of an effort or attempt: "... push to VERB". */
export function isAim(lower: readonly string[], t: number): boolean {
  return lower[t - 1] === "to" && AIM_WORDS.has(lower[t - 2] ?? "");
}
