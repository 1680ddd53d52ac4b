/**
 * Typed messengers over the protocol in utils/messaging/protocol.ts, one per direction.
 * Several messengers share `runtime.onMessage`; each answers only its own message types.
 */
import { defineExtensionMessaging } from '@webext-core/messaging';
import type {
  BackgroundToContent,
  BackgroundToOffscreen,
  BackgroundToPanel,
  ContentToBackground,
  PanelToBackground,
  Result,
  ErrorCode,
} from '../utils/messaging/protocol';

/** Content script → background. */
export const contentMessenger = defineExtensionMessaging<ContentToBackground>();
/** Side panel / pop-out tab → background. */
export const panelMessenger = defineExtensionMessaging<PanelToBackground>();
/** Background → a tab's content script (send with the tab id). */
export const tabMessenger = defineExtensionMessaging<BackgroundToContent>();
/** Background → its offscreen document (Chrome), which extracts pages off their main thread. */
export const offscreenMessenger = defineExtensionMessaging<BackgroundToOffscreen>();
/** Background → open side panels (broadcast; nobody listening is fine). */
export const broadcastMessenger = defineExtensionMessaging<BackgroundToPanel>();

/** A successful result. */
export const ok = <T>(value: T): Result<T> => ({ ok: true, value });

/** A failed result. */
export const fail = <T = never>(code: ErrorCode, message: string): Result<T> => ({ ok: false, error: { code, message } });

/** Runs `fn`, turning a thrown error into a failed result with `code`. */
export async function attempt<T>(code: ErrorCode, fn: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await fn());
  } catch (err) {
    return fail(code, err instanceof Error ? err.message : String(err));
  }
}
