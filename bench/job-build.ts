// Job: the whole `newsgraph build` (read → extract → graph → layout → graph.json and GEXF), through the CLI's own
// entry point so nothing is left out. Extra arguments (--workers, --no-cache, --cache) go to the CLI.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../src/cli/main.ts";
import { reportJob } from "./job-report.ts";

const [corpus, ...extra] = process.argv.slice(2);
if (!corpus) throw new Error("job-build: usage: job-build.ts CORPUS.jsonl [build options]");
const out = mkdtempSync(join(tmpdir(), "newsgraph-bench-out-"));
const started = performance.now();
const code = await main(["build", corpus, "--out", out, "--quiet", ...extra]);
if (code !== 0) throw new Error(`job-build: newsgraph build exited with ${code}`);
const ms = performance.now() - started;
rmSync(out, { recursive: true, force: true });
// The CLI prints its own summary line first; ours must stay last. Pool threads are gone by now.
reportJob(ms, 0);
