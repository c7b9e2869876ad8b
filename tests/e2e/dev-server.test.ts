// The Vite dev server (what `npm start` runs) must also work under the page's Content-Security-Policy: no
// blocked scripts or workers, the graph renders with no console errors, and dropped articles build.
import type { Browser } from "playwright-core";
import { createServer, type ViteDevServer } from "vite";
import { afterAll, beforeAll, expect, it } from "vitest";
import { makeFixtureGraph } from "./fixtures/make-fixture-graph.ts";
import { launchChromium, ROOT, watchErrors } from "./harness.ts";
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

let server: ViteDevServer;
let browser: Browser;

beforeAll(async () => {
  // Served from the project root by the dev server, so the test does not touch public/data.
  const dir = resolve(ROOT, "tmp/e2e-dev");
  mkdirSync(dir, { recursive: true });
  writeFileSync(resolve(dir, "graph.json"), JSON.stringify(makeFixtureGraph().export()));
  server = await createServer({ root: ROOT, logLevel: "error", server: { port: 0, host: "127.0.0.1" } });
  await server.listen();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it("the dev server renders the viewer under the CSP, the layout worker starts, and a dropped article builds", async () => {
  const url = server.resolvedUrls?.local[0];
  expect(url).toBeTruthy();
  const page = await browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${url}?graph=/tmp/e2e-dev/graph.json`);
  await page.waitForSelector("body[data-graph-ready='true']", { timeout: 60_000 });
  expect(await page.locator("#graph canvas").count()).toBeGreaterThan(0);
  const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', "content");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain("unsafe-inline' 'unsafe-eval");
  // ForceAtlas2 runs from a blob: worker; a CSP without worker-src blob: would log an error here.
  await page.click("#layout-toggle");
  await page.waitForTimeout(500);
  expect(await page.textContent("#layout-toggle")).toContain("Stop");
  await page.click("#layout-toggle");
  // Dropped articles are built in a module worker that fetches the tagger: both must pass the CSP here too.
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(["Talks in Geneva\n\nRussian Foreign Minister Sergey Lavrov met Geir Pedersen in Geneva."], "geneva.txt"));
    for (const type of ["dragenter", "dragover", "drop"]) document.body.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await expect.poll(() => page.textContent("#graph-summary"), { timeout: 60_000 }).toMatch(/· 1 articles/);
  expect(errors).toEqual([]);
  await page.close();
});
