// Finds an article's outlet and date in the header or footer lines where the article states them.
import type { Span } from "../model/article.ts";

export interface MetadataLine extends Span {
  /** What the line told us; the line itself is boilerplate. */
  field: "outlet" | "date" | "outlet+date";
}

export interface ArticleMetadata {
  outlet: string | null;
  date: string | null;
  lines: MetadataLine[];
}

const MONTHS = [
  "january", "february", "march", "april", "may", "june",
  "july", "august", "september", "october", "november", "december",
];

/** How many lines at each end of an article count as header or footer. */
const DEFAULT_EDGE_LINES = 6;
const MAX_OUTLET_WORDS = 6;

interface Line extends Span {
  text: string;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length || text.charCodeAt(i) === 10) {
      let end = i;
      if (end > start && text.charCodeAt(end - 1) === 13) end--;
      lines.push({ start, end, text: text.slice(start, end) });
      start = i + 1;
    }
  }
  return lines;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** Parses a line that is only a date (optionally with a weekday or "Published"), in common news formats. */
export function parseDateLine(line: string): string | null {
  const s = line.trim().replace(/^(published|updated|posted|date)\s*:?\s*/i, "").replace(/^[a-z]+day,?\s+/i, "");
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ][\d:.+Z-]*)?$/.exec(s);
  if (m) return isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
  // Day first, as most non-US outlets write it (11-02-2019 is 11 February).
  m = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(s);
  if (m) return isoDate(Number(m[3]), Number(m[2]), Number(m[1]));
  m = /^(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(s);
  if (m) return monthDate(m[3], m[2], m[1]);
  m = /^([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(s);
  if (m) return monthDate(m[3], m[1], m[2]);
  return null;
}

function monthDate(year: string | undefined, month: string | undefined, day: string | undefined): string | null {
  const name = (month ?? "").toLowerCase();
  const index = MONTHS.findIndex((full) => name.length >= 3 && full.startsWith(name));
  return index < 0 ? null : isoDate(Number(year), index + 1, Number(day));
}

const SOURCE_LINE = /^(?:source|sources|publisher|published by)\s*:\s*(.{2,80})$/i;
const WEBSITE_LINE = /^(.{2,40}?)['’]s website can also be accessed/i;

function outletFromSourceLine(text: string): string | null {
  const m = SOURCE_LINE.exec(text.trim());
  if (!m || !m[1]) return null;
  const first = m[1].split(/[,;|]/)[0]?.trim() ?? "";
  return first.length > 1 ? first : null;
}

/** A short Title Case line with no sentence punctuation: the shape of an outlet name. */
function looksLikeName(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || t.length > 60 || /[.:;!?“”"]$/.test(t) || /[:|]/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length > MAX_OUTLET_WORDS) return false;
  return words.every((w) => /^[A-Z0-9]/.test(w) || /^(of|the|for|and|de|al)$/.test(w));
}

export function findArticleMetadata(text: string): ArticleMetadata {
  const lines = splitLines(text).filter((l) => l.text.trim().length > 0);
  const meta: ArticleMetadata = { outlet: null, date: null, lines: [] };
  const head = lines.slice(1, 1 + DEFAULT_EDGE_LINES);
  const tail = lines.slice(Math.max(1, lines.length - DEFAULT_EDGE_LINES));
  const edges = [...head, ...tail.filter((l) => !head.includes(l))];

  for (const line of edges) {
    const outlet = outletFromSourceLine(line.text);
    if (outlet && !meta.outlet) {
      meta.outlet = outlet;
      meta.lines.push({ start: line.start, end: line.end, field: "outlet" });
    }
  }
  for (const line of edges) {
    const m = WEBSITE_LINE.exec(line.text.trim());
    if (m && m[1]) {
      meta.outlet ??= m[1].trim();
      meta.lines.push({ start: line.start, end: line.end, field: "outlet" });
    }
  }
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (!edges.includes(line)) continue;
    const date = parseDateLine(line.text);
    if (!date) continue;
    meta.date ??= date;
    meta.lines.push({ start: line.start, end: line.end, field: "date" });
    // A dateline is often followed (or preceded) by the outlet's name on its own line ("11-02-2019\nRudaw").
    // The line is furniture even when a "Source:" line already named the outlet.
    const next = lines[i + 1];
    if (next && looksLikeName(next.text) && (!meta.outlet || meta.outlet === next.text.trim())) {
      meta.outlet ??= next.text.trim();
      meta.lines.push({ start: next.start, end: next.end, field: "outlet" });
    }
  }
  if (!meta.outlet && lines.length > 3) {
    // A footer that is only a name, after the body, is the publisher's signature.
    const last = lines[lines.length - 1] as Line;
    if (looksLikeName(last.text) && last.text.trim().split(/\s+/).length >= 2) {
      meta.outlet = last.text.trim();
      meta.lines.push({ start: last.start, end: last.end, field: "outlet" });
    }
  }
  meta.lines.sort((a, b) => a.start - b.start);
  return meta;
}
