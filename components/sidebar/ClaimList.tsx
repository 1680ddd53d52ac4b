/**
 * The article's claims in article order, with filters: all, corroborated (other outlets also
 * reported them), only this outlet (often the story's angle), and, when there are any, those
 * another outlet states with a different number, date or roles ("Differs"). Cards are rendered a
 * page at a time (use-claim-pages.ts); the filters and their counts cover every claim. A claim that
 * only goes on with a quotation carries the attribution it continues (utils/claims/quote-context.ts).
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ClaimCoverage } from '../../utils/library/types';
import { continuedAttributions } from '../../utils/claims/quote-context';
import { ClaimCard, SHOW_IN_PAGE, SHOW_IN_PAGE_ID } from './ClaimCard';
import { ShowMore } from './ShowMore';
import { claimCounts, filterClaims, type ClaimFilter } from './summary';
import { useClaimPages } from './use-claim-pages';

/** What the "Differs" filter keeps, as its tooltip. */
export const DIFFERS_TITLE = 'Statements another outlet gives with a different number, date or roles';

/** Props of the list. */
export interface ClaimListProps {
  claims: ClaimCoverage[];
  thisOutlet: string;
  /** The article's language (BCP 47), marked on its statements for screen readers. */
  lang?: string | null;
  onShowInPage(claimIndex: number): void;
}

/** The list with its filter bar. */
export function ClaimList({ claims, thisOutlet, lang, onShowInPage }: ClaimListProps) {
  const [filter, setFilter] = useState<ClaimFilter>('all');
  const pages = useClaimPages(claims);
  const list = useRef<HTMLOListElement>(null);
  /** Position of the card to focus after the next render: the first of an appended page. */
  const pending = useRef<number | null>(null);
  const counts = useMemo(() => claimCounts(claims), [claims]);
  const shown = useMemo(() => filterClaims(claims, filter), [claims, filter]);
  // A claim that only goes on with a quotation is shown with the attribution it continues.
  const speakers = useMemo(() => {
    const said = continuedAttributions(claims.map((c) => c.claim));
    return new Map(claims.map((c, i) => [c.claim.id, said[i]]));
  }, [claims]);
  const labels: Record<ClaimFilter, string> = { all: 'All', corroborated: 'Corroborated', unique: `Only ${thisOutlet}`, differs: 'Differs' };
  const titles: Partial<Record<ClaimFilter, string>> = { unique: labels.unique, differs: DIFFERS_TITLE };
  // "Differs" is offered only when some claim differs elsewhere (or while it is chosen).
  const offered = (Object.keys(labels) as ClaimFilter[]).filter((f) => f !== 'differs' || counts.differs > 0 || filter === 'differs');

  useEffect(() => {
    const card = pending.current === null ? null : list.current?.children[pending.current];
    if (!card) return;
    pending.current = null;
    card.querySelector<HTMLElement>('button.claim-text')?.focus();
  });

  const choose = (f: ClaimFilter) => {
    setFilter(f);
    pages.reset();
  };
  const more = () => {
    pending.current = pages.limit;
    pages.more();
  };
  return (
    <section class="claims" aria-labelledby="claims-heading">
      <div class="claims-bar">
        <h2 id="claims-heading">Statements</h2>
        <div class="filters" role="group" aria-label="Filter statements">
          {offered.map((f) => (
            <button
              key={f}
              type="button"
              class="filter"
              data-filter={f}
              aria-pressed={filter === f}
              title={titles[f]}
              onClick={() => choose(f)}
            >
              <span class="filter-label">{labels[f]}</span> <span class="filter-count">{counts[f]}</span>
            </button>
          ))}
        </div>
      </div>
      <p id={SHOW_IN_PAGE_ID} hidden>
        {SHOW_IN_PAGE}
      </p>
      {shown.length ? (
        <ol class="claim-list" ref={list}>
          {shown.slice(0, pages.limit).map((c) => (
            <ClaimCard key={c.claim.id} item={c} thisOutlet={thisOutlet} lang={lang} onShowInPage={onShowInPage} continues={speakers.get(c.claim.id)} />
          ))}
        </ol>
      ) : (
        <p class="muted">No statements match this filter.</p>
      )}
      <ShowMore shown={Math.min(pages.limit, shown.length)} total={shown.length} onMore={more} />
    </section>
  );
}
