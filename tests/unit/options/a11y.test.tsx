// @vitest-environment happy-dom
/**
 * Regression tests for the options-page defects of the accessibility audit: keyboard focus fell to
 * the document body when a row was deleted, when pause turned into resume, and while an import or
 * export ran (the e2e audit, tests/e2e/a11y.test.ts, walks the same flows in Chromium).
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { CaptureSettingsPanel } from '../../../components/options/CaptureSettings';
import { ImportExport } from '../../../components/options/ImportExport';
import { OptionsApp } from '../../../components/options/OptionsApp';
import { StorageUsage } from '../../../components/options/StorageUsage';
import { memorySettingsStore } from '../../../components/options/settings-store';
import { neighbourId } from '../../../components/options/use-refocus';
import { listOutlets } from '../../../utils/library/outlets';
import { button, freshDb, mount, seed, until } from './dom';

const TEXT = ['The council approved the new budget on Tuesday. It raises spending on parks by 12 percent.'];
const storage = { estimate: async () => ({ usage: 0 }), persist: async () => true, persisted: async () => true };

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('defect: focus was lost when a row was deleted', () => {
  it.each([
    [['a', 'b', 'c'], 'b', 'c'],
    [['a', 'b', 'c'], 'c', 'b'],
    [['a'], 'a', null],
  ])('in %j, deleting %s focuses row %s (null: the heading)', (ids, id, expected) => {
    expect(neighbourId(ids, id)).toBe(expected);
  });

  it.each([
    ['outlet', 'Delete The Herald and its articles', 'Delete 1 article', 'Delete Daily Lamp and its articles'],
    ['article', 'Delete Council budget', 'Delete article', 'Delete Rain closes road'],
  ])('deleting an %s by keyboard leaves focus on the next row\'s Delete button', async (_what, del, confirm, next) => {
    const db = freshDb();
    await seed(db, 'herald.example', 'The Herald', 'Council budget', TEXT, undefined, 3000);
    await seed(db, 'lamp.example', 'Daily Lamp', 'Rain closes road', ['Heavy rain closed the coastal road for six hours.'], undefined, 2000);
    const root = mount(<OptionsApp db={db} store={memorySettingsStore()} storageManager={storage} />);
    await until(() => expect(root.querySelectorAll('table.articles tbody tr, table.outlets tbody tr')).toHaveLength(4));
    button(root, del).focus();
    button(root, del).click();
    await until(() => expect(root.querySelector('[role="alertdialog"]')).not.toBeNull());
    button(root.querySelector('[role="alertdialog"]')!, confirm).click();
    await until(() => expect(root.querySelectorAll('table.articles tbody tr')).toHaveLength(1));
    await until(() => expect(document.activeElement?.getAttribute('aria-label')).toBe(next));
  });

  it('deleting the only outlet leaves focus on the Outlets heading', async () => {
    const db = freshDb();
    await seed(db, 'herald.example', 'The Herald', 'Council budget', TEXT);
    const root = mount(<OptionsApp db={db} store={memorySettingsStore()} storageManager={storage} />);
    await until(() => expect(root.querySelectorAll('table.outlets tbody tr')).toHaveLength(1));
    button(root, 'Delete The Herald and its articles').focus();
    button(root, 'Delete The Herald and its articles').click();
    await until(() => expect(root.querySelector('[role="alertdialog"]')).not.toBeNull());
    button(root.querySelector('[role="alertdialog"]')!, 'Delete 1 article').click();
    await until(() => expect(document.activeElement?.id).toBe('outlets-h'));
  });
});

describe('defect: focus was lost by controls that replace or disable themselves', () => {
  it('"Pause for 1 hour" becomes "Resume capture" in the same, still focused, button', async () => {
    const root = mount(<CaptureSettingsPanel store={memorySettingsStore()} />);
    await until(() => button(root, 'Pause for 1 hour'));
    const pause = button(root, 'Pause for 1 hour');
    pause.focus();
    pause.click();
    await until(() => expect(pause.textContent).toBe('Resume capture'));
    expect(document.activeElement).toBe(pause);
  });

  it('"Keep data persistent", once granted, hands focus to the next control as it goes away', async () => {
    const db = freshDb();
    const manager = { ...storage, persisted: async () => false };
    const root = mount(<StorageUsage db={db} store={memorySettingsStore()} version={0} onChanged={() => {}} storageManager={manager} />);
    const stats = () => root.querySelector('.stats')?.textContent;
    await until(() => expect(stats()).toContain('Persistentno'));
    button(root, 'Keep data persistent').focus();
    button(root, 'Keep data persistent').click();
    await until(() => expect(stats()).toContain('Persistentyes'));
    expect(document.activeElement?.id).toBe('delete-age');
  });

  it('the import control stays focusable while busy (aria-disabled, never disabled)', async () => {
    const db = freshDb();
    await seed(db, 'herald.example', 'The Herald', 'Council budget', TEXT);
    const root = mount(<ImportExport db={db} outlets={await listOutlets(db)} onChanged={() => {}} />);
    const input = root.querySelector<HTMLInputElement>('#import-file')!;
    const seen: string[] = [];
    new MutationObserver(() => seen.push(`${input.getAttribute('aria-disabled')}/${input.disabled}`)).observe(input, { attributes: true });
    const file = new File([JSON.stringify({ format: 'corroborate-library', version: 1, exportedAt: 0, outlets: [], articles: [] })], 'empty.json');
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await until(() => expect(root.querySelector('[role="status"]')!.textContent).toContain('Imported empty.json'));
    expect(seen).toContain('true/false');
    expect(seen.every((s) => s.endsWith('/false'))).toBe(true);
    expect(input.getAttribute('aria-disabled')).toBe('false');
  });
});
