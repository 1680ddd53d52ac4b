// @vitest-environment happy-dom
/**
 * Regression: a 12,000-statement page rendered every card and froze the sidebar (6.1 s to open,
 * 14.6 s for a filter click). The list renders a page of cards with a "Show N more statements"
 * button; the filters and their counts still cover every statement.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { ClaimList } from '../../../components/sidebar/ClaimList';
import { CLAIM_PAGE_SIZE, showMoreLabel } from '../../../components/sidebar/use-claim-pages';
import type { ClaimCoverage } from '../../../utils/library/types';
import { claim, other } from './sample';
import { useMount } from '../mount';

const mount = useMount();

/** `n` claims; every third (0, 3, 6, …) is corroborated by one outlet. */
function manyClaims(n: number): ClaimCoverage[] {
  return Array.from({ length: n }, (_, i) => ({
    claim: claim(i, `Statement number ${i} of the long article.`),
    others: i % 3 === 0 ? [other('Daily Lamp', `Statement number ${i} of the long article.`, 'verbatim')] : [],
  }));
}

const CLAIMS = manyClaims(450);
const cards = (el: Element) => [...el.querySelectorAll('li.claim')].map((li) => Number(li.getAttribute('data-claim-index')));
const moreButton = (el: Element) => el.querySelector<HTMLButtonElement>('button.show-more-button');
const list = (claims = CLAIMS) => <ClaimList claims={claims} thisOutlet="The Town Crier" onShowInPage={() => undefined} />;

describe('paging helpers', () => {
  it.each([
    [300, 150, 'Show 150 more statements'],
    [7, 150, 'Show 7 more statements'],
    [1, 150, 'Show 1 more statement'],
  ])('%i remaining, pages of %i: %j', (remaining, size, label) => expect(showMoreLabel(remaining, size)).toBe(label));
});

describe('ClaimList paging (450 claims)', () => {
  it('renders only the first page, with a real button saying how many more', () => {
    const el = mount(list());
    expect(cards(el)).toEqual([...Array(CLAIM_PAGE_SIZE).keys()]);
    const button = moreButton(el)!;
    expect(button.tagName).toBe('BUTTON');
    expect(button.getAttribute('type')).toBe('button');
    expect(button.textContent).toBe(`Show ${CLAIM_PAGE_SIZE} more statements`);
    expect(el.querySelector('.show-more-status')?.textContent).toBe(`Showing ${CLAIM_PAGE_SIZE} of 450 statements`);
  });

  it('appends the next page on each press, focuses its first card, and hides the button once all are shown', () => {
    const el = mount(list());
    act(() => moreButton(el)!.click());
    expect(cards(el)).toHaveLength(2 * CLAIM_PAGE_SIZE);
    expect(document.activeElement?.closest('li.claim')?.getAttribute('data-claim-index')).toBe(String(CLAIM_PAGE_SIZE));
    while (moreButton(el)) act(() => moreButton(el)!.click());
    expect(cards(el)).toEqual([...Array(450).keys()]);
    expect(el.querySelector('.show-more')).toBeNull();
  });

  it.each([
    ['all', 450, 450],
    ['corroborated', 150, 150],
    ['unique', 300, 300],
  ] as const)('filter %s applies to all claims: count %i, %i matching in total', (filter, count, matching) => {
    const el = mount(list());
    act(() => el.querySelector<HTMLButtonElement>(`button[data-filter="${filter}"]`)!.click());
    expect(el.querySelector(`button[data-filter="${filter}"] .filter-count`)?.textContent).toBe(String(count));
    const rendered = cards(el);
    expect(rendered).toHaveLength(Math.min(matching, CLAIM_PAGE_SIZE));
    if (filter === 'corroborated') expect(rendered.at(-1)).toBe(447);
    if (filter === 'unique') expect(rendered.every((i) => i % 3 !== 0)).toBe(true);
    expect(moreButton(el)?.textContent ?? null).toBe(matching > CLAIM_PAGE_SIZE ? `Show ${Math.min(CLAIM_PAGE_SIZE, matching - CLAIM_PAGE_SIZE)} more statements` : null);
  });

  it('keeps the counts of every claim while only a page is rendered', () => {
    const el = mount(list());
    const counts = [...el.querySelectorAll('.filter-count')].map((n) => n.textContent);
    expect(counts).toEqual(['450', '150', '300']);
  });

  // Second review of 2026-12-06: two presses before a render added one page.
  it('adds a page for each of two quick presses', () => {
    const el = mount(list());
    act(() => {
      moreButton(el)!.click();
      moreButton(el)!.click();
    });
    expect(cards(el)).toHaveLength(3 * CLAIM_PAGE_SIZE);
  });

  it('starts again at one page for another article', () => {
    const root = mount(list());
    act(() => moreButton(root)!.click());
    expect(cards(root)).toHaveLength(2 * CLAIM_PAGE_SIZE);
    act(() => render(list(manyClaims(451)), root));
    expect(cards(root)).toHaveLength(CLAIM_PAGE_SIZE);
  });
});
