import { afterEach, describe, expect, it, vi } from 'vitest';
import { exportToString, importLibrary, recoverInterruptedImport, type ImportProgress } from '../../../utils/library/import-export';
import { ImportStaging } from '../../../utils/library/import-staging';
import { freshDb } from './helpers';
import { dump, manyArticles, quotaAfter, seeded, snapshot, stagingExists } from './import-helpers';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('import under faults', () => {
  it.each([
    ['while staging (phase 1), after 2 batches', '-import-staging', 'articles', 4],
    ['while merging (phase 2), after 10 articles’ claim rows', '', 'claims', 10],
    ['while merging (phase 2), on the last story-terms row', '', 'terms', 11],
  ])('a QuotaExceededError %s leaves the library exactly as it was', async (_when, dbSuffix, store, after) => {
    const file = await exportToString(await manyArticles(12));
    const db = await seeded();
    const before = await dump(db);
    const counter = quotaAfter(dbSuffix, store, after);
    const result = await importLibrary(db, file, { batchSize: 2 });
    expect(counter.writes).toBeGreaterThan(after);
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/quota|full/i) });
    vi.restoreAllMocks();
    expect(await dump(db)).toEqual(before);
    expect(await stagingExists(db)).toBe(false);
  });

  it('a source that fails to read halfway changes nothing', async () => {
    const text = await exportToString(await manyArticles(6));
    const db = await seeded();
    const before = await dump(db);
    async function* source() {
      yield text.slice(0, text.length / 2);
      throw new DOMException('The file changed on disk.', 'NotReadableError');
    }
    expect(await importLibrary(db, source())).toEqual({ ok: false, error: expect.stringMatching(/could not be read/) });
    expect(await dump(db)).toEqual(before);
  });

  it('merges twice without duplicates, and reports progress per batch', async () => {
    const source = await manyArticles(5);
    const file = await exportToString(source);
    const db = freshDb();
    const seen: ImportProgress[] = [];
    expect(await importLibrary(db, file, { batchSize: 2, onProgress: (p) => seen.push(p) })).toEqual({ ok: true, outlets: 3, added: 5, updated: 0, unchanged: 0 });
    const once = await dump(db);
    expect(await importLibrary(db, file, { batchSize: 2 })).toEqual({ ok: true, outlets: 3, added: 0, updated: 0, unchanged: 5 });
    expect(await dump(db)).toEqual(once);
    expect(await snapshot(db)).toEqual(await snapshot(source));
    expect(seen).toEqual([
      { phase: 'checking', articles: 2 }, { phase: 'checking', articles: 4 }, { phase: 'checking', articles: 5 }, { phase: 'checking', articles: 5 },
      { phase: 'importing', articles: 0, total: 5 }, { phase: 'importing', articles: 2, total: 5 },
      { phase: 'importing', articles: 4, total: 5 }, { phase: 'importing', articles: 5, total: 5 },
    ]);
    expect(await stagingExists(db)).toBe(false);
  });

  it('ignores and clears staging left over by an interrupted import', async () => {
    const db = await seeded();
    const leftover = new ImportStaging(db);
    const stale = JSON.parse(await exportToString(await manyArticles(3))).articles[0];
    await leftover.articles.add({ index: 0, article: stale });
    leftover.close();
    const file = await exportToString(await seeded());
    expect(await importLibrary(db, file)).toEqual({ ok: true, outlets: 2, added: 0, updated: 0, unchanged: 3 });
    expect(await db.articles.count()).toBe(3);
    expect(await stagingExists(db)).toBe(false);
  });

  it('recoverInterruptedImport deletes a leftover staging database and leaves the library alone', async () => {
    const db = await seeded();
    const before = await dump(db);
    const leftover = new ImportStaging(db);
    await leftover.articles.clear();
    leftover.close();
    expect(await stagingExists(db)).toBe(true);
    expect(await recoverInterruptedImport(db)).toBe(true);
    expect(await stagingExists(db)).toBe(false);
    expect(await dump(db)).toEqual(before);
  });
});
