/**
 * An outlet chip: the outlet's name, optionally how many statements it shares with
 * this article, the kind of match (with a question mark when it is only possible), and
 * whether it is a syndicated copy.
 */
import type { MatchKind } from '../../utils/match/types';

/** Plain-language meaning of each match kind, for tooltips and screen readers. */
export const KIND_HELP: Record<MatchKind, string> = {
  verbatim: 'the same words',
  near: 'nearly the same words, lightly edited',
  paraphrase: 'the same statement, reworded',
};

/** Meaning of a tentative paraphrase (one found only thanks to the shared story). */
export const TENTATIVE_HELP = 'possibly the same statement, reworded: only the shared story links them, so compare the wording';

/** Props of a chip. */
export interface OutletChipProps {
  name: string;
  count?: number;
  kind?: MatchKind;
  /** The match is a paraphrase found only thanks to the shared story: labelled "paraphrase?". */
  tentative?: boolean;
  syndicated?: boolean;
}

/** The chip; the name is always visible text. */
export function OutletChip({ name, count, kind, tentative = false, syndicated }: OutletChipProps) {
  const meaning = kind && (tentative ? TENTATIVE_HELP : KIND_HELP[kind]);
  const help = [meaning ? `${name}: ${meaning}` : name, syndicated ? 'syndicated copy' : '', count !== undefined ? `${count} shared statements` : '']
    .filter(Boolean)
    .join(', ');
  return (
    <span class={`chip${syndicated ? ' chip-syndicated' : ''}`} title={help} data-outlet={name}>
      <span class="chip-name">{name}</span>
      {count !== undefined && <span class="chip-count">{count}</span>}
      {kind && <span class={`kind kind-${kind}${tentative ? ' kind-tentative' : ''}`}>{tentative ? `${kind}?` : kind}</span>}
      {syndicated && <span class="chip-copy">copy</span>}
    </span>
  );
}
