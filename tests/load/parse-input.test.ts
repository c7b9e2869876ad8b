// parseInput: dispatch by extension, and a named reason for every input that yields no article.
import { describe, expect, it } from "vitest";
import { idFromName, parseInput } from "../../src/load/parse-input.ts";

const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);

describe("parseInput", () => {
  it("reads .txt, .md, .html, .json and .jsonl", () => {
    const body = "Officials met in Baku on Monday.";
    const cases: Array<[string, string]> = [
      ["a.txt", `Meeting in Baku\n\n${body}`],
      ["b.md", `# Meeting in Baku\n\n${body}`],
      ["c.html", `<title>Meeting in Baku</title><p>${body}</p>`],
      ["d.json", JSON.stringify({ id: "d", title: "Meeting in Baku", text: body })],
      ["e.jsonl", `${JSON.stringify({ id: "e", title: "Meeting in Baku", text: body })}\n`],
    ];
    for (const [name, content] of cases) {
      const { articles, skipped } = parseInput({ name, bytes: utf8(content) });
      expect(skipped, name).toEqual([]);
      expect(articles, name).toHaveLength(1);
      expect(articles[0]?.title, name).toBe("Meeting in Baku");
      expect(articles[0]?.text, name).toContain(body);
    }
  });

  it("decodes a Windows-1252 .txt and keeps its text unchanged otherwise", () => {
    const bytes = Uint8Array.from([...utf8("Owner of Caf"), 0xe9, ...utf8(" speaks\r\n\r\nThe owner spoke to reporters.")]);
    const [article] = parseInput({ name: "news/cafe.txt", bytes }).articles;
    expect(article?.id).toBe("news/cafe");
    expect(article?.title).toBe("Owner of Café speaks");
    expect(article?.text).toBe("Owner of Café speaks\r\n\r\nThe owner spoke to reporters.");
  });

  it("names the reason for empty, binary, unsupported and text-less inputs", () => {
    const reasons = (name: string, bytes: Uint8Array) => parseInput({ name, bytes }).skipped.map((s) => [s.source, s.reason]);
    expect(reasons("empty.txt", new Uint8Array(0))).toEqual([["empty.txt", "empty"]]);
    expect(reasons("scan.txt", utf8("%PDF-1.4\n%âãÏÓ\n"))).toEqual([["scan.txt", "binary"]]);
    expect(reasons("photo.jpg", utf8("not really a photo"))).toEqual([["photo.jpg", "unsupported-type"]]);
    expect(reasons("README", utf8("plain"))).toEqual([["README", "unsupported-type"]]);
    expect(reasons("blank.html", utf8("<html><script>alert(1)</script></html>"))).toEqual([["blank.html", "no-text"]]);
  });

  it("derives ids from names without their extension", () => {
    expect(idFromName("folder/story.v2.txt")).toBe("folder/story.v2");
    expect(idFromName("Makefile")).toBe("Makefile");
  });
});
