/** The memory of story terms found over the lookup cap, and lookupTerms skipping them. */
import { describe, expect, it, vi } from 'vitest';
import { COMMON_TERM_TTL_MS, forgetIfShrunk, recentlyCommon, rememberCommon } from '../../../utils/match/common-terms';
import { lookupTerms, TERM_CAP } from '../../../utils/match/candidates';
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
    await db.terms.bulkPut(rows);
    await db.articles.put({ id: TERM_CAP + 1 } as never);
    const look = () => db.transaction('r', [db.terms, db.articles], () => lookupTerms(db, ['ferri', 't7']));
    const where = vi.spyOn(db.terms, 'where');
    const first = await look();
    expect(where).toHaveBeenCalledTimes(2);
    const second = await look();
    expect(where).toHaveBeenCalledTimes(3);
    for (const hits of [first, second]) {
      expect([...hits.termArticles]).toEqual([['t7', [8]]]);
      expect(hits.looked).toEqual(['ferri', 't7']);
    }
  });
});
