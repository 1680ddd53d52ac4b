/**
 * Node-only loaders of the real corpora from the research-data folder (`--data`, default
 * ../shared/data). Each source is optional: a missing folder yields no articles. The order of
 * the result is deterministic (sorted file names).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseAllSidesLine, parseBbcText, parseNewsWclText, parseReutersSgml } from './corpus-parse';
import type { BenchArticle } from './types';

function list(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).sort() : [];
}

/** BBC News: bbc-news/<topic>/NNN.txt. */
export function loadBbc(dataDir: string): BenchArticle[] {
  const root = join(dataDir, 'bbc-news');
  const out: BenchArticle[] = [];
  for (const topic of list(root)) {
    if (!statSync(join(root, topic)).isDirectory()) continue;
    for (const file of list(join(root, topic)).filter((f) => f.endsWith('.txt'))) {
      const a = parseBbcText(readFileSync(join(root, topic, file), 'utf8'), topic, file);
      if (a) out.push(a);
    }
  }
  return out;
}

/** Reuters-21578: reuters-21578/reut2-0NN.sgm, latin-1; stories without a body are skipped. */
export function loadReuters(dataDir: string): BenchArticle[] {
  const root = join(dataDir, 'reuters-21578');
  return list(root)
    .filter((f) => f.endsWith('.sgm'))
    .flatMap((f) => parseReutersSgml(readFileSync(join(root, f), 'latin1')));
}

/** NewsWCL50: newswcl50/1-raw-articles/event_N/N_OUTLET.txt, URLs from urls.tsv. */
export function loadNewsWcl(dataDir: string): BenchArticle[] {
  const root = join(dataDir, 'newswcl50');
  const urls = new Map<string, string>();
  if (existsSync(join(root, 'urls.tsv'))) {
    for (const line of readFileSync(join(root, 'urls.tsv'), 'utf8').split('\n').slice(1)) {
      const [event, outlet, url] = line.trim().split('\t');
      if (url) urls.set(`${event}_${outlet}`, url);
    }
  }
  const raw = join(root, '1-raw-articles');
  const out: BenchArticle[] = [];
  for (const ev of list(raw).filter((d) => d.startsWith('event_'))) {
    for (const file of list(join(raw, ev)).filter((f) => f.endsWith('.txt'))) {
      const code = file.replace(/\.txt(\.txt)?$/, '');
      const a = parseNewsWclText(readFileSync(join(raw, ev, file), 'utf8'), `${code}.txt`, urls.get(code) ?? null);
      if (a) out.push(a);
    }
  }
  return out;
}

/** AllSides roundups: allsides-roundups/*.jsonl, one event per line. */
export function loadAllSides(dataDir: string): BenchArticle[] {
  const root = join(dataDir, 'allsides-roundups');
  return list(root)
    .filter((f) => f.endsWith('.jsonl'))
    .flatMap((f) => readFileSync(join(root, f), 'utf8').split('\n').flatMap(parseAllSidesLine));
}

/** All real articles of the four corpora, grouped by source (each may be empty). */
export function loadRealCorpus(dataDir: string): Record<'bbc' | 'reuters' | 'newswcl50' | 'allsides', BenchArticle[]> {
  return { bbc: loadBbc(dataDir), reuters: loadReuters(dataDir), newswcl50: loadNewsWcl(dataDir), allsides: loadAllSides(dataDir) };
}
