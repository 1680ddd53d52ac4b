/**
 * One claim in article order: its text (click to show it in the page), the outlets
 * that also reported it with the kind of match, and an expandable side-by-side view.
 */
import { useMemo, useState } from 'preact/hooks';
import type { ClaimCoverage } from '../../utils/library/types';
import { dateReplaced, numberReplaced, swappedRoles } from '../../utils/diff/index';
import { OutletChip } from './OutletChip';
import { SideBySide } from './SideBySide';
import { outletsOf } from './summary';

/** What pressing a claim's text does: its tooltip and (through {@link SHOW_IN_PAGE_ID}) its accessible description. */
export const SHOW_IN_PAGE = 'Show this statement in the page';

/** Id of the one hidden element, rendered by ClaimList, that describes every claim's button. */
export const SHOW_IN_PAGE_ID = 'claim-action';

/** Props of a claim card. */
export interface ClaimCardProps {
  item: ClaimCoverage;
  thisOutlet: string;
  /** The article's language (BCP 47), marked on the statement for screen readers. */
  lang?: string | null;
  onShowInPage(claimIndex: number): void;
  initiallyExpanded?: boolean;
}

/**
 * The closest kind of match that states a different number in this claim (a number
 * replaced by another, not merely added or dropped), or null.
 * A lightly edited copy ('near') that changes a number is the most telling case.
 */
export function numberChangeKind(item: ClaimCoverage): 'verbatim' | 'near' | 'paraphrase' | null {
  return closestKind(item, numberReplaced);
}

/** The closest kind of match that names another day or month than this claim ("Tuesday" → "Wednesday"), or null. */
export function dateChangeKind(item: ClaimCoverage): 'verbatim' | 'near' | 'paraphrase' | null {
  return closestKind(item, dateReplaced);
}

/** The closest kind of match that swaps two names' roles against this claim ("Arsenal beat Chelsea" / "Chelsea beat Arsenal"), or null. */
export function rolesChangeKind(item: ClaimCoverage): 'verbatim' | 'near' | 'paraphrase' | null {
  return closestKind(item, (a, b) => swappedRoles(a, b) !== null);
}

function closestKind(item: ClaimCoverage, changed: (a: string, b: string) => boolean): 'verbatim' | 'near' | 'paraphrase' | null {
  const kinds = item.others.filter((o) => changed(item.claim.text, o.text)).map((o) => o.kind);
  return (['verbatim', 'near', 'paraphrase'] as const).find((k) => kinds.includes(k)) ?? null;
}

/** The card. */
export function ClaimCard({ item, thisOutlet, lang, onShowInPage, initiallyExpanded = false }: ClaimCardProps) {
  const [open, setOpen] = useState(initiallyExpanded);
  // Worked out once per claim, not again whenever the list re-renders (a page appended, a filter chosen).
  const outlets = useMemo(() => outletsOf(item), [item]);
  const numberKind = useMemo(() => numberChangeKind(item), [item]);
  const numberChanged = numberKind !== null;
  const dateKind = useMemo(() => dateChangeKind(item), [item]);
  const rolesKind = useMemo(() => rolesChangeKind(item), [item]);
  const panelId = `claim-${item.claim.id}-compare`;
  return (
    <li
      class={`claim${outlets.length ? ' claim-corroborated' : ' claim-unique'}`}
      data-claim-index={item.claim.index}
      data-corroborated={outlets.length > 0 ? 'true' : 'false'}
      data-number-changed={numberKind ?? undefined}
      data-date-changed={dateKind ?? undefined}
      data-roles-swapped={rolesKind ?? undefined}
    >
      <button type="button" class="claim-text" onClick={() => onShowInPage(item.claim.index)} title={SHOW_IN_PAGE} aria-describedby={SHOW_IN_PAGE_ID}>
        <span lang={lang ?? undefined}>{item.claim.text}</span>
      </button>
      <div class="claim-meta">
        {outlets.length ? (
          <span class="claim-outlets" role="list" aria-label="Also reported by">
            {outlets.map((o) => (
              <OutletChip key={o.outletId} name={o.outlet} kind={o.kind} tentative={o.tentative} syndicated={o.syndicated} listItem />
            ))}
          </span>
        ) : (
          <span class="only-this">Only {thisOutlet}</span>
        )}
        {numberChanged && <span class="flag flag-number">Number differs</span>}
        {dateKind !== null && <span class="flag flag-date">Date differs</span>}
        {rolesKind !== null && <span class="flag flag-roles">Roles swapped</span>}
      </div>
      {outlets.length > 0 && (
        <button type="button" class="expand" aria-expanded={open} aria-controls={panelId} onClick={() => setOpen(!open)}>
          {open ? 'Hide comparison' : `Compare wording (${item.others.length})`}
        </button>
      )}
      {open && (
        <div id={panelId} class="claim-compare">
          <SideBySide thisOutlet={thisOutlet} claimText={item.claim.text} lang={lang} others={item.others} />
        </div>
      )}
    </li>
  );
}
