// Browser tests of the built viewer in Debian's Chromium: rendering, search, citations, the article reader,
// exports, deep links, broken drops and hostile text.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from "vitest";
import { makeFixtureGraph, XSS_PAYLOAD } from "./fixtures/make-fixture-graph.ts";
import { launchChromium, openViewer, serveBuiltSite, watchErrors, type Site } from "./harness.ts";

let site: Site;
let browser: Browser;
let page: Page;
let errors: string[];

beforeAll(async () => {
  site = await serveBuiltSite("e2e", { "fixtures/xss.json": JSON.stringify(makeFixtureGraph({ xss: true }).export()) });
  if (site.graph.source === "fixture") console.warn(`e2e: ${site.graph.note}`);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, acceptDownloads: true });
  errors = watchErrors(page);
});

afterEach(async () => {
  await page.close();
});

async function searchAndSelect(query: string): Promise<void> {
  await page.fill("#search", query);
  await page.keyboard.press("Enter");
}

/** Drops files on the page the way a browser does: a DataTransfer carrying File objects. */
async function dropFiles(files: { name: string; text: string }[]): Promise<void> {
  await page.evaluate((list) => {
    const dt = new DataTransfer();
    for (const f of list) dt.items.add(new File([f.text], f.name));
    for (const type of ["dragenter", "dragover", "drop"]) {
      document.body.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
  }, files);
}

describe("viewer", () => {
  it("renders the graph with no console errors", async () => {
    await openViewer(page, site.url);
    expect(await page.getAttribute("body", "data-graph-ready")).toBe("true");
    expect(await page.locator("#graph canvas").count()).toBeGreaterThan(0);
    expect(await page.textContent("#graph-summary")).toMatch(/\d+ entities · \d+ relations · \d+ articles/);
    expect(await page.locator("#filters .legend .check").count()).toBeGreaterThan(1);
    // The sample corpus has nothing skipped, so there is no list of skipped inputs.
    expect(await page.isHidden("#skipped-inputs")).toBe(true);
    await page.waitForTimeout(300);
    expect(errors).toEqual([]);
  });

  it("typing Turkey in search selects Turkey and shows a citation with “decisive measures”", async () => {
    await openViewer(page, site.url);
    await searchAndSelect("Turkey");
    await expect.poll(() => page.textContent("#details h2")).toBe("Turkey");
    const quotes = await page.locator("#details .citation .quote").allTextContents();
    expect(quotes.some((q) => q.includes("decisive measures"))).toBe(true);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain("node=country%3Aturkey");
  });

  it("search works from the keyboard: arrows move the choice, Enter selects it", async () => {
    await openViewer(page, site.url);
    await page.fill("#search", "r");
    const options = await page.locator("#search-results li .hit-label").allTextContents();
    expect(options.length).toBeGreaterThan(1);
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.textContent("#details h2")).toBe(options[1]);
  });

  it("clicking the citation opens its article with the sentence highlighted", async () => {
    await openViewer(page, site.url);
    await searchAndSelect("Turkey");
    await page.locator("#details .citation .quote", { hasText: "decisive measures" }).first().click();
    const mark = page.locator("#article-reader mark.cited");
    await mark.waitFor();
    expect(await mark.textContent()).toContain("decisive measures");
    expect(await mark.isVisible()).toBe(true);
    const inView = await mark.evaluate((el) => {
      const r = el.getBoundingClientRect();
      return r.top >= 0 && r.bottom <= window.innerHeight;
    });
    expect(inView).toBe(true);
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("#article-reader").isHidden()).toBe(true);
  });

  it("the GEXF download is GEXF", async () => {
    await openViewer(page, site.url);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-gexf")]);
    const path = await download.path();
    const xml = readFileSync(path, "utf8");
    expect(xml.startsWith("<?xml")).toBe(true);
    expect(xml).toContain("<gexf");
    expect(download.suggestedFilename()).toMatch(/\.gexf$/);
  });

  it("the graph.json download reads back", async () => {
    await openViewer(page, site.url);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#export-json")]);
    const data = JSON.parse(readFileSync(await download.path(), "utf8")) as { nodes: unknown[]; attributes: { articles: unknown[] } };
    expect(data.nodes.length).toBeGreaterThan(0);
    expect(data.attributes.articles.length).toBeGreaterThan(0);
  });

  it("a deep link with a node in the hash opens with that node selected", async () => {
    await openViewer(page, `${site.url}#node=country%3Aturkey&hide-kinds=place`);
    await expect.poll(() => page.textContent("#details h2")).toBe("Turkey");
    const place = page.locator("#filters .legend .check", { hasText: "place" }).locator("input");
    expect(await place.isChecked()).toBe(false);
  });

  it("dropping a .json that is not a graph, or a broken .gexf, shows an error and keeps the graph", async () => {
    await openViewer(page, site.url);
    const summary = await page.textContent("#graph-summary");
    await searchAndSelect("Turkey");

    await dropFiles([{ name: "notes.json", text: '{"nodes": "not a list"}' }]);
    await page.locator("#error-banner").waitFor({ state: "visible" });
    expect(await page.textContent("#error-banner")).toMatch(/notes\.json/);

    await dropFiles([{ name: "broken.gexf", text: '<?xml version="1.0"?><gexf xmlns="http://gexf.net/1.3"><graph><nodes><node id=' }]);
    await expect.poll(() => page.textContent("#error-banner")).toMatch(/broken\.gexf/);

    expect(await page.textContent("#graph-summary")).toBe(summary);
    expect(await page.textContent("#details h2")).toBe("Turkey");
    expect(errors).toEqual([]);
  });

  it("builds dropped articles in the browser with the same pipeline", async () => {
    await openViewer(page, site.url);
    await dropFiles([{
      name: "geneva.txt",
      text: "Talks in Geneva\n\nRussian Foreign Minister Sergey Lavrov met UN envoy Geir Pedersen in Geneva on Monday.",
    }]);
    await expect.poll(() => page.textContent("#graph-summary"), { timeout: 30_000 }).toMatch(/· 1 articles/);
    await searchAndSelect("Sergey Lavrov");
    await expect.poll(() => page.textContent("#details h2")).toBe("Sergey Lavrov");
    expect(await page.textContent("#details")).toContain("Geneva");
    expect(errors).toEqual([]);
  });

  it("opens a folder of articles chosen with Folder…, leaving hidden files out", async () => {
    const folder = mkdtempSync(join(tmpdir(), "newsgraph-folder-"));
    mkdirSync(join(folder, "talks", "geneva"), { recursive: true });
    writeFileSync(join(folder, "talks", "geneva", "monday.txt"), "Talks in Geneva\n\nRussian Foreign Minister Sergey Lavrov met UN envoy Geir Pedersen in Geneva on Monday.");
    writeFileSync(join(folder, "talks", "ankara.txt"), "Talks in Ankara\n\nTurkish Defence Minister Hulusi Akar met Sergey Lavrov in Ankara.");
    writeFileSync(join(folder, "talks", ".draft.txt"), "Draft\n\nA hidden draft about Iceland and Norway.");
    try {
      await openViewer(page, site.url);
      await page.setInputFiles("input[webkitdirectory]", join(folder, "talks"));
      await expect.poll(() => page.textContent("#graph-summary"), { timeout: 30_000 }).toMatch(/· 2 articles/);
      await searchAndSelect("Sergey Lavrov");
      await expect.poll(() => page.textContent("#details h2")).toBe("Sergey Lavrov");
      expect(errors).toEqual([]);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it("shows markup in labels and articles as literal text, and runs nothing", async () => {
    const dialogs: string[] = [];
    page.on("dialog", (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await openViewer(page, `${site.url}?graph=./fixtures/xss.json`);
    await searchAndSelect("Evil");
    await expect.poll(() => page.textContent("#details h2")).toBe(`Evil ${XSS_PAYLOAD}`);
    expect(await page.locator("#details img").count()).toBe(0);
    await page.locator("#details .citation .quote", { hasText: "scraped page" }).first().click();
    const text = page.locator("#article-reader .article-text");
    await text.waitFor();
    expect(await text.textContent()).toContain(XSS_PAYLOAD);
    expect(await page.textContent("#article-reader h2")).toBe(`Hostile markup ${XSS_PAYLOAD}`);
    expect(await page.locator("#article-reader img").count()).toBe(0);
    // The inputs the build skipped are listed under the summary, as text.
    await page.keyboard.press("Escape");
    expect(await page.textContent("#skipped-inputs summary")).toBe("2 inputs skipped (1 no-text, 1 unsupported-type)");
    await page.click("#skipped-inputs summary");
    expect(await page.textContent("#skipped-inputs")).toContain(`feeds/${XSS_PAYLOAD}.html`);
    expect(await page.locator("#skipped-inputs img").count()).toBe(0);
    await page.waitForTimeout(300);
    expect(dialogs).toEqual([]);
  });
});
