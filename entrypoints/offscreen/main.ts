/**
 * Offscreen document (Chrome): extracts the pages the background hands it (a DOM parser is
 * needed, and the page's own main thread must not be held). Wiring only; it makes no requests
 * (a parsed copy loads nothing and runs no scripts).
 */
import { extractPageHtml } from '../../extension/extract-page';
import { offscreenMessenger, ok } from '../../extension/messaging';

offscreenMessenger.onMessage('extractHtml', ({ data }) => ok(extractPageHtml(data.html, data.url, data.previous, data.acceptAnyBody === true)));
