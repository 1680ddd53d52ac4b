/** "Find other coverage" on a selection (extension/context-menu.ts). */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { menuClickHandler, type SidebarOpeners } from '../../../extension/context-menu';
import { URL_A, fakeDeps } from './fake-deps';

const click = { menuItemId: 'corroborate-find-coverage', selectionText: 'The council approved homes.', pageUrl: URL_A };

beforeEach(() => fakeBrowser.reset());

describe('menuClickHandler', () => {
  // Regression: in Firefox the menu item never opened the sidebar: only Chrome's
  // sidePanel.open was called, so with the sidebar closed nothing visible happened.
  it.each<[string, () => { apis: SidebarOpeners; opened: () => unknown[][] }]>([
    ['Chrome opens the side panel of the tab', () => {
      const open = vi.fn(async () => undefined);
      return { apis: { sidePanel: { open } }, opened: () => open.mock.calls };
    }],
    ['Firefox opens its sidebar', () => {
      const open = vi.fn(async () => undefined);
      return { apis: { sidebarAction: { open } }, opened: () => open.mock.calls };
    }],
  ])('%s, before anything is awaited (inside the click gesture)', async (_name, make) => {
    const { deps } = fakeDeps();
    const { apis, opened } = make();
    const pending = menuClickHandler(deps, apis)(click, { id: 1, url: URL_A });
    expect(opened()).toHaveLength(1);
    expect(opened()[0]).toEqual(apis.sidePanel ? [{ tabId: 1 }] : []);
    await expect(pending).resolves.toMatchObject({ state: 'ready', selection: 'The council approved homes.' });
  });

  it.each([
    ['another menu item', { ...click, menuItemId: 'other' }],
    ['no selection', { ...click, selectionText: undefined }],
  ])('ignores %s', (_name, info) => {
    const { deps } = fakeDeps();
    const open = vi.fn(async () => undefined);
    expect(menuClickHandler(deps, { sidebarAction: { open } })(info, { id: 1 })).toBeUndefined();
    expect(open).not.toHaveBeenCalled();
  });

  it('a refused opening (no user gesture) does not stop the look-up', async () => {
    const { deps } = fakeDeps();
    const open = vi.fn(() => Promise.reject(new Error('sidebarAction.open may only be called from a user input handler')));
    await expect(menuClickHandler(deps, { sidebarAction: { open } })(click, { id: 1, url: URL_A })).resolves.toMatchObject({ state: 'ready' });
  });
});
