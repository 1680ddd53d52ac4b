/**
 * Versioned capture settings: an explicit list of named migrations, oldest first. Each one takes
 * the stored value of the previous version and returns the next version's shape; the last step
 * always sanitises, so a hand-edited or partly written value still yields valid settings.
 * extension/settings.ts hands {@link wxtSettingsMigrations} to WXT's `storage.defineItem`.
 *
 * History:
 * - v1 (pre-release builds): `{ mode, allowlist, blocklist, paused: boolean, onboarded }`.
 * - v2: pause with an end time (`pausedUntil`), plus `markCorroborated` and `retentionDays`.
 */
import { PAUSED_UNTIL_RESUMED, sanitiseSettings, type CaptureSettings } from './settings';

/** One named migration to version `to`. */
export interface SettingsMigration {
  to: number;
  name: string;
  /** Why the data must move. */
  why: string;
  run(old: Record<string, unknown>): Record<string, unknown>;
}

/** All migrations, oldest first; a new version appends one row. */
export const SETTINGS_MIGRATIONS: readonly SettingsMigration[] = [
  {
    to: 2,
    name: 'pauseWithEndTimeAndAddMarkingAndRetention',
    why: 'v1 stored pause as a boolean; v2 pauses for an hour or until resumed, and adds in-page marking and retention.',
    run(old) {
      const { paused, ...rest } = old;
      return {
        ...rest,
        pausedUntil: paused === true ? PAUSED_UNTIL_RESUMED : null,
        markCorroborated: rest.markCorroborated ?? false,
        retentionDays: rest.retentionDays ?? null,
      };
    },
  },
];

/** The current settings version (the target of the last migration, or 1). */
export const SETTINGS_VERSION: number = SETTINGS_MIGRATIONS.reduce((v, m) => Math.max(v, m.to), 1);

function asRecord(value: unknown): Record<string, unknown> {
  return value && typeof value === 'object' && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : {};
}

/** Migrates a value stored at `fromVersion` to the current version, then sanitises it. */
export function migrateSettings(old: unknown, fromVersion: number): CaptureSettings {
  let value = asRecord(old);
  for (const m of SETTINGS_MIGRATIONS) {
    if (m.to > fromVersion) value = m.run(value);
  }
  return sanitiseSettings(value);
}

/** The migrations in WXT's shape: `{ [toVersion]: (old) => new }`; the last one also sanitises. */
export function wxtSettingsMigrations(): Record<number, (old: unknown) => unknown> {
  const out: Record<number, (old: unknown) => unknown> = {};
  for (const m of SETTINGS_MIGRATIONS) {
    out[m.to] = m.to === SETTINGS_VERSION ? (old) => sanitiseSettings(m.run(asRecord(old))) : (old) => m.run(asRecord(old));
  }
  return out;
}
