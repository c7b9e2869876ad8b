// Sigma's default node and edge programs (disc nodes, rectangle lines, arrows) in their flat, non-instanced
// form (see flat-program.ts for why). Same shaders, same look, same picking.
import {
  EdgeArrowHeadProgram,
  EdgeClampedProgram,
  EdgeRectangleProgram,
  NodeCircleProgram,
  createEdgeCompoundProgram,
  type EdgeProgramType,
  type InstancedProgramDefinition,
  type NodeProgramType,
  type ProgramDefinition,
} from "sigma/rendering";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../../model/index.ts";
import { flatDefinition, flatLayout, spreadItem, type FlatLayout } from "./flat-program.ts";

// Mixins need a constructor typed with `any[]` arguments (TypeScript's rule for class mixins).
type Ctor<T> = new (...args: any[]) => T;

/** The members of sigma's NodeProgram and EdgeProgram that flattening touches (sigma declares them abstract). A
 * node program's processVisibleItem takes (index, start, data), an edge program's (index, start, source, target,
 * data): flattening only needs the first two. */
interface ProgramInternals {
  array: Float32Array;
  getDefinition(): ProgramDefinition | InstancedProgramDefinition;
  processVisibleItem(index: number, startIndex: number, ...data: unknown[]): void;
}

function flat<TBase extends Ctor<ProgramInternals>>(Base: TBase): TBase {
  return class FlatProgram extends Base {
    layout: FlatLayout;
    constructor(...args: any[]) {
      super(...args);
      this.layout = flatLayout(super.getDefinition());
    }
    override getDefinition(): ProgramDefinition | InstancedProgramDefinition {
      return flatDefinition(super.getDefinition());
    }
    override processVisibleItem(index: number, startIndex: number, ...data: unknown[]): void {
      super.processVisibleItem(index, startIndex, ...data);
      spreadItem(this.array, startIndex, this.layout);
    }
  };
}

// sigma types its ready-made programs by their public face only; at run time they are these subclasses.
const asProgram = (p: unknown) => p as Ctor<ProgramInternals>;
const asNodeType = (p: unknown) => p as NodeProgramType<NodeAttributes, EdgeAttributes, GraphAttributes>;
const asEdgeType = (p: unknown) => p as EdgeProgramType<NodeAttributes, EdgeAttributes, GraphAttributes>;

export const FlatNodeCircleProgram = asNodeType(flat(asProgram(NodeCircleProgram)));
export const FlatEdgeRectangleProgram = asEdgeType(flat(asProgram(EdgeRectangleProgram)));
export const FlatEdgeArrowHeadProgram = asEdgeType(flat(asProgram(EdgeArrowHeadProgram)));
/** sigma's EdgeArrowProgram is exactly this compound of a clamped line and an arrow head. */
export const FlatEdgeArrowProgram = createEdgeCompoundProgram<NodeAttributes, EdgeAttributes, GraphAttributes>([
  asEdgeType(flat(asProgram(EdgeClampedProgram))),
  FlatEdgeArrowHeadProgram,
]);
