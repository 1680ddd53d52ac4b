/**
 * The content script's automatic capture: ask the background whether this page may be read, and
 * if so send its serialised DOM. Runs once per URL (again after a single-page app navigates), and
 * retries with a growing delay while the background is still starting.
 */
import type { PageSnapshot, Result, CaptureDecision } from '../../utils/messaging/protocol';

/** Attempts to reach a background that is still starting. */
export const AUTO_CAPTURE_RETRIES = 5;
/** Delay before attempt n + 1 is n + 1 times this. */
export const RETRY_STEP_MS = 300;

/** What auto-capture needs from the page and the background; the content script passes the real ones. */
export interface AutoCaptureDeps {
  currentUrl(): string;
  /** True once the extension was reloaded or removed: the script must stop. */
  invalid(): boolean;
  shouldCapture(url: string): Promise<Result<{ decision: CaptureDecision }>>;
  pageRead(url: string, page: PageSnapshot): Promise<unknown>;
  snapshot(): PageSnapshot;
  later(fn: () => void, ms: number): void;
}

/** The capture function for one page's script: call it at start and after each navigation. */
export function autoCapturer(deps: AutoCaptureDeps): () => Promise<void> {
  let lastUrl = '';
  const attempt = async (n: number): Promise<void> => {
    const url = deps.currentUrl();
    if ((n === 0 && url === lastUrl) || deps.invalid()) return;
    lastUrl = url;
    try {
      const res = await deps.shouldCapture(url);
      // The page navigated while the background decided: the next run reads the new page.
      if (!res.ok || res.value.decision !== 'capture' || url !== deps.currentUrl()) return;
      await deps.pageRead(url, deps.snapshot());
    } catch {
      // The background is still starting (or was reloaded): retry a few times, then wait for the next navigation.
      if (n < AUTO_CAPTURE_RETRIES && url === deps.currentUrl()) deps.later(() => void attempt(n + 1), RETRY_STEP_MS * (n + 1));
      else lastUrl = '';
    }
  };
  return () => attempt(0);
}
