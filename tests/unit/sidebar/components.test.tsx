// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { ClaimCard } from '../../../components/sidebar/ClaimCard';
import { ClaimList, DIFFERS_TITLE } from '../../../components/sidebar/ClaimList';
import { CoverageSummary } from '../../../components/sidebar/CoverageSummary';
import { DiffText } from '../../../components/sidebar/DiffText';
import { StateView } from '../../../components/sidebar/StateView';
import { NoCoverage } from '../../../components/sidebar/NoCoverage';
import { wordDiff } from '../../../utils/diff/index';
import type { TabView } from '../../../utils/messaging/protocol';
import { A0, ARTICLE, claim, other, report, sampleReport, visibleText } from './sample';
import { useMount } from '../mount';

const mount = useMount();

describe('DiffText', () => {
  const ops = wordDiff('The council approved 300 new homes.', 'The council approved 250 new homes.');
  it.each([
    ['a', 'del', '300'],
    ['b', 'ins', '250'],
  ] as const)('side %s marks the changed number with <%s>', (side, tag, number) => {
    const el = mount(<DiffText ops={ops} side={side} />);
    expect(el.textContent).toContain(number);
    const marked = el.querySelector(`${tag}[data-mark~="number"]`);
    expect(marked?.textContent).toContain(number);
    expect(el.querySelector(side === 'a' ? 'ins' : 'del')).toBeNull();
  });
});

// Regression (claims audit of 2026-12-07): a quotation going on after its attribution was listed without its speaker.
describe('ClaimList: a quotation going on names its speaker', () => {
  it('shows the attribution it continues above the claim, and nothing above the others', () => {
    const items = [
      { claim: { ...claim(0, '"We will rebuild the dam," the minister said.'), paragraph: 0 }, others: [] },
      { claim: { ...claim(1, '"It will take a year."'), paragraph: 0 }, others: [] },
      { claim: { ...claim(2, 'Crews arrived at dawn to inspect it.'), paragraph: 1 }, others: [] },
    ];
    const el = mount(<ClaimList claims={items} thisOutlet="The Town Crier" onShowInPage={() => undefined} />);
    const cards = [...el.querySelectorAll('li.claim')];
    expect(cards.map((c) => c.querySelector('.claim-context')?.textContent ?? null)).toEqual([null, 'Quotation continued: the minister said', null]);
  });
});

describe('ClaimCard', () => {
  it('lists outlets with match kinds and expands into a side-by-side diff', () => {
    const item = sampleReport().claims[0];
    const el = mount(<ClaimCard item={item} thisOutlet="The Town Crier" onShowInPage={() => undefined} />);
    expect([...el.querySelectorAll('.claim-outlets .chip-name')].map((n) => n.textContent)).toEqual(['Metro Wire', 'Daily Lamp']);
    expect(el.querySelector('.kind-verbatim')?.textContent).toBe('verbatim');
    expect(el.querySelector('li')?.getAttribute('data-number-changed')).toBe('near');
    const button = el.querySelector<HTMLButtonElement>('button.expand')!;
    expect(button.getAttribute('aria-expanded')).toBe('false');
    act(() => button.click());
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(el.querySelectorAll('.sbs')).toHaveLength(2);
    expect(el.querySelector('.diff-label-number')?.textContent).toBe('Number changed: 300 → 250');
    expect(el.querySelector('.sbs-same')?.textContent).toBe('Same wording');
  });

  const DAY = 'The council will vote on the plan on Tuesday.';
  const RESULT = 'Rovers beat Athletic 2-1 on Saturday.';
  // [case, this claim, the other outlet's claim, flag kind, data attribute, flag text, label]
  it.each([
    ['another day', DAY, 'The council will vote on the plan on Thursday.', 'date', 'date-changed', 'Date differs', 'Date changed: Tuesday → Thursday'],
    ['the same day, reworded', DAY, 'On Tuesday the council will vote on the plan.', 'date', 'date-changed', null, null],
    ['no day named', DAY, 'The council will vote on the plan.', 'date', 'date-changed', null, null],
    ['two names swapped', RESULT, 'Athletic beat Rovers 2-1 on Saturday.', 'roles', 'roles-swapped', 'Roles swapped', 'Roles swapped: Rovers ↔ Athletic'],
    ['the same result, reworded', RESULT, 'Athletic lost 2-1 to Rovers on Saturday.', 'roles', 'roles-swapped', null, null],
  ])('flags %s elsewhere on the card, and labels it in the comparison', (_name, mine, theirs, kind, attribute, flag, label) => {
    const item = { claim: claim(0, mine), others: [other('Daily Lamp', theirs, 'near')] };
    const el = mount(<ClaimCard item={item} thisOutlet="The Town Crier" onShowInPage={() => undefined} />);
    expect(el.querySelector('li')?.getAttribute(`data-${attribute}`) ?? null).toBe(flag ? 'near' : null);
    expect(el.querySelector(`.flag-${kind}`)?.textContent ?? null).toBe(flag);
    act(() => el.querySelector<HTMLButtonElement>('button.expand')!.click());
    expect(el.querySelector(`.diff-label-${kind}`)?.textContent ?? null).toBe(label);
  });

  it.each([
    ['certain', 'paraphrase', false, 'the same statement, reworded'],
    ['possible (story-only)', 'paraphrase?', true, 'possibly the same statement'],
  ])('labels a %s paraphrase %j', (_name, label, tentative, help) => {
    const text = 'Councillors backed 300 homes for the town on Monday.';
    const item = { claim: claim(0, A0), others: [other('Daily Lamp', text, 'paraphrase', { tentative })] };
    const el = mount(<ClaimCard item={item} thisOutlet="The Town Crier" onShowInPage={() => undefined} />);
    const kind = el.querySelector('.claim-outlets .kind-paraphrase')!;
    expect(kind.textContent).toBe(label);
    expect(kind.classList.contains('kind-tentative')).toBe(tentative);
    expect(el.querySelector('.claim-outlets .chip')?.getAttribute('title')).toContain(help);
  });

  it('asks to show the claim in the page when its text is clicked', () => {
    const onShow = vi.fn();
    const el = mount(<ClaimCard item={sampleReport().claims[2]} thisOutlet="The Town Crier" onShowInPage={onShow} />);
    act(() => el.querySelector<HTMLButtonElement>('.claim-text')!.click());
    expect(onShow).toHaveBeenCalledWith(2);
    expect(el.querySelector('.only-this')?.textContent).toBe('Only The Town Crier');
    expect(el.querySelector('button.expand')).toBeNull();
  });

  it('renders hostile page text inertly and never links a javascript: URL', () => {
    const evil = '<img src=x onerror="window.__pwned=1">Mayor <b>resigns</b>';
    const item = { claim: claim(0, evil), others: [other('<script>alert(1)</script>', evil, 'verbatim', { url: 'javascript:alert(1)' })] };
    const el = mount(<ClaimCard item={item} thisOutlet="X" onShowInPage={() => undefined} initiallyExpanded />);
    expect(el.querySelector('img, script, b')).toBeNull();
    expect(el.querySelector('.claim-text')?.textContent).toBe(evil);
    expect(el.querySelector('a')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
  });
});

describe('ClaimList filters', () => {
  it.each([
    ['all', 3],
    ['corroborated', 2],
    ['unique', 1],
    // The Daily Lamp's near copy of the first claim states 250 homes, not 300.
    ['differs', 1],
  ])('%s shows %i claims', (filter, count) => {
    const el = mount(<ClaimList claims={sampleReport().claims} thisOutlet="The Town Crier" onShowInPage={() => undefined} />);
    act(() => el.querySelector<HTMLButtonElement>(`button[data-filter="${filter}"]`)!.click());
    expect(el.querySelectorAll('.claim')).toHaveLength(count);
    expect(el.querySelector(`button[data-filter="${filter}"]`)?.getAttribute('aria-pressed')).toBe('true');
  });
});

describe('ClaimList "Differs" filter', () => {
  it.each([
    ['a number differs elsewhere', sampleReport().claims, '1'],
    ['nothing differs', sampleReport().claims.slice(1), null],
  ])('is offered only when some claim differs elsewhere: %s', (_name, claims, count) => {
    const el = mount(<ClaimList claims={claims} thisOutlet="The Town Crier" onShowInPage={() => undefined} />);
    const button = el.querySelector('button[data-filter="differs"]');
    expect(button?.querySelector('.filter-count')?.textContent ?? null).toBe(count);
    if (button) expect(button.getAttribute('title')).toBe(DIFFERS_TITLE);
  });
});

describe('CoverageSummary', () => {
  it('states the coverage, independent wordings and outlet chips', () => {
    const el = mount(<CoverageSummary article={ARTICLE} report={sampleReport()} />);
    expect(el.querySelector('[data-testid="summary"]')?.textContent).toBe('2 of 3 statements also reported by 2 other outlets');
    expect(el.textContent).toContain('3 outlets in total, 2 independent wordings (1 syndicated copy)');
    expect([...el.querySelectorAll('.chip')].map(visibleText)).toEqual(['Daily Lamp2', 'Metro Wire1copy']);
  });

  it('says how many of those statements are matched only possibly', () => {
    const r = sampleReport();
    r.claims[1].others[0].tentative = true;
    const el = mount(<CoverageSummary article={ARTICLE} report={r} />);
    expect(el.querySelector('[data-testid="summary"]')?.textContent).toBe('2 of 3 statements also reported by 2 other outlets (1 of them only possibly)');
  });

  it('handles a report without coverage', () => {
    const el = mount(<CoverageSummary article={ARTICLE} report={report([{ claim: claim(0, 'A lone statement here.'), others: [] }])} />);
    expect(el.querySelector('[data-testid="summary"]')?.textContent).toBe('This statement was not found in other outlets you have read yet');
    expect(el.querySelector('.chip')).toBeNull();
  });
});

describe('StateView', () => {
  it.each<[TabView, string]>([
    [{ state: 'not-article', message: '' }, 'Not a news article'],
    [{ state: 'blocked', host: 'bank.test' }, 'This site is excluded from capture'],
    [{ state: 'too-large', message: '' }, 'Article too large to analyse'],
    [{ state: 'loading' }, 'Reading this page…'],
    [{ state: 'error', message: 'disk full' }, 'Something went wrong'],
  ])('%j shows %s', (view, title) => {
    const onSave = vi.fn();
    const el = mount(<StateView view={view as Exclude<TabView, { state: 'ready' }>} onSaveAnyway={onSave} onRetry={() => undefined} />);
    expect(el.querySelector('h1')?.textContent).toBe(title);
    const save = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Save this page anyway');
    expect(Boolean(save)).toBe(view.state === 'blocked' || view.state === 'not-article');
    if (save) {
      act(() => save.click());
      expect(onSave).toHaveBeenCalled();
    }
  });
});

describe('StateView of a page that is not an article says why', () => {
  it.each<[string, string | null]>([
    ['This is a page of links to other articles, not an article', 'Why: This is a page of links to other articles, not an article.'],
    ['Too little article text on this page.', 'Why: Too little article text on this page.'],
    ['', null],
  ])('%j → %s', (message, reason) => {
    const el = mount(<StateView view={{ state: 'not-article', message }} onSaveAnyway={() => undefined} onRetry={() => undefined} />);
    expect(el.querySelector('.state-reason')?.textContent ?? null).toBe(reason);
  });
});

describe('StateView of an excluded site', () => {
  // Regression: it said "nothing from this page was saved" of a page saved before its site was
  // excluded, which stays in the library (and in other pages' coverage) until forgotten.
  it.each([
    { articleId: 7, says: 'This page is in your library', forget: true },
    { articleId: null, says: 'this visit was not saved', forget: false },
  ])('article $articleId: says $says, offers Forget: $forget', ({ articleId, says, forget }) => {
    const onForget = vi.fn();
    const el = mount(<StateView view={{ state: 'blocked', host: 'metroherald.test', articleId }} onSaveAnyway={() => undefined} onRetry={() => undefined} onForget={onForget} />);
    expect(el.querySelector('.state-body')?.textContent).toContain(says);
    expect(el.textContent).not.toContain('nothing from this page was saved');
    const button = [...el.querySelectorAll('button')].find((b) => b.textContent === 'Forget this page');
    expect(Boolean(button)).toBe(forget);
    if (button) act(() => button.click());
    expect(onForget).toHaveBeenCalledTimes(forget ? 1 : 0);
  });
});

describe('NoCoverage', () => {
  it('offers a copyable search phrase', async () => {
    const copy = vi.fn(async () => true);
    const el = mount(<NoCoverage phrase="Marrowdale bridge collapse Tessel River" onCopy={copy} />);
    expect(el.querySelector('h2')?.textContent).toContain('No other coverage in your library yet');
    expect(el.querySelector('input')?.value).toBe('Marrowdale bridge collapse Tessel River');
    await act(async () => el.querySelector('button')!.click());
    expect(copy).toHaveBeenCalledWith('Marrowdale bridge collapse Tessel River');
    expect(el.textContent).toContain('Copied.');
  });
});
