// Text hygiene for XML: removes the characters XML 1.0 cannot carry at all, even escaped, and spells attribute values.

// XML 1.0 Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
// Lone surrogates are matched explicitly because a `u`-flag class sees pairs as one code point.
const XML_FORBIDDEN =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Any character XML_FORBIDDEN might remove: one class, which scans long text several times faster. */
const MAYBE_FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Removes characters that XML 1.0 forbids; escaping of `&`, `<`, quotes is left to the serializer. */
export function stripXmlInvalid(text: string): string {
  // Nearly all text has none: testing first skips the lookarounds that lone surrogates need.
  return MAYBE_FORBIDDEN.test(text) ? text.replace(XML_FORBIDDEN, "") : text;
}

/** An attribute value as XML text: numbers as JavaScript writes them (non-finite ones as 0), strings cleaned. */
export function formatXmlValue(value: string | number | boolean): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "0";
  return stripXmlInvalid(String(value));
}
