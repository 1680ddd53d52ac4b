/**
 * An outlet chip: the outlet's name, optionally how many statements it shares with
 * this article, the kind of match, and whether it is a syndicated copy.
 */
import type { MatchKind } from '../../utils/match/types';

/** Plain-language meaning of each match kind, for tooltips and screen readers. */
export const KIND_HELP: Record<MatchKind, string> = {
  verbatim: 'the same words',
  near: 'nearly the same words, lightly edited',
  paraphrase: 'the same statement, reworded',
};

/** Props of a chip. */
export interface OutletChipProps {
  name: string;
  count?: number;
  kind?: MatchKind;
  syndicated?: boolean;
}

/** The chip; the name is always visible text. */
export function OutletChip({ name, count, kind, syndicated }: OutletChipProps) {
  const help = [kind ? `${name}: ${KIND_HELP[kind]}` : name, syndicated ? 'syndicated copy' : '', count !== undefined ? `${count} shared statements` : '']
    .filter(Boolean)
    .join(', ');
  return (
    <span class={`chip${syndicated ? ' chip-syndicated' : ''}`} title={help} data-outlet={name}>
      <span class="chip-name">{name}</span>
      {count !== undefined && <span class="chip-count">{count}</span>}
      {kind && <span class={`kind kind-${kind}`}>{kind}</span>}
      {syndicated && <span class="chip-copy">copy</span>}
    </span>
  );
}
