// Killing a build mid-write (SIGKILL, as a crash or an impatient kill -9 would) leaves the previous graph.json and
// graph.gexf intact: writes go to a hidden temporary file that is renamed into place only when complete.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { temporaryPath, writeFileAtomic } from "../../src/cli/write-atomic.ts";
import { REPO_ROOT, runCliAsync, tempDir } from "../helpers/cli.ts";

let work = "";

beforeAll(() => {
  work = tempDir("interrupt");
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

function start(args: readonly string[]): ChildProcess {
  return spawn(process.execPath, args, { cwd: REPO_ROOT, stdio: ["ignore", "pipe", "pipe"] });
}

function exited(child: ChildProcess): Promise<NodeJS.Signals | number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.signalCode ?? child.exitCode);
    else child.on("exit", (code, signal) => resolve(signal ?? code));
  });
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `test` holds or the child exits; true when `test` held while the child still ran. */
async function waitFor(child: ChildProcess, test: () => boolean, timeoutMs: number): Promise<boolean> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null || child.signalCode !== null) return false;
    if (test()) return true;
    await sleep(1);
  }
  return false;
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return -1;
  }
}

describe("writeFileAtomic under SIGKILL", () => {
  it("leaves the old file byte for byte when killed while the temporary file is being written", async () => {
    const dir = join(work, "writer");
    mkdirSync(dir);
    const target = join(dir, "graph.json");
    const old = `${JSON.stringify({ attributes: { version: "old" }, nodes: [], edges: [] })}\n`;
    writeFileSync(target, old);
    const child = start([join(REPO_ROOT, "bin", "run-ts.js"), "tests/robustness/write-large-file.ts", target, "300"]);
    const temporary = temporaryPath(target, child.pid);
    // Kill once the temporary file has started to fill: the write is then certainly in progress.
    const caught = await waitFor(child, () => sizeOf(temporary) > 0, 60_000);
    child.kill("SIGKILL");
    expect(await exited(child)).toBe("SIGKILL");
    expect(caught, "the temporary file was never seen while the writer ran").toBe(true);
    expect(readFileSync(target, "utf8")).toBe(old);
    expect(existsSync(temporary)).toBe(true);

    // The next write replaces the file and clears the dead writer's leftover.
    writeFileAtomic(target, "{\"version\":\"new\"}\n");
    expect(readFileSync(target, "utf8")).toBe("{\"version\":\"new\"}\n");
    expect(readdirSync(dir)).toEqual(["graph.json"]);
  }, 90_000);
});

describe("build killed mid-write", () => {
  it("never leaves a partial graph.json or graph.gexf, wherever the kill lands", async () => {
    const input = join(work, "articles");
    const out = join(work, "out");
    mkdirSync(input);
    writeFileSync(join(input, "first.txt"), "Ministers meet in Ankara\n\nTurkish and Russian defence ministers met in Ankara on Monday.\n");
    const first = await runCliAsync(["build", input, "--out", out, "--quiet"]);
    expect(first.status, first.stderr).toBe(0);
    const oldJson = readFileSync(join(out, "graph.json"));
    const oldGexf = readFileSync(join(out, "graph.gexf"));

    // A second article with a short body and a long comment section: cheap to extract (comments are boilerplate)
    // but it makes graph.json tens of megabytes, so the write window is wide.
    const comments = Array.from({ length: 250_000 }, (_, i) => `Reader ${i} wrote that the talks would change nothing at all.`).join("\n");
    writeFileSync(join(input, "second.txt"), `Talks continue in Sochi\n\nVladimir Putin met Recep Tayyip Erdogan in Sochi.\n\nComments\n${comments}\n`);

    const outcomes: string[] = [];
    const check = (): void => {
      const json = readFileSync(join(out, "graph.json"));
      const gexf = readFileSync(join(out, "graph.gexf"));
      if (json.equals(oldJson)) outcomes.push("old");
      else {
        // Not the old bytes: it must be a complete new graph, never a prefix of one.
        const parsed = JSON.parse(json.toString("utf8")) as { attributes: { articles: Array<{ id: string }> } };
        expect(parsed.attributes.articles.map((a) => a.id).sort()).toEqual(["first", "second"]);
        outcomes.push("new");
      }
      const gexfText = gexf.toString("utf8");
      expect(gexf.equals(oldGexf) || gexfText.trimEnd().endsWith("</gexf>")).toBe(true);
    };

    // Kill the moment graph.json's temporary file appears, then at a spread of delays after it.
    for (const delay of [0, 5, 20, 60, 150]) {
      const child = start([join(REPO_ROOT, "bin", "newsgraph.js"), "build", input, "--out", out, "--quiet"]);
      const temporary = temporaryPath(join(out, "graph.json"), child.pid);
      const seen = await waitFor(child, () => existsSync(temporary), 240_000);
      if (delay > 0) await sleep(delay);
      child.kill("SIGKILL");
      await exited(child);
      expect(seen || child.exitCode === 0, "the build ended without writing").toBe(true);
      check();
      // Start each round from the old graph again, so a later "new" cannot hide an earlier tear.
      writeFileSync(join(out, "graph.json"), oldJson);
      writeFileSync(join(out, "graph.gexf"), oldGexf);
    }
    // The kill right as the temporary file appears must land inside the write.
    expect(outcomes[0]).toBe("old");
    console.info(`interrupted builds left: ${outcomes.join(", ")}`);

    // A build left alone replaces both files and clears the temporaries the killed builds left behind.
    const last = await runCliAsync(["build", input, "--out", out, "--quiet"], 240_000);
    expect(last.status, last.stderr).toBe(0);
    check();
    expect(outcomes[outcomes.length - 1]).toBe("new");
    expect(readdirSync(out).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  }, 600_000);
});
