// Word shapes ("Putin" -> "Xxx" long, "Xx" short) hashed directly, without building the shape strings.
import * as hash from "./feature-hash.ts";

// Imported bindings are read through getters under the tsx and vitest module transforms; module-level copies keep
// the hot loops below free of those calls.
const { FNV_OFFSET, fnvStep } = hash;

const UPPER = 88; // "X"
const LOWER = 120; // "x"
const DIGIT = 100; // "d"

function shapeClass(code: number): number {
  if (code >= 65 && code <= 90) return UPPER;
  if (code >= 97 && code <= 122) return LOWER;
  if (code >= 48 && code <= 57) return DIGIT;
  if (code < 128) return code;
  const char = String.fromCharCode(code);
  if (char.toLowerCase() !== char) return UPPER;
  if (char.toUpperCase() !== char) return LOWER;
  return code;
}

/**
 * Writes the long shape hash (runs of one class cut to two) and the short shape hash (runs cut to one) into
 * `out[0]` and `out[1]`, and capitalisation flags into `out[2]` (bit 0 first letter upper, bit 1 has lower,
 * bit 2 has upper, bit 3 has digit).
 */
export function wordShape(word: string, out: Uint32Array): void {
  let long = FNV_OFFSET;
  let short = FNV_OFFSET;
  let previous = -1;
  let run = 0;
  let flags = 0;
  for (let i = 0; i < word.length; i++) {
    const cls = shapeClass(word.charCodeAt(i));
    if (cls === UPPER) flags |= i === 0 ? 5 : 4;
    else if (cls === LOWER) flags |= 2;
    else if (cls === DIGIT) flags |= 8;
    if (cls === previous) {
      run++;
    } else {
      run = 1;
      previous = cls;
      short = fnvStep(short, cls);
    }
    if (run <= 2) long = fnvStep(long, cls);
  }
  out[0] = long;
  out[1] = short;
  out[2] = flags;
}
