/**
 * The content script's whole part in a capture: the page's DOM serialised in one native call
 * (a few milliseconds even at 2 MB), after a cheap size check, so the page's main thread is never
 * held by Readability. The extension extracts the snapshot (extension/extract-page.ts).
 */
import { DEFAULT_LIMITS } from '../../utils/extract/limits';
import type { PageSnapshot } from '../../utils/messaging/protocol';

/** Serialised pages longer than this are not sent: "article too large". */
const MAX_SNAPSHOT_CHARS = 8_000_000;

const TOO_LARGE = 'Article too large to analyse';

/** The page's serialised DOM, or "too large" when it has too many elements or characters. */
export function snapshotPage(doc: Document = document): PageSnapshot {
  if (doc.getElementsByTagName('*').length > DEFAULT_LIMITS.maxElements) return { ok: false, reason: 'too-large', message: TOO_LARGE };
  const html = doc.documentElement?.outerHTML ?? '';
  if (html.length > MAX_SNAPSHOT_CHARS) return { ok: false, reason: 'too-large', message: TOO_LARGE };
  return { ok: true, html };
}
