// Edge programs for graphs too big to draw every edge as an anti-aliased band: one-pixel lines (two vertices an
// edge instead of six, and no feathered fill), with sigma's arrow head kept on directed edges. Gephi draws big
// graphs the same way; at the zoom where tens of thousands of edges are on screen, thickness cannot be read anyway.
import { EdgeLineProgram, createEdgeCompoundProgram, type EdgeProgramType } from "sigma/rendering";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../../model/index.ts";
import { FlatEdgeArrowHeadProgram } from "./flat-programs.ts";

export const ThinEdgeLineProgram = EdgeLineProgram as unknown as EdgeProgramType<NodeAttributes, EdgeAttributes, GraphAttributes>;
/** A line under sigma's arrow head: the head hides the line's last stretch to the target's centre. */
export const ThinEdgeArrowProgram = createEdgeCompoundProgram<NodeAttributes, EdgeAttributes, GraphAttributes>([
  ThinEdgeLineProgram,
  FlatEdgeArrowHeadProgram,
]);
