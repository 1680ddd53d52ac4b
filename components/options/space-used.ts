/**
 * The "Space used" figure of the storage section. `navigator.storage.estimate().usage` is the
 * extension origin's whole usage: in Chrome that includes the service worker's own code
 * (`serviceWorkerRegistrations`, ~2.9 MB), so an empty library showed 2.8 MB. Chrome's
 * non-standard `usageDetails.indexedDB` is the library alone; Firefox has no `usageDetails`,
 * so there the total is shown and said to be the total.
 */

/** What `navigator.storage.estimate()` resolves to, with Chrome's non-standard per-system breakdown. */
export interface StorageEstimateDetails {
  usage?: number;
  quota?: number;
  /** Chrome only: bytes per storage system (`indexedDB`, `serviceWorkerRegistrations`, …). */
  usageDetails?: Record<string, number | undefined>;
}

/** The figure to show: the library's own bytes, or (when the browser has no breakdown) the origin's total. */
export interface SpaceUsed {
  bytes: number;
  scope: 'library' | 'total';
}

/** "12.3 MB" */
export function formatBytes(n: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let i = 0;
  while (n >= 1024 && i < units.length - 1) { n /= 1024; i++; }
  return i === 0 ? `${n} bytes` : `${n.toFixed(1)} ${units[i]}`;
}

const isBytes = (n: unknown): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0;

/**
 * The library's share of `estimate` (IndexedDB, where the whole library lives) when the browser
 * breaks usage down; Chrome leaves out systems that use nothing, so a breakdown without
 * `indexedDB` means 0 bytes. Otherwise the total usage, or null when the browser reports none.
 */
export function spaceUsed(estimate: StorageEstimateDetails | null | undefined): SpaceUsed | null {
  const details = estimate?.usageDetails;
  if (details && typeof details === 'object') {
    const idb = details.indexedDB;
    return { bytes: isBytes(idb) ? idb : 0, scope: 'library' };
  }
  const total = estimate?.usage;
  return isBytes(total) ? { bytes: total, scope: 'total' } : null;
}

/** "6.4 KB"; "2.8 MB in total (…)" when only the total is known; "unknown" when nothing is. */
export function spaceUsedText(used: SpaceUsed | null): string {
  if (!used) return 'unknown';
  const size = formatBytes(used.bytes);
  return used.scope === 'library' ? size : `${size} in total (this browser does not say how much of it is the library)`;
}
