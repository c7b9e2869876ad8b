// Shared set-up for the browser tests: builds the site (as users deploy it) with a graph, serves it with
// `vite preview` on a free port, and launches Debian's Chromium through playwright-core.
import { execFileSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { build, preview, type PreviewServer } from "vite";
import { makeFixtureGraph } from "./fixtures/make-fixture-graph.ts";

export const ROOT = resolve(import.meta.dirname, "../..");
export const CHROMIUM = "/usr/bin/chromium";
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: the browser tests need Debian's Chromium. Install it with: apt-get install -y chromium`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}

export interface SiteGraph {
  /** "sample" when the CLI built the sample articles, "fixture" when it could not and the invented graph is used. */
  source: "sample" | "fixture";
  note: string;
}

/**
 * Writes the graph the site serves at data/graph.json: the real sample graph from the CLI when it builds, else
 * the invented fixture (so viewer tests do not fail on a broken pipeline, but say so).
 */
export function prepareGraph(outDir: string): SiteGraph {
  mkdirSync(outDir, { recursive: true });
  try {
    execFileSync(process.execPath, ["bin/newsgraph.js", "build", "data/articles", "--out", outDir, "--quiet"], {
      cwd: ROOT,
      stdio: "pipe",
      timeout: 120_000,
    });
    if (existsSync(resolve(outDir, "graph.json"))) return { source: "sample", note: "built from data/articles" };
  } catch (err) {
    const msg = (err as { stderr?: Buffer }).stderr?.toString().split("\n").slice(0, 3).join(" ") ?? String(err);
    writeFileSync(resolve(outDir, "graph.json"), JSON.stringify(makeFixtureGraph().export()));
    return { source: "fixture", note: `newsgraph build failed (${msg.trim()}); using the fixture graph` };
  }
  writeFileSync(resolve(outDir, "graph.json"), JSON.stringify(makeFixtureGraph().export()));
  return { source: "fixture", note: "newsgraph build wrote no graph.json; using the fixture graph" };
}

export interface Site {
  url: string;
  graph: SiteGraph;
  close(): Promise<void>;
}

/** Builds the viewer into tmp/<name>/dist and previews it; extra files are copied next to index.html. */
export async function serveBuiltSite(name: string, extra: Record<string, string> = {}): Promise<Site> {
  const outDir = resolve(ROOT, "tmp", name, "dist");
  await build({ root: ROOT, logLevel: "error", build: { outDir, emptyOutDir: true } });
  const graph = prepareGraph(resolve(outDir, "data"));
  for (const [path, contents] of Object.entries(extra)) {
    const target = resolve(outDir, path);
    mkdirSync(resolve(target, ".."), { recursive: true });
    writeFileSync(target, contents);
  }
  const server: PreviewServer = await preview({ root: ROOT, logLevel: "error", build: { outDir }, preview: { port: 0, host: "127.0.0.1", strictPort: false } });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite preview did not report a URL");
  return { url, graph, close: () => server.close() };
}

/** Collects console errors and uncaught page errors, which the tests assert are empty. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  return errors;
}

export async function openViewer(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector("body[data-graph-ready]", { timeout: 30_000 });
}

export { copyFileSync };
