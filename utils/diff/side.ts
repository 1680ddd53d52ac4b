/** One side of a word diff, as text. */
import type { DiffOp } from './types.ts';

/** Text of side A (`'a'`: equal+delete) or side B (`'b'`: equal+insert) of a diff. */
export function diffSide(ops: readonly DiffOp[], side: 'a' | 'b'): string {
  const skip = side === 'a' ? 'insert' : 'delete';
  return ops
    .filter((o) => o.op !== skip)
    .map((o) => o.text)
    .join('');
}
