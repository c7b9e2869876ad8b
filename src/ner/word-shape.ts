// Word shapes ("Putin" -> "Xxx" long, "Xx" short) hashed directly, without building the shape strings.
import * as hash from "./feature-hash.ts";

// Imported bindings are read through getters under the tsx and vitest module transforms; module-level copies keep
// the hot loops below free of those calls.
const { FNV_OFFSET } = hash;

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
  // shapeClass and fnvStep written out for ASCII: this runs for every new word, mostly before the engine has
  // optimised (and inlined) anything, when each call costs more than the work it does.
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    let cls = code;
    if (code >= 128) cls = shapeClass(code);
    else if (code >= 97 && code <= 122) cls = LOWER;
    else if (code >= 65 && code <= 90) cls = UPPER;
    else if (code >= 48 && code <= 57) cls = DIGIT;
    if (cls === UPPER) flags |= i === 0 ? 5 : 4;
    else if (cls === LOWER) flags |= 2;
    else if (cls === DIGIT) flags |= 8;
    if (cls === previous) {
      run++;
    } else {
      run = 1;
      previous = cls;
      short = Math.imul(short ^ cls, 0x01000193);
    }
    if (run <= 2) long = Math.imul(long ^ cls, 0x01000193);
  }
  out[0] = long >>> 0;
  out[1] = short >>> 0;
  out[2] = flags;
}
