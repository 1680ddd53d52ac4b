/**
 * The word diff itself (re-exported by index.ts): tokens aligned, cleaned up so words are never
 * split, then annotated with marks (numbers, quotes, hedges, attribution, negation).
 */
import { alignTokens } from './align.ts';
import { annotateDiff } from './annotate.ts';
import { cleanupDiff } from './cleanup.ts';
import { tokenize } from './tokens.ts';
import type { DiffOp } from './types.ts';

/** Diffs claim `a` (this page) against claim `b` (the other outlet); output carries marks. */
export function wordDiff(a: string, b: string): DiffOp[] {
  if (a === b) return a ? [{ op: 'equal', text: a }] : [];
  return annotateDiff(cleanupDiff(alignTokens(tokenize(a), tokenize(b))));
}
