// @vitest-environment happy-dom
/**
 * Regression tests for the options-page defects of the options review: "Space used" counted the
 * extension's own code, merging outlets happened at once with a vague "Outlets merged.", and a
 * rename to another outlet's exact name was accepted silently (two rows, one name).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { OutletTable } from '../../../components/options/OutletTable';
import { StorageUsage } from '../../../components/options/StorageUsage';
import { memorySettingsStore } from '../../../components/options/settings-store';
import type { LibraryDb } from '../../../utils/library/db';
import { button, choose, freshDb, mount, seed, type, until } from './dom';

const LEDGER = 'ledger.example';
const HERALD = 'herald.example';

beforeEach(() => {
  document.body.innerHTML = '';
});

/** The Northfield Ledger with two articles, Hollin Valley Herald with one. */
async function library(): Promise<LibraryDb> {
  const db = freshDb();
  await seed(db, LEDGER, 'The Northfield Ledger', 'Council approves budget', ['The city council approved the new budget on Tuesday.'], undefined, 3000);
  await seed(db, LEDGER, 'The Northfield Ledger', 'Road closed by rain', ['Heavy rain closed the coastal road for six hours.'], undefined, 2000);
  await seed(db, HERALD, 'Hollin Valley Herald', 'Bakery wins prize', ['A local bakery won the regional bread prize.'], undefined, 1000);
  return db;
}

/** The outlet table over {@link library}, once its rows are shown. */
async function outletTable() {
  const db = await library();
  const root = mount(<OutletTable db={db} version={0} onChanged={() => {}} />);
  await until(() => expect(root.querySelectorAll('tbody tr').length).toBe(2));
  const status = () => root.querySelector('[role="status"]')!.textContent;
  return { db, root, status };
}

describe('defect: "Space used" counted the extension\'s own code', () => {
  it.each([
    ['Chrome: the IndexedDB share', { usage: 2_889_494, usageDetails: { indexedDB: 6_584, serviceWorkerRegistrations: 2_882_910 } }, 'Space used6.4 KB'],
    ['Firefox: the total, said to be the total', { usage: 6_584 }, 'Space used6.4 KB in total'],
  ])('%s', async (_name, estimate, shown) => {
    const manager = { estimate: async () => estimate, persist: async () => true, persisted: async () => true };
    const root = mount(<StorageUsage db={freshDb()} store={memorySettingsStore()} version={0} onChanged={() => {}} storageManager={manager} />);
    await until(() => expect(root.querySelector('.stats')!.textContent).toContain(shown));
    expect(root.querySelector('.stats')!.textContent).not.toContain('2.8 MB');
  });
});

describe('defect: merging outlets happened at once and said only "Outlets merged."', () => {
  it.each([
    ['cancelled', 'Cancel', 2, ''],
    ['confirmed', 'Merge outlets', 1, 'Merged Hollin Valley Herald into The Northfield Ledger (1 article).'],
  ])('asks first, naming both outlets and the articles that move (%s)', async (_name, choice, outletsLeft, message) => {
    const { db, root, status } = await outletTable();
    const row = root.querySelector(`tr[data-outlet="${LEDGER}"]`)!;
    choose(row.querySelector('select'), HERALD);
    await until(() => expect(button(row, 'Merge').disabled).toBe(false));
    button(row, 'Merge').focus();
    button(row, 'Merge').click();
    await until(() => expect(root.querySelector('[role="alertdialog"]')).not.toBeNull());
    const dialog = root.querySelector('[role="alertdialog"]')!;
    expect(dialog.querySelector('h2')!.textContent).toBe('Merge Hollin Valley Herald into The Northfield Ledger?');
    expect(dialog.querySelector('p')!.textContent).toBe('Its 1 article and its domains move to The Northfield Ledger. This cannot be undone.');
    expect(await db.outlets.count()).toBe(2); // nothing merged yet
    button(dialog, choice).click();
    await until(async () => expect(await db.outlets.count()).toBe(outletsLeft));
    await until(() => expect(root.querySelector('[role="alertdialog"]')).toBeNull());
    await until(() => expect(status()).toBe(message));
    // Focus as before the confirmation: the merged row's (the target's) "Merge in…" choice.
    await until(() => expect(document.activeElement).toBe(root.querySelector(`tr[data-outlet="${LEDGER}"] select`)));
    if (outletsLeft === 1) expect((await db.outlets.get(LEDGER))!.domains.sort()).toEqual([HERALD, LEDGER]);
  });
});

describe('defect: renaming an outlet to another outlet\'s name was accepted silently', () => {
  const REFUSED = 'Another outlet is already called “The Northfield Ledger”; kept “Hollin Valley Herald”. To make them one outlet, use Merge.';

  it.each([
    ['exactly', 'The Northfield Ledger'],
    ['in another case', 'the northfield LEDGER'],
    ['with spaces around', '  The Northfield Ledger '],
  ])('refuses it (%s), keeps the name and says how to make them one outlet', async (_how, typed) => {
    const { db, root, status } = await outletTable();
    const input = root.querySelector<HTMLInputElement>(`input[id="outlet-name-${HERALD}"]`)!;
    type(input, typed);
    input.closest('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await until(() => expect(status()).toBe(REFUSED));
    await until(() => expect(root.querySelector<HTMLInputElement>(`input[id="outlet-name-${HERALD}"]`)!.value).toBe('Hollin Valley Herald'));
    expect((await db.outlets.get(HERALD))?.name).toBe('Hollin Valley Herald');
  });

  // The library refuses it too: here the other outlet took the name after the table loaded.
  it('says so when the library refuses a name taken meanwhile', async () => {
    const { db, root, status } = await outletTable();
    await db.outlets.update(LEDGER, { name: 'Valley News' });
    const input = root.querySelector<HTMLInputElement>(`input[id="outlet-name-${HERALD}"]`)!;
    type(input, 'Valley News');
    input.closest('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await until(() => expect(status()).toBe('Another outlet is already called “Valley News”; kept “Hollin Valley Herald”. To make them one outlet, use Merge.'));
    await until(() => expect(input.value).toBe('Hollin Valley Herald'));
    expect((await db.outlets.get(HERALD))?.name).toBe('Hollin Valley Herald');
  });
});
