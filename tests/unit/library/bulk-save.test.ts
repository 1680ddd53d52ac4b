/** Bulk loading: the same rows as saveArticle, many per transaction; repeated identities stored once. */
import { describe, expect, it } from 'vitest';
import { countClaims, getArticleClaims, saveArticle } from '../../../utils/library/articles';
import { bulkSaveArticles } from '../../../utils/library/bulk-save';
import { freshDb, makeArticle, withClaims } from './helpers';

const HERALD = { domain: 'herald.example', name: 'The Herald' };
const POST = { domain: 'post.example', name: 'Coast Post' };
const tram = makeArticle(HERALD, 'Tram line approved', ['The council approved the new tram line on Monday.', 'Work starts in May, the mayor said.']);
const ferry = makeArticle(POST, 'Ferry fares rise', ['Ferry fares to Orlen Island will rise by 8 percent in June.']);
const item = (a: typeof tram) => { const [article, claims] = withClaims(a); return { article, claims }; };

describe('bulkSaveArticles', () => {
  it.each([
    { name: 'new articles', preSaved: [], items: [tram, ferry], articles: 2, sameIds: [] as [number, number][] },
    { name: 'an article repeated in the input is stored once', preSaved: [], items: [tram, ferry, tram], articles: 2, sameIds: [[0, 2]] },
    { name: 'an article already stored keeps its id', preSaved: [tram], items: [ferry, tram], articles: 2, sameIds: [] },
  ])('$name', async ({ preSaved, items, articles, sameIds }) => {
    const db = freshDb();
    const before = await Promise.all(preSaved.map((a) => saveArticle(db, ...withClaims(a))));
    const ids = await bulkSaveArticles(db, items.map(item));
    expect(ids).toHaveLength(items.length);
    expect(await db.articles.count()).toBe(articles);
    for (const [x, y] of sameIds) expect(ids[x]).toBe(ids[y]);
    if (before.length) expect(ids[1]).toBe(before[0].articleId);
    const texts = await Promise.all(ids.map((id) => getArticleClaims(db, id).then((cs) => cs.map((c) => c.text))));
    expect(texts).toEqual(items.map((a) => withClaims(a)[1].map((c) => c.text)));
    expect(await countClaims(db)).toBe([tram, ferry].reduce((s, a) => s + withClaims(a)[1].length, 0));
  });
});
