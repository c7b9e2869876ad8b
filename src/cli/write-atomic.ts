// Atomic file writes: a temporary file in the same folder, then a rename, so a crash or Ctrl-C never leaves a
// half-written graph behind.
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, renameSync, rmSync, writeSync } from "node:fs";
import { open, type FileHandle } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { outputError } from "./output-error.ts";

export interface AtomicFile {
  path: string;
  /** The bytes, or text in pieces (written as UTF-8 as they come, so no file needs to fit in one string). */
  content: string | Uint8Array | Iterable<string>;
}

/** The temporary name of `path` for process `pid`: hidden (dot-prefixed), so folder readers pass over it. */
export function temporaryPath(path: string, pid: number = process.pid): string {
  return join(dirname(path), `.${basename(path)}.${pid}.tmp`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * Removes temporary files that a killed earlier write of `path` left behind. Only files of processes that no longer
 * run are removed, so a concurrent build into the same folder keeps its own.
 */
export function removeStaleTemporaries(path: string): void {
  const prefix = `.${basename(path)}.`;
  let entries: string[];
  try {
    entries = readdirSync(dirname(path));
  } catch {
    return;
  }
  for (const entry of entries) {
    if (!entry.startsWith(prefix) || !entry.endsWith(".tmp")) continue;
    const pid = Number(entry.slice(prefix.length, -".tmp".length));
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && !isAlive(pid)) rmSync(join(dirname(path), entry), { force: true });
  }
}

/** Pieces are gathered to about this many UTF-16 units before each write: fewer system calls, bounded memory. */
const WRITE_BATCH = 1 << 20;

/** The content as UTF-8 bytes, batch after batch; text in pieces is encoded as it comes. */
function* byteBatches(content: AtomicFile["content"]): Generator<Uint8Array> {
  if (typeof content === "string") return void (yield Buffer.from(content, "utf8"));
  if (content instanceof Uint8Array) return void (yield content);
  let batch: string[] = [];
  let length = 0;
  for (const piece of content) {
    batch.push(piece);
    length += piece.length;
    if (length < WRITE_BATCH) continue;
    yield Buffer.from(batch.join(""), "utf8");
    batch = [];
    length = 0;
  }
  if (length > 0) yield Buffer.from(batch.join(""), "utf8");
}

function writeAll(fd: number, bytes: Uint8Array): void {
  let offset = 0;
  while (offset < bytes.length) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/** Writes and flushes the temporary file, so the rename never exposes a file whose bytes are still in flight. */
function writeTemporary(temporary: string, content: AtomicFile["content"]): void {
  const fd = openSync(temporary, "w");
  try {
    for (const bytes of byteBatches(content)) writeAll(fd, bytes);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

async function writeAllAsync(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.length) offset += (await handle.write(bytes, offset, bytes.length - offset)).bytesWritten;
}

/**
 * writeTemporary with the system's side on libuv's thread pool: each batch is written there while this thread
 * produces the next. Resolves once every byte is written; the flush it returns (fsync, then close) goes on while
 * the next file is produced.
 */
async function writeTemporaryOverlapped(temporary: string, content: AtomicFile["content"]): Promise<{ flushed: Promise<void> }> {
  const handle = await open(temporary, "w");
  let inFlight: Promise<void> = Promise.resolve();
  try {
    for (const bytes of byteBatches(content)) {
      await inFlight;
      inFlight = writeAllAsync(handle, bytes);
    }
    await inFlight;
  } catch (error) {
    // When producing a piece fails, a write may still be in flight: it ends before the file is closed.
    await inFlight.catch(() => undefined);
    await handle.close();
    throw error;
  }
  return { flushed: handle.sync().finally(() => handle.close()) };
}

export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  writeFilesAtomic([{ path, content }]);
}

/**
 * The temporary files of one set of writes: each made beside its file, renamed into place once all are complete, or
 * removed if any fails. `current` is the file being worked on, for the error.
 */
class TemporarySet {
  readonly #written: string[] = [];
  current: string;

  constructor(files: readonly AtomicFile[]) {
    this.current = files[0]?.path ?? "";
  }

  /** Makes `path`'s folder, removes what killed writes of it left, and returns its temporary file. */
  open(path: string): string {
    this.current = path;
    mkdirSync(dirname(path), { recursive: true });
    removeStaleTemporaries(path);
    const temporary = temporaryPath(path);
    this.#written.push(temporary);
    return temporary;
  }

  commit(files: readonly AtomicFile[]): void {
    for (const file of files) {
      this.current = file.path;
      renameSync(temporaryPath(file.path), file.path);
    }
  }

  abandon(error: unknown): never {
    for (const temporary of this.#written) rmSync(temporary, { force: true });
    throw outputError(error, this.current);
  }
}

/**
 * Writes several files that belong together (graph.json and graph.gexf): every temporary file is complete before
 * the first rename, so an interruption leaves at most a short window in which the set is mixed, and never a
 * partial file.
 */
export function writeFilesAtomic(files: readonly AtomicFile[]): void {
  const set = new TemporarySet(files);
  try {
    for (const file of files) writeTemporary(set.open(file.path), file.content);
    set.commit(files);
  } catch (error) {
    set.abandon(error);
  }
}

/**
 * writeFilesAtomic with the same guarantees, for the build: the system's writes and flushes run on libuv's thread
 * pool while this thread produces the next bytes. Writing 20,000 synthetic articles' graph (680 MB) took 7.8 and
 * 9.0 s this way against 9.5 and 9.9 s.
 */
export async function writeFilesAtomicOverlapped(files: readonly AtomicFile[]): Promise<void> {
  const set = new TemporarySet(files);
  const flushes: Array<Promise<void>> = [];
  try {
    for (const file of files) {
      const { flushed } = await writeTemporaryOverlapped(set.open(file.path), file.content);
      // Handled here so that a failed flush is not reported as unhandled while the next file is produced.
      flushed.catch(() => undefined);
      flushes.push(flushed);
    }
    for (const [i, flushed] of flushes.entries()) {
      set.current = files[i]?.path ?? set.current;
      await flushed;
    }
    set.commit(files);
  } catch (error) {
    await Promise.allSettled(flushes);
    set.abandon(error);
  }
}
