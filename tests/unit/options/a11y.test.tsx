// @vitest-environment happy-dom
/**
 * Regression tests for the options-page defects of the accessibility audit: keyboard focus fell to
 * the document body when a row was deleted, when pause turned into resume, and while an import or
 * export ran (the e2e audit, tests/e2e/a11y.test.ts, walks the same flows in Chromium). Also: the
 * aria-disabled import/export controls must still ignore presses while busy.
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

  // Defect: "Pause until I resume" moved focus to the pause button even when saving failed.
  it.each([
    ['saved', 'Resume capture', false, 'paused until you resume it'],
    ['failed', 'Pause until I resume', true, 'Saving the settings'],
  ])('"Pause until I resume", %s, leaves focus on "%s"', async (_what, focused, fails, status) => {
    const store = memorySettingsStore();
    if (fails) store.save = async () => Promise.reject(new Error('storage is unavailable'));
    const root = mount(<CaptureSettingsPanel store={store} />);
    await until(() => button(root, 'Pause until I resume'));
    button(root, 'Pause until I resume').focus();
    button(root, 'Pause until I resume').click();
    await until(() => expect(root.querySelector('[role="status"]')!.textContent).toContain(status));
    expect(document.activeElement?.textContent).toBe(focused);
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

  // Defect guarded: aria-disabled controls still take presses, so without the `running` guard a
  // second import or an export started alongside an import still in progress.
  it.each<[string, (root: HTMLElement, input: HTMLInputElement, second: File) => void]>([
    ['a second file chosen', (_root, input, second) => pickFile(input, second)],
    ['"Download JSON" pressed', (root) => button(root, 'Download JSON').click()],
  ])('ignores %s while an import runs', async (_what, press) => {
    const db = freshDb();
    await seed(db, 'herald.example', 'The Herald', 'Council budget', TEXT);
    const root = mount(<ImportExport db={db} outlets={await listOutlets(db)} onChanged={() => {}} />);
    const input = root.querySelector<HTMLInputElement>('#import-file')!;
    const messages: string[] = [];
    new MutationObserver(() => messages.push(root.querySelector('[data-testid="import-export-message"]')!.textContent!))
      .observe(root.querySelector('[data-testid="import-export-message"]')!, { subtree: true, characterData: true, childList: true });
    const read: string[] = [];
    let release: () => void = () => {};
    const first = heldFile('first.json', read, (r) => (release = r));
    const second = heldFile('second.json', read, (r) => r());
    pickFile(input, first);
    await until(() => expect(read).toEqual(['first.json']));
    press(root, input, second);
    await new Promise((r) => setTimeout(r, 50));
    release();
    await until(() => expect(root.querySelector('[role="status"]')!.textContent).toContain('Imported first.json'));
    await new Promise((r) => setTimeout(r, 50));
    expect(read).toEqual(['first.json']);
    expect(messages.filter((m) => /second\.json|Export/.test(m))).toEqual([]);
  });
});

/** An empty export named `name` whose contents arrive only once `hold` calls its release (records each read in `read`). */
function heldFile(name: string, read: string[], hold: (release: () => void) => void): File {
  const file = new File([], name);
  const body = JSON.stringify({ format: 'corroborate-library', version: 1, exportedAt: 0, outlets: [], articles: [] });
  Object.defineProperty(file, 'stream', {
    value: () => {
      read.push(name);
      return new ReadableStream<string>({ start: (c) => hold(() => (c.enqueue(body), c.close())) });
    },
  });
  return file;
}

/** Chooses `file` in a file input (fires `change`). */
function pickFile(input: HTMLInputElement, file: File): void {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
