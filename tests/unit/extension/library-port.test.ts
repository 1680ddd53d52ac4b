/**
 * The background's library port over a real (fake-indexeddb) database. Regression: after schema v6
 * added the postings tables, `saveWithRevision` still opened its transaction over the four old
 * tables, so every capture in the extension failed ("not part of transaction") while the engine's
 * own tests passed.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { dexieLibrary } from '../../../extension/library';
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
