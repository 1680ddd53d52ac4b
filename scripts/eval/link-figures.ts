/**
 * Story-link evaluation shared by the NewsWCL50 and AllSides evaluations: stores labelled
 * articles in a fresh fake-indexeddb library, matches each against all the others with
 * findCoverage, and counts claim-level links that stay within the article's own event, and the
 * same-story articles the report lists with no statement in common (utils/library/same-story.ts).
 */
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { LibraryDb } from '../../utils/library/db';
import { saveArticle } from '../../utils/library/articles';
import { findCoverage } from '../../utils/match/pipeline';
import { articleClaims } from '../../utils/claims/index';
import type { ExtractedArticle } from '../../utils/extract/types';
import type { ClaimCoverage, CoverageOther } from '../../utils/library/types';

/** Called for every link, e.g. to print the links that leave their event. */
export type OnLink = (from: LabelledArticle, to: LabelledArticle, claim: ClaimCoverage, other: CoverageOther) => void;

/** One article of an evaluation corpus, labelled with the event it covers. */
export interface LabelledArticle { event: number; article: ExtractedArticle; topic?: string }

/** Per-event counts: links made from the event's articles, how many stayed in it, articles linked to it. */
export interface EventCounts { articles: number; links: number; within: number; linked: number }

/** What one evaluation run measured. */
export interface LinkFigures {
  articles: number;
  claims: number;
  links: number;
  /** Share of claim-level links whose other article covers the same event. */
  withinEventShare: number;
  /** Share of links whose other article has the same topic label (null when articles have none). */
  withinTopicShare: number | null;
  /** Share of articles with at least one link to another article of their own event. */
  articlesLinkedToOwnEvent: number;
  /** Same-story articles listed with no statement in common (report.sameStory), over all queries. */
  sameStoryShown: number;
  /** Share of them of the query's own event. */
  sameStoryWithinEvent: number;
  /** Share of them with the query's topic label (null when articles have none). */
  sameStoryWithinTopic: number | null;
  /** Share of articles linked to another article of their own event by a statement or as the same story. */
  articlesLinkedOrSameStory: number;
  matchMsP50: number;
  matchMsP95: number;
  perEvent: Map<number, EventCounts>;
}

/** Nearest-rank percentile of `xs`, rounded to 0.1. */
export function percentile(xs: number[], p: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? Math.round(s[Math.min(s.length - 1, Math.floor(p * s.length))] * 10) / 10 : 0;
}

/** Rounds a share to three decimals. */
export const round3 = (x: number): number => Math.round(x * 1000) / 1000;

/** Stores every article, matches each against the rest, and returns the link figures. */
export async function linkFigures(docs: LabelledArticle[], name: string, onLink?: OnLink): Promise<LinkFigures> {
  const db = new LibraryDb(`${name}-${Date.now()}`, { indexedDB, IDBKeyRange });
  const docOf = new Map<number, LabelledArticle>();
  const per = new Map<number, EventCounts>();
  let claims = 0;
  for (const d of docs) {
    const c = articleClaims(d.article);
    claims += c.length;
    const saved = await saveArticle(db, d.article, c);
    docOf.set(saved.articleId, d);
    const f = per.get(d.event) ?? { articles: 0, links: 0, within: 0, linked: 0 };
    f.articles++;
    per.set(d.event, f);
  }
  const times: number[] = [];
  let sameTopic = 0;
  const story = { shown: 0, event: 0, topic: 0, linked: 0 };
  for (const [id, doc] of docOf) {
    const t0 = performance.now();
    const report = await findCoverage(db, id);
    times.push(performance.now() - t0);
    const f = per.get(doc.event)!;
    let ownEvent = false;
    for (const c of report.claims) {
      for (const o of c.others) {
        f.links++;
        const other = docOf.get(o.articleId)!;
        onLink?.(doc, other, c, o);
        if (doc.topic !== undefined && other.topic === doc.topic) sameTopic++;
        if (other.event === doc.event) {
          f.within++;
          ownEvent = true;
        }
      }
    }
    if (ownEvent) f.linked++;
    let storyOwn = false;
    for (const a of report.sameStory ?? []) {
      const other = docOf.get(a.articleId)!;
      story.shown++;
      if (other.event === doc.event) story.event++, (storyOwn = true);
      if (doc.topic !== undefined && other.topic === doc.topic) story.topic++;
    }
    if (ownEvent || storyOwn) story.linked++;
  }
  db.close();
  let links = 0, within = 0, linked = 0;
  for (const f of per.values()) {
    links += f.links;
    within += f.within;
    linked += f.linked;
  }
  return {
    articles: docOf.size, claims, links,
    withinEventShare: round3(links ? within / links : 0),
    withinTopicShare: docs.some((d) => d.topic !== undefined) ? round3(links ? sameTopic / links : 0) : null,
    articlesLinkedToOwnEvent: round3(docOf.size ? linked / docOf.size : 0),
    sameStoryShown: story.shown,
    sameStoryWithinEvent: round3(story.shown ? story.event / story.shown : 0),
    sameStoryWithinTopic: docs.some((d) => d.topic !== undefined) ? round3(story.shown ? story.topic / story.shown : 0) : null,
    articlesLinkedOrSameStory: round3(docOf.size ? story.linked / docOf.size : 0),
    matchMsP50: percentile(times, 0.5), matchMsP95: percentile(times, 0.95), perEvent: per,
  };
}
