// The files a drop holds, folders included: a dropped folder is walked (through the browser's File and Directory
// Entries API) the way the command line walks one, in sorted order, hidden files left out, each file named by its
// path inside the folder so that articles keep the ids the command line would give them.

export interface NamedFile {
  file: File;
  /** The path inside the dropped folder ("gaza/report.txt"), or the file's own name. */
  name: string;
}

/** The part of FileSystemEntry the walk reads (kept minimal so tests can hand in plain objects). */
export interface DropEntry {
  readonly isFile: boolean;
  readonly isDirectory: boolean;
  readonly name: string;
  readonly fullPath: string;
}
interface FileDropEntry extends DropEntry {
  file(ok: (file: File) => void, fail: (error: unknown) => void): void;
}
interface FolderDropEntry extends DropEntry {
  createReader(): { readEntries(ok: (entries: DropEntry[]) => void, fail: (error: unknown) => void): void };
}

export class DroppedFolderError extends Error {
  override name = "DroppedFolderError";
}

/** The entries of a drop, taken while the drop event runs: the browser empties its DataTransfer afterwards. */
export function entriesOf(transfer: DataTransfer | null): { entries: DropEntry[]; files: File[] } {
  const entries: DropEntry[] = [];
  for (const item of [...(transfer?.items ?? [])]) {
    const entry = item.kind === "file" && typeof item.webkitGetAsEntry === "function" ? item.webkitGetAsEntry() : null;
    if (entry) entries.push(entry);
  }
  return { entries, files: [...(transfer?.files ?? [])] };
}

/** Every file under the entries, in sorted path order; without entries (an older browser), the plain files. */
export async function filesOfEntries(entries: readonly DropEntry[], files: readonly File[]): Promise<NamedFile[]> {
  if (entries.length === 0) return files.map((file) => ({ file, name: file.name }));
  const out: NamedFile[] = [];
  for (const entry of [...entries].sort(byName)) await walk(entry, "", out);
  return out;
}

function byName(a: DropEntry, b: DropEntry): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

async function walk(entry: DropEntry, prefix: string, out: NamedFile[]): Promise<void> {
  const name = `${prefix}${entry.name}`;
  if (entry.isFile) {
    out.push({ file: await fileOf(entry as FileDropEntry), name });
    return;
  }
  if (!entry.isDirectory) return;
  const children = (await readAll(entry as FolderDropEntry)).filter((c) => !c.name.startsWith(".")).sort(byName);
  for (const child of children) await walk(child, `${name}/`, out);
}

function fileOf(entry: FileDropEntry): Promise<File> {
  return new Promise((ok, fail) =>
    entry.file(ok, (error) => fail(new DroppedFolderError(`Cannot read ${entry.fullPath} (${String(error)}); drop the files themselves instead.`))),
  );
}

/** A directory reader hands out its entries in batches (100 at a time in Chrome) until it returns none. */
async function readAll(entry: FolderDropEntry): Promise<DropEntry[]> {
  const reader = entry.createReader();
  const all: DropEntry[] = [];
  for (;;) {
    const batch = await new Promise<DropEntry[]>((ok, fail) =>
      reader.readEntries(ok, (error) => fail(new DroppedFolderError(`Cannot list the folder ${entry.fullPath} (${String(error)}); drop its files instead.`))),
    );
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}
