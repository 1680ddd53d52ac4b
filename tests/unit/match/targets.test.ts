import { describe, expect, it } from 'vitest';
import { saveArticle } from '../../../utils/library/articles';
import { claimKeys } from '../../../utils/match/keys';
import { readTargets } from '../../../utils/match/targets';
import { freshDb, makeArticle, withClaims } from '../library/helpers';

const A = { domain: 'harbourtimes.example', name: 'Harbour Times' };
const B = { domain: 'inlandpost.example', name: 'Inland Post' };

const story = makeArticle(A, 'Ferry strike in Lowmere', [
  'Ferry crews in Lowmere walked out on Monday over a pay offer of 3 percent.',
  'The union said 400 members had joined the strike.',
]);
const copy = makeArticle(B, 'Lowmere ferry crews strike', [
  'Ferry crews in Lowmere walked out on Monday over a pay offer of 3 percent.',
  'Commuters faced long queues at the Lowmere terminal.',
]);
const other = makeArticle(B, 'Lowmere council budget', [
  'The council approved a budget of 12 million pounds.',
  'The union said 400 members had joined the strike.',
]);

async function library() {
  const db = freshDb();
  const ids: number[] = [];
  for (const a of [story, copy, other]) ids.push((await saveArticle(db, ...withClaims(a))).articleId);
  const outletOf = async (id: number) => (await db.articles.get(id))!.outletId;
  return { db, ids, outlets: [await outletOf(ids[0]), await outletOf(ids[1])] };
}

const read = (db: ReturnType<typeof freshDb>, req: Parameters<typeof readTargets>[1]) =>
  db.transaction('r', [db.articles, db.claims, db.outlets], () => readTargets(db, req));

describe('readTargets', () => {
  it('returns story targets first with all claims, then cross-story ones with only their keyed claims', async () => {
    const { db, ids, outlets } = await library();
    const crossKeys = new Set(claimKeys('The union said 400 members had joined the strike.'));
    const got = await read(db, { stories: [{ articleId: ids[1], similarity: 0.6 }], crossIds: [ids[2]], crossKeys, outletIds: [outlets[1]], outletId: outlets[0] });
    expect(got.targets.map((t) => [t.articleId, t.sameStory, t.similarity, t.claims.map((c) => c.text)])).toEqual([
      [ids[1], true, 0.6, ['Ferry crews in Lowmere walked out on Monday over a pay offer of 3 percent.', 'Commuters faced long queues at the Lowmere terminal.']],
      [ids[2], false, 0, ['The union said 400 members had joined the strike.']],
    ]);
    // Regression (work done twice): each target carries its claims screened, so alignment does not
    // screen or prepare again a claim the bounded cache of prepared claims has evicted.
    expect(got.targets.map((t) => t.screens?.map((p) => p.text))).toEqual(got.targets.map((t) => t.claims.map((c) => c.text)));
    expect([...got.articles.keys()].sort()).toEqual([ids[1], ids[2]].sort());
    expect([...got.outlets.keys()]).toEqual([outlets[1]]);
  });
  it('screens a sentence found in several targets once (a wire copy is not prepared per outlet)', async () => {
    const { db, ids } = await library();
    const got = await read(db, { stories: [{ articleId: ids[0], similarity: 0.6 }, { articleId: ids[1], similarity: 0.6 }], crossIds: [], crossKeys: new Set(), outletIds: [], outletId: null });
    const [a, b] = got.targets.map((t) => t.screens!);
    expect(a[0].text).toBe(b[0].text);
    expect(a[0]).toBe(b[0]);
    expect(a[1]).not.toBe(b[1]);
  });
  it.each([
    ['an article of the query\'s own outlet', (ids: number[]) => ids[0]],
    ['an article that is not stored', () => 999_999],
  ])('leaves out %s', async (_name, pick) => {
    const { db, ids, outlets } = await library();
    const got = await read(db, { stories: [{ articleId: pick(ids), similarity: 0.5 }], crossIds: [], crossKeys: new Set(), outletIds: [], outletId: outlets[0] });
    expect(got.targets).toEqual([]);
    expect(got.articles.size).toBe(0);
  });
});
