// Browser tests of the viewer on a generated big graph (above the size thresholds): hover, search and selection
// are drawn on the highlight layer, and ForceAtlas2 shows its progress as dots, then gives the edges back.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from "vitest";
import { generateBenchGraph } from "../../bench/viewer-graph.ts";
import { writeGraphJson } from "../../src/export/graph-json.ts";
import { writeGraphPreview } from "../../src/export/graph-preview.ts";
import { launchChromium, openViewer, serveBuiltSite, watchErrors, type Site } from "./harness.ts";

let site: Site;
let browser: Browser;
let page: Page;
let errors: string[];

const NODES = 2_000;
const EDGES = 24_000;

beforeAll(async () => {
  const graph = generateBenchGraph({ nodes: NODES, edges: EDGES, articles: 50 });
  // Served with its preview, as the build writes it: the viewer draws the preview, then fills it from big.json.
  site = await serveBuiltSite("e2e-big", { "fixtures/big.json": writeGraphJson(graph), "fixtures/big.preview.json": writeGraphPreview(graph) });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

/**
 * Holds one of the two downloads until the page has read the other, so that the order they arrive in is the one
 * the test is about and not the busy machine's: graph.json after the preview is drawn, or the preview after
 * graph.json is read.
 */
async function arriveInOrder(target: Page, first: "preview" | "graph"): Promise<void> {
  const [held, mark] = first === "preview" ? ["/fixtures/big.json", "newsgraph:preview-read"] : ["/fixtures/big.preview.json", "newsgraph:graph-read"];
  // By path: the page's own URL names graph.json in its query.
  await target.route((url) => url.pathname === held, async (route) => {
    await target.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: 30_000 });
    await route.continue();
  });
}

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  errors = watchErrors(page);
  await arriveInOrder(page, "preview");
  // The bench handles (?bench) give the test sigma and the store.
  await openViewer(page, `${site.url}?bench&graph=./fixtures/big.json`);
});

afterEach(async () => {
  await page.close();
});

/** Opaque pixels on one of sigma's canvas layers. */
function inkOn(layer: string): Promise<number> {
  return page.evaluate((cls) => {
    const canvas = document.querySelector<HTMLCanvasElement>(`canvas.sigma-${cls}`);
    const ctx = canvas?.getContext("2d", { willReadFrequently: true });
    if (!canvas || !ctx) return -1;
    const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
    let n = 0;
    for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) n++;
    return n;
  }, layer);
}

describe("viewer on a big graph", () => {
  it("draws the preview before graph.json is read, then gives the panels the filled graph", async () => {
    const names = ["newsgraph:first-frame", "newsgraph:drawn", "newsgraph:graph-read"];
    const marks = await page.evaluate((list) => list.map((m) => performance.getEntriesByName(m).length), names);
    const [frame, drawn, read] = await page.evaluate((list) => list.map((m) => performance.getEntriesByName(m)[0]?.startTime ?? NaN), names);
    // One sigma frame: the graph on screen was filled in place, not replaced by a second one.
    expect(marks).toEqual([1, 1, 1]);
    // The poster first, then sigma's drawing of the preview, both before graph.json is read.
    expect(frame).toBeLessThan(drawn as number);
    expect(drawn).toBeLessThan(read as number);
    expect(await page.locator("canvas.poster-frame").count()).toBe(0);
    const aliases = await page.evaluate(() => {
      const graph = window.newsgraphBench?.sigma.getGraph();
      return graph ? graph.getNodeAttribute(graph.nodes()[0], "aliases") : null;
    });
    expect(aliases).not.toEqual([]);
    expect(errors).toEqual([]);
  });

  it("shows graph.json as it is when it comes before the preview", async () => {
    const late = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const lateErrors = watchErrors(late);
    await arriveInOrder(late, "graph");
    await openViewer(late, `${site.url}?bench&graph=./fixtures/big.json`);
    const names = ["newsgraph:preview-read", "newsgraph:drawn", "newsgraph:graph-read"];
    const marks = await late.evaluate((list) => list.map((m) => performance.getEntriesByName(m).length), names);
    const [, drawn, read] = await late.evaluate((list) => list.map((m) => performance.getEntriesByName(m)[0]?.startTime ?? NaN), names);
    // No poster and no preview graph: sigma draws graph.json once, after it is read.
    expect(marks).toEqual([0, 1, 1]);
    expect(read).toBeLessThan(drawn as number);
    expect(await late.locator("canvas.poster-frame").count()).toBe(0);
    expect(await late.textContent("#graph-summary")).toContain(`${NODES} entities`);
    await late.close();
    expect(lateErrors).toEqual([]);
  });

  it("draws the poster where sigma draws the nodes", async () => {
    const posterPage = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    // Keeps the poster's pixels when the viewer takes it away, to set them against sigma's positions.
    await posterPage.addInitScript(() => {
      const remove = Element.prototype.remove;
      Element.prototype.remove = function (this: Element) {
        if (this instanceof HTMLCanvasElement && this.classList.contains("poster-frame")) {
          const ctx = this.getContext("2d");
          (window as unknown as { poster?: ImageData }).poster = ctx?.getImageData(0, 0, this.width, this.height);
        }
        remove.call(this);
      };
    });
    await arriveInOrder(posterPage, "preview");
    await openViewer(posterPage, `${site.url}?bench&graph=./fixtures/big.json`);
    const result = await posterPage.evaluate(() => {
      const poster = (window as unknown as { poster?: ImageData }).poster;
      const sigma = window.newsgraphBench?.sigma;
      if (!poster || !sigma) return null;
      const graph = sigma.getGraph();
      // sigma's own pixels, read back in the frame it draws them (its buffer is not kept after that).
      const gl = (sigma as unknown as { webGLContexts: Record<string, WebGLRenderingContext> }).webGLContexts.nodes;
      if (!gl) return null;
      (sigma as unknown as { render(): void }).render();
      const nodes = graph.nodes().sort((a, b) => graph.getNodeAttribute(b, "pagerank") - graph.getNodeAttribute(a, "pagerank")).slice(0, 50);
      const ratio = poster.width / sigma.getContainer().offsetWidth;
      const pixel = new Uint8Array(4);
      const near = (a: ArrayLike<number>, from: number, b: ArrayLike<number>) => [0, 1, 2].every((i) => Math.abs((a[from + i] ?? 0) - (b[i] ?? 0)) <= 2);
      let clear = 0;
      let same = 0;
      for (const node of nodes) {
        const { x, y } = sigma.graphToViewport(graph.getNodeAttributes(node));
        const [px, py] = [Math.round(x * ratio), Math.round(y * ratio)];
        gl.readPixels(px, gl.drawingBufferHeight - 1 - py, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, pixel);
        const own = (sigma.getNodeDisplayData(node)?.color ?? "#000000").slice(1).match(/../g)?.map((h) => parseInt(h, 16)) ?? [];
        // Where sigma shows the node's own colour at its centre (no other disc or its smoothed rim over it)...
        if (!near(pixel, 0, own)) continue;
        clear++;
        // ...the poster shows it there too.
        if (near(poster.data, (py * poster.width + px) * 4, own)) same++;
      }
      return { clear: clear >= 20, same: same === clear };
    });
    await posterPage.close();
    expect(result).toEqual({ clear: true, same: true });
  });

  it("draws hover on the highlight layer without touching the graph", async () => {
    expect(await page.textContent("#graph-summary")).toContain(`${NODES} entities`);
    const before = await page.evaluate(() => JSON.stringify(window.newsgraphBench?.sigma.getGraph().export().nodes.slice(0, 50)));
    const hovered = await page.evaluate(async () => {
      const { sigma, store } = window.newsgraphBench ?? {};
      if (!sigma || !store) return null;
      const rect = sigma.getContainer().getBoundingClientRect();
      const mouse = sigma.getContainer().querySelector("canvas.sigma-mouse");
      // The node with the most edges, so its neighbourhood is sure to show.
      const graph = sigma.getGraph();
      const key = graph.nodes().reduce((a, b) => (graph.degree(b) > graph.degree(a) ? b : a));
      const d = sigma.getNodeDisplayData(key);
      if (!d || !mouse) return null;
      const p = sigma.framedGraphToViewport(d);
      mouse.dispatchEvent(new MouseEvent("mousemove", { clientX: rect.left + p.x, clientY: rect.top + p.y, bubbles: true }));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return store.get().hovered;
    });
    expect(hovered).not.toBeNull();
    expect(await inkOn("highlightEdges")).toBeGreaterThan(100);
    const after = await page.evaluate(() => JSON.stringify(window.newsgraphBench?.sigma.getGraph().export().nodes.slice(0, 50)));
    expect(after).toBe(before);
    expect(errors).toEqual([]);
  });

  it("rings search matches, and a chosen result is selected with its neighbourhood drawn", async () => {
    expect(await inkOn("highlightMarks")).toBe(0);
    await page.fill("#search", "ka");
    await expect.poll(() => inkOn("highlightMarks")).toBeGreaterThan(100);
    const first = await page.locator("#search-results li .hit-label").first().textContent();
    await page.keyboard.press("Enter");
    await expect.poll(() => page.textContent("#details h2")).toBe(first);
    expect(await inkOn("highlightMarks")).toBeGreaterThan(0);
    expect(await inkOn("highlightEdges")).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it("clicking an edge selects it, found by geometry without sigma's picking pass", async () => {
    const target = await page.evaluate(() => {
      const sigma = window.newsgraphBench?.sigma;
      if (!sigma) return null;
      const graph = sigma.getGraph();
      const { width, height } = sigma.getDimensions();
      const nodes = graph.nodes().map((n) => {
        const d = sigma.getNodeDisplayData(n);
        return d && !d.hidden ? { ...sigma.framedGraphToViewport(d), r: sigma.scaleSize(d.size) } : null;
      });
      // A shown edge whose middle is on screen and clear of every node, so the click cannot land on a node.
      for (const edge of graph.edges()) {
        const e = sigma.getEdgeDisplayData(edge);
        const [s, t] = graph.extremities(edge).map((n) => sigma.getNodeDisplayData(n));
        if (!e || e.hidden || !s || !t) continue;
        const a = sigma.framedGraphToViewport(s);
        const b = sigma.framedGraphToViewport(t);
        const m = { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
        if (m.x < 40 || m.y < 40 || m.x > width - 40 || m.y > height - 40 || Math.hypot(b.x - a.x, b.y - a.y) < 80) continue;
        if (nodes.every((p) => !p || Math.hypot(p.x - m.x, p.y - m.y) > p.r + 8)) return m;
      }
      return null;
    });
    expect(target).not.toBeNull();
    const box = await page.locator("#graph").boundingBox();
    if (!target || !box) return;
    await page.mouse.click(box.x + target.x, box.y + target.y);
    await expect.poll(() => page.locator("#details .edge-title").count()).toBe(1);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain("edge=");
    expect(await inkOn("highlightMarks")).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });

  it("a kind filter hides that kind's nodes and their edges, and showing it again brings them back", async () => {
    const state = () =>
      page.evaluate(() => {
        const sigma = window.newsgraphBench?.sigma;
        if (!sigma) return null;
        const graph = sigma.getGraph();
        const place = graph.nodes().find((n) => graph.getNodeAttribute(n, "kind") === "place" && graph.degree(n) > 0) ?? "";
        const edge = graph.edges(place)[0] ?? "";
        return { node: sigma.getNodeDisplayData(place)?.hidden, edge: sigma.getEdgeDisplayData(edge)?.hidden };
      });
    expect((await state())?.node).toBe(false);
    const place = page.locator("#filters .legend .check", { hasText: /place/i }).locator("input");
    await place.uncheck();
    await expect.poll(state).toEqual({ node: true, edge: true });
    await place.check();
    await expect.poll(async () => (await state())?.node).toBe(false);
    expect(errors).toEqual([]);
  });

  it("ForceAtlas2 shows moving dots, and stopping it gives sigma the edges back", async () => {
    await page.click("#layout-toggle");
    await expect.poll(() => inkOn("layoutPreview"), { timeout: 10_000 }).toBeGreaterThan(1000);
    expect(await page.evaluate(() => window.newsgraphBench?.sigma.getGraph().size)).toBe(0);
    // Filters still apply to the dots while the layout runs.
    const place = page.locator("#filters .legend .check", { hasText: /place/i }).locator("input");
    await place.uncheck();
    await page.waitForTimeout(300);
    await place.check();
    await page.waitForTimeout(300);
    await page.click("#layout-toggle");
    expect(await page.locator("canvas.sigma-layoutPreview").count()).toBe(0);
    expect(await page.evaluate(() => window.newsgraphBench?.sigma.getGraph().size)).toBe(EDGES);
    expect(errors).toEqual([]);
  });
});
