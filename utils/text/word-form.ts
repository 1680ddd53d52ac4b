/**
 * Two spellings or forms of one word, for comparing names and speakers: "Peru" / "Peruvian",
 * "Norway" / "Norwegian", "defence" / "defense", "Ukraine" / "Ukrainian". They share a beginning
 * of four letters or more, and the shorter ends at most two letters after it, so "Slovakia" /
 * "Slovenia", "Australian" / "Austrian" and "officers" / "officials" stay apart.
 */

/** Shortest shared beginning of two forms of one word. */
const MIN_SHARED = 4;
/** Letters the shorter word may have after the shared beginning. */
const MAX_TAIL = 2;

/** True when `x` and `y` (lower-cased) are one word in two spellings or forms (see the module doc). */
export function sameWordForm(x: string, y: string): boolean {
  if (x === y) return true;
  let n = 0;
  while (n < x.length && n < y.length && x[n] === y[n]) n++;
  return n >= MIN_SHARED && Math.min(x.length, y.length) - n <= MAX_TAIL;
}
