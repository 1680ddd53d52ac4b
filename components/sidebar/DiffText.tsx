/**
 * One side of a word-level diff as inert text: on this article's side deletions are
 * struck through, on the other outlet's side insertions are underlined. Significant
 * changes (numbers, quotes, hedges, attribution, negation) get a highlight class
 * and a `data-mark` attribute; text labels for them come from DiffLabels.
 */
import type { DiffOp } from '../../utils/diff/types';

/** Props: the diff from this article's claim to the other claim, and which side to show. */
export interface DiffTextProps {
  ops: DiffOp[];
  side: 'a' | 'b';
}

/** Renders one side of `ops`; never as HTML. */
export function DiffText({ ops, side }: DiffTextProps) {
  const hidden = side === 'a' ? 'insert' : 'delete';
  return (
    <span class="diff-text">
      {ops.map((o, i) => {
        if (o.op === hidden) return null;
        if (o.op === 'equal' || o.trivial) return <span key={i}>{o.text}</span>;
        const marks = o.marks?.join(' ') || undefined;
        const cls = `diff-${o.op}${marks ? ' diff-marked' : ''}`;
        const title = o.op === 'delete' ? 'Not in the other outlet' : 'Only in the other outlet';
        return o.op === 'delete' ? (
          <del key={i} class={cls} data-mark={marks} title={title}>
            {o.text}
          </del>
        ) : (
          <ins key={i} class={cls} data-mark={marks} title={title}>
            {o.text}
          </ins>
        );
      })}
    </span>
  );
}
