// Text hygiene for XML: removes the characters XML 1.0 cannot carry at all, even escaped.

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
// Lone surrogates are matched explicitly because a `u`-flag class sees pairs as one code point.
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters that XML 1.0 forbids; escaping of `&`, `<`, quotes is left to the serializer. */
export function stripXmlInvalid(text: string): string {
  return text.replace(XML_FORBIDDEN, "");
}
