// @vitest-environment happy-dom
/**
 * Regression tests for the options-page defects of the user-level audit: a blanked outlet name
 * stayed blank with no message, "Delete older articles" deleted without confirmation, and long
 * outlet names were cut off in their inputs, and the blocklist took words for domains.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { blankNameMessage } from '../../../components/options/OutletRow';
import { DomainListField } from '../../../components/options/DomainListField';
import { OutletTable } from '../../../components/options/OutletTable';
import { StorageUsage, olderDeletionText } from '../../../components/options/StorageUsage';
import { memorySettingsStore } from '../../../components/options/settings-store';
import type { LibraryDb } from '../../../utils/library/db';
import { button, choose, freshDb, mount, seed, type, until } from './dom';

const DAY = 86_400_000;
const OPTIONS_CSS = join(dirname(fileURLToPath(import.meta.url)), '../../../components/options/options.css');

/** Lets Preact re-render after a state change. */
const tick = () => new Promise((r) => setTimeout(r, 20));

beforeEach(() => {
  document.body.innerHTML = '';
});

/** Two articles last read 200 days ago, one today. */
async function library(): Promise<LibraryDb> {
  const db = freshDb();
  const now = Date.now();
  await seed(db, 'herald.example', 'The Herald', 'Council approves budget', ['The city council approved the new budget on Tuesday.'], undefined, now - 200 * DAY);
  await seed(db, 'herald.example', 'The Herald', 'Road closed by rain', ['Heavy rain closed the coastal road for six hours.'], undefined, now - 200 * DAY);
  await seed(db, 'post.example', 'The Post', 'Bakery wins prize', ['A local bakery won the regional bread prize.'], undefined, now);
  return db;
}

describe('defect: blanking an outlet name and pressing Enter did nothing and said nothing', () => {
  it.each([
    ['empty', ''],
    ['only spaces', '   '],
  ])('a %s name restores the current name and says why', async (_name, typed) => {
    const db = await library();
    const root = mount(<OutletTable db={db} version={0} onChanged={() => {}} />);
    await until(() => expect(root.querySelectorAll('tbody tr').length).toBe(2));
    const input = root.querySelector<HTMLInputElement>('input[id="outlet-name-herald.example"]')!;
    type(input, typed);
    input.closest('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await until(() => expect(root.querySelector('[role="status"]')!.textContent).toBe('An outlet needs a name; kept “The Herald”.'));
    await until(() => expect(root.querySelector<HTMLInputElement>('input[id="outlet-name-herald.example"]')!.value).toBe('The Herald'));
    expect((await db.outlets.get('herald.example'))?.name).toBe('The Herald');
  });

  it('names the kept outlet in the message', () => {
    expect(blankNameMessage('Continental Press')).toBe('An outlet needs a name; kept “Continental Press”.');
  });
});

/** The storage panel over {@link library}, after choosing `days` and clicking "Delete older articles…". */
async function askToDeleteOlderThan(days: string) {
  const db = await library();
  const root = mount(<StorageUsage db={db} store={memorySettingsStore()} version={0} onChanged={() => {}} storageManager={{ estimate: async () => ({}), persist: async () => true, persisted: async () => true }} />);
  await until(() => expect(root.querySelector('[data-testid="article-count"]')!.textContent).toBe('3'));
  choose(root.querySelector('#delete-age'), days);
  await tick();
  button(root, 'Delete older articles').click();
  return { db, root };
}

describe('defect: "Delete older articles" deleted without confirmation', () => {
  it.each([
    [3, null, 'Delete older articles?', 'Articles not read in the last 3 days', 'Delete older articles'],
    [90, 2, 'Delete 2 articles not read for 90 days?', 'They will be deleted', 'Delete 2 articles'],
    [1, 1, 'Delete 1 article not read for 1 day?', 'It will be deleted', 'Delete 1 article'],
  ])('olderDeletionText(%i days, count %s)', (days, count, title, message, confirmLabel) => {
    const t = olderDeletionText(days, count);
    expect(t.title).toBe(title);
    expect(t.message).toContain(message);
    expect(t.confirmLabel).toBe(confirmLabel);
  });

  it.each([
    ['cancelled', 'Cancel', 3],
    ['confirmed', 'Delete 2 articles', 1],
  ])('asks how many articles go before deleting (%s)', async (_name, choice, left) => {
    const { db, root } = await askToDeleteOlderThan('180');
    await until(() => expect(root.querySelector('[role="alertdialog"]')!.textContent).toContain('Delete 2 articles not read for 180 days?'));
    expect(await db.articles.count()).toBe(3);
    button(root.querySelector('[role="alertdialog"]')!, choice).click();
    await until(() => expect(root.querySelector('[role="alertdialog"]')).toBeNull());
    await until(async () => expect(await db.articles.count()).toBe(left));
    if (left === 1) await until(() => expect(root.querySelector('[role="status"]')!.textContent).toBe('Deleted 2 articles.'));
  });

  it('says there is nothing to delete instead of asking when no article is that old', async () => {
    const { db, root } = await askToDeleteOlderThan('365');
    await until(() => expect(root.querySelector('[role="status"]')!.textContent).toContain('nothing to delete'));
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    expect(await db.articles.count()).toBe(3);
  });
});

describe('defect: long outlet names were cut off in their name inputs', () => {
  const css = readFileSync(OPTIONS_CSS, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
  it.each([
    [/\.outlet-name\s*\{[^}]*min-width:\s*16em/],
    [/input\.outlet-name\s*\{[^}]*field-sizing:\s*content/],
  ])('options.css matches %s', (rule) => {
    expect(css).toMatch(rule);
  });
});

describe('defect: the blocklist quietly accepted words that are not domains', () => {
  it.each([
    ['words', 'not a domain', /Single words match only .*: not, a, domain/],
    ['a domain', 'bbc.co.uk', null],
  ])('%s', async (_name, text, warning) => {
    let saved: string[] = [];
    const root = mount(<DomainListField id="bl" label="Blocklist" hint="One per line" value={[]} onSave={(e) => void (saved = e)} />);
    type(root.querySelector('textarea'), text);
    button(root, 'Save blocklist').click();
    await tick();
    expect(saved).toEqual(text.split(' '));
    const note = root.querySelector('#bl-bare');
    if (warning) expect(note?.textContent).toMatch(warning);
    else expect(note).toBeNull();
  });
});

describe('defect: domains broke mid-label in the outlets table ("northfieldledger.t est")', () => {
  it('offers a break only after each dot, and keeps the text intact', async () => {
    const db = await library();
    const root = mount(<OutletTable db={db} version={0} onChanged={() => {}} />);
    await until(() => expect(root.querySelectorAll('td.domains').length).toBe(2));
    const cells = [...root.querySelectorAll('td.domains')];
    expect(cells.map((c) => c.textContent).sort()).toEqual(['herald.example', 'post.example']);
    expect(cells.map((c) => c.innerHTML).sort()).toEqual(['herald.<wbr>example', 'post.<wbr>example']);
  });
});
