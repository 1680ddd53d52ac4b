/**
 * Node-only DOM adapter: parses an HTML string into a linkedom Document that
 * `utils/extract` (and Readability) can read. Never import this from `utils/`.
 */
import { DOMParser } from 'linkedom';

/**
 * Parse `html` into a Document. When `url` is given it becomes the document's
 * base/document URI (linkedom leaves both empty), so Readability can resolve
 * relative links. Never throws: unparseable input yields an empty document.
 */
export function parseHtml(html: string, url?: string): Document {
  let doc: Document;
  try {
    doc = new DOMParser().parseFromString(html || '<html><body></body></html>', 'text/html') as unknown as Document;
  } catch {
    doc = new DOMParser().parseFromString('<html><body></body></html>', 'text/html') as unknown as Document;
  }
  repairStructure(doc);
  if (url) setDocumentUrl(doc, url);
  return doc;
}

/**
 * linkedom quirk: when an element precedes <head> (e.g. `<html><div></div><head>…`),
 * its `document.head`/`document.body` getters do not find the real ones and
 * insert new empty ones, so the page looks empty to Readability. Browsers
 * move such stray elements into <body>; do the same before anyone asks.
 */
function repairStructure(doc: Document): void {
  const root = doc.documentElement;
  if (!root) return;
  const kids = Array.from(root.children);
  const body = kids.find((k) => k.tagName === 'BODY');
  const head = kids.find((k) => k.tagName === 'HEAD');
  const stray = kids.filter((k) => k !== body && k !== head);
  if (!stray.length) return;
  const target = body ?? doc.createElement('body');
  if (!body) root.appendChild(target);
  const bodyIndex = body ? kids.indexOf(body) : kids.length;
  const before = stray.filter((el) => kids.indexOf(el) < bodyIndex);
  for (const el of before.reverse()) target.insertBefore(el, target.firstChild);
  for (const el of stray.filter((e) => kids.indexOf(e) > bodyIndex)) target.appendChild(el);
  if (head && root.firstElementChild !== head) root.insertBefore(head, root.firstChild);
}

/** Give a linkedom document the URL it was read from (baseURI, documentURI, URL). */
function setDocumentUrl(doc: Document, url: string): void {
  for (const key of ['baseURI', 'documentURI', 'URL']) {
    try {
      Object.defineProperty(doc, key, { value: url, configurable: true });
    } catch {
      /* read-only in some DOMs: ignore */
    }
  }
}
