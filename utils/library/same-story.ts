/**
 * Same story, other words: the stored articles of other outlets that the story step ranks as
 * covering the article's story, yet share no statement with it (independently written coverage,
 * which claim matching cannot show). Only a high story similarity counts, since nothing at claim
 * level backs the link: `npx tsx scripts/eval/same-story.ts` measures how often such an article
 * is really of the same event at each threshold.
 */
import type { StoryMatch } from '../match/story';
import type { CoverageReport, OtherArticle, SameStoryArticle, StoredArticle, StoredOutlet } from './types';

/**
 * Story similarity an article needs to be shown without a shared statement. Measured by the
 * story step on AllSides' leads, 0.972 of the unlinked articles at or above it were of the same
 * event and 0.992 of the same topic (0.924 / 0.978 at 0.4, 0.992 / 1 at 0.5); NewsWCL50 has none
 * unlinked there. Independently angled full articles of one event score about 0.42–0.53.
 */
export const SAME_STORY_SHOWN = 0.45;
/** At most this many are listed, most similar first. */
export const MAX_SAME_STORY = 10;

/**
 * The same-story articles to show: stories at or above {@link SAME_STORY_SHOWN} that were read
 * (`articles`: never the reader's own outlet) and gave no match (`linked` holds the article ids
 * that did).
 */
export function sameStoryArticles(
  stories: readonly StoryMatch[], articles: ReadonlyMap<number, StoredArticle>, outlets: ReadonlyMap<string, StoredOutlet>,
  linked: ReadonlySet<number>,
): SameStoryArticle[] {
  const out: SameStoryArticle[] = [];
  for (const s of stories) {
    const a = articles.get(s.articleId);
    if (!a || s.similarity < SAME_STORY_SHOWN || linked.has(s.articleId)) continue;
    out.push({ ...otherArticle(s.articleId, a, outlets.get(a.outletId)), similarity: Math.round(s.similarity * 1000) / 1000 });
  }
  return out.sort((x, y) => y.similarity - x.similarity || x.articleId - y.articleId).slice(0, MAX_SAME_STORY);
}

/** How many other outlets a report lists as telling the story in other words (an outlet with two such articles counts once). */
export function sameStoryOutlets(report: Pick<CoverageReport, 'sameStory'>): number {
  return new Set((report.sameStory ?? []).map((a) => a.outletId)).size;
}

/** How a report names and links stored article `id` of `outlet` (the outlet's id when its row is missing). */
export function otherArticle(id: number, a: StoredArticle, outlet: StoredOutlet | undefined): OtherArticle {
  return {
    articleId: id, outletId: a.outletId, outlet: outlet?.name ?? a.outletId, domain: outlet?.domains[0] ?? null,
    title: a.title, url: a.url, publishedTime: a.publishedTime, firstSeen: a.firstSeen, lang: a.lang,
  };
}
