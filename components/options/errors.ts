/** Messages for failures the reader can act on (quota, locked database), shown in the options page. */

/** True when `err` (or Dexie's wrapped inner error) is a QuotaExceededError. */
export function isQuotaError(err: unknown): boolean {
  const e = err as { name?: string; inner?: { name?: string } } | null;
  return e?.name === 'QuotaExceededError' || e?.inner?.name === 'QuotaExceededError';
}

/** A sentence for the reader describing `err` and what to do about it. */
export function describeError(err: unknown, action = 'That'): string {
  if (isQuotaError(err)) {
    return `${action} failed because the disk is full or the browser's storage quota is used up. Free some disk space, or delete old articles under Storage, then try again. Nothing already saved was changed.`;
  }
  const message = err instanceof Error ? err.message : String(err);
  return `${action} failed: ${message}`;
}
