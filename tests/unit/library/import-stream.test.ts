import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportToString, importLibrary, type ImportSource } from '../../../utils/library/import-export';
import { exportElements } from '../../../utils/library/import-stream';
import { freshDb, makeArticle, withClaims } from './helpers';
import { saveArticle } from '../../../utils/library/articles';
import { dump, seeded, snapshot } from './import-helpers';

/** A small library whose text has multi-byte characters (accents, CJK, an emoji) to split. */
async function multiByte() {
  const db = await seeded();
  await saveArticle(db, ...withClaims(makeArticle({ domain: 'delta.example', name: 'Délta 新闻' }, 'Café prices rise 🚀',
    ['Prices at the café in Zürich rose by 5% — the third rise this year.', '東京の物価は上昇した。'])), { now: 5000 });
  return db;
}

async function* chunks<T>(parts: T[]): AsyncGenerator<T> {
  for (const p of parts) yield p;
}

function splitAt<T extends string | Uint8Array>(whole: T, cuts: number[]): T[] {
  const at = [...new Set(cuts.map((c) => c % (whole.length + 1)))].sort((a, b) => a - b);
  const out: T[] = [];
  let prev = 0;
  for (const c of [...at, whole.length]) {
    out.push(whole.slice(prev, c) as T);
    prev = c;
  }
  return out;
}

describe('streamed import', () => {
  it('random chunk boundaries, in text or in UTF-8 bytes, give the same library as one chunk (fast-check)', async () => {
    const source = await multiByte();
    const text = await exportToString(source);
    const bytes = new TextEncoder().encode(text);
    const reference = freshDb();
    expect((await importLibrary(reference, text)).ok).toBe(true);
    const expected = await dump(reference);
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 40 }), fc.boolean(), async (cuts, asBytes) => {
        const db = freshDb();
        const parts = asBytes ? splitAt(bytes, cuts) : splitAt(text, cuts);
        expect(await importLibrary(db, chunks<string | Uint8Array>(parts), { batchSize: 2 })).toEqual({ ok: true, outlets: 3, added: 4, updated: 0, unchanged: 0 });
        expect(await dump(db)).toEqual(expected);
        db.close();
      }),
      { numRuns: 25 },
    );
  });

  it('splits at every single position of a small export', async () => {
    const text = await exportToString(await multiByte());
    const bytes = new TextEncoder().encode(text);
    const seen = new Set<string>();
    for (let cut = 0; cut <= bytes.length; cut++) {
      let count = 0;
      for await (const batch of exportElements(chunks([bytes.slice(0, cut), bytes.slice(cut)]))) count += batch.filter((e) => e.kind === 'article').length;
      seen.add(String(count));
    }
    expect([...seen]).toEqual(['4']);
  });

  it.each<[string, (text: string) => ImportSource]>([
    ['a Blob (a File)', (t) => new Blob([t])],
    ['a ReadableStream of bytes', (t) => new Blob([t]).stream()],
    ['a ReadableStream of text', (t) => new Blob([t]).stream().pipeThrough(new TextDecoderStream())],
    ['an async iterable of byte chunks', (t) => chunks(splitAt(new TextEncoder().encode(t), [7, 300, 301, 302]))],
  ])('imports from %s', async (_name, make) => {
    const source = await multiByte();
    const db = freshDb();
    expect((await importLibrary(db, make(await exportToString(source)))).ok).toBe(true);
    expect(await snapshot(db)).toEqual(await snapshot(source));
  });

  it('accepts a byte-order mark and trailing whitespace', async () => {
    const db = freshDb();
    expect((await importLibrary(db, `\uFEFF${await exportToString(await seeded())}\n\n  `)).ok).toBe(true);
  });

  it.each([1, 2, 3, 200])('gives the same library with batches of %i', async (batchSize) => {
    const source = await seeded();
    const db = freshDb();
    expect(await importLibrary(db, await exportToString(source), { batchSize })).toEqual({ ok: true, outlets: 2, added: 3, updated: 0, unchanged: 0 });
    expect(await snapshot(db)).toEqual(await snapshot(source));
  });
});
