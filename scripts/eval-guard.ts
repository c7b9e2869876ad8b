// The extraction quality guard run by CI: annotates the dev files, scores them with ../shared/eval/score.py and
// fails when a score falls more than 0.02 below the figure the README reports.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const EVAL = resolve("../shared/eval");
const TOLERANCE = 0.02;

interface Metric {
  file: string;
  name: string;
  read: (score: ScoreJson) => number | null;
}

interface Prf { f1: number | null; p: number | null; r: number | null }
interface ScoreJson {
  entities_strict: Record<string, Prf>;
  entities_lenient: Record<string, Prf>;
  relations: Record<string, Prf>;
  alias: { alias_recall: number | null };
}

/** The README rows the guard checks: `| file | metric | score |` inside the "Extraction scores" table. */
const METRICS: readonly Metric[] = [
  { file: "conll2003-dev", name: "strict micro F1, PER+ORG+LOC", read: (s) => s.entities_strict.micro_PER_ORG_LOC?.f1 ?? null },
  { file: "re3d-dev", name: "lenient micro F1, PER+ORG+LOC", read: (s) => s.entities_lenient.micro_PER_ORG_LOC?.f1 ?? null },
  { file: "re3d-dev", name: "relation-family micro F1", read: (s) => s.relations.micro?.f1 ?? null },
  { file: "conll04-dev", name: "relation-family micro F1", read: (s) => s.relations.micro?.f1 ?? null },
  { file: "re3d-dev", name: "alias recall", read: (s) => s.alias.alias_recall },
  { file: "conll2003-dev", name: "relation-family micro F1", read: (s) => s.relations.micro?.f1 ?? null },
  { file: "conll2003-dev", name: "alias recall", read: (s) => s.alias.alias_recall },
];

function readmeFigure(readme: string, file: string, name: string): number {
  const row = readme.split("\n").find((line) => line.includes(`| ${file} |`) && line.includes(`| ${name} |`));
  const value = row ? Number(row.split("|").map((c) => c.trim()).filter(Boolean)[2]) : Number.NaN;
  if (!Number.isFinite(value)) throw new Error(`eval-guard: README has no "| ${file} | ${name} | score |" row`);
  return value;
}

const readme = readFileSync("README.md", "utf8");
const dir = mkdtempSync(join(tmpdir(), "newsgraph-eval-"));
const scores = new Map<string, ScoreJson>();
let failed = 0;
for (const metric of METRICS) {
  let score = scores.get(metric.file);
  if (!score) {
    const gold = join(EVAL, `${metric.file}.jsonl`);
    const pred = join(dir, `${metric.file}.pred.jsonl`);
    execFileSync("node", ["bin/newsgraph.js", "annotate", gold, "-o", pred], { stdio: "inherit" });
    score = JSON.parse(execFileSync("python3", [join(EVAL, "score.py"), gold, pred, "--json"], { encoding: "utf8" })) as ScoreJson;
    scores.set(metric.file, score);
  }
  const got = metric.read(score) ?? 0;
  const expected = readmeFigure(readme, metric.file, metric.name);
  const ok = got >= expected - TOLERANCE;
  if (!ok) failed++;
  console.log(`${ok ? "ok  " : "FAIL"} ${metric.file} ${metric.name}: ${got.toFixed(3)} (README ${expected.toFixed(3)})`);
}
if (failed > 0) {
  console.error(`eval-guard: ${failed} score(s) fell more than ${TOLERANCE} below the README; fix the regression or, if intended, update the README`);
  process.exit(1);
}
