/**
 * The background's library port over a real (fake-indexeddb) database. Regression: after schema v6
 * added the postings tables, `saveWithRevision` still opened its transaction over the four old
 * tables, so every capture in the extension failed ("not part of transaction") while the engine's
 * own tests passed.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { dexieLibrary, openDb } from '../../../extension/library';
import { resetRetentionClock, sweepRetention } from '../../../extension/retention';
import { updateCaptureSettings } from '../../../extension/settings';
import { saveArticle } from '../../../utils/library/articles';
import { articleClaims } from '../../../utils/claims/index';
import { makeArticle } from '../library/helpers';

const first = makeArticle({ domain: 'harbour.example', name: 'Harbour News' }, 'Ferry to Orlen delayed', [
  'The morning ferry to Orlen Island was delayed by fog for three hours on Tuesday.',
]);
const edited = { ...first, paragraphs: ['The morning ferry to Orlen Island was delayed by fog for five hours on Tuesday.'] };
const other = makeArticle({ domain: 'isle.example', name: 'Isle Post' }, 'Orlen ferry delayed by fog', [
  'The morning ferry to Orlen Island was delayed by fog for five hours on Tuesday.',
]);

describe('dexieLibrary', () => {
  it('saves, re-saves with a revision, and finds the other outlet’s copy', async () => {
    const saved = await dexieLibrary.saveWithRevision!(first, articleClaims(first));
    expect(saved.revision).toBeNull();
    const again = await dexieLibrary.saveWithRevision!(edited, articleClaims(edited));
    expect(again.articleId).toBe(saved.articleId);
    expect(again.revision?.changes).toHaveLength(1);
    await dexieLibrary.save(other, articleClaims(other));
    const report = await dexieLibrary.coverage(saved.articleId);
    expect(report.claims[0].others.map((o) => o.outletId)).toEqual(['isle.example']);
  });
});

describe('openDb', () => {
  // Regression: the background's two start-up tasks each opened a connection, one never closed.
  it('gives callers that arrive while it opens the same connection', async () => {
    const [a, b] = await Promise.all([openDb(), openDb()]);
    expect(a).toBe(b);
    expect(await openDb()).toBe(a);
  });
});

describe('sweepRetention', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    resetRetentionClock();
  });

  it.each([
    { retentionDays: null, left: 1 },
    { retentionDays: 30, left: 0 },
  ])('applies the stored retention period ($retentionDays days) to the extension library', async ({ retentionDays, left }) => {
    const db = await openDb();
    await db.articles.clear();
    const old = makeArticle({ domain: 'old.example', name: 'Old Times' }, 'Harbour wall rebuilt', ['The harbour wall at Orlen was rebuilt after the winter storms.']);
    await saveArticle(db, old, articleClaims(old), { now: Date.now() - 40 * 86_400_000 });
    await updateCaptureSettings({ retentionDays });
    await sweepRetention();
    expect(await db.articles.count()).toBe(left);
  });
});
