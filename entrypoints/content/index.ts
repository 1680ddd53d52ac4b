/**
 * Content script: wiring only. Asks the background whether this page may be read
 * (nothing is read otherwise), then sends the page's serialised DOM in one message (the
 * extension extracts it off the page's main thread),
 * re-runs on single-page-app navigation, and answers the background's requests
 * (read the page now, highlight a claim, underline corroborated claims).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { contentMessenger, ok, tabMessenger } from '../../extension/messaging';
import { snapshotPage } from '../../extension/content/snapshot';
import { highlightClaim, markClaims } from '../../extension/content/highlight';
import { autoCapturer } from '../../extension/content/auto-capture';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    tabMessenger.onMessage('readPageNow', () => ok(snapshotPage()));
    tabMessenger.onMessage('highlightClaim', ({ data }) => ok(highlightClaim(data.selector)));
    tabMessenger.onMessage('markClaims', ({ data }) => ok(markClaims(data.selectors)));

    const autoCapture = autoCapturer({
      currentUrl: () => location.href,
      invalid: () => ctx.isInvalid,
      shouldCapture: (url) => contentMessenger.sendMessage('shouldCapture', { url }),
      pageRead: (url, page) => contentMessenger.sendMessage('pageRead', { url, page }),
      snapshot: snapshotPage,
      later: (fn, ms) => void setTimeout(fn, ms),
    });
    void autoCapture();
    // Single-page apps: WXT fires this on history.pushState/replaceState and popstate.
    ctx.addEventListener(window, 'wxt:locationchange', () => setTimeout(() => void autoCapture(), 800));
  },
});
