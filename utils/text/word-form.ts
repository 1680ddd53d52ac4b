/**
 * Two spellings or forms of one word, for comparing names and speakers: "Peru" / "Peruvian",
 * "Japan" / "Japanese", "Norway" / "Norwegian", "defence" / "defense", "Ukraine" / "Ukrainian".
 * They share a beginning of four letters or more, the shorter ends at most two letters after it,
 * and the longer at most two letters after it or with a place's adjective ending ("Norw|ay" /
 * "Norw|eg-ian"). A word carried on by two letters or more is another word unless a demonym
 * ending follows ("Roberts" / "Robertson", "Niger" / "Nigeria", "India" / "Indiana"); so are
 * "Slovakia" / "Slovenia", "Austria" / "Australia", "Johnson" / "Johnston" and "officers" /
 * "officials". Also one place's other names ("U.S." / "American", "Kyiv" / "Kiev"), which share
 * no form ({@link placeName}).
 */

/** Shortest shared beginning of two forms of one word. */
const MIN_SHARED = 4;
/** Letters the shorter word may have after the shared beginning. */
const MAX_TAIL = 2;
/** Endings that make a place's adjective or people ("Peru" → "Peruvian", "Japan" → "Japanese"). */
const DEMONYM_ENDINGS = new Set(['n', 'an', 'ian', 'vian', 'ese', 'ish', 'i', 'ic']);
/** Adjective endings after a stem that changed ("Ukrain|e" → "Ukrain|ian", "Swed|en" → "Swed|ish"). */
const CHANGED_STEM_ENDINGS = ['an', 'ian', 'ese', 'ish', 'ic'];

/** True when `x` and `y` (lower-cased) are one word in two spellings or forms (see the module doc). */
export function sameWordForm(x: string, y: string): boolean {
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (long.startsWith(short) && long.length - short.length >= 2) return short.length >= MIN_SHARED && DEMONYM_ENDINGS.has(long.slice(short.length));
  let n = 0;
  while (n < short.length && short[n] === long[n]) n++;
  if (n < MIN_SHARED || short.length - n > MAX_TAIL) return false;
  const tail = long.slice(n);
  if (tail.length <= MAX_TAIL || (short.slice(n) === 'y' && tail === 'ies')) return true;
  return CHANGED_STEM_ENDINGS.some((e) => tail.endsWith(e) && tail.length - e.length <= MAX_TAIL);
}

/** Names of one place in other words, each mapped to the first ("u.s" and "u.k" as `words` keeps them). */
const PLACE_ALIASES = new Map(
  [
    ['us', 'u.s', 'usa', 'america', 'american', 'americans'], ['uk', 'u.k', 'britain', 'british'],
    ['kyiv', 'kiev'], ['kharkiv', 'kharkov'], ['myanmar', 'burma', 'burmese'], ['turkey', 'türkiye', 'turkiye'],
  ].flatMap((g) => g.map((w) => [w, g[0]] as const)),
);

/** One name for a place called several ways (lower-cased: "american" → "us", "kiev" → "kyiv"), or `word` itself. */
export function placeName(word: string): string {
  return PLACE_ALIASES.get(word) ?? word;
}
