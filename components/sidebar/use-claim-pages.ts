/**
 * Paging of the claim list. Regression: a 12,000-statement page rendered every card and froze the
 * sidebar (6 s to open, 15 s per filter click), so cards are rendered a page at a time; the filters
 * and their counts still cover every statement. A new list (another article or report) starts again
 * at one page.
 */
import { useState } from 'preact/hooks';
import type { ClaimCoverage } from '../../utils/library/types';
import { plural } from '../common/format';

/** Cards rendered per page. */
export const CLAIM_PAGE_SIZE = 150;

/** The "Show more" button's label for `remaining` unrendered cards: what the next page adds. */
export function showMoreLabel(remaining: number, pageSize = CLAIM_PAGE_SIZE): string {
  return `Show ${plural(Math.min(pageSize, remaining), 'more statement', 'more statements')}`;
}

/** The paging state of `claims`: how many cards to render, and actions that change it. */
export interface ClaimPages {
  limit: number;
  /** Back to the first page (a filter changed). */
  reset(): void;
  /** Append the next page. */
  more(): void;
}

/** Paging for the cards of `claims`; it restarts at one page whenever `claims` is another list. */
export function useClaimPages(claims: ClaimCoverage[]): ClaimPages {
  const [state, setState] = useState({ claims, limit: CLAIM_PAGE_SIZE });
  const limit = state.claims === claims ? state.limit : CLAIM_PAGE_SIZE;
  return {
    limit,
    reset: () => setState({ claims, limit: CLAIM_PAGE_SIZE }),
    // From the latest state, so two quick presses before a render add two pages.
    more: () => setState((s) => ({ claims, limit: (s.claims === claims ? s.limit : CLAIM_PAGE_SIZE) + CLAIM_PAGE_SIZE })),
  };
}
