// Writes a folder of messy inputs, as real article folders are: empty, binary, Windows-1252, hostile HTML, a
// broken JSONL line, a nested folder and a 20 MB article. Written at run time so no binary fixture is committed.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { seededRandom } from "../../src/shared/seeded-random.ts";

/** Seeded "random" bytes: the same on every run. */
export function seededBytes(seed: number, length: number): Uint8Array {
  const random = seededRandom(seed);
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = Math.floor(random() * 256);
  return out;
}

/** Latin-1 range text as Windows-1252 bytes: one byte per character, as an old Windows editor saves it. */
function windows1252(text: string): Uint8Array {
  return Uint8Array.from(text, (ch) => {
    const code = ch.charCodeAt(0);
    if (code > 0xff) throw new Error(`not in the Latin-1 range: ${ch}`);
    return code;
  });
}

export const CAFE_ARTICLE = [
  "Diplomats meet at the Café Europa in Vienna",
  "",
  "Diplomats from Austria and Hungary met at the Café Europa in Vienna on Thursday to discuss border controls.",
  "",
  "The Austrian foreign minister said the talks had been useful and would continue next month.",
  "",
].join("\r\n");

export const HTML_ARTICLE = `<!DOCTYPE html>
<html><head><title>Leaders meet in Sochi</title>
<script>alert(1)</script>
<style>body { color: red }</style>
</head><body>
<article>
<h1>Leaders meet in Sochi</h1>
<p>Vladimir Putin hosted Recep Tayyip Erdogan in Sochi on Tuesday for talks on northern Syria.</p>
<img src=x onerror="alert(1)">
<p onclick="alert(2)">The two leaders agreed to extend the ceasefire in Idlib.</p>
<a href="javascript:alert(3)">Read more</a>
</article>
</body></html>`;

export const JSONL_GOOD = [
  { id: "feed-first", title: "Merkel visits Paris", text: "Angela Merkel met Emmanuel Macron in Paris on Friday to discuss the budget.", source: "Example Wire" },
  { id: "feed-second", title: "Trump calls Xi", text: "Donald Trump spoke with Xi Jinping by telephone on Monday about trade.", source: "Example Wire" },
] as const;

export const NESTED_ARTICLE = "# Envoy meets officials in Geneva\n\nThe United Nations envoy met Iranian officials in Geneva on Friday.\n";

export const BIG_SENTENCE = "Vladimir Putin met Recep Tayyip Erdogan in Ankara. ";
export const BIG_BYTES = 20 * 1024 * 1024;

export interface BadInputFolder {
  root: string;
  /** Article ids the graph must hold. */
  goodIds: string[];
  /** Sources (as the CLI names them) and the skip reason each must get. */
  bad: Array<{ source: string; reason: string }>;
}

export function writeBadInputFolder(root: string, options: { bigBytes?: number } = {}): BadInputFolder {
  mkdirSync(join(root, "nested", "deeper"), { recursive: true });
  writeFileSync(join(root, "empty.txt"), "");
  writeFileSync(join(root, "random.txt"), seededBytes(7, 4096));
  writeFileSync(join(root, "cafe-1252.txt"), windows1252(CAFE_ARTICLE));
  writeFileSync(join(root, "hostile.html"), HTML_ARTICLE);
  const [first, second] = JSONL_GOOD;
  writeFileSync(join(root, "feed.jsonl"), `${JSON.stringify(first)}\n{"id": "feed-broken", "text": "the line was cut off\n${JSON.stringify(second)}\n`);
  writeFileSync(join(root, "nested", "deeper", "envoy.md"), NESTED_ARTICLE);
  const bigBytes = options.bigBytes ?? BIG_BYTES;
  const repeats = Math.ceil(bigBytes / BIG_SENTENCE.length);
  writeFileSync(join(root, "big-article.txt"), `Putin and Erdogan meet again\n\n${BIG_SENTENCE.repeat(repeats)}`);
  return {
    root,
    goodIds: ["big-article", "cafe-1252", "feed-first", "feed-second", "hostile", "nested/deeper/envoy"],
    bad: [
      { source: join(root, "empty.txt"), reason: "empty" },
      { source: join(root, "random.txt"), reason: "binary" },
      { source: `${join(root, "feed.jsonl")}:2`, reason: "malformed-json" },
    ],
  };
}
