/** How option and onboarding components read and write capture settings (the extension passes storage; tests pass a fake). */
import { sanitiseSettings, type CaptureSettings } from '../../utils/settings';

/** Loads and saves the reader's capture settings. */
export interface SettingsStore {
  load(): Promise<CaptureSettings>;
  /** Applies a partial change; resolves to the stored (sanitised) settings. */
  save(patch: Partial<CaptureSettings>): Promise<CaptureSettings>;
}

/** An in-memory store (tests, previews). */
export function memorySettingsStore(initial: unknown = undefined): SettingsStore & { current: CaptureSettings } {
  const store = {
    current: sanitiseSettings(initial),
    async load() {
      return store.current;
    },
    async save(patch: Partial<CaptureSettings>) {
      store.current = sanitiseSettings({ ...store.current, ...patch });
      return store.current;
    },
  };
  return store;
}
