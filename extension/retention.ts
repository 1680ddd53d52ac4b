/**
 * Applies the reader's optional retention period: articles not seen for longer than
 * `retentionDays` are deleted when the background starts and after captures
 * (BackgroundDeps.afterSave), at most once an hour. No alarm permission is needed: the service
 * worker starts often enough, and Firefox's persistent background page captures often enough.
 */
import { deleteArticlesOlderThan } from '../utils/library/articles';
import type { LibraryDb } from '../utils/library/db';
import type { CaptureSettings } from '../utils/settings';
import { openDb } from './library';
import { loadCaptureSettings } from './settings';

const DAY_MS = 86_400_000;
/** Minimum time between two retention sweeps. */
export const RETENTION_INTERVAL_MS = 3_600_000;

let lastSweep = -Infinity;

/** Deletes articles older than the retention period; returns how many went (0 when none is set or it ran recently). */
export async function applyRetention(
  db: LibraryDb,
  settings: Pick<CaptureSettings, 'retentionDays'>,
  now = Date.now(),
): Promise<number> {
  if (!settings.retentionDays || settings.retentionDays <= 0) return 0;
  if (now - lastSweep < RETENTION_INTERVAL_MS) return 0;
  lastSweep = now;
  return deleteArticlesOlderThan(db, settings.retentionDays * DAY_MS, now);
}

/** {@link applyRetention} on the extension's library with the stored settings. */
export async function sweepRetention(now = Date.now()): Promise<number> {
  const [db, settings] = await Promise.all([openDb(), loadCaptureSettings()]);
  return applyRetention(db, settings, now);
}

/** Forgets when the last sweep ran (tests). */
export function resetRetentionClock(): void {
  lastSweep = -Infinity;
}
