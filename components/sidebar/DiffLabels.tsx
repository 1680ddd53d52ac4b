/**
 * Text labels for what changed between two claims ("Number changed: 300 → 250", "Date
 * changed: Tuesday → Wednesday", "Roles swapped: Arsenal ↔ Chelsea", "Attribution changed", …), so
 * significant changes never rely on colour alone.
 */
import { diffSummary } from '../../utils/diff/index';
import type { DiffOp } from '../../utils/diff/types';

/** The labels of a diff, in a fixed order. */
export function diffLabels(ops: DiffOp[]): Array<{ kind: string; text: string }> {
  const s = diffSummary(ops);
  const out: Array<{ kind: string; text: string }> = [];
  for (const n of s.changedNumbers) {
    out.push({ kind: 'number', text: `Number changed: ${n.from || '(none)'} → ${n.to || '(none)'}` });
  }
  for (const d of s.changedDates) out.push({ kind: 'date', text: `Date changed: ${d.from} → ${d.to}` });
  if (s.rolesSwapped) out.push({ kind: 'roles', text: `Roles swapped: ${s.rolesSwapped.first} ↔ ${s.rolesSwapped.second}` });
  if (s.quoteChanged) out.push({ kind: 'quote', text: 'Quote worded differently' });
  if (s.attributionChanged) out.push({ kind: 'attribution', text: 'Attribution changed' });
  if (s.hedgeChanged) out.push({ kind: 'hedge', text: 'Hedging changed' });
  if (s.negationChanged) out.push({ kind: 'negation', text: 'Negation changed' });
  return out;
}

/** A list of change labels; nothing when the wording changes are minor. */
export function DiffLabels({ ops }: { ops: DiffOp[] }) {
  const labels = diffLabels(ops);
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
