// Edge programs for graphs too big to draw every edge as an anti-aliased band: one-pixel lines (two vertices an
// edge instead of six, and no feathered fill), with sigma's arrow head kept on directed edges. Gephi draws big
// graphs the same way; at the zoom where tens of thousands of edges are on screen, thickness cannot be read anyway.
// Both shapes are plain fills, and the edge reducer only gives opaque colours (styles.ts), so they are drawn
// without blending (opaque-program.ts).
import { EdgeLineProgram, createEdgeCompoundProgram, type EdgeProgramType } from "sigma/rendering";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../../model/index.ts";
import { FlatEdgeArrowHeadProgram } from "./flat-programs.ts";
import { opaque, type DrawingProgram } from "./opaque-program.ts";

type EdgeProgram = EdgeProgramType<NodeAttributes, EdgeAttributes, GraphAttributes>;
// sigma types its ready-made programs by their public face only; at run time they are Program subclasses.
const asDrawing = (p: unknown) => p as DrawingProgram;

export const ThinEdgeLineProgram = opaque(asDrawing(EdgeLineProgram)) as unknown as EdgeProgram;
/** A line under sigma's arrow head: the head hides the line's last stretch to the target's centre. */
export const ThinEdgeArrowProgram = createEdgeCompoundProgram<NodeAttributes, EdgeAttributes, GraphAttributes>([
  ThinEdgeLineProgram,
  opaque(asDrawing(FlatEdgeArrowHeadProgram)) as unknown as EdgeProgram,
]);
