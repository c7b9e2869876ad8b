// Reads a JSON Lines file a chunk at a time, so a large file is never held whole: each line is decoded (UTF-8, or
// Windows-1252 when it is not valid UTF-8) and parsed on its own, and the size limit applies to each record.
import { closeSync, openSync, readSync } from "node:fs";
import type { ParsedInput } from "./parse-input.ts";
import { decodeText } from "./decode-text.ts";
import { isSkip, jsonlLine } from "./json-records.ts";
import { utf16Encoding } from "./utf16-encoding.ts";

const CHUNK_BYTES = 1 << 20;

export function readJsonlStream(path: string, name: string, maxRecordBytes: number): ParsedInput {
  const result: ParsedInput = { articles: [], skipped: [] };
  const fd = openSync(path, "r");
  const buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let lineNumber = 0;
  const finishLine = (bytes: Buffer, length: number): void => {
    lineNumber++;
    if (length > maxRecordBytes) {
      result.skipped.push({
        source: `${name}:${lineNumber}`,
        reason: "too-large",
        message: `line ${lineNumber} is ${length} bytes, over the --max-bytes limit of ${maxRecordBytes}; split the record or raise --max-bytes`,
      });
      return;
    }
    const start = lineNumber === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    const decoded = decodeText(bytes.subarray(start));
    // Blank lines are fine; a binary line is a malformed record.
    if (!decoded.ok) {
      if (decoded.reason === "binary") result.skipped.push({ source: `${name}:${lineNumber}`, reason: "malformed-json", message: `line ${lineNumber} is binary, not JSON; delete it` });
      return;
    }
    const record = jsonlLine(name, lineNumber, decoded.text);
    if (record === null) return;
    if (isSkip(record)) result.skipped.push(record);
    else result.articles.push(record);
  };
  try {
    for (;;) {
      const read = readSync(fd, buffer, 0, CHUNK_BYTES, null);
      if (read === 0) break;
      // Lines are found by their newline byte, which UTF-16 splits across two bytes.
      if (lineNumber === 0 && pendingBytes === 0 && utf16Encoding(buffer.subarray(0, read))) {
        result.skipped.push({
          source: name,
          reason: "unreadable",
          message: "the file is UTF-16 and JSON Lines are read as UTF-8; save it as UTF-8 (for example iconv -f UTF-16 -t UTF-8)",
        });
        break;
      }
      let from = 0;
      for (let i = 0; i < read; i++) {
        if (buffer[i] !== 10) continue;
        const piece = Buffer.from(buffer.subarray(from, i));
        finishLine(pendingBytes > 0 ? Buffer.concat([...pending, piece]) : piece, pendingBytes + piece.length);
        pending = [];
        pendingBytes = 0;
        from = i + 1;
      }
      if (from < read) {
        // Past the limit the rest of the line only needs counting, not keeping.
        if (pendingBytes <= maxRecordBytes) pending.push(Buffer.from(buffer.subarray(from, read)));
        pendingBytes += read - from;
      }
    }
    if (pendingBytes > 0) finishLine(Buffer.concat(pending), pendingBytes);
  } finally {
    closeSync(fd);
  }
  return result;
}
