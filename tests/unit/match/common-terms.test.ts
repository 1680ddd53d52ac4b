/** The memory of story terms found over the lookup cap, and lookupTerms skipping them. */
import { describe, expect, it, vi } from 'vitest';
import { COMMON_TERM_TTL_MS, forgetIfShrunk, recentlyCommon, rememberCommon } from '../../../utils/match/common-terms';
import { lookupTerms, TERM_CAP } from '../../../utils/match/candidates';
import { IndexEdits, termHash, TERM_BUCKETS } from '../../../utils/library/candidate-index';
import { bucketOf } from '../../../utils/library/postings';
import { freshDb } from '../library/helpers';

describe('recentlyCommon', () => {
  it.each([
    { name: 'a term just found over the cap', later: 0, shrunkTo: null, expected: true },
    { name: 'still within the memory time', later: COMMON_TERM_TTL_MS - 1, shrunkTo: null, expected: true },
    { name: 'once the memory expired', later: COMMON_TERM_TTL_MS, shrunkTo: null, expected: false },
    { name: 'a library that grew since', later: 0, shrunkTo: 1200, expected: true },
    { name: 'a library that shrank since (articles deleted)', later: 0, shrunkTo: 999, expected: false },
  ])('$name: $expected', ({ later, shrunkTo, expected }) => {
    const db = freshDb();
    rememberCommon(db, 'ferri', 1000, 5_000);
    if (shrunkTo !== null) forgetIfShrunk(db, ['ferri'], shrunkTo);
    expect(recentlyCommon(db, 'ferri', 5_000 + later)).toBe(expected);
  });

  it('is per library and per term', () => {
    const [a, b] = [freshDb(), freshDb()];
    rememberCommon(a, 'ferri', 10, 0);
    expect([recentlyCommon(a, 'ferri', 1), recentlyCommon(b, 'ferri', 1), recentlyCommon(a, 'strike', 1)]).toEqual([true, false, false]);
  });
});

describe('lookupTerms', () => {
  it('reads a term found over the cap once, then skips it while still reporting it looked up', async () => {
    const db = freshDb();
    const rows = Array.from({ length: TERM_CAP + 1 }, (_, i) => ({
      articleId: i + 1, outletId: `o${i}`, terms: ['ferri', `t${i}`], weights: [900, 800], time: null,
    }));
    const edits = new IndexEdits();
    for (const r of rows) edits.add(r.articleId, undefined, r);
    await db.transaction('rw', db.articleTables, () => Promise.all([db.terms.bulkPut(rows), edits.apply(db)]));
    await db.articles.put({ id: TERM_CAP + 1 } as never);
    const look = () => db.transaction('r', [db.termPostings, db.articles], () => lookupTerms(db, ['ferri', 't7']));
    const read = vi.spyOn(db.termPostings, 'bulkGet');
    const bucket = (t: string) => bucketOf(TERM_BUCKETS, termHash(t));
    const first = await look();
    expect(read.mock.calls.map((c) => [...c[0]].sort())).toEqual([[bucket('ferri'), bucket('t7')].sort()]);
    const second = await look();
    expect(read.mock.calls[1][0]).toEqual([bucket('t7')]);
    for (const hits of [first, second]) {
      expect([...hits.termArticles]).toEqual([['t7', [8]]]);
      expect(hits.looked).toEqual(['ferri', 't7']);
    }
  });
});
