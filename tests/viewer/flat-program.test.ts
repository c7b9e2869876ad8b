// Flattening an instanced sigma program: constants become per-vertex attributes, and each vertex gets a copy of
// its item's data followed by that vertex's constants.
import { describe, expect, it } from "vitest";
import { flatDefinition, flatLayout, spreadItem } from "../../src/viewer/programs/flat-program.ts";

const FLOAT = 0x1406;
const UNSIGNED_BYTE = 0x1401;
const instanced = {
  VERTICES: 3,
  VERTEX_SHADER_SOURCE: "",
  FRAGMENT_SHADER_SOURCE: "",
  METHOD: 4,
  UNIFORMS: [],
  ATTRIBUTES: [
    { name: "a_position", size: 2, type: FLOAT },
    { name: "a_color", size: 4, type: UNSIGNED_BYTE, normalized: true },
  ],
  CONSTANT_ATTRIBUTES: [{ name: "a_angle", size: 1, type: FLOAT }],
  CONSTANT_DATA: [[10], [20], [30]],
};

describe("flat programs", () => {
  it("declares the constants as ordinary attributes and drops the instancing keys", () => {
    const def = flatDefinition(instanced);
    expect("CONSTANT_ATTRIBUTES" in def).toBe(false);
    expect("CONSTANT_DATA" in def).toBe(false);
    expect(def.ATTRIBUTES.map((a) => a.name)).toEqual(["a_position", "a_color", "a_angle"]);
    expect(def.VERTICES).toBe(3);
  });

  it("copies an item's data to each vertex with that vertex's constants", () => {
    const layout = flatLayout(instanced);
    expect(layout).toMatchObject({ own: 3, width: 4, vertices: 3 });
    const array = new Float32Array(2 * 3 * 4);
    const start = 3 * 4; // the second item
    array.set([1, 2, 3], start);
    spreadItem(array, start, layout);
    expect([...array.slice(start)]).toEqual([1, 2, 3, 10, 1, 2, 3, 20, 1, 2, 3, 30]);
    expect([...array.slice(0, start)].every((v) => v === 0)).toBe(true);
  });
});
