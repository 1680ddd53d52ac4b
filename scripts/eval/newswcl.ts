/**
 * NewsWCL50 evaluation of the matching pipeline: 10 events × 5 outlets. Every article is stored
 * in a fake-indexeddb library, then each is matched against the other 49 with findCoverage.
 * A link is one claim-level match to another article. Reports the share of links that stay in
 * the article's own event (target ≥ 95%), the share of articles with at least one link to
 * another outlet of their own event (target ≥ 90%), per-event figures and match time.
 * Standalone: `npx tsx scripts/eval/newswcl.ts [--data DIR] [--json] [--sample N]` (`--sample N`
 * prints N links drawn at random, seeded, with both claims, for judging by hand).
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { registrableDomain } from '../../utils/library/identity';
import { articleFromText } from '../../utils/extract/index';
import { argValue, resolveDataDir } from '../lib/data-dir';
import { mulberry32, shuffled } from '../lib/bench/prng';
import { linkFigures, round3, type LabelledArticle, type OnLink } from './link-figures';

const OUTLET_NAMES: Record<string, string> = { LL: 'HuffPost', L: 'New York Times', M: 'USA Today', R: 'Fox News', RR: 'Breitbart' };

/** Per-event figures. */
export interface EventFigures { event: number; links: number; withinEventShare: number; articlesLinked: number }

/** Figures of the NewsWCL50 evaluation. */
export interface NewsWclResult {
  articles: number;
  claims: number;
  links: number;
  withinEventShare: number;
  articlesLinkedToOwnEvent: number;
  /** Same-story articles listed with no statement in common, the share of them within the event, and articles linked either way. */
  sameStoryShown: number;
  sameStoryWithinEvent: number;
  articlesLinkedOrSameStory: number;
  matchMsP50: number;
  matchMsP95: number;
  perEvent: EventFigures[];
}

/** NewsWCL50's articles under `root`, labelled with their event. */
export function loadNewsWclDocs(root: string): LabelledArticle[] {
  const urls = new Map<string, string>();
  for (const line of readFileSync(join(root, 'urls.tsv'), 'utf8').split(/\r?\n/).slice(1)) {
    const [event, code, url] = line.split('\t');
    if (url) urls.set(`${event}_${code}`, url.trim());
  }
  const docs: LabelledArticle[] = [];
  const raw = join(root, '1-raw-articles');
  for (const dir of readdirSync(raw).filter((d) => /^event_\d+$/.test(d)).sort()) {
    const event = Number(dir.slice(6));
    for (const file of readdirSync(join(raw, dir)).sort()) {
      const m = /^(\d+)_([A-Z]+)\.txt(?:\.txt)?$/.exec(file);
      if (!m) continue;
      const url = urls.get(`${m[1]}_${m[2]}`) ?? null;
      // The files have no headline line: give articleFromText a placeholder title line.
      const parsed = articleFromText(`-\n${readFileSync(join(raw, dir, file), 'utf8')}`, file);
      if (!parsed.ok) continue;
      const article = {
        ...parsed.article, title: '', url, canonicalUrl: url,
        outlet: { domain: registrableDomain(url), name: OUTLET_NAMES[m[2]] ?? m[2] },
      };
      docs.push({ event, article });
    }
  }
  return docs;
}

/** Runs the evaluation on `dataDir` (the shared data root holding newswcl50/). */
export async function evalNewsWcl(dataDir: string, onLink?: OnLink): Promise<NewsWclResult> {
  const root = existsSync(join(dataDir, 'newswcl50')) ? join(dataDir, 'newswcl50') : dataDir;
  const { perEvent, withinTopicShare: _none, sameStoryWithinTopic: _noTopic, ...figures } = await linkFigures(loadNewsWclDocs(root), 'newswcl', onLink);
  const events = [...perEvent.keys()].sort((x, y) => x - y);
  return {
    ...figures,
    perEvent: events.map((e) => {
      const f = perEvent.get(e)!;
      return { event: e, links: f.links, withinEventShare: round3(f.links ? f.within / f.links : 0), articlesLinked: f.linked };
    }),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { dir } = resolveDataDir();
  const sample = Number(argValue(process.argv, 'sample') ?? 0);
  const links: string[] = [];
  const keep: OnLink = (from, to, c, o) => links.push(`[${o.kind} ${o.score.toFixed(2)}] event ${from.event} → ${to.event}\n  ${c.claim.text}\n  ${o.text}`);
  evalNewsWcl(dir, sample > 0 ? keep : undefined).then((r) => {
    if (sample > 0) console.log(shuffled(links, mulberry32(2026)).slice(0, sample).join('\n'));
    if (process.argv.includes('--json')) return console.log(JSON.stringify(r, null, 2));
    console.log(`NewsWCL50: ${r.articles} articles, ${r.claims} claims, ${r.links} links`);
    console.log(`  links within own event: ${(r.withinEventShare * 100).toFixed(1)}% (target ≥ 95%)`);
    console.log(`  articles linked to another outlet of own event: ${(r.articlesLinkedToOwnEvent * 100).toFixed(1)}% (target ≥ 90%)`);
    console.log(`  same story, no statement in common: ${r.sameStoryShown} listed, ${(r.sameStoryWithinEvent * 100).toFixed(1)}% within own event; articles linked either way: ${(r.articlesLinkedOrSameStory * 100).toFixed(1)}%`);
    console.log(`  match time per article: p50 ${r.matchMsP50} ms, p95 ${r.matchMsP95} ms`);
    for (const e of r.perEvent) console.log(`  event ${e.event}: ${e.links} links, ${(e.withinEventShare * 100).toFixed(0)}% within, ${e.articlesLinked}/5 articles linked`);
  });
}
