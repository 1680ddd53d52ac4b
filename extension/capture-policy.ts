/**
 * The background's view of the capture policy: the pure `decideCapture` over the
 * reader's stored settings (extension/settings.ts) and the pages forgotten this session
 * (forgotten-pages.ts), behind one function.
 */
import type { CaptureDecision, CaptureTrigger } from '../utils/messaging/protocol';
import { isPageForgotten } from './forgotten-pages';
import { decideWithStoredSettings } from './settings';

/** Decides whether the page at `url` may be read, for this trigger. */
export async function decideFor(url: string, incognito: boolean, trigger: CaptureTrigger): Promise<CaptureDecision> {
  return decideWithStoredSettings(url, incognito, trigger, await isPageForgotten(url));
}
