/**
 * A fact swapped between two otherwise close sentences: another name in the same place ("Norway's
 * central bank raised …" / "Sweden's central bank raised …", "…, Quispe said." / "…, Aydin said."),
 * or none of two or more figures in common. Between articles not grouped into one story, such a
 * near copy is a different event told in the same template (two earthquakes, two rate decisions);
 * one updated figure is not, since a copy the story step missed may update its toll. In any
 * context, two names swapped with no figure in common are two rows of a results table.
 */

import { isStopword } from '../text/index';
import { placeName, sameWordForm } from '../text/word-form';
import type { PreparedSentence } from './prepare';

/** A token of the sentence, and whether it is part of a name (capitalised, not the first word). */
interface Token {
  word: string;
  name: boolean;
  acronym: boolean;
  /** Punctuation stands between it and the token before ("Dunmere, Owen Taggart": two names). */
  parted: boolean;
}

/** Capitalised words that name no one: days, months, titles of address. */
const NOT_NAMES = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'mr', 'mrs', 'ms', 'dr', 'i',
]);

/**
 * The sentence's words, each marked as part of a name or not. A capitalised first word is a name
 * only when it is possessive, an acronym or followed by another capitalised word ("Norway's",
 * "NATO", "Kim Jong Un"), not "Officials" or "The".
 */
function tokens(text: string): Token[] {
  const found = [...text.matchAll(/[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*\.?/gu)];
  return found.map((m, i) => {
    const raw = m[0];
    const word = raw.toLowerCase().replace(/['’]s$/, '').replace(/\./g, '');
    const before = text.slice(Math.max(0, (m.index ?? 0) - 3), m.index ?? 0);
    const start = i === 0 || /[.!?]["”']?\s+$/.test(before) || /^["“'‘(]$/.test(before.trim());
    const capitalised = /^\p{Lu}/u.test(raw) && !NOT_NAMES.has(word);
    const acronym = /^\p{Lu}{2,}$/u.test(raw.replace(/[.&+]/g, '').replace(/['’]s$/, ''));
    const nameAtStart = !isStopword(word) && (/['’]s$/.test(raw) || acronym || /^\p{Lu}/u.test(found[i + 1]?.[0] ?? ''));
    const prev = found[i - 1];
    const parted = prev !== undefined && /[,;:()"“”]/.test(text.slice((prev.index ?? 0) + prev[0].length, m.index ?? 0));
    return { word, name: capitalised && (!start || nameAtStart), acronym, parted };
  });
}

/** The same name, spelled alike, as a form of it ("Peru" / "Peruvian") or a country's other name ("U.S." / "American"). */
export function sameName(x: string, y: string): boolean {
  return sameWordForm(x, y) || placeName(x) === placeName(y);
}

/** Consecutive name tokens, with the words around them. */
interface NameRun {
  parts: string[];
  before: string;
  after: string;
  /** One word in capitals ("CDC", "U.S."). */
  acronym: boolean;
}

/** Runs of name tokens with the words around them. */
function nameRuns(ts: Token[]): NameRun[] {
  const runs: NameRun[] = [];
  for (let i = 0; i < ts.length; i++) {
    if (!ts[i].name) continue;
    let j = i;
    while (j + 1 < ts.length && ts[j + 1].name && !ts[j + 1].parted) j++;
    const parts = ts.slice(i, j + 1).flatMap((t) => t.word.split('-'));
    runs.push({ parts, before: ts[i - 1]?.word ?? '', after: ts[j + 1]?.word ?? '', acronym: j === i && ts[i].acronym });
    i = j;
  }
  return runs;
}

/** How many names of `a` stand where `b` has another name (see module doc). */
function nameSwaps(a: string, b: string): number {
  const ra = nameRuns(tokens(a));
  const rb = nameRuns(tokens(b));
  const unmatched = (x: typeof ra, y: typeof ra) =>
    x.filter((r) => !r.parts.some((p) => y.some((s) => s.parts.some((q) => sameName(p, q)))));
  // An acronym stands for a name spelled out on the other side as often as not ("the CDC" /
  // "the Centers for Disease Control"): it is never taken for a swapped name.
  const spelled = (r: (typeof ra)[number]) => !r.acronym;
  const ua = unmatched(ra, rb).filter(spelled);
  const ub = unmatched(rb, ra).filter(spelled);
  return ua.filter((x) => ub.some((y) => (x.before !== '' && x.before === y.before) || (x.after !== '' && x.after === y.after))).length;
}

/**
 * True when two close sentences report different facts (`copyShaped`: a near copy, or sharing a
 * quotation). In any context, two names swapped while no figure is shared: rows of one results
 * table ("In Dunmere, Taggart … 8,790 votes" / "In Ardmore, Kell … 14,210 votes"); one name and
 * the figures may be the same report told from other sources ("he and Hussein hail, about 90
 * miles north" / "he and Saddam hail, about 150 kilometres north-west"). Outside the
 * query's stories (`otherStory`), a copy-shaped pair with a name swapped or every figure changed:
 * another event told in the same template.
 */
export function reportsAnotherFact(a: PreparedSentence, b: PreparedSentence, otherStory: boolean, copyShaped: boolean): boolean {
  const outside = otherStory && copyShaped;
  const figures = numbersDiffer(a, b);
  if (!outside && !figures) return false;
  const swaps = nameSwaps(a.text, b.text);
  return (figures && swaps >= 2) || (outside && (swaps > 0 || numbersAllDiffer(a, b)));
}

/** True when both sentences state numbers and none is the same (one shared figure ties them to one report). */
function numbersDiffer(a: PreparedSentence, b: PreparedSentence): boolean {
  return a.numbers.length > 0 && b.numbers.length > 0 && !a.numbers.some((n) => b.numbers.includes(n));
}

/**
 * True when both sentences state two numbers or more and share none ("magnitude 6.2 … killing at
 * least 14" / "magnitude 5.4 … at least 3"): another event's figures. A copy that updates one
 * figure ("death toll rose to 112" / "to 148") or keeps others ("magnitude 6.8 … 112" / "… 148") is not.
 */
export function numbersAllDiffer(a: PreparedSentence, b: PreparedSentence): boolean {
  return a.numbers.length >= 2 && b.numbers.length >= 2 && !a.numbers.some((n) => b.numbers.includes(n));
}
