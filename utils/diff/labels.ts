/**
 * Text labels for what changed between two claims ("Number changed: 300 → 250", "Date changed:
 * Tuesday → Wednesday", "Roles swapped: Arsenal ↔ Chelsea", "Attribution changed", …), in a fixed
 * order: the sidebar shows them under each comparison, so significant changes never rely on colour
 * alone, and the evidence export lists them with each match. The values in them are page text.
 */
import type { DiffMark, DiffOp } from './types.ts';
import { diffSummary } from './summary.ts';

/** One label: the kind of change (a diff mark's name) and its words. */
export interface ChangeLabel {
  kind: DiffMark;
  text: string;
}

/** The labels of a marked diff (output of `wordDiff`), in a fixed order. */
export function changeLabels(ops: DiffOp[]): ChangeLabel[] {
  const s = diffSummary(ops);
  const out: ChangeLabel[] = s.changedNumbers.map((n) => ({ kind: 'number', text: `Number changed: ${n.from || '(none)'} → ${n.to || '(none)'}` }));
  for (const d of s.changedDates) out.push({ kind: 'date', text: `Date changed: ${d.from} → ${d.to}` });
  if (s.rolesSwapped) out.push({ kind: 'roles', text: `Roles swapped: ${s.rolesSwapped.first} ↔ ${s.rolesSwapped.second}` });
  if (s.quoteChanged) out.push({ kind: 'quote', text: 'Quote worded differently' });
  if (s.attributionChanged) out.push({ kind: 'attribution', text: 'Attribution changed' });
  if (s.hedgeChanged) out.push({ kind: 'hedge', text: 'Hedging changed' });
  if (s.negationChanged) out.push({ kind: 'negation', text: 'Negation changed' });
  return out;
}
