// In-page probes for bench/viewer.ts. Each runs inside the page and times an interaction from the event to
// the end of the next two animation frames, which is when sigma has drawn the result.
import type { Page } from "playwright-core";

/** Hovers `count` visible nodes by dispatching mousemove on sigma's mouse layer; returns milliseconds each. */
export function measureHover(page: Page, count: number): Promise<number[]> {
  return page.evaluate(async (n) => {
    const bench = window.newsgraphBench;
    if (!bench) throw new Error("open the page with ?bench");
    const { sigma, store } = bench;
    const frames = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
    const mouse = sigma.getContainer().querySelector("canvas.sigma-mouse") ?? sigma.getContainer();
    const { width, height } = sigma.getDimensions();
    const rect = sigma.getContainer().getBoundingClientRect();
    const candidates = sigma.getGraph().nodes().filter((k, i) => {
      if (i % 97 !== 0) return false;
      const d = sigma.getNodeDisplayData(k);
      if (!d || d.hidden) return false;
      const p = sigma.framedGraphToViewport(d);
      return p.x > 20 && p.y > 20 && p.x < width - 20 && p.y < height - 20;
    });
    const out: number[] = [];
    for (const key of candidates.slice(0, n)) {
      const d = sigma.getNodeDisplayData(key);
      if (!d) continue;
      const p = sigma.framedGraphToViewport(d);
      const t0 = performance.now();
      mouse.dispatchEvent(new MouseEvent("mousemove", { clientX: rect.left + p.x, clientY: rect.top + p.y, bubbles: true }));
      await frames();
      if (store.get().hovered !== null) out.push(performance.now() - t0);
      mouse.dispatchEvent(new MouseEvent("mousemove", { clientX: rect.left + 2, clientY: rect.top + 2, bubbles: true }));
      await frames();
    }
    return out;
  }, count);
}

/** Types each query into the search box (one input event per character); returns milliseconds per keystroke. */
export function measureSearch(page: Page, queries: string[]): Promise<number[]> {
  return page.evaluate(async (qs) => {
    const input = document.querySelector<HTMLInputElement>("#search");
    if (!input) throw new Error("no #search");
    const frames = () => new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
    const out: number[] = [];
    for (const q of qs) {
      for (let i = 1; i <= q.length; i++) {
        const t0 = performance.now();
        input.value = q.slice(0, i);
        input.dispatchEvent(new Event("input", { bubbles: true }));
        await frames();
        out.push(performance.now() - t0);
      }
      input.value = "";
      input.dispatchEvent(new Event("input", { bubbles: true }));
      await frames();
    }
    return out;
  }, queries);
}

export interface Fa2Result {
  maxLagMs: number;
  frames: number;
  p95FrameMs: number;
  searchMs: number[];
  moved: boolean;
}

/** Starts FA2 in its worker and watches the main thread for `ms`: timer lag, frame gaps and search latency. */
export function measureFa2Responsiveness(page: Page, ms: number): Promise<Fa2Result> {
  return page.evaluate(async (duration) => {
    const bench = window.newsgraphBench;
    if (!bench) throw new Error("open the page with ?bench");
    const graph = bench.sigma.getGraph();
    const first = graph.nodes()[0] ?? "";
    const before = graph.getNodeAttribute(first, "x");
    bench.layout.start();
    const end = performance.now() + duration;
    let maxLag = 0;
    const gaps: number[] = [];
    const searchMs: number[] = [];
    let last = performance.now();
    const frameLoop = () => {
      const now = performance.now();
      gaps.push(now - last);
      last = now;
      if (now < end) requestAnimationFrame(frameLoop);
    };
    requestAnimationFrame(frameLoop);
    const input = document.querySelector<HTMLInputElement>("#search");
    while (performance.now() < end) {
      const t = performance.now();
      await new Promise((r) => setTimeout(r, 10));
      maxLag = Math.max(maxLag, performance.now() - t - 10);
      if (input && gaps.length % 20 === 0) {
        const t0 = performance.now();
        input.value = input.value ? "" : "ka";
        input.dispatchEvent(new Event("input", { bubbles: true }));
        await new Promise<void>((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
        searchMs.push(performance.now() - t0);
      }
    }
    bench.layout.stop();
    const sorted = [...gaps].sort((a, b) => a - b);
    return {
      maxLagMs: maxLag,
      frames: gaps.length,
      p95FrameMs: sorted[Math.floor(sorted.length * 0.95)] ?? 0,
      searchMs,
      moved: graph.getNodeAttribute(first, "x") !== before,
    };
  }, ms);
}
