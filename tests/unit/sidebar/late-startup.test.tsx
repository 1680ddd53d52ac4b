// @vitest-environment happy-dom
/** The sidebar's start-up queries (the active tab; the stored marking preference) answering after the reader acted. */
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { SidebarApp } from '../../../components/sidebar/SidebarApp';
import type { PanelClient } from '../../../components/sidebar/client';
import { useMount } from '../mount';
import { readyView } from './sample';

/** A promise and the function that resolves it. */
function later<T>() {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A client whose active-tab query and marking preference answer when the test says so. */
function slowClient() {
  const active = later<number | null>();
  const marking = later<boolean>();
  let onActive: (id: number) => void = () => undefined;
  const client: PanelClient = {
    getTabView: vi.fn(async () => ({ ok: true as const, value: readyView() })),
    saveAnyway: vi.fn(), highlightClaim: vi.fn(), clearSelection: vi.fn(), forgetPage: vi.fn(), openPopOut: vi.fn(),
    markCorroborated: vi.fn(async () => ({ ok: true as const, value: 1 })),
    activeTabId: () => active.promise,
    onTabViewChanged: () => () => undefined,
    onActiveTabChanged: (cb) => ((onActive = cb), () => undefined),
    copy: async () => true,
    loadMarking: () => marking.promise,
    saveMarking: vi.fn(async () => undefined),
  };
  return { client, active, marking, activate: (id: number) => act(() => onActive(id)) };
}
const settle = () => act(() => new Promise((r) => setTimeout(r, 20)));

describe('SidebarApp: start-up queries answering late', () => {
  const mount = useMount();

  // Regression: the active-tab query answering after the reader had switched to tab 2 (and the
  // sidebar showed it) took the sidebar back to tab 1 while tab 2 was active.
  it.each([
    ['the reader switched to tab 2', 'switch', { asked: [2], shown: '2' }],
    ['the sidebar was closed', 'close', { asked: [], shown: null }],
  ])('the active tab answered after %s is ignored', async (_name, meanwhile, expected) => {
    const f = slowClient();
    const root = mount(<SidebarApp client={f.client} pinnedTabId={null} />);
    if (meanwhile === 'switch') f.activate(2);
    else act(() => render(null, root));
    f.active.resolve(1); // asked at start-up, when tab 1 was active
    await settle();
    const asked = vi.mocked(f.client.getTabView).mock.calls.map(([id]) => id);
    expect({ asked, shown: root.querySelector('main')?.dataset.tab ?? null }).toEqual(expected);
  });

  // Regression: the stored marking preference read after the reader toggled the checkbox flipped
  // it back, while the reader's choice stayed stored.
  it.each([
    ['stored off; the reader turns it on', false, 1, true],
    ['stored on; the reader turns it on, then off', true, 2, false],
  ])('%s before the preference is read: the checkbox keeps the choice', async (_name, stored, clicks, checked) => {
    const f = slowClient();
    const root = mount(<SidebarApp client={f.client} pinnedTabId={5} />);
    await settle();
    const toggle = root.querySelector<HTMLInputElement>('.toggle input')!;
    for (let i = 0; i < clicks; i++) await act(() => toggle.click());
    f.marking.resolve(stored);
    await settle();
    const saved = vi.mocked(f.client.saveMarking).mock.calls.map(([on]) => on);
    expect({ checked: toggle.checked, saved: saved.at(-1) }).toEqual({ checked, saved: checked });
  });
});
