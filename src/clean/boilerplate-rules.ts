// Line shapes that are page furniture rather than reporting: captions, comment policies, bylines, share widgets.
// Data, not code, so a new outlet's furniture is one more entry.

export interface BoilerplateRule {
  name: string;
  test: (line: string) => boolean;
}

const has = (re: RegExp) => (line: string) => re.test(line);

/** A photo credit at the end of a caption: "[File: Name/Reuters]", "(AFP photo)", "(Via AFP)". */
const CAPTION_CREDIT = /(\[(?:file:|photo:|image:)?[^\]\n]{0,80}\/[^\]\n]{0,60}\]|\[(?:file|photo|image|reuters|afp|ap|getty)[^\]\n]{0,80}\]|\((?:via |photo:? ?)?(?:afp|ap|reuters|getty images|epa|anadolu|file)(?: photo)?\))\s*$/i;

export const DEFAULT_BOILERPLATE_RULES: readonly BoilerplateRule[] = [
  { name: "caption", test: has(CAPTION_CREDIT) },
  { name: "caption", test: has(/^(?:this|the) (?:handout )?(?:picture|photo|image|file photo)\b.{0,300}\b(?:shows|released|taken)\b/i) },
  { name: "caption", test: has(/^(?:photo|image|picture|credit|file photo)\s*:/i) },
  { name: "comment-policy", test: has(/\bcomments?\b.{0,120}\b(?:moderates?|moderated|community guidelines|are not edited|submitted on our)\b/i) },
  { name: "comment-policy", test: has(/^(?:we welcome comments|comments that do not meet)/i) },
  { name: "comment-policy", test: has(/^(?:post a comment|leave a comment|add a comment|comments|required|\d+ comments?)\s*$/i) },
  { name: "comment-policy", test: has(/^(?:we will not tolerate|to be approved for publication)/i) },
  { name: "share", test: has(/^(?:share|tweet|email|print|follow us|subscribe|read more|related|advertisement)\b.{0,40}$/i) },
  { name: "share", test: has(/^a\+\s*a-$/i) },
  { name: "share", test: has(/website can also be accessed|\bnews roku\b/i) },
  { name: "tags", test: has(/^(?:tags|keywords|topics|filed under)\s*:/i) },
  // The lead word is matched in either case but the name must be capitalised, so "by Monday talks" is not a byline.
  { name: "byline", test: has(/^(?:[Bb]y|BY|[Ww]ritten by|[Rr]eporting by|[Ee]diting by)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*$/) },
  { name: "byline", test: has(/^latest posts by\b/i) },
  { name: "breadcrumb", test: has(/^\s*[^.!?/>|»\s][^.!?/>|»]{0,40}(?:[/>|»]\s*[^.!?/>|»\s][^.!?/>|»]{0,40}){2,}$/) },
];
