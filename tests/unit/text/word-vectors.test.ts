import { describe, expect, it } from 'vitest';
import { decodeBase64, stemSimilarity, stemVector, wordVectors } from '../../../utils/text/word-vectors';
import { stem } from '../../../utils/text/index';

describe('decodeBase64', () => {
  it.each([
    ['', []],
    ['AQ==', [1]],
    ['AQI=', [1, 2]],
    ['AQID', [1, 2, 3]],
    ['/+8A', [255, 239, 0]],
  ])('%j → %j', (s, bytes) => {
    expect(Array.from(decodeBase64(s))).toEqual(bytes);
  });
});

describe('word vectors', () => {
  it('decodes unit-length rows for known stems', () => {
    const v = stemVector(stem('government'));
    expect(v).not.toBeNull();
    expect(v?.length).toBe(wordVectors().dims);
    let n = 0;
    for (const x of v ?? []) n += x * x;
    expect(n).toBeCloseTo(1, 3);
  });
  it('gives null for an unknown stem and 0 similarity to it', () => {
    expect(stemVector('zqxjvw')).toBeNull();
    expect(stemSimilarity('zqxjvw', stem('government'))).toBe(0);
    expect(stemSimilarity('zqxjvw', 'zqxjvw')).toBe(1);
  });
  it.each([
    ['investigation', 'inquiry', 'banana'],
    ['minister', 'cabinet', 'football'],
    ['shares', 'stock', 'hospital'],
    ['collapse', 'disaster', 'dividend'],
  ])('%s is closer to %s than to %s', (w, near, far) => {
    expect(stemSimilarity(stem(w), stem(near))).toBeGreaterThan(stemSimilarity(stem(w), stem(far)) + 0.1);
  });
});
