// The one-line summary under the title: graph name and how many entities, relations and articles it holds; while
// dropped files are read and built, it says so instead.
import type { KnowledgeGraph } from "../../model/index.ts";

export interface Summary {
  setGraph(graph: KnowledgeGraph | null): void;
  /** A message shown while work is under way, or null to show the graph's summary again. */
  setBusy(message: string | null): void;
}

export function mountSummary(root: HTMLElement): Summary {
  let text = "";
  return {
    setGraph(graph) {
      text = graph ? `${graph.order} entities · ${graph.size} relations · ${graph.getAttribute("articles")?.length ?? 0} articles` : "";
      root.textContent = text;
      root.title = graph?.getAttribute("name") ?? "";
    },
    setBusy(message) {
      root.textContent = message ?? text;
      if (message) root.setAttribute("aria-busy", "true");
      else root.removeAttribute("aria-busy");
    },
  };
}
