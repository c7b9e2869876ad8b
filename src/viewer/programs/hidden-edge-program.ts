// The program for edges the filters hide. Sigma gives every edge a slot in its program's buffers, and a hidden
// edge's slot is zeros that are still copied to WebGL and run through the vertex shader at every frame: with
// co-mentions hidden by default, that was 30% of the edges on a big graph. Edges of this type take no slot
// anywhere, so the visible edges' buffers shrink by that much. Sigma still keeps their display data, so the
// filters can show them again (a full refresh moves them back to a drawing program).
import type { EdgeLabelDrawingFunction } from "sigma/rendering";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../../model/index.ts";

export const HIDDEN_EDGE_TYPE = "hidden";

export class HiddenEdgeProgram {
  drawLabel: EdgeLabelDrawingFunction<NodeAttributes, EdgeAttributes, GraphAttributes> | undefined = undefined;
  // Sigma's program interface; a hidden edge has nothing to allocate, write or draw.
  reallocate(): void {}
  process(): void {}
  render(): void {}
  kill(): void {}
}
