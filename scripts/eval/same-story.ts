/**
 * How often an article the story step ranks, but that shares no statement, is really of the same
 * event, at each story similarity: the evidence behind SAME_STORY_SHOWN (utils/library/same-story.ts).
 * Every article of NewsWCL50 and AllSides is matched against all the others, and each same-story
 * target of another outlet is counted by its similarity, linked (by a statement) or not.
 * `npx tsx scripts/eval/same-story.ts [--data DIR]`.
 */
import { join } from 'node:path';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { LibraryDb } from '../../utils/library/db';
import { saveArticle } from '../../utils/library/articles';
import { SAME_STORY_SHOWN } from '../../utils/library/same-story';
import { findCoverage } from '../../utils/match/pipeline';
import { articleClaims } from '../../utils/claims/index';
import { resolveDataDir } from '../lib/data-dir';
import { loadLeads } from './allsides';
import { loadNewsWclDocs } from './newswcl';
import type { LabelledArticle } from './link-figures';

/** One same-story target of one query. */
interface StoryPair { similarity: number; sameEvent: boolean; sameTopic: boolean; linked: boolean }

const THRESHOLDS = [0.3, 0.35, 0.4, SAME_STORY_SHOWN, 0.5, 0.55];

/** The same-story targets of every query of `docs`. */
async function storyPairs(docs: LabelledArticle[], name: string): Promise<StoryPair[]> {
  const db = new LibraryDb(`${name}-story-${Date.now()}`, { indexedDB, IDBKeyRange });
  const docOf = new Map<number, LabelledArticle>();
  for (const d of docs) docOf.set((await saveArticle(db, d.article, articleClaims(d.article))).articleId, d);
  const pairs: StoryPair[] = [];
  for (const [id, doc] of docOf) {
    let story: Array<{ articleId: number; similarity: number }> = [];
    const report = await findCoverage(db, id, { onTargets: (_q, targets) => (story = targets.filter((t) => t.sameStory)) });
    const linked = new Set(report.claims.flatMap((c) => c.others.map((o) => o.articleId)));
    for (const s of story) {
      const other = docOf.get(s.articleId)!;
      pairs.push({
        similarity: s.similarity, sameEvent: other.event === doc.event,
        sameTopic: doc.topic !== undefined && other.topic === doc.topic, linked: linked.has(s.articleId),
      });
    }
  }
  db.close();
  return pairs;
}

/** Share of `xs` meeting `f`, as text. */
const share = <T>(xs: T[], f: (x: T) => boolean): string => (xs.length ? (xs.filter(f).length / xs.length).toFixed(3) : '–');

/** Prints, per threshold, the unlinked targets at or above it and their share within the event (and topic). */
function report(name: string, pairs: StoryPair[], topics: boolean): void {
  console.log(`\n${name}: ${pairs.length} same-story targets, ${pairs.filter((p) => !p.linked).length} sharing no statement`);
  console.log(`  similarity ≥  unlinked  same event${topics ? '  same topic' : ''}`);
  for (const t of THRESHOLDS) {
    const shown = pairs.filter((p) => !p.linked && p.similarity >= t);
    const mark = t === SAME_STORY_SHOWN ? ' (shipped)' : '';
    console.log(`  ${t.toFixed(2).padEnd(12)} ${String(shown.length).padStart(8)}  ${share(shown, (p) => p.sameEvent).padStart(10)}${topics ? share(shown, (p) => p.sameTopic).padStart(12) : ''}${mark}`);
  }
}

const { dir } = resolveDataDir();
report('NewsWCL50', await storyPairs(loadNewsWclDocs(join(dir, 'newswcl50')), 'newswcl'), false);
report('AllSides', await storyPairs(loadLeads(join(dir, 'allsides-roundups')), 'allsides'), true);
