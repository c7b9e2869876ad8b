// Runs the external checkers the export tests rely on (xmllint via validate-gexf.sh, Debian's networkx).
// A missing tool fails the test with the install command, never skips it.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const INSTALL_HINT = "apt-get install -y libxml2-utils python3-networkx";
// The shared folder sits beside the repository, wherever it is cloned.
const VALIDATE = fileURLToPath(new URL("../../../shared/gexf-schema/validate-gexf.sh", import.meta.url));
/** Debian's python, not a pyenv one, because python3-networkx is installed for it. */
export const DEBIAN_PYTHON = "/usr/bin/python3";

const dir = mkdtempSync(join(tmpdir(), "newsgraph-export-"));
let counter = 0;

export function writeTemp(name: string, content: string): string {
  const path = join(dir, `${counter++}-${name}`);
  writeFileSync(path, content);
  return path;
}

/** Validates a GEXF string against the 1.3 or 1.2draft grammar; returns xmllint's messages when invalid. */
export function validateGexf(content: string): { ok: boolean; messages: string } {
  const path = writeTemp("graph.gexf", content);
  const result = spawnSync("bash", [VALIDATE, path], { encoding: "utf8" });
  if (result.status === 2 || /xmllint not found/.test(result.stderr))
    throw new Error(`xmllint is missing: ${INSTALL_HINT}\n${result.stderr}`);
  return { ok: result.status === 0, messages: `${result.stdout}${result.stderr}` };
}

export function xmllintWellFormed(content: string): { ok: boolean; messages: string } {
  const path = writeTemp("file.xml", content);
  const result = spawnSync("xmllint", ["--noout", path], { encoding: "utf8" });
  if (result.error) throw new Error(`xmllint is missing: ${INSTALL_HINT}`);
  return { ok: result.status === 0, messages: result.stderr };
}

/** Runs a python script with Debian's networkx; the script prints JSON on stdout. */
export function runNetworkx(script: string, args: string[], python = DEBIAN_PYTHON): { version: string; output: unknown } {
  const result = spawnSync(python, ["-c", script, ...args], { encoding: "utf8" });
  if (result.error || /No module named 'networkx'/.test(result.stderr))
    throw new Error(`networkx is missing for ${python}: ${INSTALL_HINT}\n${result.stderr}`);
  if (result.status !== 0) throw new Error(`networkx failed:\n${result.stderr}`);
  const lines = result.stdout.trim().split("\n");
  return { version: lines[0] ?? "", output: JSON.parse(lines.slice(1).join("\n")) };
}

/** The `python3` on PATH when it has networkx 3 or later (it reads GEXF 1.3), else null. */
export function findNetworkx3(): string | null {
  const script = "import networkx; print(networkx.__version__)";
  const result = spawnSync("python3", ["-c", script], { encoding: "utf8" });
  const major = Number.parseInt(result.stdout.trim().split(".")[0] ?? "", 10);
  return result.status === 0 && major >= 3 ? "python3" : null;
}
