/** The postings bucket format (postings.ts): lossless for any 32-bit hash, one posting per (article, key). */
import { describe, expect, it } from 'vitest';
import { appendToBucket, bucketOf, decodeBucket, encodeBucket, type Posting } from '../../../utils/library/postings';

const spec = { bucketBits: 13 };
/** Hashes that differ only in the bits kept in the posting, so they share a bucket. */
const sameBucket = (low: number) => ((low << 13) | 0x1234) | 0;

describe('encodeBucket / decodeBucket', () => {
  it.each<{ name: string; postings: Posting[]; expected?: Posting[] }>([
    { name: 'nothing', postings: [] },
    { name: 'one posting', postings: [{ articleId: 7, hash: sameBucket(5) }] },
    { name: 'the extreme hashes of the bucket', postings: [{ articleId: 1, hash: sameBucket(0) }, { articleId: 1, hash: sameBucket(2 ** 19 - 1) }] },
    { name: 'negative hashes (claim keys are signed)', postings: [{ articleId: 3, hash: -1 }, { articleId: 9, hash: -1 }] },
    { name: 'large article ids', postings: [{ articleId: 2 ** 40, hash: sameBucket(1) }] },
    {
      name: 'unsorted input, listed by article then key',
      postings: [{ articleId: 9, hash: sameBucket(1) }, { articleId: 2, hash: sameBucket(8) }, { articleId: 2, hash: sameBucket(3) }],
      expected: [{ articleId: 2, hash: sameBucket(3) }, { articleId: 2, hash: sameBucket(8) }, { articleId: 9, hash: sameBucket(1) }],
    },
    {
      name: 'a key listed twice for one article (two claims carry it) is one posting',
      postings: [{ articleId: 4, hash: sameBucket(6) }, { articleId: 4, hash: sameBucket(6) }],
      expected: [{ articleId: 4, hash: sameBucket(6) }],
    },
  ])('$name', ({ postings, expected = postings }) => {
    const bucket = postings.length ? bucketOf(spec, postings[0].hash) : 0;
    expect(postings.every((p) => bucketOf(spec, p.hash) === bucket)).toBe(true);
    expect(decodeBucket(spec, bucket, encodeBucket(spec, postings))).toEqual(expected);
  });

  it('spends about 5 bytes a posting at 10k articles (gaps of hundreds of ids)', () => {
    const postings = Array.from({ length: 26 }, (_, i) => ({ articleId: 1 + i * 385, hash: sameBucket((i * 7919) % 2 ** 19) }));
    expect(encodeBucket(spec, postings).length).toBeLessThanOrEqual(26 * 5);
  });

  it('reports a truncated bucket instead of inventing postings', () => {
    const bytes = encodeBucket(spec, [{ articleId: 300, hash: sameBucket(2 ** 18) }]);
    expect(() => decodeBucket(spec, 0x1234, bytes.subarray(0, bytes.length - 1))).toThrow(/Truncated/);
  });
});

describe('appendToBucket', () => {
  const stored: Posting[] = [{ articleId: 4, hash: sameBucket(9) }, { articleId: 12, hash: sameBucket(2) }];
  it.each<{ name: string; added: Posting[]; appends: boolean }>([
    { name: 'a new article', added: [{ articleId: 13, hash: sameBucket(1) }, { articleId: 13, hash: sameBucket(0) }], appends: true },
    { name: 'an article id below the last', added: [{ articleId: 11, hash: sameBucket(1) }], appends: false },
    { name: 'the last article again', added: [{ articleId: 12, hash: sameBucket(3) }], appends: false },
  ])('$name: appended = $appends, bytes as a full encoding', ({ added, appends }) => {
    const out = appendToBucket(spec, 0x1234, encodeBucket(spec, stored), added);
    expect(out !== null).toBe(appends);
    if (out) expect(out).toEqual(encodeBucket(spec, [...stored, ...added]));
  });
});

describe('bucketOf', () => {
  it.each([
    { hash: 0, bucket: 0 },
    { hash: -1, bucket: 2 ** 13 - 1 },
    { hash: 2 ** 31 - 1, bucket: 2 ** 13 - 1 },
    { hash: -(2 ** 31), bucket: 0 },
    { hash: 0x1234 | (5 << 13), bucket: 0x1234 },
  ])('hash $hash is in bucket $bucket', ({ hash, bucket }) => {
    expect(bucketOf(spec, hash)).toBe(bucket);
  });
});
