/**
 * One side of a word-level diff as inert text: on this article's side deletions are
 * struck through, on the other outlet's side insertions are underlined. Significant
 * changes (numbers, dates, quotes, hedges, attribution, negation) get a highlight class
 * and a `data-mark` attribute; text labels for them come from DiffLabels. Screen readers
 * hear where each change starts and ends ("only in The Herald: 250 end") from hidden
 * text, since most of them ignore the roles of <del> and <ins>; the visible text is
 * exactly this side's words (`.sr-only` excluded).
 */
import type { DiffOp } from '../../utils/diff/types';

/** Props: the diff from this article's claim to the other claim, and which side to show. */
export interface DiffTextProps {
  ops: DiffOp[];
  side: 'a' | 'b';
  /** Where the marked words are found only, read before them: "only on this page", "only in The Herald", "added". */
  only?: string;
}

/** Renders one side of `ops`; never as HTML. */
export function DiffText({ ops, side, only = 'only here' }: DiffTextProps) {
  const hidden = side === 'a' ? 'insert' : 'delete';
  const title = only.charAt(0).toUpperCase() + only.slice(1);
  return (
    <span class="diff-text">
      {ops.map((o, i) => {
        if (o.op === hidden) return null;
        if (o.op === 'equal' || o.trivial) return <span key={i}>{o.text}</span>;
        const marks = o.marks?.join(' ') || undefined;
        const Tag = o.op === 'delete' ? 'del' : 'ins';
        return (
          <Tag key={i} class={`diff-${o.op}${marks ? ' diff-marked' : ''}`} data-mark={marks} title={title}>
            <span class="sr-only" lang="en">{`${only}: `}</span>
            {o.text}
            <span class="sr-only" lang="en"> end</span>
          </Tag>
        );
      })}
    </span>
  );
}
