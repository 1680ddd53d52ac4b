/**
 * The last round of a match's reads: the chosen stored articles, their claims and outlets, turned
 * into alignment targets. Each article is read on its own and its claims are screened for the
 * prefilter (screenedClaim) as soon as its rows arrive, while IndexedDB still serves the others:
 * the database works in another process, so on two cores the reading and the screening overlap
 * instead of following each other. A sentence found in several of the articles is screened once.
 */
import type { LibraryDb } from '../library/db';
import { CLAIM_ID_SPAN, claimsWithKeys, fromClaimRows } from '../library/claim-rows';
import type { StoredArticle, StoredClaim, StoredClaimRow, StoredOutlet } from '../library/types';
import type { AlignTarget } from './align';
import { screenedClaim, type ReadSentence } from './claim-cache';
import type { StoryMatch } from './story';

/** What to read: same-story articles, and articles of other stories with the claim keys that reached them. */
export interface TargetRequest {
  stories: readonly StoryMatch[];
  crossIds: readonly number[];
  /** Keys of the query's distinctive claims: of a cross-story article only the claims carrying one are targets. */
  crossKeys: ReadonlySet<number>;
  outletIds: readonly string[];
  /** The query's own outlet: its articles are never targets. */
  outletId: string | null;
}

/** The targets in request order (stories first), with the articles and outlets the report needs. */
export interface ReadTargets {
  targets: AlignTarget[];
  articles: Map<number, StoredArticle>;
  outlets: Map<string, StoredOutlet>;
}

/** Reads and prepares the targets; call inside a read transaction over articles, claims and outlets. */
export async function readTargets(db: LibraryDb, req: TargetRequest): Promise<ReadTargets> {
  const articles = new Map<number, StoredArticle>();
  // A sentence repeated across the articles (wire copy, syndication) is screened (and prepared) once.
  const byText = new Map<string, ReadSentence>();
  const screen = (c: StoredClaim): ReadSentence => {
    let p = byText.get(c.text);
    if (!p) byText.set(c.text, (p = screenedClaim(c)));
    return p;
  };
  const read = (id: number, sameStory: boolean, similarity: number): Promise<AlignTarget | null> =>
    Promise.all([db.articles.get(id), db.claims.get(id)]).then(([article, row]) => {
      if (!article || article.outletId === req.outletId) return null;
      articles.set(id, article);
      const claims = row ? targetClaims(row, article, sameStory ? null : req.crossKeys) : [];
      return { articleId: id, claims, sameStory, similarity, screens: claims.map(screen) };
    });
  const outletRead = db.outlets.bulkGet([...req.outletIds]);
  const targets = await Promise.all([
    ...req.stories.map((s) => read(s.articleId, true, s.similarity)),
    ...req.crossIds.map((id) => read(id, false, 0)),
  ]);
  const outlets = new Map((await outletRead).filter((o): o is StoredOutlet => o !== undefined).map((o) => [o.id, o]));
  return { targets: targets.filter((t): t is AlignTarget => t !== null), articles, outlets };
}

/** An article's claims, or with `keyed` only those carrying one of those keys. */
function targetClaims(row: StoredClaimRow, article: StoredArticle, keyed: ReadonlySet<number> | null): StoredClaim[] {
  const claims = fromClaimRows([row], article);
  if (!keyed) return claims;
  const positions = claimsWithKeys(row, keyed);
  return claims.filter((c) => positions.has(c.id! % CLAIM_ID_SPAN));
}
