/**
 * The reader's capture settings in extension storage (`local:captureSettings`): one versioned
 * WXT storage item with the named migrations of utils/settings/migrations.ts. Every read is
 * sanitised, so callers always get valid settings.
 */
import { storage } from 'wxt/utils/storage';
import {
  DEFAULT_SETTINGS,
  SETTINGS_VERSION,
  sanitiseSettings,
  wxtSettingsMigrations,
  type CaptureSettings,
} from '../utils/settings';
import { decideCapture, type CaptureDecision, type CaptureTrigger } from '../utils/capture';

/** The stored settings item (versioned; migrations run on first access after an update). */
const captureSettingsItem = storage.defineItem<CaptureSettings>('local:captureSettings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: wxtSettingsMigrations(),
});

/** The current settings, sanitised. */
export async function loadCaptureSettings(): Promise<CaptureSettings> {
  return sanitiseSettings(await captureSettingsItem.getValue());
}

/** The tail of this page's queue of changes: each read-modify-write waits for the one before. */
let pendingUpdate: Promise<unknown> = Promise.resolve();

/**
 * Applies a partial change and stores the sanitised result; returns it. Changes made in quick
 * succession on one page (arrowing through the mode radios) run one after another, so none is lost.
 */
export function updateCaptureSettings(patch: Partial<CaptureSettings>): Promise<CaptureSettings> {
  const update = pendingUpdate.catch(() => undefined).then(async () => {
    const next = sanitiseSettings({ ...(await loadCaptureSettings()), ...patch });
    await captureSettingsItem.setValue(next);
    return next;
  });
  pendingUpdate = update;
  return update;
}

/** Calls `onChange` with the new settings (sanitised) each time they are stored, from any page; returns the unwatch function. */
export function watchCaptureSettings(onChange: (next: CaptureSettings) => void): () => void {
  return captureSettingsItem.watch((next) => onChange(sanitiseSettings(next)));
}

/** The capture policy over the stored settings (for the background). */
export async function decideWithStoredSettings(
  url: string, incognito: boolean, trigger: CaptureTrigger, forgotten = false, now = Date.now(),
): Promise<CaptureDecision> {
  return decideCapture({ url, incognito, trigger, now, forgotten, settings: await loadCaptureSettings() });
}

/** The settings store the options and onboarding pages use. */
export const extensionSettingsStore = { load: loadCaptureSettings, save: updateCaptureSettings };
