/**
 * Two spellings or forms of one word, for comparing names and speakers: "Peru" / "Peruvian",
 * "Japan" / "Japanese", "Norway" / "Norwegian", "defence" / "defense", "Ukraine" / "Ukrainian".
 * They share a beginning of four letters or more and the shorter ends at most two letters after
 * it; a word carried on by two letters or more is another word unless a demonym ending follows
 * ("Roberts" / "Robertson", "Niger" / "Nigeria", "India" / "Indiana"). "Slovakia" / "Slovenia",
 * "Australian" / "Austrian" and "officers" / "officials" stay apart; "Austria" / "Australia" do not.
 * Also one country's other names ("U.S." / "American"), which share no form ({@link countryName}).
 */

/** Shortest shared beginning of two forms of one word. */
const MIN_SHARED = 4;
/** Letters the shorter word may have after the shared beginning. */
const MAX_TAIL = 2;
/** Endings that make a place's adjective or people ("Peru" → "Peruvian", "Japan" → "Japanese"). */
const DEMONYM_ENDINGS = new Set(['n', 'an', 'ian', 'vian', 'ese', 'ish', 'i', 'ic']);

/** True when `x` and `y` (lower-cased) are one word in two spellings or forms (see the module doc). */
export function sameWordForm(x: string, y: string): boolean {
  if (x === y) return true;
  const [short, long] = x.length <= y.length ? [x, y] : [y, x];
  if (long.startsWith(short) && long.length - short.length >= 2) return short.length >= MIN_SHARED && DEMONYM_ENDINGS.has(long.slice(short.length));
  let n = 0;
  while (n < short.length && short[n] === long[n]) n++;
  return n >= MIN_SHARED && short.length - n <= MAX_TAIL;
}

/** Names of one country in other words, each mapped to the first ("u.s" and "u.k" as `words` keeps them). */
const COUNTRY_ALIASES = new Map(
  [['us', 'u.s', 'usa', 'america', 'american', 'americans'], ['uk', 'u.k', 'britain', 'british']].flatMap((g) => g.map((w) => [w, g[0]] as const)),
);

/** One name for a country called several ways (lower-cased: "american" → "us"), or `word` itself. */
export function countryName(word: string): string {
  return COUNTRY_ALIASES.get(word) ?? word;
}
