// A file the command cannot write: said in terms of what the user passed (--out, -o) and what to do about it,
// rather than as a stack trace.

export class OutputError extends Error {
  override name = "OutputError";
}

const ADVICE: Readonly<Record<string, string>> = {
  EEXIST: "a file is in the way of a folder on that path; pass --out a folder, or remove the file",
  ENOTDIR: "a file is in the way of a folder on that path; pass --out a folder, or remove the file",
  EISDIR: "that path is a folder; pass a file path, or move the folder",
  EACCES: "permission denied; choose a folder you can write to, or fix its permissions",
  EPERM: "permission denied; choose a folder you can write to, or fix its permissions",
  EROFS: "the file system is read-only; choose another folder",
  ENOSPC: "the disk is full; free some space or choose another folder",
  EDQUOT: "the disk quota is used up; free some space or choose another folder",
};

/** An OutputError for a file-system error the user can act on; anything else (a bug) is returned unchanged. */
export function outputError(error: unknown, path: string): unknown {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const advice = code ? ADVICE[code] : undefined;
  return advice ? new OutputError(`newsgraph: cannot write ${path} (${code}): ${advice}`) : error;
}
