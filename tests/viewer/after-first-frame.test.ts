// Deferred work: nothing runs before the graph's frame is on screen, then one task per macrotask, in order.
import { afterEach, describe, expect, it, vi } from "vitest";
import { afterFirstFrame } from "../../src/viewer/after-first-frame.ts";

describe("afterFirstFrame", () => {
  const frames: FrameRequestCallback[] = [];
  const nextFrame = () => frames.shift()?.(0);
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
    frames.length = 0;
  });
  const setup = () => {
    vi.useFakeTimers();
    vi.stubGlobal("requestAnimationFrame", (cb: FrameRequestCallback) => frames.push(cb));
    vi.stubGlobal("cancelAnimationFrame", () => frames.splice(0));
  };

  it("waits two frames, then runs the tasks one per timer tick, in order", () => {
    setup();
    const ran: number[] = [];
    afterFirstFrame([() => ran.push(1), () => ran.push(2)]);
    vi.runAllTimers();
    expect(ran).toEqual([]);
    nextFrame();
    vi.runAllTimers();
    expect(ran).toEqual([]);
    nextFrame();
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual([1]);
    vi.advanceTimersToNextTimer();
    expect(ran).toEqual([1, 2]);
  });

  it("runs nothing more once cancelled", () => {
    setup();
    const ran: number[] = [];
    const deferred = afterFirstFrame([() => ran.push(1), () => ran.push(2)]);
    nextFrame();
    nextFrame();
    vi.advanceTimersToNextTimer();
    deferred.cancel();
    vi.runAllTimers();
    expect(ran).toEqual([1]);
  });
});
