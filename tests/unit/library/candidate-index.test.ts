/** The candidate indexes kept in postings buckets (candidate-index.ts), and the library writers that keep them right. */
import { describe, expect, it } from 'vitest';
import { BucketEdits, KEY_BUCKETS, lookupPostings, termHash, TERM_BUCKETS } from '../../../utils/library/candidate-index';
import { deleteArticlesOlderThan, forgetArticle, saveArticle } from '../../../utils/library/articles';
import { deleteOutlet } from '../../../utils/library/outlets';
import { claimKeys } from '../../../utils/match/keys';
import { freshDb, makeArticle, withClaims } from './helpers';

/** Two hashes of one bucket, and one of another. */
const [a, b, elsewhere] = [(1 << 13) | 5, (2 << 13) | 5, (1 << 13) | 6];

describe('BucketEdits', () => {
  it.each<{ name: string; steps: (e: BucketEdits) => void; expected: [number, number[]][] }>([
    { name: 'adds postings', steps: (e) => e.add(1, [a, b, elsewhere]), expected: [[a, [1]], [b, [1]], [elsewhere, [1]]] },
    { name: 'drops an article from the buckets of its keys', steps: (e) => e.drop(1, [a]), expected: [] },
    { name: 'a drop before an add replaces the article’s postings', steps: (e) => { e.drop(1, [a]); e.add(1, [b]); }, expected: [[b, [1]]] },
    { name: 'a drop also cancels pending adds of that article', steps: (e) => { e.add(2, [a, b]); e.drop(2, [a]); }, expected: [[a, [1]]] },
  ])('$name', async ({ steps, expected }) => {
    const db = freshDb();
    await db.open();
    const edits = new BucketEdits(KEY_BUCKETS);
    edits.add(1, [a]);
    await edits.apply(db.keyPostings);
    steps(edits);
    await edits.apply(db.keyPostings);
    expect([...(await lookupPostings(db.keyPostings, KEY_BUCKETS, [a, b, elsewhere]))]).toEqual(expected);
    if (expected.length === 0) expect(await db.keyPostings.count()).toBe(0);
  });
});

const ferry = makeArticle({ domain: 'harbour.example', name: 'Harbour News' }, 'Ferry to Orlen delayed', [
  'The morning ferry to Orlen Island was delayed by fog on Tuesday.', 'Crews said the ferry would sail again at noon.',
]);
const edited = { ...ferry, paragraphs: ['The morning ferry to Orlen Island was cancelled because of a storm on Tuesday.'] };
const bridge = makeArticle({ domain: 'isle.example', name: 'Isle Post' }, 'Tessel bridge budget approved', [
  'Marrowdale council voted 7 to 4 to spend 18 million crowns on the Tessel bridge.',
]);

/** Articles the indexes list under the exact key of `sentence` and under the story term `term`. */
async function indexed(db: ReturnType<typeof freshDb>, sentence: string, term: string): Promise<[number[], number[]]> {
  const [key] = claimKeys(sentence);
  const keys = await lookupPostings(db.keyPostings, KEY_BUCKETS, [key]);
  const terms = await lookupPostings(db.termPostings, TERM_BUCKETS, [termHash(term)]);
  return [keys.get(key) ?? [], terms.get(termHash(term)) ?? []];
}

describe('library writers keep the postings right', () => {
  it('a saved article is found by its claim keys and story terms', async () => {
    const db = freshDb();
    const { articleId } = await saveArticle(db, ...withClaims(ferry));
    expect(await indexed(db, ferry.paragraphs[0], 'orlen')).toEqual([[articleId], [articleId]]);
  });

  it('regression: an article re-captured with edited text is no longer found by its old sentences', async () => {
    const db = freshDb();
    const { articleId } = await saveArticle(db, ...withClaims(ferry));
    await saveArticle(db, ...withClaims(edited));
    expect((await indexed(db, ferry.paragraphs[0], 'orlen'))[0]).toEqual([]);
    expect(await indexed(db, edited.paragraphs[0], 'orlen')).toEqual([[articleId], [articleId]]);
  });

  it.each([
    { name: 'forgetting an article', remove: (db: ReturnType<typeof freshDb>, id: number) => forgetArticle(db, id) },
    { name: 'deleting its outlet', remove: (db: ReturnType<typeof freshDb>) => deleteOutlet(db, 'harbour.example') },
    { name: 'deleting old articles', remove: (db: ReturnType<typeof freshDb>) => deleteArticlesOlderThan(db, 1000, 10_000) },
  ])('$name drops its postings and keeps the others', async ({ remove }) => {
    const db = freshDb();
    const { articleId } = await saveArticle(db, ...withClaims(ferry), { now: 1 });
    const kept = await saveArticle(db, ...withClaims(bridge), { now: 9_500 });
    await remove(db, articleId);
    expect(await indexed(db, ferry.paragraphs[0], 'orlen')).toEqual([[], []]);
    expect(await indexed(db, bridge.paragraphs[0], 'tessel')).toEqual([[kept.articleId], [kept.articleId]]);
  });
});
