/**
 * A short summary of a marked diff for the sidebar's labels: which numbers
 * changed (from → to) and whether hedges, attribution, quotes or negation changed.
 */
import type { DiffOp } from './types.ts';

/** What changed between two claims, in a form short enough for a label. */
export interface DiffSummary {
  changedNumbers: Array<{ from: string; to: string }>;
  hedgeChanged: boolean;
  attributionChanged: boolean;
  quoteChanged: boolean;
  negationChanged: boolean;
}

const NUMBER_RE =
  /[$€£¥]?\p{N}+(?:[.,]\p{N}+)*(?:\s?(?:%|per ?cent|percent|million|billion|trillion|bn|m)\b|%)?|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|dozen|half)\b/giu;

/** Numbers mentioned in a text, in order, as written. */
export function numbersIn(text: string): string[] {
  return [...text.matchAll(NUMBER_RE)].map((m) => m[0].trim());
}

/** Summarises a marked diff (output of `wordDiff`). */
export function diffSummary(ops: DiffOp[]): DiffSummary {
  const summary: DiffSummary = {
    changedNumbers: [],
    hedgeChanged: false,
    attributionChanged: false,
    quoteChanged: false,
    negationChanged: false,
  };
  let del = '';
  let ins = '';
  const flush = () => {
    const from = numbersIn(del).join(' ');
    const to = numbersIn(ins).join(' ');
    if ((from || to) && from !== to) summary.changedNumbers.push({ from, to });
    del = '';
    ins = '';
  };
  for (const o of ops) {
    if (o.op === 'equal') {
      flush();
      continue;
    }
    const marks = o.marks ?? [];
    if (marks.includes('number')) {
      if (o.op === 'delete') del += o.text;
      else ins += o.text;
    }
    summary.hedgeChanged ||= marks.includes('hedge');
    summary.attributionChanged ||= marks.includes('attribution');
    summary.quoteChanged ||= marks.includes('quote');
    summary.negationChanged ||= marks.includes('negation');
  }
  flush();
  return summary;
}
