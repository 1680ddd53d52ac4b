// @vitest-environment happy-dom
/**
 * Regression tests for the article table's overlapping work: a slow earlier load (a search scans
 * every article) replaced the page of a later one, and pressing "Evidence" again while its export
 * ran downloaded a second file. Page loads and coverage reports are held back (vi.mock) and
 * released in the order each case needs, so no test waits on real timings.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ArticleTable } from '../../../components/options/ArticleTable';
import type { LibraryDb } from '../../../utils/library/db';
import { listOutlets } from '../../../utils/library/outlets';
import { button, freshDb, mount, seed, type, until } from './dom';

/** Results held back until a test releases (or fails) them, in any order. */
const gate = vi.hoisted(() => {
  type Held = { release(): void; fail(err: Error): void };
  const queue = (list: Held[]) => <T,>(result: Promise<T>) =>
    new Promise<T>((resolve, reject) => list.push({ release: () => void result.then(resolve, reject), fail: reject }));
  const loads: Held[] = [];
  const coverage: Held[] = [];
  return { holdLoads: false, loads, coverage, holdLoad: queue(loads), holdCoverage: queue(coverage) };
});

vi.mock('../../../components/options/article-query', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../components/options/article-query')>();
  const loadArticlePage: typeof real.loadArticlePage = (...args) => {
    const page = real.loadArticlePage(...args);
    return gate.holdLoads ? gate.holdLoad(page) : page;
  };
  return { ...real, loadArticlePage };
});

vi.mock('../../../utils/match/pipeline', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../../utils/match/pipeline')>();
  const findCoverage: typeof real.findCoverage = (...args) => gate.holdCoverage(real.findCoverage(...args));
  return { ...real, findCoverage };
});

/** Lets Preact re-render after a held result was let through. */
const tick = () => new Promise((r) => setTimeout(r, 20));

beforeEach(() => {
  document.body.innerHTML = '';
  gate.holdLoads = false;
  gate.loads.length = 0;
  gate.coverage.length = 0;
  vi.restoreAllMocks();
});

/** Three articles, newest first: Bakery (3000), Road (2000), Council (1000). */
async function library(): Promise<LibraryDb> {
  const db = freshDb();
  await seed(db, 'herald.example', 'The Herald', 'Council approves budget', ['The city council approved the new budget on Tuesday.'], undefined, 1000);
  await seed(db, 'herald.example', 'The Herald', 'Road closed by rain', ['Heavy rain closed the coastal road for six hours.'], undefined, 2000);
  await seed(db, 'post.example', 'The Post', 'Bakery wins prize', ['A local bakery won the regional bread prize.'], undefined, 3000);
  return db;
}

async function mountTable(db: LibraryDb): Promise<HTMLElement> {
  const root = mount(<ArticleTable db={db} outlets={await listOutlets(db)} version={0} onChanged={() => {}} />);
  await until(() => expect(root.querySelectorAll('tbody tr')).toHaveLength(3));
  return root;
}

const titles = (root: HTMLElement) => [...root.querySelectorAll('tbody td.title')].map((td) => td.textContent);
const search = (q: string) => (root: HTMLElement) => type(root.querySelector('#article-search'), q);
const sortByDate = (root: HTMLElement) => button(root, 'Last read').click();
const NEWEST_FIRST = ['Bakery wins prize', 'Road closed by rain', 'Council approves budget'];

describe('ArticleTable: a slower earlier load no longer replaces a later one', () => {
  // Regression: the load effect had no staleness guard, so a search that finished after the box
  // was cleared showed "No articles saved yet." over a full library (or the wrong order, or its error).
  it.each([
    ['a search with no match, then the box cleared', search('zzz-nothing'), search(''), 'resolves'],
    ['a search, then the box cleared, the search failing late', search('rain'), search(''), 'fails'],
    ['the date order reversed twice', sortByDate, sortByDate, 'resolves'],
  ] as const)('%s', async (_name, first, second, late) => {
    const db = await library();
    const root = await mountTable(db);
    gate.holdLoads = true;
    first(root);
    await until(() => expect(gate.loads).toHaveLength(1));
    second(root);
    await until(() => expect(gate.loads).toHaveLength(2));
    gate.loads[1]!.release();
    await until(() => expect(titles(root)).toEqual(NEWEST_FIRST));
    if (late === 'fails') gate.loads[0]!.fail(new Error('the library is locked'));
    else gate.loads[0]!.release();
    await tick();
    expect(titles(root)).toEqual(NEWEST_FIRST);
    expect(root.querySelector('p.empty')).toBeNull();
    expect(root.querySelector('[role="status"]')!.textContent).toBe('');
  });
});

describe('ArticleTable: "Evidence" ignores presses while its export runs', () => {
  // Regression: each press ran findCoverage and downloaded a file, so a double press saved two.
  it.each([
    ['pressed twice at once', 0],
    ['pressed again once the report is being built', 1],
  ])('%s: one download, focus kept, pressable again afterwards', async (_name, heldBeforeSecond) => {
    const db = await library();
    const root = await mountTable(db);
    const downloads = vi.spyOn(URL, 'createObjectURL');
    const evidence = button(root, 'Export evidence for Road closed by rain');
    evidence.focus();
    evidence.click();
    await until(() => expect(gate.coverage.length).toBeGreaterThanOrEqual(heldBeforeSecond));
    evidence.click();
    await until(() => expect(evidence.getAttribute('aria-disabled')).toBe('true'));
    await tick();
    expect(gate.coverage).toHaveLength(1);
    gate.coverage[0]!.release();
    await until(() => expect(root.querySelector('[role="status"]')!.textContent).toBe('Evidence bundle for “Road closed by rain” downloaded.'));
    expect(downloads).toHaveBeenCalledTimes(1);
    expect(evidence.getAttribute('aria-disabled')).toBe('false');
    expect(document.activeElement).toBe(evidence);
    evidence.click();
    await until(() => expect(gate.coverage).toHaveLength(2));
  });
});
