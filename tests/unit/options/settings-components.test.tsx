// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { CaptureSettingsPanel } from '../../../components/options/CaptureSettings';
import { OnboardingApp } from '../../../components/options/OnboardingApp';
import { memorySettingsStore } from '../../../components/options/settings-store';
import { PAUSED_UNTIL_RESUMED, parseDomainList } from '../../../utils/settings';
import { button, heldSettingsStore, mount, type, until } from './dom';

const NOW = Date.UTC(2026, 10, 23, 10);

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('CaptureSettingsPanel', () => {
  it.each([
    ['click', 'Only when I open the sidebar'],
    ['allowlist', 'Only on sites I list'],
  ])('saves mode %s', async (mode, label) => {
    const store = memorySettingsStore();
    const root = mount(<CaptureSettingsPanel store={store} now={() => NOW} />);
    await until(() => expect(root.querySelector('input[value="auto"]')).not.toBeNull());
    const radio = [...root.querySelectorAll('label.mode')].find((l) => l.textContent!.includes(label))!.querySelector('input')!;
    radio.click();
    await until(() => expect(store.current.mode).toBe(mode));
    await until(() => expect(root.querySelector('#allowlist') !== null).toBe(mode === 'allowlist'));
  });

  it.each([
    ['Pause for 1 hour', NOW + 3_600_000, 'paused until'],
    ['Pause until I resume', PAUSED_UNTIL_RESUMED, 'until you resume it'],
  ])('%s', async (label, until_, text) => {
    const store = memorySettingsStore();
    const root = mount(<CaptureSettingsPanel store={store} now={() => NOW} />);
    await until(() => button(root, label));
    button(root, label).click();
    await until(() => expect(store.current.pausedUntil).toBe(until_));
    await until(() => expect(root.querySelector('.pause-state')!.textContent).toContain(text));
    button(root, 'Resume capture').click();
    await until(() => expect(store.current.pausedUntil).toBeNull());
  });

  it('saves a cleaned blocklist and names the invalid lines', async () => {
    const store = memorySettingsStore({ blocklist: ['paypal.com'] });
    const root = mount(<CaptureSettingsPanel store={store} now={() => NOW} />);
    await until(() => expect((root.querySelector('#blocklist') as HTMLTextAreaElement).value).toBe('paypal.com'));
    type(root.querySelector('#blocklist'), 'https://www.Example-Bank.com/login\n!!bad\n*.bank');
    button(root, 'Save blocklist').click();
    await until(() => expect(store.current.blocklist).toEqual(['example-bank.com', '*.bank']));
    await until(() => expect(root.querySelector('[role="alert"]')!.textContent).toContain('!!bad'));
  });

  // Regression: arrowing quickly through the mode radios started two saves; the first one's result
  // re-rendered the panel with that mode, so the checked radio jumped back to the mode just left.
  it('keeps the last chosen mode checked while an earlier save finishes', async () => {
    const inner = memorySettingsStore();
    const release: (() => void)[] = [];
    const store = { load: inner.load, save: (patch: Parameters<typeof inner.save>[0]) => new Promise<Awaited<ReturnType<typeof inner.save>>>((done) => release.push(() => void inner.save(patch).then(done))) };
    const root = mount(<CaptureSettingsPanel store={store} now={() => NOW} />);
    await until(() => expect(root.querySelector('input[value="auto"]')).not.toBeNull());
    const radio = (mode: string) => root.querySelector(`input[value="${mode}"]`) as HTMLInputElement;
    radio('click').click();
    radio('allowlist').click();
    release[0]!();
    await new Promise((r) => setTimeout(r, 20));
    expect(radio('allowlist').checked).toBe(true);
    release[1]!();
    await until(() => expect(root.querySelector('#allowlist')).not.toBeNull());
    expect(inner.current.mode).toBe('allowlist');
  });

  // Regression (the second case): when the reload after a failed save failed too, the unsaved mode stayed checked.
  it.each([
    ['the stored settings read again', false],
    ['the settings from before the change, when they cannot be read', true],
  ])('a failed mode save shows %s', async (_name, reloadFails) => {
    const inner = memorySettingsStore();
    let loads = 0;
    const load = async () => {
      if (reloadFails && loads++ > 0) throw new Error('storage is unavailable');
      return inner.load();
    };
    const store = { load, save: async () => { throw new Error('storage is unavailable'); } };
    const root = mount(<CaptureSettingsPanel store={store} now={() => NOW} />);
    await until(() => expect(root.querySelector('input[value="auto"]')).not.toBeNull());
    (root.querySelector('input[value="click"]') as HTMLInputElement).click();
    await until(() => expect(root.textContent).toContain('storage is unavailable'));
    await until(() => expect((root.querySelector('input[value="auto"]') as HTMLInputElement).checked).toBe(true));
  });

  // Regression: the in-page marking checkbox was not shown at once, so any re-render before its
  // save finished (another control's save, a status line) unchecked it again.
  it.each([
    ['then a mode radio', (root: HTMLElement) => (root.querySelector('input[value="click"]') as HTMLInputElement).click()],
    ['then off and on again', (root: HTMLElement) => { markBox(root).click(); markBox(root).click(); }],
  ])('keeps in-page marking checked while saves finish: checked on, %s', async (_name, next) => {
    const { store, inner, saves } = heldSettingsStore();
    const root = mount(<CaptureSettingsPanel store={store} now={() => NOW} />);
    await until(() => expect(markBox(root)).not.toBeNull());
    markBox(root).click();
    next(root);
    expect(markBox(root).checked).toBe(true);
    saves[0]!.release();
    await until(() => expect(root.querySelector('[role="status"]')!.textContent).not.toBe(''));
    expect(markBox(root).checked).toBe(true);
    for (const save of saves.slice(1)) save.release();
    await until(() => expect(inner.current.markCorroborated).toBe(true));
    expect(markBox(root).checked).toBe(true);
  });

  // Regression: a failed save reloaded the stored settings even when a later save had started,
  // so the later change (shown at once) was shown undone until that save finished.
  it.each([
    ['a mode', (root: HTMLElement) => modeRadio(root, 'allowlist'), 'allowlist', false],
    ['in-page marking', (root: HTMLElement) => markBox(root), 'auto', true],
  ])('keeps a later change (%s) shown when an earlier mode change fails', async (_name, later, mode, marking) => {
    const { store, inner, saves } = heldSettingsStore();
    const root = mount(<CaptureSettingsPanel store={store} now={() => NOW} />);
    await until(() => expect(modeRadio(root, 'click')).not.toBeNull());
    modeRadio(root, 'click').click();
    later(root).click();
    saves[0]!.fail(new Error('storage is unavailable'));
    await until(() => expect(root.querySelector('p.status')!.textContent).toContain('storage is unavailable'));
    await new Promise((r) => setTimeout(r, 20));
    expect(later(root).checked).toBe(true);
    saves[1]!.release();
    // Once the later save finished, the stored settings show: the failed mode change is undone.
    await until(() => expect(modeRadio(root, mode).checked).toBe(true));
    expect([inner.current.mode, inner.current.markCorroborated, markBox(root).checked]).toEqual([mode, marking, marking]);
  });

  it('toggles in-page marking', async () => {
    const store = memorySettingsStore();
    const root = mount(<CaptureSettingsPanel store={store} now={() => NOW} />);
    await until(() => expect(root.querySelector('input[type="checkbox"]')).not.toBeNull());
    (root.querySelector('input[type="checkbox"]') as HTMLInputElement).click();
    await until(() => expect(store.current.markCorroborated).toBe(true));
  });
});

describe('OnboardingApp', () => {
  it('says what is stored and that nothing leaves the device, with automatic capture preselected', async () => {
    const root = mount(<OnboardingApp store={memorySettingsStore()} />);
    await until(() => expect((root.querySelector('input[value="auto"]') as HTMLInputElement).checked).toBe(true));
    const text = root.textContent!;
    for (const phrase of ['outlet', 'URL', 'title', 'statements', 'Nothing leaves this device', 'Changing it later']) expect(text).toContain(phrase);
  });

  // Regression: each keystroke's save copied the cleaned list back into the live allowlist while
  // the reader typed, so "https://www.lemonde.fr" typed key by key ended as "www.lemondefr".
  it.each([
    ['a second line typed as a URL', 'bbc.co.uk\n', 'https://www.lemonde.fr', ['bbc.co.uk', 'lemonde.fr']],
    ['a capital letter', '', 'BBC.co.uk', ['bbc.co.uk']],
    ['a www. prefix', '', 'www.bbc.co.uk', ['bbc.co.uk']],
  ])('the live allowlist keeps what is typed (%s) and shows the cleaned list on leaving it', async (_name, before, typed, saved) => {
    const store = memorySettingsStore({ mode: 'allowlist' });
    const root = mount(<OnboardingApp store={store} />);
    await until(() => expect(root.querySelector('#onboarding-allowlist')).not.toBeNull());
    const area = root.querySelector('#onboarding-allowlist') as HTMLTextAreaElement;
    area.focus();
    type(area, before);
    for (const key of typed) {
      type(area, area.value + key); // one key at a time, each save finishing before the next key
      await until(() => expect(store.current.allowlist).toEqual(parseDomainList(area.value).entries));
      await new Promise((r) => setTimeout(r, 0)); // and the page re-rendered with the saved list
    }
    expect(area.value).toBe(before + typed);
    expect(store.current.allowlist).toEqual(saved);
    area.blur();
    await until(() => expect(area.value).toBe(saved.join('\n')));
  });

  it('saves allowlist mode with the listed sites, then marks onboarding done', async () => {
    const store = memorySettingsStore();
    const root = mount(<OnboardingApp store={store} />);
    await until(() => expect(root.querySelector('input[value="allowlist"]')).not.toBeNull());
    (root.querySelector('input[value="allowlist"]') as HTMLInputElement).click();
    await until(() => expect(root.querySelector('#onboarding-allowlist')).not.toBeNull());
    type(root.querySelector('#onboarding-allowlist'), 'www.bbc.co.uk\nreuters.com');
    await until(() => expect(store.current.allowlist).toEqual(['bbc.co.uk', 'reuters.com']));
    button(root, 'Done').click();
    await until(() => expect(store.current.onboarded).toBe(true));
    expect(store.current.mode).toBe('allowlist');
  });
});

/** The in-page marking checkbox. */
const markBox = (root: HTMLElement) => root.querySelector('input[type="checkbox"]') as HTMLInputElement;

/** The capture-mode radio for `mode`. */
const modeRadio = (root: HTMLElement, mode: string) => root.querySelector(`input[value="${mode}"]`) as HTMLInputElement;
