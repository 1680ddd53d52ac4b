/**
 * An outlet chip: the outlet's name, optionally how many statements it shares with
 * this article, the kind of match (with a question mark when it is only possible), and
 * whether it is a syndicated copy.
 */
import type { MatchKind } from '../../utils/match/types';
import { plural } from '../common/format';

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
  /** The chip is one item of a chip row (role="list"). */
  listItem?: boolean;
}

/**
 * What the chip's short marks mean in words ("nearly the same words, lightly edited, syndicated
 * copy, 9 shared statements"), or '' when it has none.
 */
export function chipMeaning({ count, kind, tentative = false, syndicated }: Omit<OutletChipProps, 'name'>): string {
  const meaning = kind && (tentative ? TENTATIVE_HELP : KIND_HELP[kind]);
  return [meaning, syndicated ? 'syndicated copy' : '', count !== undefined ? plural(count, 'shared statement') : ''].filter(Boolean).join(', ');
}

/**
 * The chip; the name is always visible text. The short marks (count, kind, "copy") are spelled
 * out for screen readers in hidden text, and for pointer users in the tooltip.
 */
export function OutletChip(props: OutletChipProps) {
  const { name, count, kind, tentative = false, syndicated, listItem = false } = props;
  const meaning = chipMeaning(props);
  return (
    <span class={`chip${syndicated ? ' chip-syndicated' : ''}`} role={listItem ? 'listitem' : undefined} title={meaning ? `${name}: ${meaning}` : name} data-outlet={name}>
      <span class="chip-name">{name}</span>
      {count !== undefined && <span class="chip-count" aria-hidden="true">{count}</span>}
      {kind && <span class={`kind kind-${kind}${tentative ? ' kind-tentative' : ''}`} aria-hidden="true">{tentative ? `${kind}?` : kind}</span>}
      {syndicated && <span class="chip-copy" aria-hidden="true">copy</span>}
      {meaning && <span class="sr-only">{`: ${meaning}`}</span>}
    </span>
  );
}
