/**
 * Regression (bugs 1 and 2): an imported article with the URL `javascript:alert(1)` and a forged
 * identity key was stored, and importing the real export afterwards left two copies of it. An
 * article URL must now be http(s) or null, as a capture keeps it: a file with another one is
 * refused whole (like every other invalid row), naming the article. The key in the file is never
 * used: the import recomputes it from the outlet and the canonical URL or text.
 */
import { describe, expect, it } from 'vitest';
import { articleParagraphs } from '../../../utils/library/article-body';
import { exportToString, importLibrary } from '../../../utils/library/import-export';
import { articleKey } from '../../../utils/library/identity';
import { freshDb } from './helpers';
import { dump, seeded } from './import-helpers';

const REAL_KEY = 'alpha.example|u:https://www.alpha.example/news/port-strike-ends';
type Article = { key: string; url: string | null; canonicalUrl: string | null };

/** The seeded library's export with `edit` applied to its first article ("Port strike ends"). */
async function forged(edit: (a: Article) => void): Promise<string> {
  const file = JSON.parse(await exportToString(await seeded()));
  edit(file.articles[0]);
  return JSON.stringify(file);
}

describe('imported URLs must be http(s); imported keys are recomputed', () => {
  it.each<[string, (a: Article) => void, string]>([
    ['a javascript: URL and a forged key', (a) => { a.url = 'javascript:alert(1)'; a.key = 'alpha.example|t:forged'; }, 'url'],
    ['a javascript: canonical URL', (a) => { a.canonicalUrl = 'javascript:alert(1)'; }, 'canonicalUrl'],
    ['a data: URL', (a) => { a.url = 'data:text/html,<script>alert(1)</script>'; }, 'url'],
    ['a relative URL', (a) => { a.url = '/news/port-strike-ends'; }, 'url'],
  ])('refuses %s by name and changes nothing', async (_name, edit, field) => {
    const db = await seeded();
    const before = await dump(db);
    expect(await importLibrary(db, await forged(edit))).toEqual({ ok: false, error:
      `This Corroborate library file is damaged: article 1 ("Port strike ends") has a web address that is not an http(s) link (${field}), `
      + `which Corroborate never stores. Nothing was imported. Technical detail: not an http(s) URL at articles.0.${field}.` });
    expect(await dump(db)).toEqual(before);
  });

  it('the forged file and then the real export leave one copy of each article', async () => {
    const db = freshDb();
    const real = await exportToString(await seeded());
    const bad = await forged((a) => { a.url = a.canonicalUrl = 'javascript:alert(1)'; a.key = 'alpha.example|t:forged'; });
    expect((await importLibrary(db, bad)).ok).toBe(false);
    expect(await importLibrary(db, real)).toMatchObject({ ok: true, added: 3 });
    expect((await db.articles.toArray()).map((a) => a.title).sort()).toEqual(['Loxley dockers return', 'Port strike ends', 'Weather']);
  });

  it.each<[string, string]>([
    ['an invented key', 'alpha.example|t:forged'],
    ['the key of another article', 'alpha.example|u:https://www.alpha-news.example/news/weather'],
    ['a key under another outlet', 'beta.example|t:11f475d059fb9a'],
  ])('a file with %s neither adds a copy nor stores the key', async (_name, key) => {
    const db = await seeded();
    expect(await importLibrary(db, await forged((a) => { a.key = key; }))).toMatchObject({ ok: true, added: 0, unchanged: 3 });
    const fresh = freshDb();
    expect(await importLibrary(fresh, await forged((a) => { a.key = key; }))).toMatchObject({ ok: true, added: 3 });
    for (const lib of [db, fresh]) {
      const rows = await lib.articles.toArray();
      expect(rows.filter((r) => r.key === REAL_KEY)).toHaveLength(1);
      const outlets = new Map((await lib.outlets.toArray()).map((o) => [o.id, o]));
      for (const r of rows) expect(r.key).toBe(articleKey(r.outletId, outlets.get(r.outletId)!.domains, r.canonicalUrl, articleParagraphs(r)));
    }
  });

  it('an older row holding a non-http URL exports it as null, so the export imports again', async () => {
    const db = await seeded();
    const first = (await db.articles.where('key').equals(REAL_KEY).first())!;
    await db.articles.update(first.id!, { url: 'javascript:alert(1)' });
    const file = JSON.parse(await exportToString(db));
    expect(file.articles[0].url).toBeNull();
    expect(await importLibrary(freshDb(), JSON.stringify(file))).toMatchObject({ ok: true, added: 3 });
  });
});
