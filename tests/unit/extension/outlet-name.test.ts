/**
 * The outlet name the sidebar shows for a captured page is the library's name for its outlet,
 * over a real (fake-indexeddb) library. Regression: after dailyplanet.test/story.html (og:site_name
 * "The Daily Planet"), dailyplanet.test/freight.html (no og:site_name) was headed "dailyplanet.test"
 * and filtered as "Only dailyplanet.test", while Options listed both under "The Daily Planet".
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { publishExtraction } from '../../../extension/capture';
import { dexieLibrary, openDb } from '../../../extension/library';
import { articleClaims } from '../../../utils/claims/index';
import type { OutletRef } from '../../../utils/extract/types';
import { makeArticle } from '../library/helpers';
import { fakeDeps } from './fake-deps';

const STORY = 'https://dailyplanet.test/story.html';
const FREIGHT = 'https://dailyplanet.test/freight.html';

/** Captures `url` of dailyplanet.test with the page's own outlet `ref`; returns the sidebar's outlet name. */
async function capture(url: string, ref: OutletRef, title: string, text: string): Promise<string | undefined> {
  const { deps, navigate } = fakeDeps();
  deps.library = dexieLibrary;
  navigate(url);
  const article = makeArticle(ref, title, [text], { url, canonicalUrl: url });
  const view = await publishExtraction(deps, 1, url, { ok: true, article, claims: articleClaims(article), ms: 1 });
  return view.state === 'ready' ? view.article.outlet : undefined;
}

beforeEach(async () => {
  fakeBrowser.reset();
  const db = await openDb();
  await Promise.all([db.outlets.clear(), db.articles.clear()]);
});

const PLANET = { domain: 'dailyplanet.test', name: 'The Daily Planet' };
const BARE = { domain: 'dailyplanet.test', name: 'dailyplanet.test' };

describe('the sidebar\'s outlet name', () => {
  it.each([
    { page: 'regression: a page without og:site_name', ref: BARE, renamed: null, shown: 'The Daily Planet' },
    { page: 'a page of an outlet the reader renamed in Options', ref: PLANET, renamed: 'Planet', shown: 'Planet' },
  ])('is the library\'s name on $page', async ({ ref, renamed, shown }) => {
    expect(await capture(STORY, PLANET, 'Ferry strike strands commuters', 'Ferry workers walked out on Monday, stranding 4,000 commuters at the harbour.')).toBe('The Daily Planet');
    if (renamed) await (await openDb()).outlets.update('dailyplanet.test', { name: renamed, renamed: true });
    expect(await capture(FREIGHT, ref, 'Freight rates climb', 'Freight rates at the harbour rose by 12 per cent in March, the port authority said.')).toBe(shown);
  });
});
