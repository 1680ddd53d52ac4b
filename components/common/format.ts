/** Small text helpers shared by the extension's pages. */

/** "1 outlet", "3 outlets". */
export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** A short, locale-aware date and time, or null for an unknown/invalid time. */
export function shortDateTime(ms: number | null | undefined, locale?: string): string | null {
  if (ms === null || ms === undefined || !Number.isFinite(ms)) return null;
  return new Date(ms).toLocaleString(locale, { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' });
}

/** Milliseconds since the epoch from an ISO string, or null. */
export function parseTime(iso: string | null | undefined): number | null {
  if (!iso) return null;
  const t = Date.parse(iso);
  return Number.isFinite(t) ? t : null;
}
