/**
 * Word-level diff between two claims: `wordDiff(a, b)` runs from this page's
 * claim (a) to another outlet's claim (b). Joining equal+delete texts gives a,
 * joining equal+insert texts gives b, always. Words are never split, spacing-only
 * and style-only changes are flagged `trivial`, and significant changes carry marks.
 */
import type { DiffOp } from './types.ts';

export type { DiffMark, DiffOp } from './types.ts';
export { annotateDiff } from './annotate.ts';
export { diffSummary } from './summary.ts';
export { numberReplaced } from './number-change.ts';
export { wordDiff } from './word-diff.ts';

/** Text of side A (`'a'`: equal+delete) or side B (`'b'`: equal+insert) of a diff. */
export function diffSide(ops: DiffOp[], side: 'a' | 'b'): string {
  const skip = side === 'a' ? 'insert' : 'delete';
  return ops
    .filter((o) => o.op !== skip)
    .map((o) => o.text)
    .join('');
}
