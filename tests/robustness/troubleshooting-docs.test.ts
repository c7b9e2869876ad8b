// The README's "Troubleshooting inputs" section and docs/troubleshooting.md name every skip reason the loader can
// give, each with what to do about it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { SkipReason } from "../../src/model/article.ts";
import { REPO_ROOT } from "../helpers/cli.ts";

/** Every SkipReason: the Record type makes the compiler fail here when a reason is added and not documented. */
const REASONS: Record<SkipReason, true> = {
  empty: true, binary: true, unreadable: true, "too-large": true, "malformed-json": true, "unsupported-type": true,
  "no-text": true, duplicate: true,
};

describe("troubleshooting docs", () => {
  const readme = readFileSync(join(REPO_ROOT, "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## Troubleshooting inputs"), readme.indexOf("\n## ", readme.indexOf("## Troubleshooting inputs") + 3));
  const guide = readFileSync(join(REPO_ROOT, "docs", "troubleshooting.md"), "utf8");

  it("has a Troubleshooting inputs section in the README with a row per skip reason", () => {
    expect(section.length).toBeGreaterThan(100);
    for (const reason of Object.keys(REASONS)) expect(section).toMatch(new RegExp(`^\\| \`${reason}\` \\| .+ \\| .+ \\|$`, "m"));
  });

  it("gives every skip reason a heading and a 'What to do' in docs/troubleshooting.md", () => {
    for (const reason of Object.keys(REASONS)) {
      const at = guide.indexOf(`### \`${reason}\``);
      expect(at, reason).toBeGreaterThan(0);
      const next = guide.indexOf("\n### ", at + 4);
      expect(guide.slice(at, next < 0 ? undefined : next)).toContain("**What to do:**");
    }
  });
});
