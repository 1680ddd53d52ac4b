/**
 * One claim in article order: its text (click to show it in the page), above it the attribution a
 * quotation continues when the claim names no speaker, the outlets that also reported it with the
 * kind of match, and an expandable side-by-side view.
 */
import { useMemo, useState } from 'preact/hooks';
import type { ClaimCoverage } from '../../utils/library/types';
import { changeFlags } from './change-flags';
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
  /** The attribution this claim's quotation continues ("the minister said"), when it names no speaker itself. */
  continues?: string | null;
}

/** The card. */
export function ClaimCard({ item, thisOutlet, lang, onShowInPage, initiallyExpanded = false, continues = null }: ClaimCardProps) {
  const [open, setOpen] = useState(initiallyExpanded);
  // Worked out once per claim, not again whenever the list re-renders (a page appended, a filter chosen).
  const outlets = useMemo(() => outletsOf(item), [item]);
  const { number: numberKind, date: dateKind, roles: rolesKind } = changeFlags(item);
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
      {continues && (
        <p class="claim-context">
          <span class="claim-context-label">Quotation continued:</span> <span lang={lang ?? undefined}>{continues}</span>
        </p>
      )}
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
        {numberKind !== null && <span class="flag flag-number">Number differs</span>}
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
