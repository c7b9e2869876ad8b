// Viewer speed benchmark: a generated 20k-node / 100k-edge graph in headless Chromium. Measures time to first
// frame, hover and search latency, and whether ForceAtlas2 in its worker leaves the page responsive.
// Run: npm run bench:viewer [-- --nodes N --edges M --loads K --no-preview]
// The graph is served with its preview (graph.preview.json), as the build writes it, unless --no-preview; the first
// frame is then drawn from the preview, and "ready" is when graph.json has filled it in for the panels.
// With --loads K the page is opened K times and the first-frame figures are the median load (the best in brackets):
// on a shared machine one load can be a second off either way.
import { mkdirSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { cpus, loadavg } from "node:os";
import { gzipSync } from "node:zlib";
import { build, preview, type Plugin } from "vite";
import { launchChromium, ROOT } from "../tests/e2e/harness.ts";
import { writeGraphJson, writeGraphPreview } from "../src/export/index.ts";
import { generateBenchGraph } from "./viewer-graph.ts";
import { measureFa2Responsiveness, measureHover, measureSearch } from "./viewer-probes.ts";

function arg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  const v = i >= 0 ? Number(process.argv[i + 1]) : NaN;
  return Number.isFinite(v) && v > 0 ? v : fallback;
}

const NODES = arg("nodes", 20_000);
const EDGES = arg("edges", 100_000);
const LOADS = Math.round(arg("loads", 1));

function stats(samples: number[]): { median: number; p95: number; max: number } {
  const s = [...samples].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
  return { median: at(0.5), p95: at(0.95), max: s[s.length - 1] ?? NaN };
}

const outDir = resolve(ROOT, "tmp/bench-viewer/dist");
// Timings here swing with whatever else the machine runs; the load average goes into the report.
const loadAtStart = loadavg()[0] ?? NaN;
console.log(`viewer bench: generating ${NODES} nodes / ${EDGES} edges…`);
const t0 = performance.now();
const graph = generateBenchGraph({ nodes: NODES, edges: EDGES });
// Written as the build writes it: nodes and edges in key order, the order the preview is in.
const json = writeGraphJson(graph);
// The build writes this preview beside every graph.json; the viewer draws it first (src/export/graph-preview.ts).
const previewJson = process.argv.includes("--no-preview") ? null : writeGraphPreview(graph);
console.log(
  `  generated in ${Math.round(performance.now() - t0)} ms, graph.json ${(json.length / 1e6).toFixed(1)} MB` +
    (previewJson ? `, graph preview ${(previewJson.length / 1e6).toFixed(1)} MB` : ", no preview (--no-preview)"),
);
await build({ root: ROOT, logLevel: "error", build: { outDir, emptyOutDir: true } });
mkdirSync(resolve(outDir, "data"), { recursive: true });
writeFileSync(resolve(outDir, "data/bench.json"), json);
if (previewJson) writeFileSync(resolve(outDir, "data/bench.preview.json"), previewJson);
// vite preview gzips every response on the fly: for this 47 MB file that is about half a second of server CPU
// on the same two cores as the browser, at every load. Static hosts and CDNs serve a stored compressed copy,
// so the benchmark does the same and the download measures transfer and decompression, not the server.
const stored = new Map<string, Buffer>([["/data/bench.json", gzipSync(json)]]);
if (previewJson) stored.set("/data/bench.preview.json", gzipSync(previewJson));
console.log(`  served as stored gzip: ${[...stored].map(([name, gz]) => `${name.slice(6)} ${(gz.length / 1e6).toFixed(1)} MB`).join(", ")}`);
const precompressed: Plugin = {
  name: "bench-precompressed-graph",
  configurePreviewServer(server) {
    server.middlewares.use((req, res, next) => {
      const gzipped = stored.get(req.url?.split("?")[0] ?? "");
      if (!gzipped || !/\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) return next();
      res.writeHead(200, { "Content-Type": "application/json", "Content-Encoding": "gzip", "Content-Length": gzipped.length, "Cache-Control": "no-cache" });
      res.end(gzipped);
    });
  },
};
const server = await preview({ root: ROOT, logLevel: "error", plugins: [precompressed], build: { outDir }, preview: { port: 0, host: "127.0.0.1" } });
const url = server.resolvedUrls?.local[0];
if (!url) throw new Error("vite preview did not report a URL");

const browser = await launchChromium();
try {
  const errors: string[] = [];
  const open = async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    page.on("pageerror", (e) => errors.push(String(e)));
    // tsx compiles the probes with keepNames, which calls a __name helper the page does not have.
    await page.addInitScript("window.__name = (f) => f;");
    await page.goto(`${url}?bench&graph=./data/bench.json`);
    await page.waitForFunction(() => performance.getEntriesByName("newsgraph:ready").length > 0, null, { timeout: 120_000 });
    const marks = await page.evaluate(() =>
      ["newsgraph:fetched", "newsgraph:graph-read", "newsgraph:first-frame", "newsgraph:ready", "newsgraph:drawn"].map((m) => performance.getEntriesByName(m)[0]?.startTime ?? NaN),
    );
    return { page, marks: marks as Marks };
  };
  type Marks = [fetched: number, read: number, firstFrame: number, ready: number, drawn: number];
  const loads: Marks[] = [];
  let opened = await open();
  loads.push(opened.marks);
  while (loads.length < LOADS) {
    await opened.page.close();
    opened = await open();
    loads.push(opened.marks);
  }
  const page = opened.page;
  // The median load by time to first frame, and the best one.
  const byFirst = [...loads].sort((a, b) => a[2] - b[2]);
  const [fetched, read, firstFrame] = byFirst[Math.floor((byFirst.length - 1) / 2)] ?? [NaN, NaN, NaN, NaN];
  const median = (i: 3 | 4): number => loads.map((l) => l[i]).sort((a, b) => a - b)[Math.floor((loads.length - 1) / 2)] ?? NaN;
  const ready = median(3);
  const drawn = median(4);
  const best = byFirst[0]?.[2] ?? NaN;
  console.log(`  first frame drawn${LOADS > 1 ? ` (${loads.map((l) => Math.round(l[2])).join(", ")} ms)` : ""}; measuring hover…`);
  const hover = stats(await measureHover(page, 30));
  console.log("  measuring search…");
  const search = stats(await measureSearch(page, ["ka", "alro", "tor 1", "zurlu", "n19999", "sa"]));
  console.log("  measuring ForceAtlas2 in the worker…");
  const fa2 = await measureFa2Responsiveness(page, 5000);
  const fa2Search = stats(fa2.searchMs);
  if (errors.length) console.log("page errors:", errors);

  const rows: [string, string, string][] = [
    [`time to first frame${previewJson ? ", the poster: nodes and edges, no labels" : ""}${LOADS > 1 ? ` (median of ${LOADS}, best)` : ""}`, `${Math.round(firstFrame)} ms${LOADS > 1 ? ` (${Math.round(best)})` : ""}`, "≤ 1000 ms"],
    ...(previewJson
      ? ([
          [`time to sigma's first frame: labels, hover, zoom${LOADS > 1 ? " (median)" : ""}`, `${Math.round(drawn)} ms`, "—"],
          ["  graph.json downloaded / read and checked", `${Math.round(fetched)} / ${Math.round(read)} ms`, "—"],
        ] as [string, string, string][])
      : ([["  of which: download / read+check / draw", `${Math.round(fetched)} / ${Math.round(read - fetched)} / ${Math.round(firstFrame - read)} ms`, "—"]] as [string, string, string][])),
    [`time to ready: details, search, filters${LOADS > 1 ? " (median)" : ""}`, `${Math.round(ready)} ms`, "—"],
    ["hover (median / p95)", `${hover.median.toFixed(1)} / ${hover.p95.toFixed(1)} ms`, "< 100 ms"],
    ["search keystroke (median / p95)", `${search.median.toFixed(1)} / ${search.p95.toFixed(1)} ms`, "< 100 ms"],
    ["FA2 running: longest main-thread stall", `${fa2.maxLagMs.toFixed(0)} ms`, "< 100 ms"],
    ["FA2 running: frames / p95 frame gap", `${fa2.frames} / ${fa2.p95FrameMs.toFixed(0)} ms`, "—"],
    ["FA2 running: search (median / p95)", `${fa2Search.median.toFixed(1)} / ${fa2Search.p95.toFixed(1)} ms`, "< 100 ms"],
    ["FA2 iterations moved nodes", fa2.moved ? "yes" : "NO", "yes"],
  ];
  const w = [Math.max(...rows.map((r) => r[0].length)), Math.max(...rows.map((r) => r[1].length))];
  console.log(`\nviewer bench: ${NODES} nodes, ${EDGES} edges, headless Chromium (SwiftShader WebGL), ${previewJson ? "first frame drawn from the graph preview" : "no preview: first frame drawn from graph.json"}\n`);
  console.log(`| ${"measure".padEnd(w[0] ?? 0)} | ${"result".padEnd(w[1] ?? 0)} | target    |`);
  console.log(`|${"-".repeat((w[0] ?? 0) + 2)}|${"-".repeat((w[1] ?? 0) + 2)}|-----------|`);
  for (const [a, b, c] of rows) console.log(`| ${a.padEnd(w[0] ?? 0)} | ${b.padEnd(w[1] ?? 0)} | ${c.padEnd(9)} |`);
  console.log(`\nload average (1 min): ${loadAtStart.toFixed(2)} at the start, ${(loadavg()[0] ?? NaN).toFixed(2)} at the end, on ${cpus().length} cores`);
} finally {
  await browser.close();
  await server.close();
}
