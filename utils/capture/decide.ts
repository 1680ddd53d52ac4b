/**
 * The capture policy: may Corroborate read this page now? Pure; the background asks it before
 * the content script extracts anything, and again when the sidebar opens.
 *
 * Order of the rules:
 * 1. only http(s) pages outside private windows can be read at all (`skip-unsupported`);
 * 2. blocklisted sites are never read (`skip-blocked`), nor pages the reader asked to forget
 *    this session (`skip-forgotten`, forgotten.ts), unless the reader explicitly chose "Save this
 *    page anyway" (trigger 'manual');
 * 3. opening the sidebar (or 'manual') always captures;
 * 4. automatic capture stops while paused (`skip-paused`), in click-only mode, and outside the
 *    allowlist in allowlist mode (`skip-mode`).
 */
import { isHostAllowed, isHostBlocked } from '../settings/domains';
import { isPaused, type CaptureSettings } from '../settings/settings';

/** Why a capture is considered: page load, the sidebar opening, or "Save this page anyway". */
export type CaptureTrigger = 'auto' | 'sidebar' | 'manual';

/** The policy's answer. */
export type CaptureDecision = 'capture' | 'skip-blocked' | 'skip-forgotten' | 'skip-mode' | 'skip-paused' | 'skip-unsupported';

/** Everything the policy looks at. */
export interface CaptureInput {
  url: string;
  incognito: boolean;
  settings: CaptureSettings;
  /** Current time, ms since epoch. */
  now: number;
  trigger: CaptureTrigger;
  /** The reader asked to forget this page this session ("Forget this page"). */
  forgotten?: boolean;
}

/** The page's host name when it is an http(s) URL, else null. */
function readableHost(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return parsed.hostname || null;
}

/** Decides whether the page may be captured (see the module comment for the rules). */
export function decideCapture(input: CaptureInput): CaptureDecision {
  const { settings, trigger } = input;
  const host = readableHost(input.url);
  if (host === null || input.incognito) return 'skip-unsupported';
  if (trigger !== 'manual' && isHostBlocked(host, settings.blocklist)) return 'skip-blocked';
  if (trigger !== 'manual' && input.forgotten) return 'skip-forgotten';
  if (trigger !== 'auto') return 'capture';
  if (isPaused(settings, input.now)) return 'skip-paused';
  if (settings.mode === 'click') return 'skip-mode';
  if (settings.mode === 'allowlist' && !isHostAllowed(host, settings.allowlist)) return 'skip-mode';
  return 'capture';
}
