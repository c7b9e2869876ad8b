// When a graph is dynamic and what its time bounds are, taken from the article dates only (never the clock).
import type { KnowledgeGraph } from "../../model/graph.ts";
import { isIsoDate, type GexfSettings } from "./settings.ts";

export interface GexfTimeline {
  dynamic: boolean;
  /** Earliest and latest article dates, or null when no article is dated. */
  start: string | null;
  end: string | null;
}

export function gexfTimeline(graph: KnowledgeGraph, settings: Pick<GexfSettings, "dynamic">): GexfTimeline {
  const articles = graph.hasAttribute("articles") ? graph.getAttribute("articles") : [];
  const dates = articles.map((article) => article.date).filter(isIsoDate).sort();
  const start = dates[0] ?? null;
  const end = dates[dates.length - 1] ?? null;
  return { dynamic: settings.dynamic === "auto" && start !== null, start, end };
}

/** The later of two optional ISO dates (ISO dates sort as strings). */
export function laterDate(a: string | null | undefined, b: string | null | undefined): string | null {
  const valid = [a, b].filter(isIsoDate).sort();
  return valid[valid.length - 1] ?? null;
}
