/**
 * The candidate index's storage format (schema v6): instead of one IndexedDB index entry per
 * (key, article), which Chromium stores in about 22 bytes, the postings of a 32-bit key hash live
 * in a bucket row chosen by the hash's low bits, and each posting is two varints: the article id
 * (as a gap from the previous posting's) and the hash's other bits. (Low bits, because claim keys
 * are 31-bit: their top two bits are always equal.) About 5 bytes a posting, and one
 * read fetches every key of a bucket. Pure functions; candidate-index.ts reads and writes the rows.
 */

/** Number of low bits of a 32-bit hash that pick its bucket; the rest are stored in the posting. */
export interface BucketSpec {
  bucketBits: number;
}

/** One posting: an article carries the key whose hash is `hash`. */
export interface Posting {
  articleId: number;
  hash: number;
}

/** The bucket row of a 32-bit (signed or unsigned) hash. */
export function bucketOf(spec: BucketSpec, hash: number): number {
  return (hash >>> 0) & (2 ** spec.bucketBits - 1);
}

/** The bits of `hash` kept in a posting (those above the bucket's). */
function lowBits(spec: BucketSpec, hash: number): number {
  return (hash >>> 0) >>> spec.bucketBits;
}

/** The signed 32-bit hash a posting of bucket `bucket` with kept bits `low` stands for. */
function hashOf(spec: BucketSpec, bucket: number, low: number): number {
  return ((low << spec.bucketBits) | bucket) | 0;
}

/** Postings of one bucket in stored order (article id, then hash), as a compact byte string. */
export function encodeBucket(spec: BucketSpec, postings: readonly Posting[]): Uint8Array {
  return Uint8Array.from(encodeAfter(spec, postings, 0));
}

/**
 * `bytes` with `postings` appended, when every one of them has a higher article id than the
 * bucket's last (a new article's postings, the usual case): no decoding or re-sorting. Else null.
 */
export function appendToBucket(spec: BucketSpec, bucket: number, bytes: Uint8Array, postings: readonly Posting[]): Uint8Array | null {
  let last = 0;
  scanBucket(spec, bucket, bytes, (articleId) => (last = articleId));
  if (postings.some((p) => p.articleId <= last)) return null;
  const tail = encodeAfter(spec, postings, last);
  const out = new Uint8Array(bytes.length + tail.length);
  out.set(bytes);
  out.set(tail, bytes.length);
  return out;
}

/** The encoded postings, sorted, the first article id as a gap from `prev`. */
function encodeAfter(spec: BucketSpec, postings: readonly Posting[], prev: number): number[] {
  const sorted = [...postings].sort((a, b) => a.articleId - b.articleId || lowBits(spec, a.hash) - lowBits(spec, b.hash));
  const out: number[] = [];
  let prevLow = -1;
  for (const p of sorted) {
    const low = lowBits(spec, p.hash);
    if (p.articleId === prev && low === prevLow) continue; // one posting per (article, key)
    writeVarint(out, p.articleId - prev);
    writeVarint(out, low);
    prev = p.articleId;
    prevLow = low;
  }
  return out;
}

/** Calls `visit` with each posting of bucket `bucket` stored as `bytes`, in stored order, allocating nothing. */
export function scanBucket(spec: BucketSpec, bucket: number, bytes: Uint8Array, visit: (articleId: number, hash: number) => void): void {
  let at = 0;
  let articleId = 0;
  const read = (): number => {
    let v = 0;
    for (let shift = 0; ; shift += 7) {
      const b = bytes[at++];
      if (b === undefined) throw new Error('Truncated postings bucket');
      v += (b & 0x7f) * 2 ** shift;
      if (b < 0x80) return v;
    }
  };
  while (at < bytes.length) {
    articleId += read();
    visit(articleId, hashOf(spec, bucket, read()));
  }
}

/** The postings of bucket `bucket` stored as `bytes` (see {@link encodeBucket}). */
export function decodeBucket(spec: BucketSpec, bucket: number, bytes: Uint8Array): Posting[] {
  const out: Posting[] = [];
  scanBucket(spec, bucket, bytes, (articleId, hash) => out.push({ articleId, hash }));
  return out;
}

function writeVarint(out: number[], v: number): void {
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}
