import { describe, expect, it } from 'vitest';
import { saveArticle } from '../../../utils/library/articles';
import { setWire } from '../../../utils/library/outlets';
import { findCoverage, findCoverageFor } from '../../../utils/match/pipeline';
import { wordDiff } from '../../../utils/diff/index';
import type { CoverageReport } from '../../../utils/library/types';
import { freshDb, makeArticle, withClaims } from '../library/helpers';

const WIRE = { domain: 'newswire.example', name: 'Newswire' };
const DAILY = { domain: 'dailyherald.example', name: 'Daily Herald' };
const POST = { domain: 'coastpost.example', name: 'Coast Post' };
const OTHER = { domain: 'valleytimes.example', name: 'Valley Times' };

const wireStory = makeArticle(WIRE, 'Bridge collapse in Marrowdale kills 12', [
  'A road bridge over the Tessel River in Marrowdale collapsed on Tuesday, killing 12 people and injuring 31, regional officials said.',
  '"We are devastated by this tragedy," Governor Alma Ferreira told reporters at the scene.',
  'The bridge, built in 1964, had been scheduled for repairs next spring, according to the Marrowdale transport office.',
  'Police said the investigation was continuing.',
]);
const dailyCopy = makeArticle(DAILY, 'Marrowdale bridge collapse kills 12', [
  'A road bridge over the Tessel River in Marrowdale collapsed on Tuesday, killing 12 people and injuring 31, regional officials said.',
  '"We are devastated by this tragedy," Governor Alma Ferreira told reporters at the scene.',
  'The bridge, built in 1964, had been scheduled for repairs next spring, according to the Marrowdale transport office.',
  'Police said the investigation was continuing.',
]);
const postRewrite = makeArticle(POST, 'Deadly bridge failure in Marrowdale', [
  'At least 14 people died when a bridge across the Tessel River in Marrowdale gave way on Tuesday, officials said.',
  'Governor Alma Ferreira said she was "devastated by this tragedy" as she visited the site.',
  'The Marrowdale transport office said repairs to the 1964 bridge had been planned for the spring.',
]);
const unrelated = makeArticle(OTHER, 'Jewellery shop robbed in Kestonbury', [
  'Thieves broke into a jewellery shop on Hallam Street in Kestonbury overnight and took rings worth about 40,000 pounds.',
  'The owner, Priya Okonjo, said the alarm had failed to sound.',
  'Police said the investigation was continuing.',
]);

async function library() {
  const db = freshDb();
  const ids: Record<string, number> = {};
  for (const [name, a] of [['wire', wireStory], ['daily', dailyCopy], ['post', postRewrite], ['other', unrelated]] as const) {
    const [article, claims] = withClaims(a);
    ids[name] = (await saveArticle(db, article, claims)).articleId;
  }
  return { db, ids };
}

function othersOf(report: CoverageReport, index: number) {
  return report.claims[index].others.map((o) => ({ outlet: o.outlet, kind: o.kind }));
}

describe('findCoverage on a multi-outlet story', () => {
  it.each([
    [0, 'Daily Herald', 'verbatim'],
    [1, 'Daily Herald', 'verbatim'],
    [0, 'Coast Post', 'any'],
    [1, 'Coast Post', 'any'],
    [2, 'Coast Post', 'any'],
  ])('claim %i is reported by %s (%s)', async (index, outlet, kind) => {
    const { db, ids } = await library();
    const report = await findCoverage(db, ids.wire);
    const hit = othersOf(report, index).find((o) => o.outlet === outlet);
    expect(hit, JSON.stringify(othersOf(report, index))).toBeDefined();
    if (kind !== 'any') expect(hit!.kind).toBe(kind);
  });

  it('never links the unrelated story through the generic police sentence', async () => {
    const { db, ids } = await library();
    for (const id of [ids.wire, ids.other]) {
      const report = await findCoverage(db, id);
      const outlets = report.claims.flatMap((c) => c.others.map((o) => o.outletId));
      if (id === ids.wire) expect(outlets).not.toContain(OTHER.domain);
      else expect(outlets).toEqual([]);
    }
  });

  it('never reports the article itself or its own outlet', async () => {
    const { db, ids } = await library();
    const [again, claims] = withClaims(makeArticle(WIRE, 'Marrowdale follow-up', [wireStory.paragraphs[0]], { url: 'https://www.newswire.example/b' }));
    await saveArticle(db, again, claims);
    const report = await findCoverage(db, ids.wire);
    const seen = report.claims.flatMap((c) => c.others.map((o) => o.articleId));
    expect(seen).not.toContain(ids.wire);
    expect(report.claims.flatMap((c) => c.others.map((o) => o.outletId))).not.toContain(WIRE.domain);
  });

  it('marks the verbatim copy as syndicated and sorts outlets by claim count', async () => {
    const { db, ids } = await library();
    const report = await findCoverage(db, ids.wire);
    expect(report.outlets.map((o) => o.name)).toEqual(['Daily Herald', 'Coast Post']);
    expect(report.outlets[0].syndicated).toBe(true);
    expect(report.outlets[1].syndicated).toBe(false);
  });

  it('counts a wire outlet\'s article as syndicated', async () => {
    const { db, ids } = await library();
    await setWire(db, WIRE.domain, true);
    const report = await findCoverage(db, ids.post);
    const wire = report.outlets.find((o) => o.outletId === WIRE.domain);
    expect(wire?.syndicated).toBe(true);
  });

  it('shows the changed number in the diff', async () => {
    const { db, ids } = await library();
    const report = await findCoverage(db, ids.post);
    const other = report.claims[0].others.find((o) => o.outletId === WIRE.domain);
    expect(other).toBeDefined();
    const changed = wordDiff(report.claims[0].claim.text, other!.text).filter((d) => d.op !== 'equal').map((d) => d.text).join(' ');
    expect(changed).toMatch(/14/);
    expect(changed).toMatch(/12/);
  });

  it('matches an unsaved selection with findCoverageFor', async () => {
    const { db } = await library();
    const [article, claims] = withClaims(makeArticle({ domain: 'reader.example', name: 'Reader' }, 'Bridge collapse in Marrowdale',
      [wireStory.paragraphs[1]]));
    const report = await findCoverageFor(db, { article, claims });
    const outlets = report.claims[0].others.map((o) => o.outletId);
    expect(outlets).toEqual(expect.arrayContaining([WIRE.domain, DAILY.domain]));
    expect(report.articleId).toBeNull();
  });

  it.each([
    ['an empty library', false],
    ['an article without claims', true],
  ])('copes with %s', async (_name, seed) => {
    const db = freshDb();
    if (seed) await saveArticle(db, ...withClaims(wireStory));
    const [article, claims] = withClaims(makeArticle(POST, 'Empty', []));
    expect(await findCoverageFor(db, { article, claims })).toEqual({ articleId: null, claims: [], outlets: [], sameStory: [] });
    const [a2, c2] = withClaims(postRewrite);
    const report = await findCoverageFor(db, { article: a2, claims: c2 });
    expect(report.claims).toHaveLength(c2.length);
    if (!seed) expect(report.outlets).toEqual([]);
  });

  it('never scans a whole table: only indexed lookups (and a cached article count)', async () => {
    const { db, ids } = await library();
    for (const table of [db.claims, db.terms, db.articles]) {
      const methods = ['toArray', 'each', 'orderBy', 'filter', ...(table === db.articles ? [] : ['toCollection'])];
      for (const method of methods) {
        (table as unknown as Record<string, unknown>)[method] = () => {
          throw new Error(`scan of ${table.name} via ${method}`);
        };
      }
    }
    const report = await findCoverage(db, ids.wire);
    expect(report.outlets.length).toBeGreaterThan(0);
  });

  it('returns an empty report for an unknown article', async () => {
    const { db } = await library();
    expect(await findCoverage(db, 999)).toEqual({ articleId: 999, claims: [], outlets: [], sameStory: [] });
  });
});
