/**
 * The background's view of the capture policy: the pure `decideCapture` over the
 * reader's stored settings (extension/settings.ts), behind one function.
 */
import type { CaptureDecision, CaptureTrigger } from '../utils/messaging/protocol';
import { decideWithStoredSettings } from './settings';

/** Decides whether the page at `url` may be read, for this trigger. */
export function decideFor(url: string, incognito: boolean, trigger: CaptureTrigger): Promise<CaptureDecision> {
  return decideWithStoredSettings(url, incognito, trigger);
}
