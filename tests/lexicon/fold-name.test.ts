// The normal form must make spelling variants of one name equal, and keep different names apart.
import { describe, expect, it } from "vitest";
import { compactName, foldName } from "../../src/lexicon/index.ts";

describe("foldName", () => {
  it("strips diacritics, including letters NFKD leaves alone", () => {
    expect(foldName("Mevlüt Çavuşoğlu")).toBe("mevlut cavusoglu");
    expect(foldName("Binali Yıldırım")).toBe("binali yildirim");
    expect(foldName("İbrahim Kalın")).toBe("ibrahim kalin");
  });

  it("writes every apostrophe style as one, and a doubled one as single", () => {
    expect(foldName("Hay’et")).toBe("hay'et");
    expect(foldName("Hayʼet")).toBe("hay'et");
    expect(foldName("Hay‘et")).toBe("hay'et");
    expect(foldName("Hay''et")).toBe("hay'et");
  });

  it("treats hyphens and dashes as spaces and collapses whitespace", () => {
    expect(foldName("Tahrir  al-Sham")).toBe("tahrir al sham");
    expect(foldName("al\u2011Sham")).toBe("al sham");
    expect(foldName(" Deir\u00a0ez–Zor ")).toBe("deir ez zor");
  });

  it("keeps distinct names distinct", () => {
    expect(foldName("Hayat")).not.toBe(foldName("Hay'et"));
    expect(compactName("Iran")).not.toBe(compactName("Iraq"));
  });

  it("compacts spaces and full stops for lookups", () => {
    expect(compactName("U.S.")).toBe(compactName("US"));
    expect(compactName("Al Qaeda")).toBe(compactName("al-Qaeda"));
  });
});
