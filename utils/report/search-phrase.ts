/**
 * A search phrase to find other outlets' coverage of a story: the headline's and lead's most
 * distinctive words (rare terms, names, numbers) rather than the first words of the first
 * statement, which are often generic ("On Tuesday, officials said…") or, on pages that are not
 * news, a table row. Runs locally; the reader copies the phrase into a search engine themselves.
 */
import { isStopword, stem, termWeight } from '../text/index';

/** Words kept in a phrase: enough to pin a story down, few enough for a search box. */
export const SEARCH_PHRASE_WORDS = 8;
/** Words more common than this (term weight below it: "said", "weeks") are left out when others remain. */
const COMMON_BELOW = 0.25;
/** Capitalised words count as names only when rarer than this (not "Tuesday", "March"). */
const NAME_FROM = 0.5;

const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}.'’-]*[\p{L}\p{N}])?/gu;

interface Candidate {
  word: string;
  order: number;
  /** The word's term weight (rarity), before the headline and name bonuses. */
  weight: number;
  score: number;
}

/** Scored words of `text`; `bonus` favours the headline, capitalised words inside a sentence count as names. */
function candidates(text: string, bonus: number, start: number): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  for (const m of text.matchAll(WORD)) {
    const word = m[0].replace(/['’]s$/u, '');
    const lower = word.toLowerCase();
    const first = i++ === 0;
    if ((lower.length < 2 && !/\d/u.test(lower)) || isStopword(lower)) continue;
    const weight = termWeight(lower);
    const name = !first && /^\p{Lu}/u.test(word) && weight >= NAME_FROM;
    out.push({ word, order: start + out.length, weight, score: weight + (name ? 0.3 : 0) + bonus });
  }
  return out;
}

/**
 * The phrase for an article's `title` and its statements `claims` (the lead first): up to
 * {@link SEARCH_PHRASE_WORDS} distinct distinctive words in reading order, or the first words of the
 * lead when nothing distinctive is found.
 */
export function searchPhrase(title: string, claims: readonly string[], max = SEARCH_PHRASE_WORDS): string {
  const lead = claims[0] ?? '';
  const all = [...candidates(title, 0.3, 0), ...candidates(lead, 0, 10_000)];
  const best = new Map<string, Candidate>();
  for (const c of all) {
    const key = stem(c.word.toLowerCase());
    const seen = best.get(key);
    if (!seen) best.set(key, c);
    else if (c.score > seen.score) seen.score = c.score;
  }
  const distinct = [...best.values()];
  const rare = distinct.filter((c) => c.weight >= COMMON_BELOW);
  const pool = rare.length >= 3 ? rare : distinct;
  const chosen = pool.sort((a, b) => b.score - a.score || a.order - b.order).slice(0, max);
  if (chosen.length === 0) return lead.replace(/["“”‘’]/g, '').replace(/\s+/g, ' ').trim().split(' ').slice(0, 12).join(' ');
  return chosen.sort((a, b) => a.order - b.order).map((c) => c.word).join(' ');
}
