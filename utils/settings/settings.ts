/**
 * The reader's capture settings: shape, defaults, and a sanitiser that turns any stored value
 * (possibly written by an older version, or edited by hand) into a valid {@link CaptureSettings}.
 */
import { DEFAULT_BLOCKLIST } from './default-blocklist';
import { normaliseDomainEntry } from './domains';

/** How pages are captured automatically: every article, only on click (sidebar), or only listed sites. */
export type CaptureMode = 'auto' | 'click' | 'allowlist';

/** The capture modes, in the order the onboarding and options pages offer them. */
export const CAPTURE_MODES: readonly CaptureMode[] = ['auto', 'click', 'allowlist'];

/** `pausedUntil` value meaning "paused until the reader turns capture back on". */
export const PAUSED_UNTIL_RESUMED = Number.MAX_SAFE_INTEGER;

/** What Corroborate may remember, as chosen by the reader. */
export interface CaptureSettings {
  mode: CaptureMode;
  /** Sites captured in 'allowlist' mode (entries as in utils/settings/domains.ts). */
  allowlist: string[];
  /** Sites never read, whatever the mode. */
  blocklist: string[];
  /** Automatic capture is paused until this time (ms since epoch); {@link PAUSED_UNTIL_RESUMED} = until resumed. */
  pausedUntil: number | null;
  /** Underline corroborated claims in the page. */
  markCorroborated: boolean;
  /** Delete articles not seen for this many days; null keeps them forever. */
  retentionDays: number | null;
  /** True once the reader has seen (and closed) the onboarding page. */
  onboarded: boolean;
}

/** Settings of a new install: capture news articles automatically, with the default blocklist. */
export const DEFAULT_SETTINGS: Readonly<CaptureSettings> = Object.freeze({
  mode: 'auto',
  allowlist: [],
  blocklist: [...DEFAULT_BLOCKLIST],
  pausedUntil: null,
  markCorroborated: false,
  retentionDays: null,
  onboarded: false,
});

/** True while automatic capture is paused. */
export function isPaused(settings: Pick<CaptureSettings, 'pausedUntil'>, now: number): boolean {
  return settings.pausedUntil !== null && now < settings.pausedUntil;
}

function cleanList(value: unknown, fallback: readonly string[]): string[] {
  if (!Array.isArray(value)) return [...fallback];
  const out = new Set<string>();
  for (const v of value) {
    const entry = typeof v === 'string' ? normaliseDomainEntry(v) : null;
    if (entry) out.add(entry);
  }
  return [...out];
}

function positiveOrNull(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.round(value) : null;
}

/** Any value as valid settings: known fields kept when valid, others from the defaults. */
export function sanitiseSettings(value: unknown): CaptureSettings {
  const v = (value && typeof value === 'object' ? value : {}) as Record<string, unknown>;
  const d = DEFAULT_SETTINGS;
  const paused = typeof v.pausedUntil === 'number' && v.pausedUntil > 0 ? Math.min(v.pausedUntil, PAUSED_UNTIL_RESUMED) : null;
  return {
    mode: CAPTURE_MODES.includes(v.mode as CaptureMode) ? (v.mode as CaptureMode) : d.mode,
    allowlist: cleanList(v.allowlist, d.allowlist),
    blocklist: cleanList(v.blocklist, d.blocklist),
    pausedUntil: paused,
    markCorroborated: typeof v.markCorroborated === 'boolean' ? v.markCorroborated : d.markCorroborated,
    retentionDays: positiveOrNull(v.retentionDays),
    onboarded: typeof v.onboarded === 'boolean' ? v.onboarded : d.onboarded,
  };
}
