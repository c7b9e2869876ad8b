// The one-line summary under the title: graph name and how many entities, relations and articles it holds.
import type { KnowledgeGraph } from "../../model/index.ts";

export function mountSummary(root: HTMLElement): { setGraph(graph: KnowledgeGraph | null): void } {
  return {
    setGraph(graph) {
      if (!graph) {
        root.textContent = "";
        return;
      }
      const articles = graph.getAttribute("articles")?.length ?? 0;
      root.textContent = `${graph.order} entities · ${graph.size} relations · ${articles} articles`;
      root.title = graph.getAttribute("name") ?? "";
    },
  };
}
