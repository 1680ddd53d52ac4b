import { beforeEach, describe, expect, it } from 'vitest';
import { applyRetention, resetRetentionClock, RETENTION_INTERVAL_MS } from '../../../extension/retention';
import { saveArticle } from '../../../utils/library/articles';
import { freshDb, makeArticle, withClaims } from '../library/helpers';

const DAY = 86_400_000;
const NOW = Date.UTC(2026, 10, 23);

/** A library with one article last seen 40 days ago and one seen yesterday. */
async function seeded() {
  const db = freshDb();
  const outlet = { domain: 'example-news.test', name: 'Example News' };
  const old = withClaims(makeArticle(outlet, 'Old story', ['The bridge reopened after six weeks of repairs.']));
  const recent = withClaims(makeArticle(outlet, 'New story', ['The council approved a new budget for schools.']));
  await saveArticle(db, ...old, { now: NOW - 40 * DAY });
  await saveArticle(db, ...recent, { now: NOW - DAY });
  return db;
}

describe('applyRetention (regression: the retention period was saved but never applied)', () => {
  beforeEach(() => resetRetentionClock());

  it.each([
    { retentionDays: null, deleted: 0, left: 2 },
    { retentionDays: 30, deleted: 1, left: 1 },
    { retentionDays: 60, deleted: 0, left: 2 },
  ])('retention $retentionDays days', async ({ retentionDays, deleted, left }) => {
    const db = await seeded();
    expect(await applyRetention(db, { retentionDays }, NOW)).toBe(deleted);
    expect(await db.articles.count()).toBe(left);
  });

  it('sweeps at most once per interval', async () => {
    const db = await seeded();
    expect(await applyRetention(db, { retentionDays: 30 }, NOW)).toBe(1);
    await saveArticle(db, ...withClaims(makeArticle({ domain: 'other.test', name: 'Other' }, 'Older', ['A ferry service was cancelled for the winter season.'])), { now: NOW - 90 * DAY });
    expect(await applyRetention(db, { retentionDays: 30 }, NOW + 1000)).toBe(0);
    expect(await applyRetention(db, { retentionDays: 30 }, NOW + RETENTION_INTERVAL_MS)).toBe(1);
  });
});
