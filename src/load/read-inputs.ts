// Reads the files and folders a user names (folders recursively, in sorted order) and parses each into articles.
// The only loader code that touches the file system.
import { readdirSync, readFileSync, realpathSync, statSync } from "node:fs";
import { basename, join, relative, sep } from "node:path";
import type { SkippedInput } from "../model/article.ts";
import { extensionOf, isSupported, parseInput, SUPPORTED_EXTENSIONS, type ParsedInput } from "./parse-input.ts";
import { readJsonlStream } from "./read-jsonl-stream.ts";

export interface ReadSettings {
  /** Files larger than this are skipped as too-large. */
  maxBytes: number;
}

export const DEFAULT_READ_SETTINGS: ReadSettings = {
  maxBytes: 50 * 1024 * 1024,
};

export interface FoundFile {
  path: string;
  /** The name the article is known by: its path relative to the folder the user named. */
  name: string;
}

function toPosix(path: string): string {
  return sep === "/" ? path : path.split(sep).join("/");
}

/** Real paths of the folders already listed: a link to a folder that is already read (a link loop, or the same
 * folder named twice) is listed once, not once per path that reaches it. */
type Visited = Set<string>;

function walk(root: string, dir: string, out: FoundFile[], skipped: SkippedInput[], visited: Visited): void {
  let entries: string[];
  try {
    const real = realpathSync(dir);
    if (visited.has(real)) {
      skipped.push({ source: dir, reason: "duplicate", message: `the same folder as ${real}, which is already read; each file is read once` });
      return;
    }
    visited.add(real);
    entries = readdirSync(dir).sort();
  } catch (error) {
    skipped.push({ source: dir, reason: "unreadable", message: `cannot list the folder (${String(error)}); check its permissions` });
    return;
  }
  for (const entry of entries) {
    if (entry.startsWith(".")) continue;
    const path = join(dir, entry);
    let isDir = false;
    try {
      isDir = statSync(path).isDirectory();
    } catch (error) {
      skipped.push({ source: path, reason: "unreadable", message: `cannot read (${String(error)}); check the path and permissions` });
      continue;
    }
    if (isDir) walk(root, path, out, skipped, visited);
    else if (isSupported(entry)) out.push({ path, name: toPosix(relative(root, path)) });
    else skipped.push({ source: path, reason: "unsupported-type", message: `not an article file; supported: ${SUPPORTED_EXTENSIONS.join(" ")}` });
  }
}

/** Lists the article files under the inputs. Missing inputs are usage errors: they throw. */
export function findInputFiles(inputs: readonly string[]): { files: FoundFile[]; skipped: SkippedInput[] } {
  const files: FoundFile[] = [];
  const skipped: SkippedInput[] = [];
  const visited: Visited = new Set();
  for (const input of inputs) {
    let stats;
    try {
      stats = statSync(input);
    } catch {
      throw new InputError(`newsgraph: input "${input}" does not exist; pass files or folders of articles`);
    }
    if (stats.isDirectory()) walk(input, input, files, skipped, visited);
    else files.push({ path: input, name: basename(input) });
  }
  return { files, skipped };
}

export class InputError extends Error {
  override name = "InputError";
}

/** Reads and parses one found file, enforcing the size limit (per record for JSON Lines, which is streamed). */
export function readInputFile(file: FoundFile, settings: ReadSettings = DEFAULT_READ_SETTINGS): ParsedInput {
  let size: number;
  try {
    size = statSync(file.path).size;
  } catch (error) {
    return { articles: [], skipped: [{ source: file.path, reason: "unreadable", message: `cannot read (${String(error)})` }] };
  }
  const ext = extensionOf(file.name);
  if (ext === ".jsonl" || ext === ".ndjson") {
    try {
      return withUserPaths(file, readJsonlStream(file.path, file.name, settings.maxBytes));
    } catch (error) {
      return { articles: [], skipped: [{ source: file.path, reason: "unreadable", message: `cannot read (${String(error)}); check permissions` }] };
    }
  }
  if (size > settings.maxBytes) {
    return {
      articles: [],
      skipped: [{
        source: file.path,
        reason: "too-large",
        message: `${size} bytes is over the --max-bytes limit of ${settings.maxBytes}; split the file or raise --max-bytes`,
      }],
    };
  }
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(file.path);
  } catch (error) {
    return { articles: [], skipped: [{ source: file.path, reason: "unreadable", message: `cannot read (${String(error)}); check permissions` }] };
  }
  return withUserPaths(file, parseInput({ name: file.name, bytes }));
}

/** Reports skips by the path the user can open, not the name relative to the folder. */
function withUserPaths(file: FoundFile, parsed: ParsedInput): ParsedInput {
  const prefix = file.path.slice(0, file.path.length - file.name.length);
  return { articles: parsed.articles, skipped: parsed.skipped.map((s) => ({ ...s, source: s.source.startsWith(file.name) ? prefix + s.source : s.source })) };
}
