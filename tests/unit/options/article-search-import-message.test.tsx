// @vitest-environment happy-dom
/**
 * Regression tests for two options-page defects of the user-level audit: the article search box
 * missed double spaces, words typed without accents and outlet names (and its label said only
 * "titles and URLs"), and re-importing an identical file said every article was updated.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { ArticleTable } from '../../../components/options/ArticleTable';
import { ImportExport, importedText } from '../../../components/options/ImportExport';
import type { LibraryDb } from '../../../utils/library/db';
import { exportToString } from '../../../utils/library/import-export';
import { listOutlets } from '../../../utils/library/outlets';
import { freshDb, mount, seed, type, until } from './dom';

beforeEach(() => {
  document.body.innerHTML = '';
});

/** Three articles over two outlets, one with an accented title. */
async function library(): Promise<LibraryDb> {
  const db = freshDb();
  await seed(db, 'herald.example', 'The Herald', 'Council approves budget', ['The city council approved the new budget on Tuesday.'], undefined, 1000);
  await seed(db, 'herald.example', 'The Herald', 'Road closed by rain', ['Heavy rain closed the coastal road for six hours.'], undefined, 2000);
  await seed(db, 'denik.example', 'Deník', 'Povodeň hrozí městu', ['Řeka stoupá a město se připravuje.'], undefined, 3000);
  return db;
}

describe('regression: the article search missed double spaces, unaccented words and outlet names', () => {
  it('labels the box for titles, outlets and URLs', async () => {
    const db = await library();
    const root = mount(<ArticleTable db={db} outlets={await listOutlets(db)} version={0} onChanged={() => {}} />);
    const label = root.querySelector('label[for="article-search"]')!;
    expect(label.textContent).toBe('Search titles, outlets and URLs');
    expect(root.querySelector<HTMLInputElement>('#article-search')!.placeholder).toMatch(/title, outlet or URL/);
  });

  it.each([
    ['an outlet name', 'herald', 2, 'Road closed by rain'],
    ['a word without its accents', 'hrozi', 1, 'Povodeň hrozí městu'],
    ['a double space and another word order', 'rain  road', 1, 'Road closed by rain'],
    ['an outlet word with a title word', '  deník   MĚSTU ', 1, 'Povodeň hrozí městu'],
  ])('finds articles by %s', async (_name, query, rows, first) => {
    const db = await library();
    const root = mount(<ArticleTable db={db} outlets={await listOutlets(db)} version={0} onChanged={() => {}} />);
    await until(() => expect(root.querySelectorAll('tbody tr').length).toBe(3));
    type(root.querySelector('#article-search'), query);
    await until(() => expect(root.querySelectorAll('tbody tr').length).toBe(rows));
    expect(root.querySelector('tbody tr')!.textContent).toContain(first);
  });
});

describe('regression: re-importing an identical file reported every article as updated', () => {
  it.each([
    ['an identical re-import', { outlets: 2, added: 0, updated: 0, unchanged: 10 }, 'Imported lib.json: 10 articles already up to date, 2 outlets.'],
    ['one article up to date', { outlets: 1, added: 0, updated: 0, unchanged: 1 }, 'Imported lib.json: 1 article already up to date, 1 outlet.'],
    ['new, updated and unchanged', { outlets: 3, added: 2, updated: 1, unchanged: 4 }, 'Imported lib.json: 2 new articles, 1 updated article, 4 articles already up to date, 3 outlets.'],
    ['only new articles', { outlets: 2, added: 3, updated: 0, unchanged: 0 }, 'Imported lib.json: 3 new articles, 2 outlets.'],
    ['an empty file', { outlets: 0, added: 0, updated: 0, unchanged: 0 }, 'Imported lib.json: no articles, 0 outlets.'],
  ])('importedText for %s', (_name, counts, text) => {
    expect(importedText('lib.json', counts)).toBe(text);
  });

  it('says the articles are already up to date after importing the library\'s own export', async () => {
    const db = await library();
    const root = mount(<ImportExport db={db} outlets={await listOutlets(db)} onChanged={() => {}} />);
    const input = root.querySelector('#import-file') as HTMLInputElement;
    const file = new File([await exportToString(db)], 'library.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => expect(root.querySelector('[data-testid="import-export-message"]')!.textContent).toBe('Imported library.json: 3 articles already up to date, 2 outlets.'));
    expect(await db.articles.count()).toBe(3);
  });
});

// Regression (qa9): statements of a file that are not in their article's text are left out, and the
// summary says so after the counts, naming the first few articles.
describe('regression: the import summary did not say which statements were left out (qa9)', () => {
  const one = (title: string, statements: number) => ({ title, statements });
  it.each([
    ['one statement of one article', { statements: 1, articles: 1, named: [one('Ferry strike', 1)] },
      ' 1 statement of "Ferry strike" was not in the article\'s text and was left out.'],
    ['two statements of one article', { statements: 2, articles: 1, named: [one('Ferry strike', 2)] },
      ' 2 statements of "Ferry strike" were not in the article\'s text and were left out.'],
    ['statements of two articles, one untitled', { statements: 3, articles: 2, named: [one('Ferry strike', 2), one('  ', 1)] },
      ' 3 statements were not in their article\'s text and were left out: 2 of "Ferry strike", 1 of an untitled article.'],
    ['statements of five articles', { statements: 9, articles: 5, named: [one('A', 1), one('B', 2), one('C', 1)] },
      ' 9 statements were not in their article\'s text and were left out: 1 of "A", 2 of "B", 1 of "C", 5 of 2 more articles.'],
  ])('importedText for %s', (_name, leftOut, tail) => {
    expect(importedText('lib.json', { outlets: 2, added: 4, updated: 0, unchanged: 0, leftOut })).toBe(`Imported lib.json: 4 new articles, 2 outlets.${tail}`);
  });
});
