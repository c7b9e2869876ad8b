// The viewer's state: everything that decides what is drawn and shown, kept apart from the graph itself.
import type { EntityKind, Predicate, RelationFamily } from "../../model/index.ts";

/** Filters hide things; every list holds what is hidden, so the default (show all) is empty and short in URLs. */
export interface Filters {
  hiddenKinds: EntityKind[];
  hiddenFamilies: RelationFamily[];
  hiddenPredicates: Predicate[];
  hiddenOutlets: string[];
  /** Inclusive ISO dates (YYYY-MM-DD); null means open-ended. */
  dateFrom: string | null;
  dateTo: string | null;
  /** Minimum number of distinct supporting articles. */
  minSupport: number;
  hideCoMentions: boolean;
}

export type Selection = { type: "node"; key: string } | { type: "edge"; key: string } | null;

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
  angle: number;
}

/** An article open in the reader, with the cited span to highlight. */
export interface OpenArticle {
  id: string;
  start: number;
  end: number;
}

export interface ViewerState {
  filters: Filters;
  selection: Selection;
  hovered: string | null;
  /** Current search text; matching nodes are highlighted. */
  query: string;
  camera: CameraView | null;
  article: OpenArticle | null;
}
