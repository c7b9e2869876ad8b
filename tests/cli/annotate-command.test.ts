// `newsgraph annotate`: one prediction line per document in the evaluation format, with offsets valid for the text,
// and output that the reference scorer accepts on the CoNLL-2003 dev file (read in place, never copied).
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { runCliAsync, tempDir, type CliRun } from "../helpers/cli.ts";

interface Span {
  start: number;
  end: number;
}
interface Prediction {
  id: string;
  entities: Array<Span & { type: string; entity?: string }>;
  relations: Array<{ head: Span; tail: Span; family: string }>;
}

const DOCS = [
  { id: "d1", text: "Russian Defence Minister Sergei Shoigu met his Turkish counterpart Hulusi Akar in Ankara on Monday." },
  { id: "d2", text: "The Northern Relief Council sent aid to Aleppo, said Amal Haddad. Haddad said more would follow." },
  { id: 3, text: "Nothing here names anyone." },
  { id: "d4", text: "Hayat Tahrir al-Sham (HTS), once affiliated with al-Qaeda, controls Idlib. Turkey opposes HTS." },
];

let dir = "";
let run: CliRun;
let predictions: Prediction[] = [];

beforeAll(async () => {
  dir = tempDir("annotate");
  const lines = DOCS.map((d) => JSON.stringify(d));
  // A malformed line is skipped with a message, not fatal.
  writeFileSync(join(dir, "docs.jsonl"), `${lines.slice(0, 2).join("\n")}\nnot json\n${lines.slice(2).join("\n")}\n`);
  run = await runCliAsync(["annotate", join(dir, "docs.jsonl"), "-o", join(dir, "pred.jsonl")]);
  predictions = readFileSync(join(dir, "pred.jsonl"), "utf8").trim().split("\n").map((l) => JSON.parse(l) as Prediction);
});

function valid(span: Span, text: string): boolean {
  return Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= text.length;
}

describe("newsgraph annotate", () => {
  it("writes one line per document, in input order, and reports the bad line", () => {
    expect(run.status, run.stderr).toBe(0);
    expect(predictions.map((p) => p.id)).toEqual(["d1", "d2", "3", "d4"]);
    expect(run.stderr).toMatch(/:3: not valid JSON/);
  });

  it("writes entities with valid offsets and a coarse type (or ROLE with an entity id)", () => {
    for (const p of predictions) {
      const text = DOCS.find((d) => String(d.id) === p.id)?.text ?? "";
      for (const e of p.entities) {
        expect(valid(e, text), `${p.id} ${JSON.stringify(e)}`).toBe(true);
        // Names carry a scored coarse type. A role description ("his Turkish counterpart") may be written as an
        // unscored ROLE mention, but only to carry its person's entity id for the alias metric.
        if (e.type === "ROLE") expect(e.entity, JSON.stringify(e)).toBeTruthy();
        else expect(["PER", "ORG", "LOC", "MISC"]).toContain(e.type);
        // Names start at a word boundary and do not end in whitespace.
        expect(text.slice(e.start, e.end)).toBe(text.slice(e.start, e.end).trim());
      }
    }
  });

  it("finds the names of the documents, with their types", () => {
    const spans = (id: string): string[] => {
      const p = predictions.find((x) => x.id === id);
      const text = DOCS.find((d) => String(d.id) === id)?.text ?? "";
      return (p?.entities ?? []).map((e) => `${e.type}:${text.slice(e.start, e.end)}`);
    };
    expect(spans("d1")).toEqual(expect.arrayContaining(["MISC:Russian", "PER:Sergei Shoigu", "MISC:Turkish", "PER:Hulusi Akar", "LOC:Ankara"]));
    expect(spans("d2")).toEqual(expect.arrayContaining(["ORG:Northern Relief Council", "LOC:Aleppo", "PER:Amal Haddad", "PER:Haddad"]));
    expect(spans("3")).toEqual([]);
  });

  it("gives mentions of one entity one id", () => {
    const d4 = predictions.find((p) => p.id === "d4");
    const text = DOCS[3]?.text ?? "";
    const ids = new Set(d4?.entities.filter((e) => /^(HTS|Hayat Tahrir al-Sham)$/.test(text.slice(e.start, e.end))).map((e) => e.entity));
    expect(ids.size).toBe(1);
    expect([...ids][0]).toBeTruthy();
  });

  it("writes relations with a family and valid head and tail spans", () => {
    const all = predictions.flatMap((p) => p.relations.map((r) => ({ p, r })));
    expect(all.length).toBeGreaterThan(0);
    for (const { p, r } of all) {
      const text = DOCS.find((d) => String(d.id) === p.id)?.text ?? "";
      expect(["role", "location", "cooperation", "conflict"]).toContain(r.family);
      expect(valid(r.head, text) && valid(r.tail, text), JSON.stringify(r)).toBe(true);
    }
    const d1 = predictions.find((p) => p.id === "d1");
    expect(d1?.relations.map((r) => r.family)).toContain("role");
  });
});

const EVAL = fileURLToPath(new URL("../../../shared/eval", import.meta.url));
const GOLD = join(EVAL, "conll2003-dev.jsonl");
const hasEval = existsSync(GOLD) && existsSync(join(EVAL, "score.py"));
if (!hasEval) console.warn(`skipping the scorer test: ${GOLD} or score.py is absent`);

describe.skipIf(!hasEval)("annotate output on conll2003-dev, scored by ../shared/eval/score.py", () => {
  it("is accepted with no unparseable line and no invalid span", async () => {
    const out = join(tempDir("conll"), "pred.jsonl");
    const annotate = await runCliAsync(["annotate", GOLD, "-o", out], 300_000);
    expect(annotate.status, annotate.stderr).toBe(0);
    const scored = spawnSync("python3", [join(EVAL, "score.py"), GOLD, out, "--json"], { encoding: "utf8", timeout: 120_000 });
    expect(scored.status, scored.stderr).toBe(0);
    const result = JSON.parse(scored.stdout) as { input: Record<string, number> };
    expect(result.input.unparseable_lines).toBe(0);
    expect(result.input.invalid_entities).toBe(0);
    expect(result.input.invalid_relations).toBe(0);
    expect(result.input.gold_docs_missing_in_pred).toBe(0);
    expect(result.input.pred_entities).toBeGreaterThan(1000);
  }, 300_000);
});
