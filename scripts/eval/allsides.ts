/**
 * AllSides evaluation of the matching pipeline: 506 events (Apr–Oct 2021), each with the headline
 * and opening paragraphs of 2–3 outlets. Every lead is stored as a short article and matched
 * against all the others (about 1,400; each dated by its roundup, as a page's metadata would), so most of the library is unrelated news of the same
 * months: a test that generic sentences do not link different stories, on text the matcher was
 * never tuned on. Reports the share of links that stay in their event (and in their AllSides
 * topic, since some events continue one story), the share of leads linked to another outlet of
 * their own event, and the share of events with any such link.
 * Standalone: `npx tsx scripts/eval/allsides.ts [--data DIR] [--json] [--stray]` (`--stray` prints
 * every link that leaves its event, for inspection).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { articleFromText } from '../../utils/extract/index';
import { resolveDataDir } from '../lib/data-dir';
import { parseAllSidesLine } from '../lib/bench/corpus-parse';
import { linkFigures, round3, type LabelledArticle, type OnLink } from './link-figures';

/** Figures of the AllSides evaluation. */
export interface AllSidesResult {
  events: number; articles: number; claims: number; links: number;
  withinEventShare: number; withinTopicShare: number | null;
  articlesLinkedToOwnEvent: number; eventsWithLink: number;
  /** Same-story leads listed with no statement in common, their shares within event and topic, and leads linked either way. */
  sameStoryShown: number; sameStoryWithinEvent: number; sameStoryWithinTopic: number | null; articlesLinkedOrSameStory: number;
  matchMsP50: number; matchMsP95: number;
}

/** Reads every roundup line into labelled lead articles (events numbered by line order). */
export function loadLeads(dir: string): LabelledArticle[] {
  const docs: LabelledArticle[] = [];
  let event = 0;
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.jsonl')).sort()) {
    for (const line of readFileSync(join(dir, file), 'utf8').split('\n')) {
      const leads = parseAllSidesLine(line);
      if (!leads.length) continue;
      event++;
      for (const lead of leads) {
        // Leads are cut off with "...": end the cut sentence instead of gluing the ellipsis on.
        const body = lead.paragraphs.map((p) => p.replace(/\s*(\.\.\.|…)$/, '.'));
        const parsed = articleFromText(`${lead.title}\n${body.join('\n')}`, 'lead.txt');
        if (!parsed.ok) continue;
        docs.push({
          event, topic: lead.topic,
          article: { ...parsed.article, url: lead.url, canonicalUrl: lead.url, publishedTime: lead.publishedTime, outlet: lead.outlet },
        });
      }
    }
  }
  return docs;
}

/** Runs the evaluation on `dataDir` (the shared data root holding allsides-roundups/). */
export async function evalAllSides(dataDir: string, onLink?: OnLink): Promise<AllSidesResult> {
  const root = existsSync(join(dataDir, 'allsides-roundups')) ? join(dataDir, 'allsides-roundups') : dataDir;
  const docs = loadLeads(root);
  const { perEvent, ...figures } = await linkFigures(docs, 'allsides', onLink);
  const multi = [...perEvent.values()].filter((f) => f.articles >= 2);
  return {
    events: perEvent.size, ...figures,
    eventsWithLink: round3(multi.length ? multi.filter((f) => f.linked > 0).length / multi.length : 0),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { dir } = resolveDataDir();
  const stray: OnLink = (from, to, c, o) => {
    if (from.event !== to.event) console.log(`[${o.kind} ${o.score.toFixed(2)}] ${from.topic} → ${to.topic}\n  ${c.claim.text}\n  ${o.text}`);
  };
  evalAllSides(dir, process.argv.includes('--stray') ? stray : undefined).then((r) => {
    if (process.argv.includes('--json')) return console.log(JSON.stringify(r, null, 2));
    console.log(`AllSides: ${r.events} events, ${r.articles} leads, ${r.claims} claims, ${r.links} links`);
    console.log(`  links within own event: ${(r.withinEventShare * 100).toFixed(1)}%, within own topic: ${((r.withinTopicShare ?? 0) * 100).toFixed(1)}%`);
    console.log(`  leads linked to another outlet of own event: ${(r.articlesLinkedToOwnEvent * 100).toFixed(1)}%; events with a link: ${(r.eventsWithLink * 100).toFixed(1)}%`);
    console.log(`  same story, no statement in common: ${r.sameStoryShown} listed, ${(r.sameStoryWithinEvent * 100).toFixed(1)}% within own event, ${((r.sameStoryWithinTopic ?? 0) * 100).toFixed(1)}% within own topic; leads linked either way: ${(r.articlesLinkedOrSameStory * 100).toFixed(1)}%`);
    console.log(`  match time per lead: p50 ${r.matchMsP50} ms, p95 ${r.matchMsP95} ms`);
  });
}
