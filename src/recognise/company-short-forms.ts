// A company named once with its legal form is a company wherever the article drops the form: "Kelbex Ltd said ...
// Kelbex raised its profit". The tagger may read the bare name as a person's; only an organisation has a legal
// form, so the named form settles what the short one is.
import type { Token } from "../model/document.ts";
import type { Mention } from "../model/mention.ts";
import type { KindCue } from "./kind-cue.ts";
import { LEGAL_FORMS, ORGANISATION_HEADS } from "./organisation-cues.ts";

/** The cue a legal form gives the short forms of the name: an organisation, whatever the tagger read there. */
export const LEGAL_FORM_CUE: KindCue = {
  kind: "organization",
  coarse: "ORG",
  overrules: new Set(["PER", "LOC", "MISC"]),
  sways: new Set(["PER", "LOC", "MISC"]),
  cue: "company-head",
};

/**
 * The short forms of the organisations named with a legal form: "Kelbex" of "Kelbex Ltd", and "Arvan" of "Arvan
 * Resources Ltd", where only words that end company names stand between the first word and the form.
 */
export function companyShortForms(text: string, tokens: readonly Token[], mentions: readonly Mention[]): Set<string> {
  const out = new Set<string>();
  for (const m of mentions) {
    if (m.kind !== "organization" || m.endToken - m.firstToken < 2) continue;
    if (!LEGAL_FORMS.has((tokens[m.endToken - 1] as Token).text.toLowerCase())) continue;
    const name = tokens.slice(m.firstToken, m.endToken - 1);
    out.add(text.slice(m.start, (name[name.length - 1] as Token).end));
    if (name.length > 1 && name.slice(1).every((t) => ORGANISATION_HEADS.has(t.text.toLowerCase()))) out.add((name[0] as Token).text);
  }
  return out;
}
