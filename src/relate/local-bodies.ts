// A place that only names a body after it: what "took over the Kelby police", "seized the Kelby airport" or "runs the
// Kelby exchange" holds is the body or the site, not the place.
import type { SentenceView, Unit } from "./sentence-view.ts";

/** Bodies and sites a place's name can stand before. */
const LOCAL_BODIES: ReadonlySet<string> = new Set([
  "police", "council", "government", "authorities", "administration", "municipality", "garrison", "port", "airport", "prison",
  "exchange", "bourse", "market", "office", "headquarters", "hospital", "station", "university", "club", "court", "embassy",
  "branch", "base", "plant", "factory", "refinery",
]);

/** Whether a place unit only names the body after it: "the Kelby police", "the Kelby city council". */
export function localBodyAfter(view: SentenceView, unit: Unit): boolean {
  if (unit.head.kind !== "place") return false;
  const next = view.lower[unit.end] ?? "";
  return LOCAL_BODIES.has(next) || (next === "city" && LOCAL_BODIES.has(view.lower[unit.end + 1] ?? ""));
}
