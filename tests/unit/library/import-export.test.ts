import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { deleteEverything, saveArticle } from '../../../utils/library/articles';
import { exportLibrary, exportToString, importLibrary } from '../../../utils/library/import-export';
import { freshDb, makeArticle, withClaims } from './helpers';
import { B, seeded, snapshot } from './import-helpers';

describe('export and import', () => {
  it('round trip: export → delete everything → import restores the same library', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    const file = await exportToString(db);
    await deleteEverything(db);
    expect(await importLibrary(db, file)).toEqual({ ok: true, outlets: 2, added: 3, updated: 0, unchanged: 0 });
    expect(await snapshot(db)).toEqual(before);
    expect(await db.terms.count()).toBe(3);
    expect((await db.claims.toArray()).every((c) => (c.keys?.length ?? 0) > 0)).toBe(true);
  });

  it('streams in batches and imports from an async iterable of chunks', async () => {
    const db = await seeded();
    const chunks: string[] = [];
    expect(await exportLibrary(db, {}, (c) => void chunks.push(c))).toBe(3);
    expect(chunks.length).toBeGreaterThanOrEqual(3);
    const target = freshDb();
    async function* source() {
      for (const c of chunks) yield c;
    }
    expect((await importLibrary(target, source())).ok).toBe(true);
    expect(await snapshot(target)).toEqual(await snapshot(db));
  });

  it('exports one outlet only', async () => {
    const db = await seeded();
    const file = JSON.parse(await exportToString(db, { outletId: 'beta.example' }));
    expect(file.outlets.map((o: { id: string }) => o.id)).toEqual(['beta.example']);
    expect(file.articles.map((a: { title: string }) => a.title)).toEqual(['Loxley dockers return']);
  });

  it('merges without duplicates when imported twice or into an overlapping library', async () => {
    const db = await seeded();
    const file = await exportToString(db);
    const before = await snapshot(db);
    expect(await importLibrary(db, file)).toEqual({ ok: true, outlets: 2, added: 0, updated: 0, unchanged: 3 });
    expect(await snapshot(db)).toEqual(before);
  });

  it.each([
    ['not JSON', '{"format": corroborate-library', /not valid JSON/],
    ['an export cut short', '{"format": "corroborate-library", ', /^This Corroborate library file is incomplete \(it ends early\); nothing was imported\.$/],
    ['a foreign JSON file', '{"name": "some-package", "version": "1.0.0"}', /not a Corroborate library/],
    ['a newer format version', '{"format":"corroborate-library","version":9,"exportedAt":0,"outlets":[],"articles":[]}', /newer version/],
    ['an article of an unknown outlet', JSON.stringify({ format: 'corroborate-library', version: 1, exportedAt: 0, outlets: [], articles: [{
      key: 'x|t:1', outletId: 'x', url: null, canonicalUrl: null, title: 't', byline: null, publishedTime: null, lang: null,
      firstSeen: 1, lastSeen: 1, paragraphs: ['p'], claimCount: 0, truncated: false, claims: [] }] }), /unknown outlet/],
    ['a claim with a negative offset', null, /damaged/],
  ])('refuses %s with a clear message and changes nothing', async (_name, text, message) => {
    const db = await seeded();
    const before = await snapshot(db);
    let file = text;
    if (file === null) {
      const parsed = JSON.parse(await exportToString(db));
      parsed.articles[0].claims[0].start = -4;
      file = JSON.stringify(parsed);
    }
    const result = await importLibrary(db, file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
    expect(await snapshot(db)).toEqual(before);
  });

  it('a quota error halfway through an import leaves the library as it was', async () => {
    const source = await seeded();
    const file = await exportToString(source);
    const db = freshDb();
    await saveArticle(db, ...withClaims(makeArticle(B, 'Existing', ['Something already stored here.'])));
    const before = await snapshot(db);
    let puts = 0;
    db.claims.hook('creating', () => {
      if (++puts === 3) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    });
    const result = await importLibrary(db, file);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(/quota|full/i);
    expect(puts).toBeGreaterThanOrEqual(3);
    expect(await snapshot(db)).toEqual(before);
  });

  it('random JSON never corrupts the library (fast-check)', async () => {
    const db = await seeded();
    const before = await snapshot(db);
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json(), fc.jsonValue().map((v) => JSON.stringify({ format: 'corroborate-library', version: 1, outlets: v }))), async (text) => {
        const result = await importLibrary(db, text);
        expect(result.ok).toBe(false);
        expect(await snapshot(db)).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });

  it('a valid file with one randomly mutated field either imports consistently or changes nothing (fast-check)', async () => {
    const source = await seeded();
    const valid = JSON.parse(await exportToString(source));
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.jsonValue(), async (pick, value) => {
        const db = freshDb();
        const file = structuredClone(valid);
        const article = file.articles[pick % file.articles.length];
        const fields = Object.keys(article);
        article[fields[pick % fields.length]] = value;
        const before = await snapshot(db);
        const result = await importLibrary(db, JSON.stringify(file));
        if (!result.ok) expect(await snapshot(db)).toEqual(before);
        const ids = new Set(await db.articles.toCollection().primaryKeys());
        expect((await db.claims.toArray()).every((c) => ids.has(c.articleId))).toBe(true);
        expect(await db.terms.count()).toBe(ids.size);
        db.close();
      }),
      { numRuns: 40 },
    );
  });
});
