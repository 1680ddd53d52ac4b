/**
 * Regression (bug 3): a refused import showed the validator's raw output ("Invalid input: expected
 * string, received undefined at articles.2.claims.0.prefix"). The message now leads with a plain
 * sentence naming the article or outlet; the technical path follows as a detail.
 */
import { describe, expect, it } from 'vitest';
import { exportToString, importLibrary } from '../../../utils/library/import-export';
import { dump, seeded, stagingExists } from './import-helpers';

/** The seeded library's export (articles "Port strike ends", "Loxley dockers return", "Weather"), edited. */
type Edit = (file: { outlets: Record<string, unknown>[]; articles: Record<string, any>[] }) => void;

describe('a refused import says in plain words what is wrong, and changes nothing', () => {
  it.each<[string, Edit, string]>([
    ['a claim without its prefix', (f) => delete f.articles[2].claims[0].prefix,
      'This file is not a complete Corroborate library: article 3 ("Weather") is missing part of its data (claims.0.prefix). Nothing was imported. '
      + 'Technical detail: Invalid input: expected string, received undefined at articles.2.claims.0.prefix.'],
    ['an article without a title', (f) => delete f.articles[1].title,
      'This file is not a complete Corroborate library: article 2 is missing part of its data (title). Nothing was imported. '
      + 'Technical detail: Invalid input: expected string, received undefined at articles.1.title.'],
    ['a title that is a number', (f) => { f.articles[0].title = 5; },
      'This Corroborate library file is damaged: article 1 holds a value Corroborate cannot use (title). Nothing was imported. '
      + 'Technical detail: Invalid input: expected string, received number at articles.0.title.'],
    ['an outlet whose domains are not a list', (f) => { f.outlets[1].domains = 'beta.example'; },
      'This Corroborate library file is damaged: outlet 2 ("Beta Daily") holds a value Corroborate cannot use (domains). Nothing was imported. '
      + 'Technical detail: Invalid input: expected array, received string at outlets.1.domains.'],
    ['an article of an unknown outlet', (f) => { f.articles[1].outletId = 'gamma.example'; },
      'This Corroborate library file is damaged: article 2 belongs to an outlet the file does not list. Nothing was imported. '
      + 'Technical detail: unknown outlet "gamma.example" at articles.1.outletId.'],
  ])('%s', async (_name, edit, message) => {
    const db = await seeded();
    const before = await dump(db);
    const file = JSON.parse(await exportToString(db));
    edit(file);
    expect(await importLibrary(db, JSON.stringify(file))).toEqual({ ok: false, error: message });
    expect(await dump(db)).toEqual(before);
    expect(await stagingExists(db)).toBe(false);
  });
});
