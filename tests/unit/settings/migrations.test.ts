import { describe, expect, it } from 'vitest';
import {
  DEFAULT_SETTINGS,
  PAUSED_UNTIL_RESUMED,
  SETTINGS_MIGRATIONS,
  SETTINGS_VERSION,
  migrateSettings,
  sanitiseSettings,
  wxtSettingsMigrations,
} from '../../../utils/settings';

describe('settings versions', () => {
  it('has one named migration per version above 1, in order', () => {
    expect(SETTINGS_MIGRATIONS.map((m) => m.to)).toEqual(Array.from({ length: SETTINGS_VERSION - 1 }, (_, i) => i + 2));
    for (const m of SETTINGS_MIGRATIONS) {
      expect(m.name).toMatch(/^[a-z][A-Za-z]+$/);
      expect(m.why.length).toBeGreaterThan(10);
    }
  });

  it('the defaults survive a migration from the current version unchanged', () => {
    expect(migrateSettings(DEFAULT_SETTINGS, SETTINGS_VERSION)).toEqual(DEFAULT_SETTINGS);
  });
});

describe('migrates from version 1 to 2', () => {
  it.each([
    [
      'a paused boolean becomes "paused until resumed"',
      { mode: 'click', allowlist: [], blocklist: ['paypal.com'], paused: true, onboarded: true },
      { mode: 'click', allowlist: [], blocklist: ['paypal.com'], pausedUntil: PAUSED_UNTIL_RESUMED, markCorroborated: false, retentionDays: null, onboarded: true },
    ],
    [
      'not paused, and keeps the reader’s allowlist',
      { mode: 'allowlist', allowlist: ['bbc.co.uk', 'www.nytimes.com'], blocklist: [], paused: false, onboarded: true },
      { mode: 'allowlist', allowlist: ['bbc.co.uk', 'nytimes.com'], blocklist: [], pausedUntil: null, markCorroborated: false, retentionDays: null, onboarded: true },
    ],
  ])('%s', (_name, v1, expected) => {
    expect(migrateSettings(v1, 1)).toEqual(expected);
    const wxt = wxtSettingsMigrations();
    expect(wxt[2](v1)).toEqual(expected);
  });
});

describe('sanitiseSettings', () => {
  it.each([
    ['undefined → defaults', undefined, DEFAULT_SETTINGS],
    ['a string → defaults', 'garbage', DEFAULT_SETTINGS],
    ['unknown mode → auto', { mode: 'always' }, { ...DEFAULT_SETTINGS, mode: 'auto' }],
    ['bad list entries are dropped', { blocklist: ['ok.com', 42, '!!', 'OK.com'] }, { ...DEFAULT_SETTINGS, blocklist: ['ok.com'] }],
    ['a missing blocklist gets the default', { mode: 'click' }, { ...DEFAULT_SETTINGS, mode: 'click' }],
    ['an empty blocklist stays empty', { blocklist: [] }, { ...DEFAULT_SETTINGS, blocklist: [] }],
    ['retention must be positive', { retentionDays: -3 }, DEFAULT_SETTINGS],
    ['retention is rounded', { retentionDays: 30.4 }, { ...DEFAULT_SETTINGS, retentionDays: 30 }],
    ['Infinity pause is capped', { pausedUntil: Infinity }, { ...DEFAULT_SETTINGS, pausedUntil: PAUSED_UNTIL_RESUMED }],
    ['unknown fields are dropped', { extra: 1, onboarded: true }, { ...DEFAULT_SETTINGS, onboarded: true }],
  ])('%s', (_name, input, expected) => {
    expect(sanitiseSettings(input)).toEqual(expected);
  });

  it('never shares the default arrays', () => {
    const s = sanitiseSettings(undefined);
    s.blocklist.push('x.com');
    expect(DEFAULT_SETTINGS.blocklist).not.toContain('x.com');
  });
});
