/**
 * Roles swapped between two names: "Arsenal beat Chelsea" / "Chelsea beat Arsenal", "Russia
 * accused Ukraine …" / "Ukraine accused Russia …". The same two names stand in the other order
 * around the very same words (the verb that gives them their roles), so each sentence says the
 * opposite of the other, though a word diff shows only two names moved. Not a swap:
 * - names joined by function words only ("Smith and Jones" / "Jones and Smith");
 * - a passive agent ("Dupont was arrested by police in Paris": "by" turns the order back);
 * - a symmetric verb ("Kim met Lee" / "Lee met Kim", "Arsenal drew with Chelsea");
 * - other words between the names: a rewording ("Arsenal beat Chelsea" / "Chelsea lost to
 *   Arsenal", "the Brackwell firm of Norland" / "the Norland firm Brackwell").
 */
import { isStopword } from '../text/stopwords.ts';
import { stem } from '../text/stem.ts';
import { calendarNames } from '../text/calendar.ts';

/** A name (a run of capitalised words) where it stands in the sentence's words. */
interface Name {
  key: string;
  text: string;
  /** Index of its first and last word among the sentence's words. */
  first: number;
  last: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;
/** Verbs whose two sides may trade places without changing what is said. */
const SYMMETRIC = new Set(
  'meet met meets meeting talk talks talked spoke speak merge merged clash clashed married marry play played draw drew tied face faced fought fight debate debated negotiate negotiated versus vs'
    .split(' ').map(stem),
);

/** The sentence's words, and its names: runs of capitalised words, days and months left out. */
function read(text: string): { words: string[]; names: Name[] } {
  const found = [...text.matchAll(WORD)];
  const calendar = new Set(calendarNames(text).map((n) => n.at));
  const words = found.map((m) => m[0].toLowerCase());
  const names: Name[] = [];
  found.forEach((m, i) => {
    const isName = /^\p{Lu}/u.test(m[0]) && !calendar.has(m.index!) && !(i === 0 && isStopword(words[0]));
    if (!isName) return;
    const prev = names[names.length - 1];
    if (prev && prev.last === i - 1 && !/[,;:()"“”]/.test(text.slice(found[i - 1].index! + found[i - 1][0].length, m.index!))) {
      prev.last = i;
      prev.key += ` ${words[i]}`;
      prev.text = text.slice(found[prev.first].index!, m.index! + m[0].length);
    } else names.push({ key: words[i], text: m[0], first: i, last: i });
  });
  return { words, names };
}

/**
 * The words strictly between two names, when they could give the names their roles: some content
 * word, no passive "by", and not only symmetric verbs; else null.
 */
function between(words: readonly string[], x: Name, y: Name): string | null {
  const [from, to] = x.first < y.first ? [x.last + 1, y.first] : [y.last + 1, x.first];
  const span = words.slice(from, to);
  const content = span.filter((w) => !isStopword(w) && !/^\p{N}/u.test(w));
  if (span.includes('by') || content.length === 0 || content.every((w) => SYMMETRIC.has(stem(w)))) return null;
  return span.join(' ');
}

/** The two names whose roles `b` swaps against `a` (as `a` writes them, in its order), or null. */
export function swappedRoles(a: string, b: string): { first: string; second: string } | null {
  const ra = read(a);
  const rb = read(b);
  const once = (names: Name[], key: string) => names.filter((n) => n.key === key);
  const shared = ra.names.filter((n) => once(ra.names, n.key).length === 1 && once(rb.names, n.key).length === 1);
  for (let i = 0; i < shared.length; i++) {
    for (let j = i + 1; j < shared.length; j++) {
      const [x, y] = [shared[i], shared[j]];
      const [bx, by] = [once(rb.names, x.key)[0], once(rb.names, y.key)[0]];
      if (bx.first < by.first) continue;
      const inA = between(ra.words, x, y);
      const inB = between(rb.words, bx, by);
      if (inA !== null && inA === inB) return { first: x.text, second: y.text };
    }
  }
  return null;
}
