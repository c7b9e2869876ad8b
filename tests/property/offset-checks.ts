// Offset invariants shared by the property tests: every span lies inside its text and the text at a span is the
// surface recorded for it. Plain checks that throw, not `expect`, because they run millions of times per suite.
import type { Span } from "../../src/model/article.ts";
import type { SegmentedDocument } from "../../src/model/document.ts";
import type { Mention, OtherName } from "../../src/model/mention.ts";
import type { Citation } from "../../src/model/relation.ts";

export class InvariantError extends Error {
  override name = "InvariantError";
}

export function check(condition: boolean, message: () => string): void {
  if (!condition) throw new InvariantError(message());
}

export function checkSpanInside(span: Span, text: string, what: string): void {
  check(
    Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.end <= text.length && span.start < span.end,
    () => `${what} [${span.start}, ${span.end}) is not a non-empty range inside a text of length ${text.length}`,
  );
}

export function checkSegmentation(doc: SegmentedDocument): void {
  const text = doc.article.text;
  let previousEnd = 0;
  doc.tokens.forEach((token, i) => {
    checkSpanInside(token, text, `token ${i}`);
    check(text.slice(token.start, token.end) === token.text, () => `token ${i} text ${JSON.stringify(token.text)} is not the text at its offsets`);
    check(token.start >= previousEnd, () => `token ${i} overlaps the token before it`);
    check(token.text.trim().length > 0, () => `token ${i} is blank`);
    previousEnd = token.end;
    for (const skip of doc.boilerplate) check(token.end <= skip.start || token.start >= skip.end, () => `token ${i} ${JSON.stringify(token.text)} is inside boilerplate`);
  });
  let nextToken = 0;
  doc.sentences.forEach((sentence, i) => {
    check(sentence.index === i, () => `sentence ${i} has index ${sentence.index}`);
    checkSpanInside(sentence, text, `sentence ${i}`);
    // Sentences tile the token list in order, each with at least one token.
    check(sentence.firstToken === nextToken && sentence.endToken > sentence.firstToken, () => `sentence ${i} does not continue the token list`);
    nextToken = sentence.endToken;
    check(doc.tokens[sentence.firstToken]?.start === sentence.start, () => `sentence ${i} does not start at its first token`);
    check(doc.tokens[sentence.endToken - 1]?.end === sentence.end, () => `sentence ${i} does not end at its last token`);
    for (let t = sentence.firstToken; t < sentence.endToken; t++) check(doc.tokens[t]?.sentence === i, () => `token ${t} is not numbered with sentence ${i}`);
  });
  check(nextToken === doc.tokens.length, () => "tokens after the last sentence");
}

export function checkMentions(doc: SegmentedDocument, mentions: readonly (Mention | OtherName)[]): void {
  const text = doc.article.text;
  for (const m of mentions) {
    const what = `mention ${JSON.stringify(m.surface)}`;
    checkSpanInside(m, text, what);
    check(text.slice(m.start, m.end) === m.surface, () => `${what} is not the text at [${m.start}, ${m.end}): ${JSON.stringify(text.slice(m.start, m.end))}`);
    const sentence = doc.sentences[m.sentence];
    check(sentence !== undefined && m.start >= sentence.start && m.end <= sentence.end, () => `${what} is not inside its sentence ${m.sentence}`);
    if ("firstToken" in m) {
      check(doc.tokens[m.firstToken]?.start === m.start && doc.tokens[m.endToken - 1]?.end === m.end, () => `${what} does not match its tokens`);
    }
  }
}

export function checkCitation(citation: Citation, articleText: string): void {
  checkSpanInside(citation, articleText, "citation");
  check(citation.quote === articleText.slice(citation.start, citation.end), () => `citation quote ${JSON.stringify(citation.quote)} is not the text at its offsets`);
  for (const side of [citation.subject, citation.object]) {
    if (!side) continue;
    const [start, end] = side;
    checkSpanInside({ start, end }, articleText, "citation subject/object");
    check(start >= citation.start && end <= citation.end, () => `subject/object [${start}, ${end}) is outside the cited sentence`);
  }
}
