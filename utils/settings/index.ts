/** The reader's capture settings: shape, defaults, versioned migrations and domain lists. */
export {
  type CaptureSettings,
  type CaptureMode,
  DEFAULT_SETTINGS,
  PAUSED_UNTIL_RESUMED,
  isPaused,
  sanitiseSettings,
} from './settings';
export { DEFAULT_BLOCKLIST } from './default-blocklist';
export { SETTINGS_VERSION, SETTINGS_MIGRATIONS, migrateSettings, wxtSettingsMigrations } from './migrations';
export {
  isHostBlocked,
  isHostAllowed,
  normaliseDomainList,
  normaliseDomainEntry,
  parseDomainList,
} from './domains';
