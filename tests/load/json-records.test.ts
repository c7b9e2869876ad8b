// jsonRecords and jsonlRecords: one record, an array or {articles}; JSONL with a broken line keeps the good ones.
import { describe, expect, it } from "vitest";
import { jsonlRecords, jsonRecords, recordToArticle } from "../../src/load/json-records.ts";

const ONE = { id: "r1", title: "Envoy arrives", text: "The envoy arrived in Cairo.", source: "Example Wire", date: "2020-05-01T12:00:00Z", url: "https://example.org/r1" };
const TWO = { id: 7, text: "Talks resumed in Cairo on Sunday.\nBoth sides attended.", published: "3 May 2020" };

describe("jsonRecords", () => {
  it("reads a single record", () => {
    const { articles, skipped } = jsonRecords("one.json", JSON.stringify(ONE));
    expect(skipped).toEqual([]);
    expect(articles).toEqual([{ id: "r1", title: "Envoy arrives", outlet: "Example Wire", date: "2020-05-01", url: "https://example.org/r1", text: ONE.text }]);
  });

  it("reads an array and an {articles: [...]} wrapper the same way", () => {
    const fromArray = jsonRecords("list.json", JSON.stringify([ONE, TWO]));
    const fromWrapper = jsonRecords("list.json", JSON.stringify({ articles: [ONE, TWO] }));
    expect(fromArray.articles.map((a) => a.id)).toEqual(["r1", "7"]);
    expect(fromWrapper).toEqual(fromArray);
    expect(fromArray.articles[1]).toMatchObject({ title: "Talks resumed in Cairo on Sunday.", date: "2020-05-03", outlet: null });
  });

  it("skips a record without text and names its index", () => {
    const { articles, skipped } = jsonRecords("list.json", JSON.stringify([ONE, { id: "x", title: "no body" }]));
    expect(articles).toHaveLength(1);
    expect(skipped).toEqual([{ source: "list.json[1]", reason: "malformed-json", message: expect.stringMatching(/add the article body as "text"/) }]);
  });

  it("skips a file that is not JSON with a message that says what to do", () => {
    const { articles, skipped } = jsonRecords("bad.json", "{\"id\": \"r1\", ");
    expect(articles).toEqual([]);
    expect(skipped[0]).toMatchObject({ source: "bad.json", reason: "malformed-json" });
    expect(skipped[0]?.message).toMatch(/fix the file/);
  });
});

describe("jsonlRecords", () => {
  it("keeps both good records around a broken line and names the broken line's number", () => {
    const text = `${JSON.stringify(ONE)}\n{"id": "broken", "text": "cut off\n${JSON.stringify(TWO)}\n`;
    const { articles, skipped } = jsonlRecords("feed.jsonl", text);
    expect(articles.map((a) => a.id)).toEqual(["r1", "7"]);
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ source: "feed.jsonl:2", reason: "malformed-json" });
    expect(skipped[0]?.message).toMatch(/^line 2 is not valid JSON .*fix or delete that line$/);
  });

  it("handles CRLF line ends and blank lines", () => {
    const text = `${JSON.stringify(ONE)}\r\n\r\n${JSON.stringify(TWO)}\r\n`;
    const { articles, skipped } = jsonlRecords("feed.jsonl", text);
    expect(skipped).toEqual([]);
    expect(articles.map((a) => a.id)).toEqual(["r1", "7"]);
  });

  it("refuses lines that are JSON but not article objects", () => {
    const { articles, skipped } = jsonlRecords("feed.jsonl", `[1,2]\n"text"\n{"id":"e","text":"   "}\n`);
    expect(articles).toEqual([]);
    expect(skipped.map((s) => s.source)).toEqual(["feed.jsonl:1", "feed.jsonl:2", "feed.jsonl:3"]);
  });

  it("falls back to the source position as the id", () => {
    expect(recordToArticle({ text: "Body only." }, "feed.jsonl:4")).toMatchObject({ id: "feed.jsonl:4", title: "Body only." });
  });
});
