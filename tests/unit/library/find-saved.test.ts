/**
 * A page's stored article found from its address alone (find-saved.ts), for the excluded-site screen.
 * Regression: that screen said "nothing from this page was saved" of a page saved before its site
 * was excluded, though the article was still in the library and in other pages' coverage.
 */
import { describe, expect, it } from 'vitest';
import { saveArticle } from '../../../utils/library/articles';
import { findSavedArticle } from '../../../utils/library/find-saved';
import { freshDb, makeArticle, withClaims } from './helpers';

const FERRY = 'https://metroherald.test/ferry.html';
const ferry = makeArticle({ domain: 'metroherald.test', name: 'Metro Herald' }, 'Ferry strike strands commuters',
  ['Ferry workers walked out on Monday, stranding 4,000 commuters at the harbour.'], { url: FERRY, canonicalUrl: FERRY });
/** The same site's page whose canonical link names another address. */
const moved = makeArticle({ domain: 'metroherald.test', name: 'Metro Herald' }, 'Port reopens',
  ['The port reopened on Tuesday after a two-day closure, the harbour master said.'],
  { url: 'https://metroherald.test/port.html?ref=home', canonicalUrl: 'https://metroherald.test/port' });

describe('findSavedArticle', () => {
  it.each([
    { page: 'the saved page', url: FERRY, known: 'none', found: 'ferry' },
    { page: 'the saved page, with a #fragment and http', url: 'http://metroherald.test/ferry.html#top', known: 'none', found: 'ferry' },
    { page: 'another page of the site', url: 'https://metroherald.test/other.html', known: 'none', found: null },
    { page: 'a site never saved', url: 'https://bank.test/ferry.html', known: 'none', found: null },
    { page: 'a page whose canonical address differs, unknown id', url: moved.url!, known: 'none', found: null },
    { page: 'a page whose canonical address differs, its id known', url: moved.url!, known: 'moved', found: 'moved' },
    { page: 'another page than the known id\'s', url: 'https://metroherald.test/other.html', known: 'moved', found: null },
  ])('$page: $found', async ({ url, known, found }) => {
    const db = await freshDb().openLibrary();
    const ids = {
      ferry: (await saveArticle(db, ...withClaims(ferry))).articleId,
      moved: (await saveArticle(db, ...withClaims(moved))).articleId,
    };
    const knownId = known === 'none' ? null : ids[known as keyof typeof ids];
    expect(await findSavedArticle(db, url, knownId)).toBe(found === null ? null : ids[found as keyof typeof ids]);
  });

  it('does not find a deleted article by its known id', async () => {
    const db = await freshDb().openLibrary();
    const { articleId } = await saveArticle(db, ...withClaims(moved));
    await db.articles.delete(articleId);
    expect(await findSavedArticle(db, moved.url!, articleId)).toBeNull();
  });
});
