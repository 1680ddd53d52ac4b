/**
 * A short summary of a marked diff for the sidebar's labels: which numbers
 * changed (from → to; a number spelled out or moved is no change), which days or months were
 * replaced by others (dates.ts), which two names trade roles (roles.ts), and whether hedges,
 * attribution, quotes or negation changed (a negation said in other words in the same place is none).
 */
import type { DiffOp } from './types.ts';
import { negationCount, withoutArticleOne, words } from './lexicon.ts';
import { replacedDates } from './dates.ts';
import { swappedRoles } from './roles.ts';
import { diffSide } from './side.ts';

/** What changed between two claims, in a form short enough for a label. */
export interface DiffSummary {
  changedNumbers: Array<{ from: string; to: string }>;
  /** Days or months replaced by others ("Tuesday" → "Wednesday"), as written. */
  changedDates: Array<{ from: string; to: string }>;
  /** Two names in each other's place ("Arsenal beat Chelsea" / "Chelsea beat Arsenal"), as this claim writes them. */
  rolesSwapped: { first: string; second: string } | null;
  hedgeChanged: boolean;
  attributionChanged: boolean;
  quoteChanged: boolean;
  negationChanged: boolean;
}

const UNIT_WORDS = 'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'.split(' ');
const TENS_WORDS = 'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ');

const NUMBER_RE = new RegExp(
  String.raw`[$€£¥]?\p{N}+(?:[.,]\p{N}+)*(?:\s?(?:%|per ?cent|percent|million|billion|trillion|bn|m)\b|%)?` +
    String.raw`|\b(?:(?:${TENS_WORDS.join('|')})(?:-(?:${UNIT_WORDS.slice(1, 10).join('|')}))?|${UNIT_WORDS.join('|')}|hundred|thousand|million|billion|dozen|half)\b`,
  'giu',
);

/** Values of the number words a wire may spell out ("nine" for 9, "thirty-five" for 35). */
const WORD_VALUES = new Map<string, string>([
  ...UNIT_WORDS.map((w, i) => [w, String(i)] as const),
  ...TENS_WORDS.flatMap((t, i) => [[t, String(20 + 10 * i)] as const, ...UNIT_WORDS.slice(1, 10).map((u, j) => [`${t}-${u}`, String(21 + 10 * i + j)] as const)]),
]);

/** A number's value for comparison: "nine" and "9", "Thirty-five" and "35", "1,200" and "1200" are one value. */
function numberValue(n: string): string {
  const lower = n.toLowerCase();
  return WORD_VALUES.get(lower) ?? lower.replace(/(?<=\p{N}),(?=\p{N}{3})/gu, '').replace(/\s+/g, ' ');
}

/** Same values in the same order. */
function sameValues(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => numberValue(x) === numberValue(b[i]));
}

/**
 * `changed` without a number that only moved: dropped in one block and added, with the same
 * value, in another ("a 60-day state of emergency" → "a state of emergency for 60 days").
 */
function withoutMoved(changed: DiffSummary['changedNumbers']): DiffSummary['changedNumbers'] {
  const dropped = changed.filter((c) => c.to === '');
  const added = changed.filter((c) => c.from === '');
  const moved = new Set<(typeof changed)[number]>();
  for (const d of dropped) {
    const a = added.find((x) => !moved.has(x) && numberValue(x.to) === numberValue(d.from));
    if (a) moved.add(a).add(d);
  }
  return changed.filter((c) => !moved.has(c));
}

/** Numbers mentioned in a text, in order, as written. */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(NUMBER_RE)].map((m) => m[0].trim());
}

/** Summarises a marked diff (output of `wordDiff`). */
export function diffSummary(ops: DiffOp[]): DiffSummary {
  const summary: DiffSummary = {
    changedNumbers: [],
    changedDates: [],
    rolesSwapped: null,
    hedgeChanged: false,
    attributionChanged: false,
    quoteChanged: false,
    negationChanged: false,
  };
  let del = '';
  let ins = '';
  // The block's whole sides and whether it carries a negation mark.
  let blockDel = '';
  let blockIns = '';
  let negated = false;
  let dated = false;
  // The unchanged text before the block, read with the one after it to tell the month "May".
  let before = '';
  const flush = (after = '') => {
    const from = withoutArticleOne(numbersIn(del), words(blockIns));
    const to = withoutArticleOne(numbersIn(ins), words(blockDel));
    if ((from.length || to.length) && !sameValues(from, to)) summary.changedNumbers.push({ from: from.join(' '), to: to.join(' ') });
    // A block negated on both sides in other words ("cannot prove" → "could not show") is no
    // change of negation; one that negates on one side only is, even if the other side negates
    // elsewhere ("did not say whether he was armed" → "said he was not armed").
    summary.negationChanged ||= negated && negationCount(blockDel) !== negationCount(blockIns);
    const dates = dated ? replacedDates(blockDel, blockIns, { before, after }) : null;
    if (dates) summary.changedDates.push(dates);
    del = ins = blockDel = blockIns = '';
    negated = dated = false;
  };
  for (const o of ops) {
    if (o.op === 'equal') {
      flush(o.text);
      before = o.text;
      continue;
    }
    const marks = o.marks ?? [];
    if (marks.includes('number')) {
      if (o.op === 'delete') del += o.text;
      else ins += o.text;
    }
    if (o.op === 'delete') blockDel += o.text;
    else blockIns += o.text;
    negated ||= marks.includes('negation');
    dated ||= marks.includes('date');
    summary.hedgeChanged ||= marks.includes('hedge');
    summary.attributionChanged ||= marks.includes('attribution');
    summary.quoteChanged ||= marks.includes('quote');
  }
  flush();
  summary.changedNumbers = withoutMoved(summary.changedNumbers);
  if (ops.some((o) => o.marks?.includes('roles'))) summary.rolesSwapped = swappedRoles(diffSide(ops, 'a'), diffSide(ops, 'b'));
  return summary;
}
