/** The reader's capture settings: shape, defaults, versioned migrations and domain lists. */
export {
  type CaptureSettings,
  type CaptureMode,
  CAPTURE_MODES,
  DEFAULT_SETTINGS,
  PAUSED_UNTIL_RESUMED,
  defaultSettings,
  isPaused,
  sanitiseSettings,
} from './settings';
export { DEFAULT_BLOCKLIST } from './default-blocklist';
export { SETTINGS_VERSION, SETTINGS_MIGRATIONS, migrateSettings, wxtSettingsMigrations, type SettingsMigration } from './migrations';
export {
  isHostBlocked,
  isHostAllowed,
  hostMatchesEntry,
  normaliseDomainList,
  normaliseDomainEntry,
  parseDomainList,
  siteOf,
  type ParsedDomainList,
} from './domains';
