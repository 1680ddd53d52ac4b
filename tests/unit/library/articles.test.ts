import { describe, expect, it } from 'vitest';
import {
  countClaims, deleteArticlesOlderThan, deleteEverything, forgetArticle, getArticle, getArticleClaims, listArticles, saveArticle, saveArticles,
} from '../../../utils/library/articles';
import { freshDb, makeArticle, withClaims } from './helpers';

const HERALD = { domain: 'herald.example', name: 'The Herald' };
const GAZETTE = { domain: 'gazette.example', name: 'Gazette' };
const BODY = ['The city council approved a new tram line on Monday.', 'Construction will start in March and cost 45 million euros, the mayor said.'];

async function counts(db: ReturnType<typeof freshDb>) {
  return { articles: await db.articles.count(), claims: await countClaims(db), terms: await db.terms.count(), outlets: await db.outlets.count() };
}

describe('saveArticle identity', () => {
  it.each([
    ['same canonical URL twice', makeArticle(HERALD, 'Tram', BODY), makeArticle(HERALD, 'Tram line approved', [...BODY, 'An update.'], { url: 'https://www.herald.example/news/tram' }), 1],
    ['same text, no URL, twice', makeArticle(HERALD, 'Tram', BODY, { url: null, canonicalUrl: null }), makeArticle(HERALD, 'Tram', BODY, { url: null, canonicalUrl: null }), 1],
    ['same text under two outlets', makeArticle(HERALD, 'Tram', BODY), makeArticle(GAZETTE, 'Tram', BODY), 2],
    ['syndicated copy whose canonical URL is the other site', makeArticle(HERALD, 'Tram', BODY),
      makeArticle(GAZETTE, 'Tram', BODY, { url: 'https://gazette.example/a', canonicalUrl: 'https://www.herald.example/news/tram' }), 2],
    ['two URLs of one outlet', makeArticle(HERALD, 'Tram', BODY), makeArticle(HERALD, 'Tram', BODY, { url: 'https://herald.example/x', canonicalUrl: 'https://herald.example/x' }), 2],
    ['URL differing only in fragment and trailing slash', makeArticle(HERALD, 'Tram', BODY, { canonicalUrl: 'https://herald.example/t/' }),
      makeArticle(HERALD, 'Tram', BODY, { canonicalUrl: 'https://herald.example/t#top' }), 1],
  ])('%s', async (_name, a, b, expected) => {
    const db = freshDb();
    const first = await saveArticle(db, ...withClaims(a), { now: 1000 });
    const second = await saveArticle(db, ...withClaims(b), { now: 2000 });
    expect(first.created).toBe(true);
    expect(second.created).toBe(expected === 2);
    expect(await db.articles.count()).toBe(expected);
    expect(await db.terms.count()).toBe(expected);
  });

  it('updates in place: claims replaced, firstSeen kept, changed claims counted', async () => {
    const db = freshDb();
    const a = await saveArticle(db, ...withClaims(makeArticle(HERALD, 'Tram', BODY)), { now: 1000 });
    const edited = [BODY[0], 'Construction will start in April and cost 52 million euros, the mayor said.'];
    const b = await saveArticle(db, ...withClaims(makeArticle(HERALD, 'Tram', edited)), { now: 5000 });
    expect(b.articleId).toBe(a.articleId);
    expect(b.changedClaims).toBe(1);
    const stored = (await getArticle(db, a.articleId))!;
    expect([stored.firstSeen, stored.lastSeen]).toEqual([1000, 5000]);
    expect((await getArticleClaims(db, a.articleId)).map((c) => c.text)).toEqual(edited);
    expect(stored.revisions?.[0].changes).toEqual([{ before: BODY[1], after: edited[1] }]);
    expect(await countClaims(db)).toBe(2);
  });

  // Regression: an edit that only added paragraphs gave no notice (no revision was recorded).
  it('records an edit that only added paragraphs, each addition counted', async () => {
    const db = freshDb();
    const a = await saveArticle(db, ...withClaims(makeArticle(HERALD, 'Tram', BODY)), { now: 1000 });
    const added = ['Correction: an earlier version misstated the length of the line.', 'On Tuesday the regional government pledged 10 million euros.'];
    const b = await saveArticle(db, ...withClaims(makeArticle(HERALD, 'Tram', [...BODY, ...added])), { now: 5000 });
    expect(b.changedClaims).toBe(2);
    expect((await getArticle(db, a.articleId))!.revisions).toEqual([
      { seenAt: 1000, changedAt: 5000, changes: added.map((after) => ({ before: null, after })) },
    ]);
  });

  it.each([
    ['a truncated capture', { truncated: true }],
    ['a live blog', { title: 'Election night live' }],
  ])('keeps no revision for %s', async (_name, extra) => {
    const db = freshDb();
    const a = await saveArticle(db, ...withClaims(makeArticle(HERALD, 'Tram', BODY)));
    await saveArticle(db, ...withClaims(makeArticle(HERALD, 'Tram', [BODY[0]], extra)));
    expect((await getArticle(db, a.articleId))!.revisions).toBeUndefined();
  });

  it('a failure mid-capture (quota, worker stopped) leaves no partial article', async () => {
    const db = freshDb();
    await saveArticle(db, ...withClaims(makeArticle(GAZETTE, 'Kept', ['An earlier article stays intact.'])));
    const before = await counts(db);
    db.claims.hook('creating', () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    await expect(saveArticle(db, ...withClaims(makeArticle(HERALD, 'Tram', BODY)))).rejects.toThrow();
    expect(await counts(db)).toEqual(before);
  });

  it('bulk saves apply the same identity rules in one transaction', async () => {
    const db = freshDb();
    const items = [makeArticle(HERALD, 'Tram', BODY), makeArticle(HERALD, 'Tram', BODY), makeArticle(GAZETTE, 'Tram', BODY)]
      .map((a) => ({ article: a, claims: withClaims(a)[1] }));
    const results = await saveArticles(db, items);
    expect(results.map((r) => r.created)).toEqual([true, false, true]);
    expect(await counts(db)).toEqual({ articles: 2, claims: 4, terms: 2, outlets: 2 });
  });

  it('ten concurrent saves of overlapping articles leave no duplicates', async () => {
    const db = freshDb();
    const variants = Array.from({ length: 10 }, (_, i) => makeArticle(i % 2 ? HERALD : GAZETTE, 'Tram', BODY, i % 3 ? {} : { url: null, canonicalUrl: null }));
    await Promise.all(variants.map((v) => saveArticle(db, ...withClaims(v))));
    expect(await counts(db)).toEqual({ articles: 4, claims: 8, terms: 4, outlets: 2 });
  });
});

describe('deleting and listing', () => {
  async function seeded() {
    const db = freshDb();
    const ids: number[] = [];
    for (const [i, title] of ['Alpha tram', 'Beta bridge', 'Gamma tram'].entries()) {
      ids.push((await saveArticle(db, ...withClaims(makeArticle(i === 1 ? GAZETTE : HERALD, title, [`${title} story number ${i}.`])), { now: (i + 1) * 1000 })).articleId);
    }
    return { db, ids };
  }

  it.each([
    [{}, ['Gamma tram', 'Beta bridge', 'Alpha tram'], 3],
    [{ sort: 'oldest' as const }, ['Alpha tram', 'Beta bridge', 'Gamma tram'], 3],
    [{ sort: 'title' as const, limit: 2 }, ['Alpha tram', 'Beta bridge'], 3],
    [{ query: 'TRAM' }, ['Gamma tram', 'Alpha tram'], 2],
    [{ outletId: 'herald.example', sort: 'oldest' as const }, ['Alpha tram', 'Gamma tram'], 2],
    [{ query: 'tram', offset: 1 }, ['Alpha tram'], 2],
  ])('listArticles(%j)', async (q, titles, total) => {
    const { db } = await seeded();
    const page = await listArticles(db, q);
    expect(page.articles.map((a) => a.title)).toEqual(titles);
    expect(page.total).toBe(total);
  });

  it('forgetArticle removes the article, its claims and index rows', async () => {
    const { db, ids } = await seeded();
    expect(await forgetArticle(db, ids[0])).toBe(true);
    expect(await forgetArticle(db, ids[0])).toBe(false);
    expect(await counts(db)).toEqual({ articles: 2, claims: 2, terms: 2, outlets: 2 });
  });

  it('deleteArticlesOlderThan deletes by last seen', async () => {
    const { db } = await seeded();
    expect(await deleteArticlesOlderThan(db, 1500, 4000)).toBe(2);
    expect((await listArticles(db)).articles.map((a) => a.title)).toEqual(['Gamma tram']);
    expect(await countClaims(db)).toBe(1);
  });

  // Regression: the ids were read outside the delete transactions, so a capture racing the sweep lost its article.
  it('deleteArticlesOlderThan keeps an article seen again while it runs', async () => {
    const db = freshDb();
    const a = makeArticle({ domain: 'harbour.example', name: 'Harbour' }, 'Ferry delayed by fog', ['The morning ferry to Orlen Island was delayed by fog for three hours on Tuesday.']);
    const { articleId } = await saveArticle(db, ...withClaims(a), { now: 1000 });
    const [deleted, revisit] = await Promise.all([deleteArticlesOlderThan(db, 1000, 5000), saveArticle(db, ...withClaims(a), { now: 5000 })]);
    expect([deleted, revisit.articleId]).toEqual([0, articleId]);
    expect(await db.articles.get(articleId)).toMatchObject({ lastSeen: 5000 });
  });

  it('deleteEverything empties every table', async () => {
    const { db } = await seeded();
    await deleteEverything(db);
    expect(await counts(db)).toEqual({ articles: 0, claims: 0, terms: 0, outlets: 0 });
  });
});
