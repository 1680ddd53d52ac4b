/**
 * Regression tests for the options page's article search (listArticles with a query): a double
 * space, a word typed without its accents and an outlet's name found nothing. The query is now
 * split into folded words that must all occur in the title, the URL or the outlet's name.
 */
import { describe, expect, it } from 'vitest';
import { saveArticle } from '../../../utils/library/articles';
import { foldForSearch, listArticles, searchWords, type ArticleQuery } from '../../../utils/library/article-list';
import type { LibraryDb } from '../../../utils/library/db';
import { freshDb, makeArticle, withClaims } from './helpers';

const HERALD = { domain: 'herald.example', name: 'The Herald' };
const DENIK = { domain: 'denik.example', name: 'Deník Sever' };

/** Four articles over two outlets, last read at 1000…4000 (newest last). */
async function library(): Promise<LibraryDb> {
  const db = freshDb();
  const items = [
    makeArticle(HERALD, 'Port strike ends', ['Dock workers ended a nine-day strike on Friday.']),
    makeArticle(DENIK, 'Povodeň hrozí městu', ['Řeka stoupá a město se připravuje.'], { url: 'https://www.denik.example/zpravy/povode%C5%88-hroz%C3%AD' }),
    makeArticle(HERALD, 'Council approves budget', ['The city council approved the budget on Tuesday.']),
    makeArticle(DENIK, 'Ｆｕｌｌ-width report', ['A report typed in full-width letters.'], { url: null, canonicalUrl: null }),
  ];
  for (const [i, a] of items.entries()) await saveArticle(db, ...withClaims(a), { now: (i + 1) * 1000 });
  return db;
}

describe('regression: the article search missed double spaces, unaccented words and outlet names', () => {
  it.each<[string, ArticleQuery, string[]]>([
    ['a double space between words', { query: 'port  strike' }, ['Port strike ends']],
    ['leading, trailing and tab whitespace', { query: ' \tport strike\n ' }, ['Port strike ends']],
    ['words in another order (AND of words)', { query: 'ends port' }, ['Port strike ends']],
    ['a word that is in no field rules the article out', { query: 'port budget' }, []],
    ['a word typed without accents', { query: 'hrozi' }, ['Povodeň hrozí městu']],
    ['accents in the query match plain text too', { query: 'Strïke' }, ['Port strike ends']],
    ['upper case', { query: 'MĚSTU' }, ['Povodeň hrozí městu']],
    ['an outlet name', { query: 'herald' }, ['Council approves budget', 'Port strike ends']],
    ['an outlet name typed without accents', { query: 'denik sever' }, ['Ｆｕｌｌ-width report', 'Povodeň hrozí městu']],
    ['an outlet word and a title word together', { query: 'herald budget' }, ['Council approves budget']],
    ['a %-escaped URL, decoded and unaccented', { query: 'zpravy/povoden-hrozi' }, ['Povodeň hrozí městu']],
    ['a URL word', { query: 'news/council' }, ['Council approves budget']],
    ['compatibility forms (full-width letters, NFKD)', { query: 'full-width' }, ['Ｆｕｌｌ-width report']],
    ['a word cannot span the title and the outlet name', { query: 'endsthe' }, []],
    ['a blank query lists everything', { query: '   ' }, ['Ｆｕｌｌ-width report', 'Council approves budget', 'Povodeň hrozí městu', 'Port strike ends']],
    ['the outlet filter still applies with a query', { query: 'e', outletId: 'herald.example', sort: 'oldest' }, ['Port strike ends', 'Council approves budget']],
    ['sorting by title still applies', { query: 'herald', sort: 'title' }, ['Council approves budget', 'Port strike ends']],
  ])('%s', async (_name, q, titles) => {
    const page = await listArticles(await library(), q);
    expect(page.articles.map((a) => a.title)).toEqual(titles);
    expect(page.total).toBe(titles.length);
  });

  it('pages through the matches and counts them all', async () => {
    const db = await library();
    const page = await listArticles(db, { query: 'the  herald', offset: 1, limit: 1 });
    expect(page.articles.map((a) => a.title)).toEqual(['Port strike ends']);
    expect(page.total).toBe(2);
  });

  it('never unpacks an article text: a row with an unreadable body is still searched by title', async () => {
    const db = await library();
    const id = (await db.articles.where('title').equals('Port strike ends').first())!.id!;
    await db.articles.update(id, { body: new Uint8Array([250, 1, 2]) });
    expect((await listArticles(db, { query: 'strike' })).articles.map((a) => a.id)).toEqual([id]);
  });

  it.each([
    ['  Povodeň   HROZÍ ', 'povoden hrozi'],
    ['ﬁnal Ｆｕｌｌ', 'final full'],
    ['İstanbul', 'istanbul'],
    ['\t\n', ''],
  ])('foldForSearch(%j) is %j', (text, folded) => {
    expect(foldForSearch(text)).toBe(folded);
  });

  it.each<[string | undefined, string[]]>([
    [undefined, []],
    ['', []],
    ['  a   b ', ['a', 'b']],
    ['Hrozí  městu', ['hrozi', 'mestu']],
  ])('searchWords(%j) is %j', (query, words) => {
    expect(searchWords(query)).toEqual(words);
  });
});
