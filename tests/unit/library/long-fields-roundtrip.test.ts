/**
 * Regression (user-level audit): a page with a 6,000-character URL, or an outlet renamed to a
 * 351-character name, was stored as is, and then the library's own export was refused on import
 * ("Too big: expected string to have <=5000 characters at articles.0.key"). Everything stored
 * must now import again from its export, with nothing lost beyond the documented clamping.
 */
import { describe, expect, it } from 'vitest';
import { saveArticle } from '../../../utils/library/articles';
import { bulkSaveArticles } from '../../../utils/library/bulk-save';
import {
  clampText, fitOutletName, MAX_BYLINE_LENGTH, MAX_KEY_LENGTH, MAX_OUTLET_ID_LENGTH, MAX_OUTLET_NAME_LENGTH, MAX_TITLE_LENGTH,
} from '../../../utils/library/field-limits';
import { exportToString, importLibrary } from '../../../utils/library/import-export';
import type { LibraryDb } from '../../../utils/library/db';
import { renameOutlet, setGroups } from '../../../utils/library/outlets';
import { freshDb, makeArticle, withClaims } from './helpers';

const LONG_URL = `http://copycat.test/story?ref=${'a'.repeat(6000)}`;
const LONG_NAME = 'N'.repeat(351);
const LONG_SITE = `The ${'Very '.repeat(200)}Long Gazette`;
const LONG_TITLE = `Floods ${'and more floods '.repeat(1000)}`;
const LONG_BYLINE = `By ${'Someone Else, '.repeat(1000)}`;
const BODY = ['Heavy rain flooded 200 homes in the north on Sunday.', '"We lost everything," said resident Ann Vale.'];

/** Export `db` with the project's exporter and import it into a fresh library. */
async function roundTrip(db: LibraryDb) {
  const target = freshDb();
  const result = await importLibrary(target, await exportToString(db, { now: 0 }));
  return { target, result };
}

/** The export of a library without its timestamp. */
async function exported(db: LibraryDb) {
  return JSON.parse(await exportToString(db, { now: 0 }));
}

describe('regression: the library export refused on import (long URL, long outlet name)', () => {
  it('exports and imports a long URL, a renamed outlet and long site name, title and byline', async () => {
    const db = freshDb();
    await saveArticle(db, ...withClaims(makeArticle({ domain: 'copycat.test', name: 'Copycat' }, 'Long link', BODY, { url: LONG_URL, canonicalUrl: LONG_URL })), { now: 1000 });
    await saveArticle(db, ...withClaims(makeArticle({ domain: 'herald.example', name: 'Herald' }, 'Storms', ['Storms are expected on the coast on Monday.'])), { now: 2000 });
    expect(await renameOutlet(db, 'herald.example', LONG_NAME)).toBe(true);
    expect(await setGroups(db, 'herald.example', ['g'.repeat(500), ...Array.from({ length: 150 }, (_, i) => `group ${i}`)])).toBe(true);
    await saveArticle(db, ...withClaims(makeArticle({ domain: null, name: LONG_SITE }, LONG_TITLE, BODY, {
      byline: LONG_BYLINE, lang: `en${'-abcdefgh'.repeat(10)}`, publishedTime: '2024'.repeat(30),
    })), { now: 3000 });

    const { target, result } = await roundTrip(db);
    expect(result).toEqual({ ok: true, outlets: 3, added: 3, updated: 0, unchanged: 0 });
    expect(await exported(target)).toEqual(await exported(db));

    const copy = (await target.articles.where('outletId').equals('copycat.test').first())!;
    expect([copy.url, copy.canonicalUrl, copy.key.startsWith('copycat.test|t:')]).toEqual([null, null, true]);
    const herald = (await target.outlets.get('herald.example'))!;
    expect(herald.name).toBe(fitOutletName(LONG_NAME));
    expect(herald.name.length).toBeLessThanOrEqual(MAX_OUTLET_NAME_LENGTH);
    expect(herald.groups).toHaveLength(100);
    const site = (await target.outlets.toArray()).find((o) => o.id.startsWith('name:'))!;
    expect(site.name).toBe(fitOutletName(LONG_SITE));
    expect(site.id.length).toBeLessThanOrEqual(MAX_OUTLET_ID_LENGTH);
    const long = (await target.articles.where('outletId').equals(site.id).first())!;
    expect(long.title).toBe(clampText(LONG_TITLE, MAX_TITLE_LENGTH));
    expect(long.byline).toBe(clampText(LONG_BYLINE, MAX_BYLINE_LENGTH));
    expect([long.lang, long.publishedTime, long.title.length <= MAX_TITLE_LENGTH]).toEqual([null, null, true]);
    expect(await target.claims.count()).toBe(await db.claims.count());
  });

  it.each([
    ['saveArticle', async (db: LibraryDb, a: ReturnType<typeof withClaims>) => void (await saveArticle(db, ...a))],
    ['bulkSaveArticles', async (db: LibraryDb, a: ReturnType<typeof withClaims>) => void (await bulkSaveArticles(db, [{ article: a[0], claims: a[1] }]))],
  ])('%s keeps the same key for the same long-URL page, within MAX_KEY_LENGTH', async (_name, save) => {
    const db = freshDb();
    const page = () => withClaims(makeArticle({ domain: 'copycat.test', name: 'Copycat' }, 'Long link', BODY, { url: LONG_URL, canonicalUrl: LONG_URL }));
    await save(db, page());
    await save(db, page());
    const rows = await db.articles.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0].key.length).toBeLessThanOrEqual(MAX_KEY_LENGTH);
    expect((await roundTrip(db)).result).toEqual({ ok: true, outlets: 1, added: 1, updated: 0, unchanged: 0 });
  });
});

describe('rows stored before the limits existed', () => {
  it('are fitted on export, so the library still imports from its own export', async () => {
    const db = freshDb();
    const { articleId } = await saveArticle(db, ...withClaims(makeArticle({ domain: 'copycat.test', name: 'Copycat' }, 'Long link', BODY)), { now: 1000 });
    // As an older version stored them: the long URL in the key, a long outlet name and title.
    await db.articles.update(articleId, { url: LONG_URL, canonicalUrl: LONG_URL, key: `copycat.test|u:${LONG_URL}`, title: LONG_TITLE.repeat(2) });
    await db.outlets.update('copycat.test', { name: LONG_NAME });
    const { target, result } = await roundTrip(db);
    expect(result).toMatchObject({ ok: true, added: 1 });
    const copy = (await target.articles.toArray())[0];
    expect([copy.url, copy.canonicalUrl, copy.key.startsWith('copycat.test|t:')]).toEqual([null, null, true]);
    expect(copy.title).toBe(clampText(LONG_TITLE.repeat(2), MAX_TITLE_LENGTH));
    expect((await target.outlets.get('copycat.test'))!.name).toBe(fitOutletName(LONG_NAME));
  });

  // Regression (review): an outlet id made by an older version from a long site name, or an outlet
  // with more alias domains than the format takes, still made the export unimportable.
  it('fits outlet ids and alias domains stored by older versions, with their articles', async () => {
    const db = freshDb();
    const { articleId } = await saveArticle(db, ...withClaims(makeArticle({ domain: null, name: 'Short Name' }, 'Storm', BODY)), { now: 1000 });
    const old = (await db.outlets.toArray())[0];
    const legacyId = `name:${LONG_NAME}${LONG_NAME}`;
    const row = (await db.articles.get(articleId))!;
    await db.outlets.delete(old.id);
    await db.outlets.add({ ...old, id: legacyId, name: LONG_NAME, domains: Array.from({ length: 121 }, (_, i) => `alias${i}.example`) });
    await db.articles.update(articleId, { outletId: legacyId, key: legacyId + row.key.slice(old.id.length) });
    const { target, result } = await roundTrip(db);
    expect(result).toMatchObject({ ok: true, outlets: 1, added: 1 });
    const outlet = (await target.outlets.toArray())[0];
    expect(outlet.id).toBe(`name:${fitOutletName(LONG_NAME)}`);
    expect(outlet.domains).toHaveLength(100);
    expect((await target.articles.toArray())[0].outletId).toBe(outlet.id);
  });
});
