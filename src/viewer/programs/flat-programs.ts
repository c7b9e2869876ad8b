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
import type { EdgeDisplayData, NodeDisplayData } from "sigma/types";
import type { EdgeAttributes, GraphAttributes, NodeAttributes } from "../../model/index.ts";
import { flatDefinition, flatLayout, spreadItem, type FlatLayout } from "./flat-program.ts";

// Mixins need a constructor typed with `any[]` arguments (TypeScript's rule for class mixins).
type Ctor<T> = new (...args: any[]) => T;

/** The members of sigma's NodeProgram and EdgeProgram that flattening touches (sigma declares them abstract). */
interface ProgramInternals {
  array: Float32Array;
  getDefinition(): ProgramDefinition | InstancedProgramDefinition;
}
interface NodeInternals extends ProgramInternals {
  processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData): void;
}
interface EdgeInternals extends ProgramInternals {
  processVisibleItem(edgeIndex: number, startIndex: number, source: NodeDisplayData, target: NodeDisplayData, data: EdgeDisplayData): void;
}

function flatNode<TBase extends Ctor<NodeInternals>>(Base: TBase): TBase {
  return class FlatNodeProgram extends Base {
    layout: FlatLayout;
    constructor(...args: any[]) {
      super(...args);
      this.layout = flatLayout(super.getDefinition());
    }
    override getDefinition(): ProgramDefinition | InstancedProgramDefinition {
      return flatDefinition(super.getDefinition());
    }
    override processVisibleItem(nodeIndex: number, startIndex: number, data: NodeDisplayData): void {
      super.processVisibleItem(nodeIndex, startIndex, data);
      spreadItem(this.array, startIndex, this.layout);
    }
  };
}

function flatEdge<TBase extends Ctor<EdgeInternals>>(Base: TBase): TBase {
  return class FlatEdgeProgram extends Base {
    layout: FlatLayout;
    constructor(...args: any[]) {
      super(...args);
      this.layout = flatLayout(super.getDefinition());
    }
    override getDefinition(): ProgramDefinition | InstancedProgramDefinition {
      return flatDefinition(super.getDefinition());
    }
    override processVisibleItem(edgeIndex: number, startIndex: number, source: NodeDisplayData, target: NodeDisplayData, data: EdgeDisplayData): void {
      super.processVisibleItem(edgeIndex, startIndex, source, target, data);
      spreadItem(this.array, startIndex, this.layout);
    }
  };
}

// sigma types its ready-made programs by their public face only; at run time they are these subclasses.
const asNode = (p: unknown) => p as Ctor<NodeInternals>;
const asEdge = (p: unknown) => p as Ctor<EdgeInternals>;
const asNodeType = (p: unknown) => p as NodeProgramType<NodeAttributes, EdgeAttributes, GraphAttributes>;
const asEdgeType = (p: unknown) => p as EdgeProgramType<NodeAttributes, EdgeAttributes, GraphAttributes>;

export const FlatNodeCircleProgram = asNodeType(flatNode(asNode(NodeCircleProgram)));
export const FlatEdgeRectangleProgram = asEdgeType(flatEdge(asEdge(EdgeRectangleProgram)));
/** sigma's EdgeArrowProgram is exactly this compound of a clamped line and an arrow head. */
export const FlatEdgeArrowProgram = createEdgeCompoundProgram<NodeAttributes, EdgeAttributes, GraphAttributes>([
  asEdgeType(flatEdge(asEdge(EdgeClampedProgram))),
  asEdgeType(flatEdge(asEdge(EdgeArrowHeadProgram))),
]);
