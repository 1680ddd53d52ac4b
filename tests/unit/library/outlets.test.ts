import { describe, expect, it } from 'vitest';
import { countClaims, saveArticle } from '../../../utils/library/articles';
import {
  countArticles, deleteOutlet, DuplicateOutletNameError, listOutlets, mergeOutlets, renameOutlet, sameOutletName, setGroups, setWire,
} from '../../../utils/library/outlets';
import { freshDb, makeArticle, withClaims } from './helpers';

const UK = { domain: 'broadcaster.co.uk', name: 'Broadcaster' };
const COM = { domain: 'broadcaster.com', name: 'Broadcaster Intl' };
const OTHER = { domain: 'weekly.example', name: 'Weekly' };

async function seeded() {
  const db = freshDb();
  await saveArticle(db, ...withClaims(makeArticle(UK, 'Floods in the north', ['Heavy rain flooded 200 homes in the north on Sunday.'])), { now: 1000 });
  await saveArticle(db, ...withClaims(makeArticle(UK, 'Rail strike', ['Train drivers will strike for two days next week.'])), { now: 2000 });
  await saveArticle(db, ...withClaims(makeArticle(COM, 'Floods in the north', ['Heavy rain flooded 200 homes in the north on Sunday.'],
    { canonicalUrl: 'https://www.broadcaster.co.uk/news/floods-in-the-north' })), { now: 3000 });
  await saveArticle(db, ...withClaims(makeArticle(COM, 'Budget vote', ['Parliament will vote on the budget on Thursday.'])), { now: 4000 });
  await saveArticle(db, ...withClaims(makeArticle(OTHER, 'Budget vote', ['Parliament will vote on the budget on Thursday.'])), { now: 5000 });
  return db;
}

describe('outlets', () => {
  it('lists outlets with article counts, most recently seen first', async () => {
    const db = await seeded();
    const list = await listOutlets(db);
    expect(list.map((o) => [o.id, o.articleCount, o.lastSeen])).toEqual([
      ['weekly.example', 1, 5000], ['broadcaster.com', 2, 4000], ['broadcaster.co.uk', 2, 2000],
    ]);
  });

  it('rename sticks across later captures', async () => {
    const db = await seeded();
    expect(await renameOutlet(db, 'weekly.example', '  The Weekly ')).toBe(true);
    await saveArticle(db, ...withClaims(makeArticle(OTHER, 'More', ['Another story about the budget.'])));
    expect((await db.outlets.get('weekly.example'))!.name).toBe('The Weekly');
    expect(await renameOutlet(db, 'nope.example', 'X')).toBe(false);
    expect(await renameOutlet(db, 'weekly.example', '  ')).toBe(false);
  });

  it.each([
    ['Broadcaster', 'Broadcaster', true],
    ['broadcaster', 'BROADCASTER', true],
    ['  Broadcaster ', 'Broadcaster', true],
    ['Broadcaster', 'Broadcaster Intl', false],
    ['The Weekly', 'Weekly', false],
  ])('sameOutletName(%j, %j) is %s', (a, b, same) => {
    expect(sameOutletName(a, b)).toBe(same);
  });

  // Regression (options review): a rename to another outlet's exact name was accepted silently,
  // leaving two rows and two sidebar chips with one name.
  it.each([
    ['exactly', 'Broadcaster Intl'],
    ['in another case', 'broadcaster INTL'],
    ['with spaces around', '  Broadcaster Intl  '],
  ])('rename refuses another outlet\'s name (%s) and changes nothing', async (_how, name) => {
    const db = await seeded();
    const refusal = renameOutlet(db, 'weekly.example', name);
    await expect(refusal).rejects.toBeInstanceOf(DuplicateOutletNameError);
    await expect(refusal).rejects.toMatchObject({ existing: 'Broadcaster Intl' });
    const kept = (await db.outlets.get('weekly.example'))!;
    expect([kept.name, Boolean(kept.renamed)]).toEqual(['Weekly', false]);
  });

  it.each([
    ['its own name in another case', 'broadcaster.com', 'BROADCASTER INTL', 'BROADCASTER INTL'],
    ['a name that only contains another', 'weekly.example', 'Broadcaster Weekly', 'Broadcaster Weekly'],
  ])('rename accepts %s', async (_how, id, name, stored) => {
    const db = await seeded();
    expect(await renameOutlet(db, id, name)).toBe(true);
    expect((await db.outlets.get(id))!.name).toBe(stored);
  });

  it('wire flag and groups', async () => {
    const db = await seeded();
    await setWire(db, 'weekly.example', true);
    await setGroups(db, 'weekly.example', ['local', ' local', 'print ', '']);
    const o = (await db.outlets.get('weekly.example'))!;
    expect([o.wire, o.groups]).toEqual([true, ['local', 'print']]);
  });

  it('merge: the target takes domains and articles, duplicate identities collapse, keys stay consistent', async () => {
    const db = await seeded();
    expect(await mergeOutlets(db, 'broadcaster.co.uk', 'broadcaster.com')).toBe(1);
    expect(await db.outlets.get('broadcaster.com')).toBeUndefined();
    expect((await db.outlets.get('broadcaster.co.uk'))!.domains).toEqual(['broadcaster.co.uk', 'broadcaster.com']);
    // The .com floods copy has the .co.uk canonical URL: after the merge it is the same article.
    expect(await countArticles(db, 'broadcaster.co.uk')).toBe(3);
    expect(await countClaims(db)).toBe(4);
    const keys = (await db.articles.toArray()).map((a) => a.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect((await db.terms.toArray()).every((t) => t.outletId !== 'broadcaster.com')).toBe(true);
    // A new capture from the alias domain lands in the merged outlet, without duplicating.
    const again = await saveArticle(db, ...withClaims(makeArticle(COM, 'Budget vote', ['Parliament will vote on the budget on Thursday.'])));
    expect([again.outletId, again.created]).toEqual(['broadcaster.co.uk', false]);
  });

  it.each([['unknown source', 'broadcaster.co.uk', 'none'], ['same outlet', 'weekly.example', 'weekly.example']])('merge refuses %s', async (_n, t, s) => {
    const db = await seeded();
    expect(await mergeOutlets(db, t, s)).toBeNull();
    expect(await db.outlets.count()).toBe(3);
  });

  it('delete removes the outlet with all its articles and reports how many', async () => {
    const db = await seeded();
    expect(await countArticles(db, 'broadcaster.com')).toBe(2);
    expect(await deleteOutlet(db, 'broadcaster.com')).toBe(2);
    expect([await db.articles.count(), await countClaims(db), await db.terms.count(), await db.outlets.count()]).toEqual([3, 3, 3, 2]);
  });
});
