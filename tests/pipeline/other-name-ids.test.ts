// Names that are not actors (ships, operations) carry ids in annotation output, shared with their codes in brackets.
import { describe, expect, it } from "vitest";
import { annotateDocument } from "../../src/pipeline/annotate-document.ts";
import { context } from "../helpers/pipeline-context.ts";

/** Each predicted span's text, type and id. */
function annotate(text: string): Array<{ text: string; type: string; entity?: string }> {
  return annotateDocument("t", text, context()).entities.map((e) => ({ text: text.slice(e.start, e.end), type: e.type, entity: e.entity }));
}

describe("other name ids", () => {
  const text = "The frigate USS Carver (DDG 81) and HMS Tern (F 44) left Portsmouth. USS Carver returned on Monday.";

  it("gives a ship's code in brackets the ship's id, without spaces inside the brackets", () => {
    const found = annotate(text);
    const carver = found.filter((e) => e.text === "USS Carver" || e.text === "DDG 81");
    expect(carver.map((e) => e.text), JSON.stringify(found)).toEqual(["USS Carver", "DDG 81", "USS Carver"]);
    expect(new Set(carver.map((e) => e.entity)).size).toBe(1);
    expect(carver[0]?.entity).toMatch(/^other:/);
  });

  it("keeps two ships apart and types a code as CODE, not as a name", () => {
    const found = annotate(text);
    const tern = found.find((e) => e.text === "HMS Tern");
    const code = found.find((e) => e.text === "F 44");
    expect(code).toMatchObject({ type: "CODE", entity: tern?.entity });
    expect(tern?.entity).not.toBe(found.find((e) => e.text === "USS Carver")?.entity);
  });

  it("reads no code from a bracketed figure without letters", () => {
    const found = annotate("The tanker USS Brook (81) left Portsmouth.");
    expect(found.filter((e) => e.type === "CODE")).toEqual([]);
  });
});
