// decodeText: UTF-8 when valid, Windows-1252 otherwise, BOM dropped, empty and binary input refused with a reason.
import { describe, expect, it } from "vitest";
import { decodeText } from "../../src/load/decode-text.ts";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("decodeText", () => {
  it("reads valid UTF-8 as UTF-8", () => {
    const result = decodeText(utf8("Erdoğan met Putin in Soçi 🙂"));
    expect(result).toEqual({ ok: true, text: "Erdoğan met Putin in Soçi 🙂", encoding: "utf-8" });
  });

  it("decodes invalid UTF-8 as Windows-1252", () => {
    // "Café – “quoted”" in Windows-1252: é = E9, en dash = 96, curly quotes = 93/94.
    const bytes = Uint8Array.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x93, 0x71, 0x94]);
    const result = decodeText(bytes);
    expect(result.ok && result.encoding).toBe("windows-1252");
    expect(result.ok && result.text).toBe("Café – “q”");
  });

  it("drops a UTF-8 byte order mark", () => {
    const result = decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8("Title\r\nBody")]));
    expect(result.ok && result.text).toBe("Title\r\nBody");
    expect(result.ok && result.text.charCodeAt(0)).toBe(0x54);
  });

  it("refuses empty and whitespace-only input as empty", () => {
    for (const bytes of [new Uint8Array(0), utf8(" \n\t\r\n "), Uint8Array.from([0xef, 0xbb, 0xbf])]) {
      const result = decodeText(bytes);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.reason).toBe("empty");
        expect(result.message).toMatch(/add text or remove it/);
      }
    }
  });

  it("refuses NUL bytes, PDFs and control-heavy data as binary", () => {
    const pdf = utf8("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n");
    const nul = Uint8Array.from([0x48, 0x69, 0x00, 0x21]);
    const controls = Uint8Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41));
    for (const bytes of [pdf, nul, controls]) {
      const result = decodeText(bytes);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.reason).toBe("binary");
        expect(result.message).toMatch(/convert it/);
      }
    }
  });

  it("keeps text with tabs, form feeds and CRLF as text", () => {
    const result = decodeText(utf8("Title\r\n\r\n\tBody text.\fMore text.\r\n"));
    expect(result.ok).toBe(true);
  });
});
