// Draws a program's shapes on screen without alpha blending. Sigma blends every draw, which software WebGL
// (SwiftShader) pays for with a read of the pixel below each fragment: on the 20k-node / 100k-edge bench graph the
// edge layer took about 290 ms with blending and 180 ms without. For shapes whose fragments are all opaque (plain
// one-colour lines and arrow heads, in opaque colours) blending ONE, ONE_MINUS_SRC_ALPHA gives the source colour
// exactly, so the picture is the same. The picking pass (drawn into a frame buffer) keeps sigma's blending.
import type { ProgramInfo } from "sigma/rendering";

// Mixins need a constructor typed with `any[]` arguments (TypeScript's rule for class mixins).
export type DrawingProgram = new (...args: any[]) => { drawWebGL(method: number, info: ProgramInfo): void };

export function opaque<TBase extends DrawingProgram>(Base: TBase): TBase {
  return class OpaqueProgram extends Base {
    override drawWebGL(method: number, info: ProgramInfo): void {
      if (info.frameBuffer !== null) return super.drawWebGL(method, info);
      const { gl } = info;
      gl.disable(gl.BLEND);
      try {
        super.drawWebGL(method, info);
      } finally {
        gl.enable(gl.BLEND);
      }
    }
  };
}
