import { describe, expect, it } from "vitest";
import type { ProgramInfo } from "sigma/rendering";
import { opaque } from "../../src/viewer/programs/opaque-program.ts";

const BLEND = 0x0be2;

/** A WebGL context that records the calls the mixin makes, and whether blending was on at each draw. */
function recordingGl() {
  const calls: string[] = [];
  let blending = true;
  const gl = {
    BLEND,
    enable: (cap: number) => { if (cap === BLEND) blending = true; calls.push(`enable ${cap}`); },
    disable: (cap: number) => { if (cap === BLEND) blending = false; calls.push(`disable ${cap}`); },
  };
  return { gl, calls, isBlending: () => blending };
}

class Drawn {
  draws: boolean[] = [];
  constructor(private readonly blending: () => boolean) {}
  drawWebGL(_method: number, _info: ProgramInfo): void {
    this.draws.push(this.blending());
  }
}

const info = (gl: unknown, frameBuffer: unknown): ProgramInfo => ({ gl, frameBuffer }) as unknown as ProgramInfo;

describe("opaque", () => {
  it("draws on screen with blending off, and turns it back on for the programs after it", () => {
    const { gl, isBlending } = recordingGl();
    const program = new (opaque(Drawn))(isBlending);
    program.drawWebGL(1, info(gl, null));
    expect(program.draws).toEqual([false]);
    expect(isBlending()).toBe(true);
  });

  it("leaves the picking pass, drawn into a frame buffer, to sigma's blending", () => {
    const { gl, calls, isBlending } = recordingGl();
    const program = new (opaque(Drawn))(isBlending);
    program.drawWebGL(1, info(gl, {}));
    expect(program.draws).toEqual([true]);
    expect(calls).toEqual([]);
  });

  it("restores blending even when the draw throws", () => {
    const { gl, isBlending } = recordingGl();
    class Failing extends Drawn {
      override drawWebGL(_method: number, _info: ProgramInfo): void {
        throw new Error("context lost");
      }
    }
    const program = new (opaque(Failing))(isBlending);
    expect(() => program.drawWebGL(1, info(gl, null))).toThrow("context lost");
    expect(isBlending()).toBe(true);
  });
});
