/**
 * Finding a page's stored article from its address alone, without reading the page: a page on an
 * excluded site is never read, yet an earlier visit (before the site was excluded) may have saved
 * it, and the sidebar says so. Found by a known article id (the one the tab showed) when that
 * article is still stored and has this address, else by the identity key a capture of this page
 * would get when the page names no other canonical URL (identity.ts). A page whose canonical URL
 * differs from its address is then not found: callers must not read null as "never saved".
 */
import type { LibraryDb } from './db';
import { articleKey, canonicalForm, KEY_SEP, registrableDomain } from './identity';
import { findOutlet } from './outlet-upsert';

/** The id of the stored article of the page at `url`, or null when none is found; `known` is a likely id to check first. */
export async function findSavedArticle(db: LibraryDb, url: string, known: number | null = null): Promise<number | null> {
  const page = canonicalForm(url);
  return db.transaction('r', [db.outlets, db.articles], async () => {
    if (known !== null) {
      const row = await db.articles.get(known);
      if (row && [row.url, row.canonicalUrl].some((u) => u !== null && canonicalForm(u) === page)) return known;
    }
    const domain = registrableDomain(url);
    const outlet = domain ? await findOutlet(db, { domain, name: domain }) : undefined;
    if (!outlet) return null;
    const key = articleKey(outlet.id, outlet.domains, url, []);
    // Only an address key names this page; a text key (address too long) would name any empty article.
    if (!key.startsWith(`${outlet.id}${KEY_SEP}u:`)) return null;
    const [id] = await db.articles.where('key').equals(key).primaryKeys();
    return id ?? null;
  });
}
