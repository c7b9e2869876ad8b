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

describe("decodeText on UTF-16", () => {
  const utf16le = (s: string): Uint8Array => {
    const out = new Uint8Array(s.length * 2);
    for (let i = 0; i < s.length; i++) {
      out[2 * i] = s.charCodeAt(i) & 0xff;
      out[2 * i + 1] = s.charCodeAt(i) >> 8;
    }
    return out;
  };
  const swap = (bytes: Uint8Array): Uint8Array => bytes.map((_, i) => bytes[i % 2 === 0 ? i + 1 : i - 1] as number);

  it("reads UTF-16 with a byte order mark, little- or big-endian, without the mark", () => {
    const text = "Talks\n\nErdoğan met Putin in Sochi.";
    expect(decodeText(Uint8Array.from([0xff, 0xfe, ...utf16le(text)]))).toEqual({ ok: true, text, encoding: "utf-16le" });
    expect(decodeText(Uint8Array.from([0xfe, 0xff, ...swap(utf16le(text))]))).toEqual({ ok: true, text, encoding: "utf-16be" });
  });

  it("recognises UTF-16 without a byte order mark by its zero bytes", () => {
    const text = "Iran and Turkey met in Ankara on Monday.";
    expect(decodeText(utf16le(text))).toEqual({ ok: true, text, encoding: "utf-16le" });
    expect(decodeText(swap(utf16le(text)))).toEqual({ ok: true, text, encoding: "utf-16be" });
  });

  it("still refuses blank or binary UTF-16", () => {
    expect(decodeText(Uint8Array.from([0xff, 0xfe, ...utf16le(" \n ")]))).toMatchObject({ ok: false, reason: "empty" });
    expect(decodeText(Uint8Array.from([0xff, 0xfe, ...utf16le("\u0001\u0002\u0003\u0004\u0005\u0006")]))).toMatchObject({ ok: false, reason: "binary" });
  });
});
