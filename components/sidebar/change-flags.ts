/**
 * The flags a claim card shows when another outlet states the claim differently: a number
 * replaced ("Number differs"), a day or month replaced ("Date differs"), two names' roles swapped
 * ("Roles swapped"). Each names the closest kind of match that does so: a lightly edited copy
 * ('near') that changes a fact is the most telling case. Worked out once per claim (the card and
 * the filter bar's "Differs" count both ask).
 */
import type { ClaimCoverage } from '../../utils/library/types';
import { dateReplaced, numberReplaced, swappedRoles } from '../../utils/diff/index';

/** The closest kind of match carrying a change, or null when none does. */
export type ChangeKind = 'verbatim' | 'near' | 'paraphrase' | null;

/** A claim's change flags. */
export interface ChangeFlags {
  number: ChangeKind;
  date: ChangeKind;
  roles: ChangeKind;
}

const memo = new WeakMap<ClaimCoverage, ChangeFlags>();

/** The change flags of a claim's matches. */
export function changeFlags(item: ClaimCoverage): ChangeFlags {
  let flags = memo.get(item);
  if (!flags) {
    flags = {
      number: closestKind(item, numberReplaced),
      date: closestKind(item, dateReplaced),
      roles: closestKind(item, (a, b) => swappedRoles(a, b) !== null),
    };
    memo.set(item, flags);
  }
  return flags;
}

/** True when another outlet states a different number, date or roles in this claim. */
export function differsElsewhere(item: ClaimCoverage): boolean {
  const f = changeFlags(item);
  return f.number !== null || f.date !== null || f.roles !== null;
}

function closestKind(item: ClaimCoverage, changed: (a: string, b: string) => boolean): ChangeKind {
  const kinds = item.others.filter((o) => changed(item.claim.text, o.text)).map((o) => o.kind);
  return (['verbatim', 'near', 'paraphrase'] as const).find((k) => kinds.includes(k)) ?? null;
}
