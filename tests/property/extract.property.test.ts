// Property tests of recognise (through extractArticle, with the shipped lexicon and NER model): nothing throws,
// every mention lies inside its sentence and its surface is the text at its offsets, and the output is deterministic.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractArticle } from "../../src/pipeline/extract-article.ts";
import { context } from "../helpers/pipeline-context.ts";
import { articleOf, newsText, PROPERTY_TIMEOUT_MS, RERUN_EVERY } from "./news-text.ts";
import { check, checkMentions, checkSegmentation } from "./offset-checks.ts";

export const RECOGNISE_RUNS = 2500;

describe("extractArticle: recognise (property)", () => {
  it(`keeps every mention on its text and is deterministic (${RECOGNISE_RUNS} texts)`, () => {
    const ctx = context();
    let mentions = 0;
    let runs = 0;
    fc.assert(
      fc.property(newsText, fc.boolean(), (text, clean) => {
        const article = articleOf("p", text);
        const extracted = extractArticle(article, ctx, { clean });
        checkSegmentation(extracted.segmented);
        checkMentions(extracted.segmented, extracted.recognised.mentions);
        checkMentions(extracted.segmented, extracted.recognised.others);
        for (const m of extracted.recognised.mentions) {
          check(m.article === "p" && m.id === `p#${m.start}`, () => `mention id ${m.id} is not article#start`);
        }
        mentions += extracted.recognised.mentions.length;
        if (runs++ % RERUN_EVERY !== 0) return;
        const again = extractArticle(articleOf("p", text), ctx, { clean });
        check(JSON.stringify(again) === JSON.stringify(extracted), () => "a second run gave a different result");
      }),
      { numRuns: RECOGNISE_RUNS, seed: 4242 },
    );
    // The generator must exercise recognition, not just produce text with no names in it.
    expect(mentions).toBeGreaterThan(RECOGNISE_RUNS);
  }, PROPERTY_TIMEOUT_MS);
});
