// RFC 4180 fields and rows: a field with a comma, quote, CR or LF is quoted, quotes are doubled.
import { stripXmlInvalid } from "./xml-text.ts";

export function csvField(value: string): string {
  // Control characters are stripped too: neo4j-admin and spreadsheets reject or mangle them.
  const clean = stripXmlInvalid(value);
  return /[",\r\n]/.test(clean) ? `"${clean.replace(/"/g, '""')}"` : clean;
}

/** Rows end in "\n" (RFC 4180 says CRLF; neo4j-admin, spreadsheets and Unix tools accept both). */
export function csvRow(fields: readonly string[]): string {
  return `${fields.map(csvField).join(",")}\n`;
}
