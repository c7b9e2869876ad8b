// The inputs the build skipped, under the summary: every article is either in the graph or listed here with its
// reason, as on the command line. Hidden when nothing was skipped; sources and messages go in as text.
import type { KnowledgeGraph, SkippedInput } from "../../model/index.ts";
import { h } from "../dom.ts";

export interface SkippedInputsPanel {
  setGraph(graph: KnowledgeGraph | null): void;
}

/** A graph file may hold anything under "skipped": only well-formed entries are listed. */
function skippedOf(graph: KnowledgeGraph | null): SkippedInput[] {
  const raw: unknown = graph?.getAttribute("skipped");
  if (!Array.isArray(raw)) return [];
  return raw.filter(
    (s): s is SkippedInput => typeof s === "object" && s !== null && typeof s.source === "string" && typeof s.reason === "string" && typeof s.message === "string",
  );
}

export function mountSkippedInputs(root: HTMLDetailsElement): SkippedInputsPanel {
  return {
    setGraph(graph) {
      const skipped = skippedOf(graph);
      root.replaceChildren();
      root.hidden = skipped.length === 0;
      root.open = false;
      if (skipped.length === 0) return;
      const counts = new Map<string, number>();
      for (const s of skipped) counts.set(s.reason, (counts.get(s.reason) ?? 0) + 1);
      const byReason = [...counts].map(([reason, n]) => `${n} ${reason}`).join(", ");
      root.append(
        h("summary", null, `${skipped.length} input${skipped.length === 1 ? "" : "s"} skipped (${byReason})`),
        h("ul", null, ...skipped.map((s) => h("li", null, h("span", { className: "source" }, s.source), h("span", { className: "reason" }, s.reason), s.message))),
      );
    },
  };
}
