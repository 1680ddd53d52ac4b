// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { ArticleTable } from '../../../components/options/ArticleTable';
import { ConfirmDialog } from '../../../components/options/ConfirmDialog';
import { ImportExport } from '../../../components/options/ImportExport';
import { OutletTable } from '../../../components/options/OutletTable';
import { StorageUsage } from '../../../components/options/StorageUsage';
import { memorySettingsStore } from '../../../components/options/settings-store';
import { listOutlets, setWire } from '../../../utils/library/outlets';
import { rowClaimCount } from '../../../utils/library/claim-rows';
import type { LibraryDb } from '../../../utils/library/db';
import { button, choose, freshDb, heldSettingsStore, mount, seed, type, until, type HeldSave } from './dom';

const P1 = ['The city council approved the new budget on Tuesday. It raises spending on parks by 12 percent.'];
const P2 = ['Heavy rain closed the coastal road for six hours. Crews cleared the debris by evening.'];
const P3 = ['A local bakery won the regional bread prize. The owner said the recipe is a family secret. Judges tasted 40 loaves.'];

async function library(): Promise<LibraryDb> {
  const db = freshDb();
  await seed(db, 'herald.example', 'The Herald', 'Council approves budget', P1, undefined, 1000);
  await seed(db, 'herald.example', 'The Herald', 'Road closed by rain', P2, undefined, 2000);
  await seed(db, 'herald-news.example', 'Herald News', 'Bakery wins prize', P3, undefined, 3000);
  return db;
}

beforeEach(() => {
  document.body.innerHTML = '';
});

/** The wire-service checkbox of an outlet's row. */
const wireBox = (root: HTMLElement, id: string) => root.querySelector<HTMLInputElement>(`tr[data-outlet="${id}"] input[type="checkbox"]`)!;

describe('OutletTable', () => {
  it('renames an outlet inline', async () => {
    const db = await library();
    const root = mount(<OutletTable db={db} version={0} onChanged={() => {}} />);
    await until(() => expect(root.querySelectorAll('tbody tr').length).toBe(2));
    const input = root.querySelector('input[id="outlet-name-herald.example"]')!;
    type(input, 'Daily Herald');
    input.closest('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await until(async () => expect((await db.outlets.get('herald.example'))?.name).toBe('Daily Herald'));
    await until(() => expect(root.querySelector('[role="status"]')!.textContent).toContain('Renamed'));
  });

  it('merges an alias outlet into another, once confirmed', async () => {
    const db = await library();
    const root = mount(<OutletTable db={db} version={0} onChanged={() => {}} />);
    await until(() => expect(root.querySelectorAll('tbody tr').length).toBe(2));
    const row = root.querySelector('tr[data-outlet="herald.example"]')!;
    choose(row.querySelector('select'), 'herald-news.example');
    await until(() => expect(button(row, 'Merge').disabled).toBe(false));
    button(row, 'Merge').click();
    await until(() => expect(root.querySelector('[role="alertdialog"]')).not.toBeNull());
    button(root.querySelector('[role="alertdialog"]')!, 'Merge outlets').click();
    await until(async () => {
      const outlets = await listOutlets(db);
      expect(outlets.map((o) => [o.id, o.domains.sort(), o.articleCount])).toEqual([['herald.example', ['herald-news.example', 'herald.example'], 3]]);
    });
  });

  it.each([
    ['cancelled', 'Cancel', 2],
    ['confirmed', 'Delete 2 articles', 1],
  ])('asks how many articles go before deleting (%s)', async (_name, choice, outletsLeft) => {
    const db = await library();
    const root = mount(<OutletTable db={db} version={0} onChanged={() => {}} />);
    await until(() => expect(root.querySelectorAll('tbody tr').length).toBe(2));
    button(root, 'Delete The Herald').click();
    await until(() => expect(root.querySelector('[role="alertdialog"]')!.textContent).toContain('2 articles'));
    button(root.querySelector('[role="alertdialog"]')!, choice).click();
    await until(async () => expect(await db.outlets.count()).toBe(outletsLeft));
    await until(() => expect(root.querySelector('[role="alertdialog"]')).toBeNull());
    expect(await db.articles.count()).toBe(outletsLeft === 2 ? 3 : 1);
  });

  // Regression: after "Delete everything" the outlets section still said "Deleted Marrow Wire."
  // under "No outlets yet": a status line must not outlive a change made elsewhere.
  it('keeps its own status through its own change and clears it after a change elsewhere', async () => {
    const db = await library();
    let version = 0;
    const root = document.createElement('div');
    document.body.appendChild(root);
    const show = () => render(<OutletTable db={db} version={version} onChanged={() => { version++; show(); }} />, root);
    show();
    await until(() => expect(root.querySelectorAll('tbody tr').length).toBe(2));
    button(root, 'Delete The Herald').click();
    await until(() => expect(root.querySelector('[role="alertdialog"]')).not.toBeNull());
    button(root.querySelector('[role="alertdialog"]')!, 'Delete 2 articles').click();
    await until(() => expect(root.querySelector('[role="status"]')!.textContent).toBe('Deleted The Herald.'));
    await db.articles.clear();
    await db.outlets.clear();
    version++;
    show();
    await until(() => expect(root.textContent).toContain('No outlets yet'));
    expect(root.querySelector('[role="status"]')!.textContent).toBe('');
  });

  // Regression: the wire checkbox showed the value of the last list load, so the re-render of its
  // own status line flipped it back until the list reloaded (here the list never reloads).
  it.each([
    ['marks', false, 'Marked as a wire service.'],
    ['unmarks', true, 'No longer a wire service.'],
  ])('%s an outlet as a wire service and keeps the box showing it', async (_name, wire, status) => {
    const db = await library();
    await setWire(db, 'herald.example', wire);
    const root = mount(<OutletTable db={db} version={0} onChanged={() => {}} />);
    await until(() => expect(root.querySelectorAll('tbody tr').length).toBe(2));
    const box = wireBox(root, 'herald.example');
    box.click();
    await until(() => expect(root.querySelector('[role="status"]')!.textContent).toBe(status));
    expect(box.checked).toBe(!wire);
    expect((await db.outlets.get('herald.example'))?.wire).toBe(!wire);
  });

  // Guards the fix above: a wire flag that could not be saved shows the stored value again.
  it('shows the stored wire flag again when saving it fails', async () => {
    const db = await library();
    const root = mount(<OutletTable db={db} version={0} onChanged={() => {}} />);
    await until(() => expect(root.querySelectorAll('tbody tr').length).toBe(2));
    vi.spyOn(db.outlets, 'update').mockRejectedValue(new Error('the library is locked'));
    const box = wireBox(root, 'herald.example');
    box.focus();
    box.click();
    await until(() => expect(root.querySelector('[role="status"]')!.textContent).toBe('Saving failed: the library is locked'));
    await until(() => expect(box.checked).toBe(false));
    expect(document.activeElement).toBe(box);
  });

  // Regression: when counting the outlet's articles failed, the rejection was lost: the delete
  // dialog never opened and nothing said why.
  it.each([
    ['an error', new Error('the library is locked'), 'Counting the articles failed: the library is locked'],
    ['a full disk', new DOMException('quota', 'QuotaExceededError'), 'Counting the articles failed because the disk is full'],
  ])('says so when counting the articles to delete fails (%s)', async (_name, err, message) => {
    const db = await library();
    const root = mount(<OutletTable db={db} version={0} onChanged={() => {}} />);
    await until(() => expect(root.querySelectorAll('tbody tr').length).toBe(2));
    vi.spyOn(db.articles, 'where').mockImplementation(() => { throw err; });
    const del = button(root, 'Delete The Herald');
    del.focus();
    del.click();
    await until(() => expect(root.querySelector('[role="status"]')!.textContent).toContain(message));
    expect(root.querySelector('[role="alertdialog"]')).toBeNull();
    expect(document.activeElement).toBe(del);
    expect(await db.outlets.count()).toBe(2);
  });
});

describe('ArticleTable', () => {
  it('searches, sorts by claims and renders page text inertly', async () => {
    const db = await library();
    await seed(db, 'evil.example', '<img src=x onerror=alert(1)>', '<script>window.pwned=1</script>', ['Officials said nothing.'], 'javascript:alert(1)', 4000);
    const outlets = await listOutlets(db);
    const opened: string[] = [];
    const root = mount(<ArticleTable db={db} outlets={outlets} version={0} onChanged={() => {}} openTab={(u) => opened.push(u)} />);
    await until(() => expect(root.querySelectorAll('tbody tr').length).toBe(4));
    expect(root.querySelector('script, img')).toBeNull();
    const evilRow = root.querySelector('tbody tr')!;
    expect(evilRow.textContent).toContain('<script>window.pwned=1</script>');
    expect(evilRow.querySelector('a')).toBeNull();
    expect(evilRow.textContent).not.toContain('Re-capture');

    button(root, 'Claims').click(); // claims, descending
    await until(() => expect(root.querySelector('th[aria-sort="descending"]')!.textContent).toContain('Claims'));
    await until(() => {
      const counts = [...root.querySelectorAll('tbody tr td.num')].map((td) => Number(td.textContent));
      expect(counts).toEqual([3, 2, 2, 1]);
    });

    type(root.querySelector('#article-search'), 'bakery');
    await until(() => expect(root.querySelectorAll('tbody tr').length).toBe(1));
    const link = root.querySelector('tbody a') as HTMLAnchorElement;
    expect(link.href).toBe('https://www.herald-news.example/news/bakery-wins-prize');
    button(root, 'Re-capture').click();
    expect(opened).toEqual(['https://www.herald-news.example/news/bakery-wins-prize']);
  });

  it('deletes an article after confirmation', async () => {
    const db = await library();
    const root = mount(<ArticleTable db={db} outlets={await listOutlets(db)} version={0} onChanged={() => {}} />);
    await until(() => expect(root.querySelectorAll('tbody tr').length).toBe(3));
    button(root, 'Delete Road closed by rain').click();
    await until(() => button(root, 'Delete article'));
    button(root, 'Delete article').click();
    await until(async () => expect(await db.articles.count()).toBe(2));
    expect(await db.claims.where('articleId').anyOf((await db.articles.toArray()).map((a) => a.id!)).count()).toBe(await db.claims.count());
  });
});

describe('ConfirmDialog', () => {
  it.each([
    ['Escape cancels', 'Escape', false, 'cancel'],
    ['Tab stays inside the dialog', 'Tab', false, 'focus-cancel'],
  ])('%s', async (_name, key, shiftKey, expected) => {
    const onCancel = vi.fn();
    const root = mount(<ConfirmDialog title="Sure?" message="m" confirmLabel="Delete" onConfirm={() => {}} onCancel={onCancel} />);
    await until(() => expect(document.activeElement?.textContent).toBe('Cancel'));
    button(root, 'Delete').focus();
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key, shiftKey, bubbles: true }));
    if (expected === 'cancel') expect(onCancel).toHaveBeenCalled();
    else expect(document.activeElement?.textContent).toBe('Cancel');
  });

  it('needs the typed word before confirming', async () => {
    const onConfirm = vi.fn();
    const root = mount(<ConfirmDialog title="Sure?" message="m" confirmLabel="Delete everything" requireText="delete" onConfirm={onConfirm} onCancel={() => {}} />);
    expect(button(root, 'Delete everything').disabled).toBe(true);
    type(root.querySelector('input'), 'DELETE');
    await until(() => expect(button(root, 'Delete everything').disabled).toBe(false));
    button(root, 'Delete everything').click();
    await until(() => expect(onConfirm).toHaveBeenCalledTimes(1));
  });
});

describe('StorageUsage', () => {
  it('shows counts and usage, and deletes everything only after typed confirmation', async () => {
    const db = await library();
    const persist = vi.fn(async () => true);
    const manager = { estimate: async () => ({ usage: 2_500_000, quota: 1e9 }), persist, persisted: async () => false };
    const root = mount(<StorageUsage db={db} store={memorySettingsStore()} version={0} onChanged={() => {}} storageManager={manager} />);
    await until(() => expect(root.querySelector('[data-testid="article-count"]')!.textContent).toBe('3'));
    expect(Number(root.querySelector('[data-testid="claim-count"]')!.textContent)).toBe((await db.claims.toArray()).reduce((n, row) => n + rowClaimCount(row), 0));
    expect(root.textContent).toContain('2.4 MB');
    button(root, 'Keep data persistent').click();
    await until(() => expect(persist).toHaveBeenCalled());
    button(root, 'Delete everything…').click();
    await until(() => expect(root.querySelector('[role="alertdialog"]')).not.toBeNull());
    type(root.querySelector('[role="alertdialog"] input'), 'delete');
    await until(() => expect(button(root.querySelector('[role="alertdialog"]')!, 'Delete everything').disabled).toBe(false));
    button(root.querySelector('[role="alertdialog"]')!, 'Delete everything').click();
    await until(async () => expect(await db.articles.count() + (await db.outlets.count())).toBe(0));
  });

  // Regression: the retention select saved with no catch, so a failed save said nothing (an
  // unhandled rejection), and any re-render before a save finished showed the old period again.
  it.each([
    ['failed', (save: HeldSave) => save.fail(new Error('storage is unavailable')), '', 'Saving the retention period failed: storage is unavailable'],
    ['saved after another control changed', (save: HeldSave) => save.release(), '30', 'Retention period saved.'],
  ])('the retention period, %s, shows what is stored and says so', async (_name, settle, shown, status) => {
    const { store, inner, saves } = heldSettingsStore();
    const manager = { estimate: async () => ({ usage: 0 }), persist: async () => true, persisted: async () => true };
    const root = mount(<StorageUsage db={freshDb()} store={store} version={0} onChanged={() => {}} storageManager={manager} />);
    await until(() => expect(root.querySelector('#retention')).not.toBeNull());
    const select = root.querySelector<HTMLSelectElement>('#retention')!;
    select.focus();
    choose(select, '30');
    choose(root.querySelector('#delete-age'), '7'); // re-renders the section while the save is pending
    await until(() => expect(saves).toHaveLength(1));
    expect(select.value).toBe('30');
    settle(saves[0]!);
    await until(() => expect(root.querySelector('[role="status"]')!.textContent).toBe(status));
    await until(() => expect(select.value).toBe(shown));
    expect(inner.current.retentionDays).toBe(shown ? 30 : null);
    expect(document.activeElement).toBe(select);
  });
});

describe('ImportExport', () => {
  it.each([
    ['not JSON', '{oops'],
    ['foreign JSON', '{"hello":"world"}'],
  ])('refuses a malformed file (%s) and changes nothing', async (_name, content) => {
    const db = await library();
    const root = mount(<ImportExport db={db} outlets={await listOutlets(db)} onChanged={() => {}} />);
    const input = root.querySelector('#import-file') as HTMLInputElement;
    const file = new File([content], 'bad.json', { type: 'application/json' });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => expect(root.querySelector('[role="alert"]')!.textContent).toContain('bad.json was not imported'));
    expect(root.querySelector('[role="status"]')!.textContent).toBe('');
    expect(await db.articles.count()).toBe(3);
  });
});
