/**
 * The capture settings as page state, shared by the options and onboarding pages: loads them,
 * saves partial changes through the store and reports each outcome as a status line.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CaptureSettings } from '../../utils/settings';
import type { SettingsStore } from './settings-store';
import { describeError } from './errors';

/** What {@link useSettings} returns. */
export interface SettingsState {
  /** The settings, or null while they load. */
  settings: CaptureSettings | null;
  /** The outcome of the last save ("Capture mode saved.", or the error). */
  status: string;
  /**
   * Saves `patch` and shows `done`, or the error; resolves to whether the save succeeded. With
   * `showAtOnce`, the change is shown before the save finishes (for controls that show their own
   * new state, such as radios; not for buttons that replace themselves).
   */
  save(patch: Partial<CaptureSettings>, done: string, showAtOnce?: boolean): Promise<boolean>;
}

/**
 * Loads the settings from `store` and saves changes to it. A mode change shows at once (the radios
 * are controlled, so any re-render before the save finished would check the old mode again); when saves
 * overlap (arrowing quickly through the mode radios) only the last one's stored result is shown, and
 * a failed save shows the stored settings again (unless a later save started: its result will).
 */
export function useSettings(store: SettingsStore, failedAction: string): SettingsState {
  const [settings, setSettings] = useState<CaptureSettings | null>(null);
  const [status, setStatus] = useState('');
  const lastSave = useRef(0);
  useEffect(() => {
    void store.load().then(setSettings);
  }, [store]);
  const save = async (patch: Partial<CaptureSettings>, done: string, showAtOnce = false): Promise<boolean> => {
    const ticket = ++lastSave.current;
    const before = settings;
    if (showAtOnce) setSettings((current) => current && { ...current, ...patch });
    try {
      const next = await store.save(patch);
      if (ticket === lastSave.current) setSettings(next);
      setStatus(done);
      return true;
    } catch (err) {
      setStatus(describeError(err, failedAction));
      // A later save, still running, shows its change; its stored result will undo this one.
      if (ticket === lastSave.current) {
        // If even the stored settings cannot be read, show those from before this change.
        void store.load().then(
          (stored) => { if (ticket === lastSave.current) setSettings(stored); },
          () => { if (ticket === lastSave.current) setSettings(before); },
        );
      }
      return false;
    }
  };
  return { settings, status, save };
}
