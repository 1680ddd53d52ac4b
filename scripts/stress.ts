/**
 * `npm run test:stress [-- --data DIR]`: extracts every Readability test page
 * and benchmark page from the shared data (skipped with a message when the
 * folder is missing) plus synthetic hostile inputs generated here, and checks
 * each ends cleanly and quickly. Prints counts, then `N passed, M failed`;
 * exits non-zero when anything failed (threw, hit an internal error, or ran
 * past the time bound).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { parseHtml } from './lib/parse-html.ts';
import { articleFromText, extractArticle, type ExtractResult } from '../utils/extract/index.ts';

/** Wall-clock bound for one extraction (parse excluded), and for parse + extraction. */
const EXTRACT_MS = 10_000;
const TOTAL_MS = 30_000;

interface Case { name: string; run: () => { result: ExtractResult; extractMs: number } }

function dataDir(argv = process.argv.slice(2)): string {
  const i = argv.indexOf('--data');
  if (i >= 0 && argv[i + 1]) return resolve(process.env.INIT_CWD ?? process.cwd(), argv[i + 1]);
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'data');
}

function htmlCase(name: string, html: () => string, url?: string): Case {
  return {
    name,
    run: () => {
      const doc = parseHtml(html(), url);
      const t0 = performance.now();
      const result = extractArticle(doc, { url, fileName: `${name}.html` });
      return { result, extractMs: performance.now() - t0 };
    },
  };
}

function sharedCases(dir: string): Case[] {
  const cases: Case[] = [];
  const pagesDir = join(dir, 'readability-test-pages');
  for (const slug of existsSync(pagesDir) ? readdirSync(pagesDir).sort() : []) {
    const file = join(pagesDir, slug, 'source.html');
    if (existsSync(file)) cases.push(htmlCase(`readability/${slug}`, () => readFileSync(file, 'utf8'), 'http://fakehost/test/page.html'));
  }
  const bench = join(dir, 'article-extraction-benchmark');
  const truthFile = join(bench, 'ground-truth.json');
  const truth = existsSync(truthFile) ? (JSON.parse(readFileSync(truthFile, 'utf8')) as Record<string, { url: string }>) : {};
  for (const [id, { url }] of Object.entries(truth)) {
    cases.push(htmlCase(`benchmark/${id.slice(0, 12)}`, () => gunzipSync(readFileSync(join(bench, 'html', `${id}.html.gz`))).toString('utf8'), url));
  }
  return cases;
}

const WORDS = ['river', 'council', 'budget', 'vote', 'harbour', 'minister', 'report', 'school', 'station', 'market'];
const prose = (n: number) => Array.from({ length: n }, (_, i) => WORDS[(i * 7) % WORDS.length]).join(' ');
const paragraph = (i: number) => `<p>The ${WORDS[i % 10]} committee said on Tuesday that the plan for the ${WORDS[(i + 3) % 10]} would cost more than expected, and officials promised a full review next month.</p>`;
const article = (body: string, head = '') => `<!doctype html><html><head><title>Test</title>${head}</head><body><article>${body}</article></body></html>`;

function syntheticCases(): Case[] {
  const binary = () => Buffer.from(Array.from({ length: 64_000 }, (_, i) => (i * 2654435761) % 256)).toString('latin1');
  return [
    htmlCase('synthetic/20MB-page', () => article(Array.from({ length: 20 * 1024 * 1024 / 150 }, (_, i) => paragraph(i)).join(''))),
    htmlCase('synthetic/50k-nested', () => `<html><body>${'<div>'.repeat(50_000)}${prose(50)}${'</div>'.repeat(50_000)}</body></html>`),
    htmlCase('synthetic/200KB-unpunctuated', () => article(`<p>${prose(200 * 1024 / 6)}</p>`)),
    htmlCase('synthetic/empty', () => ''),
    htmlCase('synthetic/binary', binary),
    htmlCase('synthetic/non-utf8', () => article(Array.from({ length: 8 }, (_, i) => Buffer.from(paragraph(i).replace(/e /g, '\u00e9 '), 'latin1').toString('utf8')).join(''))),
    htmlCase('synthetic/broken-html', () => `<html><head><title>x</title><body><p>${paragraph(1)}<div><table><td>${paragraph(2)}<p><<<>>><!-- ${paragraph(3)}<script>while(true){}</script><p>${Array.from({ length: 6 }, (_, i) => paragraph(i)).join('<span>')}`),
    htmlCase('synthetic/javascript-canonical', () => article(Array.from({ length: 8 }, (_, i) => paragraph(i)).join(''), '<link rel="canonical" href="javascript:alert(1)">'), 'https://news.example.org/a'),
    htmlCase('synthetic/deep-table-soup', () => article(`${'<table><tr><td>'.repeat(150)}${Array.from({ length: 8 }, (_, i) => paragraph(i)).join('')}`)),
    { name: 'synthetic/binary-txt', run: () => timed(() => articleFromText(binary(), 'binary.txt')) },
    { name: 'synthetic/empty-txt', run: () => timed(() => articleFromText('', 'empty.txt')) },
    { name: 'synthetic/huge-txt', run: () => timed(() => articleFromText(`Title\n${prose(400_000)}`, 'huge.txt')) },
  ];
}

function timed(fn: () => ExtractResult): { result: ExtractResult; extractMs: number } {
  const t0 = performance.now();
  const result = fn();
  return { result, extractMs: performance.now() - t0 };
}

function main(): void {
  const dir = dataDir();
  const cases = syntheticCases();
  if (existsSync(dir)) cases.push(...sharedCases(dir));
  else console.log(`skipped: shared data not found at ${dir} (synthetic inputs only)`);
  const counts: Record<string, number> = {};
  const failures: string[] = [];
  const verbose = process.argv.includes('--verbose');
  for (const c of cases) {
    const t0 = performance.now();
    let outcome: string;
    try {
      const { result, extractMs } = c.run();
      const total = performance.now() - t0;
      outcome = result.ok ? 'ok' : result.reason;
      if (extractMs > EXTRACT_MS || total > TOTAL_MS) failures.push(`${c.name}: timed out (${Math.round(extractMs)} ms extract, ${Math.round(total)} ms total)`);
      else if (!result.ok && result.reason === 'unreadable' && !c.name.endsWith('-txt')) failures.push(`${c.name}: internal error: ${result.message}`);
      if (verbose) console.log(`${c.name}\t${outcome}\t${Math.round(extractMs)} ms`);
    } catch (err) {
      outcome = 'exception';
      failures.push(`${c.name}: threw ${String(err)}`);
    }
    counts[outcome] = (counts[outcome] ?? 0) + 1;
  }
  console.log(`inputs: ${cases.length}`);
  for (const [k, v] of Object.entries(counts).sort()) console.log(`  ${k}: ${v}`);
  for (const f of failures) console.log(`FAILED ${f}`);
  console.log(`${cases.length - failures.length} passed, ${failures.length} failed`);
  process.exit(failures.length ? 1 : 0);
}

main();
