/**
 * Regression (options review): "Space used" showed `estimate().usage`, which in Chrome counts the
 * extension's own service worker code: 2.8 MB with an empty library, 2.9 MB after "Delete
 * everything". The figure is now Chrome's IndexedDB share, else (Firefox) the total, said so.
 */
import { describe, expect, it } from 'vitest';
import { spaceUsed, spaceUsedText, type StorageEstimateDetails } from '../../../components/options/space-used';

const TOTAL = '(this browser does not say how much of it is the library)';

describe('defect: "Space used" counted the extension\'s own code', () => {
  it.each<[string, StorageEstimateDetails | undefined, ReturnType<typeof spaceUsed>, string]>([
    ['Chrome, as reported in the review', { usage: 2_889_494, quota: 1e10, usageDetails: { indexedDB: 6_584, serviceWorkerRegistrations: 2_882_910 } },
      { bytes: 6_584, scope: 'library' }, '6.4 KB'],
    ['Chrome, no IndexedDB yet (zero systems are left out)', { usage: 2_882_910, usageDetails: { serviceWorkerRegistrations: 2_882_910 } },
      { bytes: 0, scope: 'library' }, '0 bytes'],
    ['Chrome, an empty breakdown', { usage: 0, usageDetails: {} }, { bytes: 0, scope: 'library' }, '0 bytes'],
    ['Firefox (no usageDetails): the total, said to be the total', { usage: 2_621_440, quota: 1e10 },
      { bytes: 2_621_440, scope: 'total' }, `2.5 MB in total ${TOTAL}`],
    ['no usage at all', {}, null, 'unknown'],
    ['a nonsense usage', { usage: Number.NaN }, null, 'unknown'],
    ['no estimate', undefined, null, 'unknown'],
  ])('%s', (_name, estimate, used, text) => {
    expect(spaceUsed(estimate)).toEqual(used);
    expect(spaceUsedText(spaceUsed(estimate))).toBe(text);
  });
});
