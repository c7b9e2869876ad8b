// Turns one of sigma's instanced WebGL programs into a plain (non-instanced) one that draws exactly the same
// shapes. Software WebGL (SwiftShader, the only WebGL on machines without a GPU) pays a fixed cost per instance:
// measured on a 20k-node / 100k-edge graph, one frame took about 6.5 s instanced and about 0.5 s flat. The
// shaders are untouched: an attribute reads the same whether it is per instance or per vertex, so each vertex
// simply carries a copy of its item's data followed by that vertex's constants.
import type { InstancedProgramDefinition, ProgramAttributeSpecification, ProgramDefinition } from "sigma/rendering";

/** Where an item's data sits in the flat array: `own` floats per item, then each vertex's constants. */
export interface FlatLayout {
  vertices: number;
  /** Floats the instanced program writes per item. */
  own: number;
  /** Floats per vertex in the flat array: `own` plus the constants. */
  width: number;
  constants: readonly (readonly number[])[];
}

const FLOAT = 0x1406;

/** Floats an attribute takes in sigma's Float32Array (four unsigned bytes pack into one float). */
function floats(attrs: readonly ProgramAttributeSpecification[]): number {
  return attrs.reduce((n, a) => n + (a.type === FLOAT ? a.size : a.size / 4), 0);
}

export function isInstanced(def: ProgramDefinition | InstancedProgramDefinition): def is InstancedProgramDefinition {
  return "CONSTANT_ATTRIBUTES" in def;
}

/** The same program declared without instancing: the constant attributes become ordinary per-vertex ones. */
export function flatDefinition(def: ProgramDefinition | InstancedProgramDefinition): ProgramDefinition {
  if (!isInstanced(def)) return def;
  // Sigma decides instancing by the presence of the CONSTANT_ATTRIBUTES key, so it must be left out entirely.
  const { CONSTANT_ATTRIBUTES, CONSTANT_DATA: _data, ...rest } = def;
  return { ...rest, ATTRIBUTES: [...def.ATTRIBUTES, ...CONSTANT_ATTRIBUTES] };
}

export function flatLayout(def: ProgramDefinition | InstancedProgramDefinition): FlatLayout {
  const own = floats(def.ATTRIBUTES);
  if (!isInstanced(def)) return { vertices: def.VERTICES, own, width: own, constants: [] };
  return { vertices: def.VERTICES, own, width: own + floats(def.CONSTANT_ATTRIBUTES), constants: def.CONSTANT_DATA };
}

/**
 * After the instanced program wrote one item's `own` floats at `start`, copies them to every vertex of the item
 * and appends each vertex's constants. Vertex 0 starts where the item data already is, so it is done last.
 */
export function spreadItem(array: Float32Array, start: number, layout: FlatLayout): void {
  const { vertices, own, width, constants } = layout;
  if (constants.length === 0) return;
  // Plain loops: this runs for every vertex of every edge, and copyWithin's call cost dominates at these sizes.
  for (let v = vertices - 1; v >= 0; v--) {
    const at = start + v * width;
    if (v > 0) for (let j = 0; j < own; j++) array[at + j] = array[start + j] as number;
    const c = constants[v] ?? [];
    for (let j = 0; j < c.length; j++) array[at + own + j] = c[j] ?? 0;
  }
}
