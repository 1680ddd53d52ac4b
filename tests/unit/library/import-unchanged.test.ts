/**
 * Regression tests for the import counts: re-importing an identical export file reported every
 * article as updated. An article whose content the import leaves as stored now counts as
 * `unchanged`; `updated` counts real changes of title, byline, URLs, date, language, text or claims.
 */
import { describe, expect, it } from 'vitest';
import { articleParagraphs } from '../../../utils/library/article-body';
import { exportToString, importLibrary } from '../../../utils/library/import-export';
import type { LibraryDb } from '../../../utils/library/db';
import { dump, seeded, snapshot } from './import-helpers';

/** An exported article, as the tests edit it. */
type FileArticle = {
  title: string; byline: string | null; url: string | null; canonicalUrl: string | null; publishedTime: string | null;
  lang: string | null; firstSeen: number; lastSeen: number; paragraphs: string[]; claims: { text: string; quote: boolean }[];
};

/** The library's export with `edit` applied to its parsed content. */
async function editedExport(db: LibraryDb, edit: (articles: FileArticle[]) => void): Promise<string> {
  const file = JSON.parse(await exportToString(db));
  edit(file.articles);
  return JSON.stringify(file);
}

/** The first article of the file is "Port strike ends" of alpha.example (last read at 2000). */
const LATER = 9000;

describe('regression: re-importing an identical file reported every article as updated', () => {
  it.each<[string, (articles: FileArticle[]) => void, { updated: number; unchanged: number }]>([
    ['the identical file', () => {}, { updated: 0, unchanged: 3 }],
    ['the same content read later (only lastSeen differs)', (as) => { as[0].lastSeen = LATER; }, { updated: 0, unchanged: 3 }],
    ['the same content first seen earlier (only firstSeen differs)', (as) => { as[0].firstSeen = 10; }, { updated: 0, unchanged: 3 }],
    ['an older capture with another title (the stored one is kept)', (as) => { as[0].title = 'Old title'; as[0].lastSeen = 1; }, { updated: 0, unchanged: 3 }],
    ['a newer capture with another title', (as) => { as[0].title = 'Port strike is over'; as[0].lastSeen = LATER; }, { updated: 1, unchanged: 2 }],
    ['a newer capture with another byline', (as) => { as[0].byline = 'Jo Doe'; as[0].lastSeen = LATER; }, { updated: 1, unchanged: 2 }],
    ['a newer capture with another publication time', (as) => { as[0].publishedTime = '2024-05-04T10:00:00Z'; as[0].lastSeen = LATER; }, { updated: 1, unchanged: 2 }],
    ['a newer capture with another language', (as) => { as[0].lang = 'fr'; as[0].lastSeen = LATER; }, { updated: 1, unchanged: 2 }],
    ['a newer capture with another URL', (as) => { as[0].url = `${as[0].url}?ref=home`; as[0].lastSeen = LATER; }, { updated: 1, unchanged: 2 }],
    ['a newer capture with another claim', (as) => { as[0].claims[0].quote = !as[0].claims[0].quote; as[0].lastSeen = LATER; }, { updated: 1, unchanged: 2 }],
  ])('%s', async (_name, edit, expected) => {
    const db = await seeded();
    const file = await editedExport(db, edit);
    expect(await importLibrary(db, file)).toEqual({ ok: true, outlets: 2, added: 0, ...expected });
  });

  it('a newer capture with the same content keeps the stored rows and only takes the later lastSeen', async () => {
    const db = await seeded();
    const before = (await dump(db)) as { articles: { id: number; lastSeen: number }[]; claims: unknown[]; terms: unknown[] };
    const file = await editedExport(db, (as) => { as[0].lastSeen = LATER; as[0].firstSeen = 10; });
    await importLibrary(db, file);
    const after = (await dump(db)) as typeof before;
    expect(after.claims).toEqual(before.claims);
    expect(after.terms).toEqual(before.terms);
    const changed = after.articles.filter((a, i) => JSON.stringify(a) !== JSON.stringify(before.articles[i]));
    expect(changed).toEqual([{ ...before.articles.find((a) => a.lastSeen === 2000)!, firstSeen: 10, lastSeen: LATER }]);
  });

  it('a newer capture with another text replaces the stored text and counts as updated', async () => {
    const db = await seeded();
    const file = await editedExport(db, (as) => {
      as[0].paragraphs = [...as[0].paragraphs, 'The port reopens on Monday.'];
      as[0].lastSeen = LATER;
    });
    expect(await importLibrary(db, file)).toEqual({ ok: true, outlets: 2, added: 0, updated: 1, unchanged: 2 });
    const stored = (await db.articles.where('lastSeen').equals(LATER).first())!;
    expect(articleParagraphs(stored).at(-1)).toBe('The port reopens on Monday.');
  });

  it('an identical re-import changes nothing at all', async () => {
    const db = await seeded();
    const [before, rows] = [await snapshot(db), await dump(db)];
    expect(await importLibrary(db, await exportToString(db))).toEqual({ ok: true, outlets: 2, added: 0, updated: 0, unchanged: 3 });
    expect(await snapshot(db)).toEqual(before);
    expect(await dump(db)).toEqual(rows);
  });
});
