/**
 * A speaker's phrase, for the diff's "attribution" mark (attribution.ts): the few words before a
 * reporting verb ("the finance minister", "Russian officials"), without articles, auxiliaries and
 * time words, and when two such phrases name the same speaker: "Russia's defence ministry" and
 * "the Russian defense ministry", "U.S. officials" and "United States officials" do; "the water
 * authority" and "the power authority", or "Trump" and "Trump aides", do not.
 */
import { AUXILIARIES } from './lexicon.ts';
import { placeName, sameWordForm } from '../text/word-form.ts';

/** Articles and time words: a change among them alone is no new speaker, and a speaker's phrase skips them. */
const SPEAKER_FILLER = new Set([
  'the', 'a', 'an', 'on', 'late', 'early', 'last', 'this', 'yesterday', 'today', 'tonight', 'morning',
  'afternoon', 'evening', 'night', 'week', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday',
]);
/** Words of a speaker's phrase kept: "the New York Times", "Russian officials", "his lawyer". */
export const SPEAKER_WORDS = 3;

/** True for a word that is no part of who is speaking: an auxiliary, article or time word. */
export function isFiller(w: string): boolean {
  return AUXILIARIES.has(w) || SPEAKER_FILLER.has(w);
}

/** `text` with "United States" written "US", padded to the same length (offsets are kept). */
export function withPlainCountries(text: string): string {
  return text.replace(/\bUnited States\b/gi, (m) => 'US'.padEnd(m.length));
}

/** A speaker's word as compared: without a possessive, a country by one name (after "United States" is written "US": {@link withPlainCountries}). */
function speakerWord(w: string): string {
  return placeName(w.replace(/['’]s$/, ''));
}

/** Two words of a speaker that are one: forms and spellings of one word (word-form.ts). */
const sameWord = sameWordForm;

/** The speaker's phrase: its last (or, read forwards, first) {@link SPEAKER_WORDS} words, fillers dropped. */
export function speaker(ws: readonly string[], forwards: boolean): string[] {
  const kept = ws.filter((w) => !isFiller(w)).map(speakerWord);
  return forwards ? kept.slice(0, SPEAKER_WORDS) : kept.slice(-SPEAKER_WORDS);
}

/**
 * True when one speaker's words end the other's (the head noun comes last): "Trump" and "Mr.
 * Trump", not "Trump" and "Trump aides", nor "his" and "her lawyer". An unknown (empty) speaker
 * matches only another unknown one.
 */
export function sameSpeaker(a: readonly string[], b: readonly string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length === 0) return long.length === 0;
  return short.every((w, i) => sameWord(long[long.length - short.length + i], w));
}

/** True when two speakers share their last word and one's words are all in the other ("state media" / "state news media"). */
export function sameHeadedSpeaker(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return a.length === b.length;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return sameWord(a[a.length - 1], b[b.length - 1]) && short.every((w) => long.some((x) => sameWord(x, w)));
}
