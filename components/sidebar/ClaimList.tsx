/**
 * The article's claims in article order, with filters: all, corroborated (other
 * outlets also reported them), and only this outlet (often the story's angle).
 */
import { useState } from 'preact/hooks';
import type { ClaimCoverage } from '../../utils/library/types';
import { ClaimCard, SHOW_IN_PAGE, SHOW_IN_PAGE_ID } from './ClaimCard';
import { filterClaims, type ClaimFilter } from './summary';

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
  const counts: Record<ClaimFilter, number> = {
    all: claims.length,
    corroborated: filterClaims(claims, 'corroborated').length,
    unique: filterClaims(claims, 'unique').length,
  };
  const labels: Record<ClaimFilter, string> = { all: 'All', corroborated: 'Corroborated', unique: `Only ${thisOutlet}` };
  const shown = filterClaims(claims, filter);
  return (
    <section class="claims" aria-labelledby="claims-heading">
      <div class="claims-bar">
        <h2 id="claims-heading">Statements</h2>
        <div class="filters" role="group" aria-label="Filter statements">
          {(Object.keys(labels) as ClaimFilter[]).map((f) => (
            <button
              key={f}
              type="button"
              class="filter"
              data-filter={f}
              aria-pressed={filter === f}
              title={f === 'unique' ? labels[f] : undefined}
              onClick={() => setFilter(f)}
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
        <ol class="claim-list">
          {shown.map((c) => (
            <ClaimCard key={c.claim.id} item={c} thisOutlet={thisOutlet} lang={lang} onShowInPage={onShowInPage} />
          ))}
        </ol>
      ) : (
        <p class="muted">No statements match this filter.</p>
      )}
    </section>
  );
}
