/** The toolbar icon's behaviour per browser (extension/toolbar.ts). */
import { describe, expect, it, vi } from 'vitest';
import { installToolbarBehaviour } from '../../../extension/toolbar';

describe('installToolbarBehaviour', () => {
  it('Chrome: the icon opens the side panel', () => {
    const setPanelBehavior = vi.fn(async () => undefined);
    installToolbarBehaviour({ sidePanel: { setPanelBehavior } });
    expect(setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });

  it('Firefox: the icon toggles the sidebar', () => {
    let click: (() => void) | undefined;
    const toggle = vi.fn(async () => undefined);
    installToolbarBehaviour({ browserAction: { onClicked: { addListener: (cb) => (click = cb) } }, sidebarAction: { toggle } });
    click?.();
    expect(toggle).toHaveBeenCalledTimes(1);
  });

  it.each([
    ['no sidebar API', {}],
    ['a side panel API that throws', { sidePanel: { setPanelBehavior: () => { throw new Error('not implemented'); } } }],
  ])('%s: nothing happens, nothing throws', (_name, apis) => {
    expect(() => installToolbarBehaviour(apis)).not.toThrow();
  });
});
