// 32-bit hashing for feature keys: FNV-1a over characters plus a murmur3 finaliser to combine parts.
// Hashing avoids building feature strings, which is what makes tagging fast.

export const FNV_OFFSET = 0x811c9dc5;

export function fnvStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** Lower-cases one UTF-16 code unit; the ASCII fast path keeps the common case allocation-free. */
export function lowerCode(code: number): number {
  if (code >= 65 && code <= 90) return code + 32;
  if (code < 128) return code;
  return String.fromCharCode(code).toLowerCase().charCodeAt(0);
}

// The loops below write fnvStep and the ASCII case of lowerCode out: they run for every new word, mostly before the
// engine has optimised (and inlined) anything, when each call costs more than the step itself.

export function hashString(text: string, seed = FNV_OFFSET): number {
  let hash = seed;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

export function hashLower(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 128) code = lowerCode(code);
    else if (code >= 65 && code <= 90) code += 32;
    hash = Math.imul(hash ^ code, 0x01000193);
  }
  return hash >>> 0;
}

/**
 * Key of a feature from a template id and one or two hashed values, as a signed 32-bit integer (V8 keeps those
 * unboxed); never 0, which marks an empty slot. Its two halves are featureKeyStart and featureKeyFrom: the tagger
 * computes a word's keys once per distinct word, so calling them costs nothing measurable (tagger job unchanged).
 */
export function featureKey(template: number, a: number, b: number): number {
  // featureKeyFrom(featureKeyStart(template, a), b) written out: one call instead of three until it is optimised.
  let h = Math.imul(template + 1, 0x9e3779b1) ^ a;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  if (b !== 0) {
    h = Math.imul(h, 0x27d4eb2f) ^ b;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h === 0 ? 1 : h | 0;
}

/**
 * featureKey in two halves, for keys whose first value repeats: featureKeyFrom(featureKeyStart(template, a), b)
 * equals featureKey(template, a, b). The tagger keeps the first half per word, so a word-pair key costs one mix.
 */
export function featureKeyStart(template: number, a: number): number {
  let h = Math.imul(template + 1, 0x9e3779b1) ^ a;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/** The second half of featureKey (see featureKeyStart). */
export function featureKeyFrom(start: number, b: number): number {
  let h = start;
  if (b !== 0) {
    h = Math.imul(h, 0x27d4eb2f) ^ b;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
  }
  return h === 0 ? 1 : h | 0;
}

/**
 * featureKey(templates[f], values[f], 0) for f in [0, count), written to out[k ..]; returns the new k. One mixing
 * loop for all of a word's keys: the engine compiles and inlines it once, instead of a copy of featureKey per key.
 */
export function singleKeys(templates: Int32Array, values: Int32Array, count: number, out: Int32Array, k: number): number {
  for (let f = 0; f < count; f++) {
    let h = Math.imul((templates[f] ?? 0) + 1, 0x9e3779b1) ^ (values[f] ?? 0);
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    out[k++] = h === 0 ? 1 : h;
  }
  return k;
}
