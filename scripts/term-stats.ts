/**
 * `npx tsx scripts/term-stats.ts [--data DIR] [--max 25000]`: derives document frequencies of word
 * stems from the BBC and Reuters-21578 articles in the research data and writes
 * utils/text/term-stats.json (the stems and numbers only; no text is copied).
 */
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isNumberToken, stem, tokenize } from '../utils/text/index';

/** Yields each document's text from the BBC folders and the Reuters SGML files. */
export function* documents(dataDir: string): Generator<string> {
  const bbc = join(dataDir, 'bbc-news');
  for (const topic of readdirSync(bbc)) {
    const dir = join(bbc, topic);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir)) if (f.endsWith('.txt')) yield readFileSync(join(dir, f), 'latin1');
  }
  const reuters = join(dataDir, 'reuters-21578');
  for (const f of readdirSync(reuters).filter((n) => n.endsWith('.sgm'))) {
    const sgml = readFileSync(join(reuters, f), 'latin1');
    for (const m of sgml.matchAll(/<REUTERS[\s\S]*?<\/REUTERS>/g)) {
      const title = /<TITLE>([\s\S]*?)<\/TITLE>/.exec(m[0])?.[1] ?? '';
      const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(m[0])?.[1] ?? '';
      if (body.length > 100) yield `${title}\n${body.replace(/&lt;/g, '<').replace(/&amp;/g, '&')}`;
    }
  }
}

/** Counts stem document frequencies; returns [N, entries sorted by df desc]. */
export function countDf(dataDir: string): [number, Array<[string, number]>] {
  const df = new Map<string, number>();
  let n = 0;
  for (const doc of documents(dataDir)) {
    n++;
    const seen = new Set<string>();
    for (const t of tokenize(doc)) {
      if (isNumberToken(t) || !/^[a-z]/.test(t)) continue;
      seen.add(stem(t));
    }
    for (const s of seen) df.set(s, (df.get(s) ?? 0) + 1);
  }
  const entries = [...df.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  return [n, entries];
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function flag(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : undefined;
}

function main(): void {
  const argv = process.argv.slice(2);
  const given = flag(argv, 'data');
  const dir = given ? resolve(process.env.INIT_CWD ?? process.cwd(), given) : resolve(repoRoot, '..', 'shared', 'data');
  const max = Number(flag(argv, 'max') ?? 25000);
  const [n, entries] = countDf(dir);
  const kept = entries.filter(([, d]) => d >= 3).slice(0, max);
  const df = kept.map(([, d], i) => (i === 0 ? d : kept[i - 1][1] - d));
  const out = resolve(repoRoot, 'utils/text/term-stats.json');
  writeFileSync(out, JSON.stringify({ n, terms: kept.map(([t]) => t).join(' '), df }));
  console.log(`documents ${n}, stems ${entries.length}, kept ${kept.length}, written ${out} (${statSync(out).size} bytes)`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
