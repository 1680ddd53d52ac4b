/** Which same-story articles a report lists: high story similarity, read, and no statement shared. */
import { describe, expect, it } from 'vitest';
import { MAX_SAME_STORY, SAME_STORY_SHOWN, sameStoryArticles } from '../../../utils/library/same-story';
import type { StoredArticle, StoredOutlet } from '../../../utils/library/types';

/** A stored article row with only the fields the list reads. */
function article(id: number, outletId: string, title = `Story ${id}`): StoredArticle {
  return { id, outletId, title, url: `https://${outletId}.test/${id}`, publishedTime: null, firstSeen: 1000 + id, lang: 'en' } as unknown as StoredArticle;
}
const OUTLETS = new Map<string, StoredOutlet>([
  ['herald', { id: 'herald', name: 'The Herald', domains: ['herald.test'] } as StoredOutlet],
  ['radio', { id: 'radio', name: 'Valley Radio', domains: ['radio.test'] } as StoredOutlet],
]);
const ARTICLES = new Map([1, 2, 3].map((id) => [id, article(id, id === 1 ? 'herald' : id === 2 ? 'radio' : 'gone')]));

describe('sameStoryArticles', () => {
  it.each([
    ['at the threshold, unlinked: listed', [{ articleId: 1, similarity: SAME_STORY_SHOWN }], [], [1]],
    ['below the threshold: not listed', [{ articleId: 1, similarity: SAME_STORY_SHOWN - 0.01 }], [], []],
    ['sharing a statement: not listed (its claim cards show it)', [{ articleId: 1, similarity: 0.9 }], [1], []],
    ['not read (the reader\'s own outlet is never read): not listed', [{ articleId: 9, similarity: 0.9 }], [], []],
    ['most similar first', [{ articleId: 1, similarity: 0.5 }, { articleId: 2, similarity: 0.7 }], [], [2, 1]],
  ] as const)('%s', (_name, stories, linked, expected) => {
    expect(sameStoryArticles(stories, ARTICLES, OUTLETS, new Set(linked)).map((a) => a.articleId)).toEqual(expected);
  });

  it('names the outlet, or its id when the outlet row is missing, and rounds the similarity', () => {
    const [a, b] = sameStoryArticles([{ articleId: 1, similarity: 0.61234 }, { articleId: 3, similarity: 0.6 }], ARTICLES, OUTLETS, new Set());
    expect(a).toMatchObject({ outlet: 'The Herald', domain: 'herald.test', title: 'Story 1', url: 'https://herald.test/1', similarity: 0.612, lang: 'en' });
    expect(b).toMatchObject({ outlet: 'gone', domain: null });
  });

  it(`lists at most ${MAX_SAME_STORY}`, () => {
    const many = new Map(Array.from({ length: 15 }, (_, i) => [i + 1, article(i + 1, 'herald')] as const));
    const stories = [...many.keys()].map((id) => ({ articleId: id, similarity: 0.5 + id / 100 }));
    const listed = sameStoryArticles(stories, many, OUTLETS, new Set());
    expect(listed.map((a) => a.articleId)).toEqual([15, 14, 13, 12, 11, 10, 9, 8, 7, 6]);
  });
});
