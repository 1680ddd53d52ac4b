/**
 * The change labels of a comparison ("Number changed: 300 → 250", "Attribution changed", …;
 * utils/diff/labels.ts) as a list, so significant changes never rely on colour alone.
 */
import { changeLabels } from '../../utils/diff/index';
import type { DiffOp } from '../../utils/diff/types';

/** A list of change labels; nothing when the wording changes are minor. */
export function DiffLabels({ ops }: { ops: DiffOp[] }) {
  const labels = changeLabels(ops);
  if (!labels.length) return null;
  return (
    <ul class="diff-labels" aria-label="Significant changes">
      {labels.map((l, i) => (
        <li key={i} class={`diff-label diff-label-${l.kind}`} data-kind={l.kind}>
          {l.text}
        </li>
      ))}
    </ul>
  );
}
