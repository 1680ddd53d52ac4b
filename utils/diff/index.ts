/**
 * Word-level diff between two claims: `wordDiff(a, b)` runs from this page's
 * claim (a) to another outlet's claim (b). Joining equal+delete texts gives a,
 * joining equal+insert texts gives b, always. Words are never split, spacing-only
 * and style-only changes are flagged `trivial`, and significant changes carry marks.
 */
export type { DiffMark, DiffOp } from './types.ts';
export { annotateDiff } from './annotate.ts';
export { diffSummary } from './summary.ts';
export { changeLabels, type ChangeLabel } from './labels.ts';
export { numberReplaced } from './number-change.ts';
export { dateReplaced } from './date-change.ts';
export { swappedRoles } from './roles.ts';
export { wordDiff } from './word-diff.ts';
export { diffSide } from './side.ts';
