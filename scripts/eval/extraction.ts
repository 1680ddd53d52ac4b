/**
 * Extraction quality on the article-extraction-benchmark (181 pages):
 * `npx tsx scripts/eval/extraction.ts [--data DIR] [--verbose] [--audit]`.
 * Prints our F1/precision/recall and plain Readability's F1 on the same DOM;
 * `--audit` prints how often each boilerplate rule fires on furniture vs body lines.
 * Metric = the benchmark's own (scrapinghub/article-extraction-benchmark
 * evaluate.py): 4-gram shingle multiset matching per page, normalised per
 * page; precision and recall averaged over pages, F1 from the two means.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { Readability } from '@mozilla/readability';
import { fileURLToPath } from 'node:url';
import { parseHtml } from '../lib/parse-html.ts';
import { extractArticle } from '../../utils/extract/index.ts';
import { readBlocks, stripFurniture } from '../../utils/extract/content.ts';
import { lineFeatures } from '../../utils/extract/boilerplate.ts';
import { FEATURE_RULES } from '../../utils/extract/boilerplate-rules.ts';

/** tp/fp/fn of one page, normalised to sum to 1 (all zero when both texts are empty). */
export type Counts = [number, number, number];

const TOKEN = /[\p{L}\p{N}\p{M}_]+/gu;

function shingles(text: string, n = 4): Map<string, number> {
  const tokens = text.match(TOKEN) ?? [];
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const key = tokens.slice(i, i + n).join('\u0001');
    if (key) out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Shingle tp/fp/fn of a prediction against the truth. */
export function shingleCounts(truth: string, pred: string): Counts {
  const t = shingles(truth);
  const p = shingles(pred);
  let tp = 0, fp = 0, fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const s = tp + fp + fn;
  return s > 0 ? [tp / s, fp / s, fn / s] : [0, 0, 0];
}

const precisionOf = ([tp, fp, fn]: Counts) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
const recallOf = ([tp, fp, fn]: Counts) => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Averaged precision, recall and F1 over pages, exactly as the benchmark computes them. */
export function aggregate(pages: Counts[]): { precision: number; recall: number; f1: number } {
  const precision = mean(pages.filter(([tp, fp]) => tp + fp > 0).map(precisionOf));
  const recall = mean(pages.filter(([tp, , fn]) => tp + fn > 0).map(recallOf));
  return { precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** `--data DIR` (relative to INIT_CWD/cwd), else ../shared/data beside the repo root. */
function dataDirFromArgs(argv = process.argv.slice(2)): string {
  const i = argv.indexOf('--data');
  if (i >= 0 && argv[i + 1]) return resolve(process.env.INIT_CWD ?? process.cwd(), argv[i + 1]);
  return resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'data');
}

/** Figures of one evaluation run. */
export type ExtractionEval = {
  pages: number;
  f1: number;
  precision: number;
  recall: number;
  readabilityOnlyF1: number;
};

/** Per-page detail, for `--verbose` diagnostics. */
export interface PageResult { id: string; ours: Counts; readability: Counts }

/** Evaluate extraction on `dataDir/article-extraction-benchmark`. */
export async function evalExtraction(
  dataDir: string,
  onPage?: (r: PageResult, pred: string, truth: string) => void,
): Promise<ExtractionEval> {
  const bench = join(dataDir, 'article-extraction-benchmark');
  const truth = JSON.parse(readFileSync(join(bench, 'ground-truth.json'), 'utf8')) as Record<string, { url: string; articleBody: string }>;
  const ours: Counts[] = [];
  const plain: Counts[] = [];
  for (const [id, { url, articleBody }] of Object.entries(truth)) {
    const html = gunzipSync(readFileSync(join(bench, 'html', `${id}.html.gz`))).toString('utf8');
    const result = extractArticle(parseHtml(html, url), { url });
    const pred = result.ok ? result.article.text : '';
    let readabilityText = '';
    try {
      readabilityText = new Readability(parseHtml(html, url)).parse()?.textContent ?? '';
    } catch {
      /* counts as empty */
    }
    const r: PageResult = { id, ours: shingleCounts(articleBody, pred), readability: shingleCounts(articleBody, readabilityText) };
    ours.push(r.ours);
    plain.push(r.readability);
    onPage?.(r, pred, articleBody);
  }
  const mine = aggregate(ours);
  return { pages: ours.length, ...mine, readabilityOnlyF1: aggregate(plain).f1 };
}

/**
 * How often each boilerplate rule fires on Readability's lines that are NOT in
 * the ground-truth body (furniture) versus lines that ARE (article text,
 * though the benchmark's truth keeps some credits and captions).
 */
export async function auditRules(dataDir: string): Promise<Record<string, { furniture: number; body: number }>> {
  const bench = join(dataDir, 'article-extraction-benchmark');
  const truth = JSON.parse(readFileSync(join(bench, 'ground-truth.json'), 'utf8')) as Record<string, { url: string; articleBody: string }>;
  const squash = (t: string) => (t.match(/[\p{L}\p{N}_]+/gu) ?? []).join(' ').toLowerCase();
  const audit: Record<string, { furniture: number; body: number }> = {};
  for (const [id, { url, articleBody }] of Object.entries(truth)) {
    const html = gunzipSync(readFileSync(join(bench, 'html', `${id}.html.gz`))).toString('utf8');
    const content = new Readability<Element>(parseHtml(html, url), { serializer: (n) => n as Element, keepClasses: true }).parse()?.content;
    if (!content) continue;
    stripFurniture(content);
    const body = squash(articleBody);
    for (const block of readBlocks(content)) {
      const f = lineFeatures(block.text);
      const inBody = body.includes(squash(block.text));
      for (const rule of FEATURE_RULES.filter((r) => r(f))) {
        const row = (audit[rule.name] ??= { furniture: 0, body: 0 });
        row[inBody ? 'body' : 'furniture']++;
      }
    }
  }
  return audit;
}

if (process.argv[1] === fileURLToPath(import.meta.url) && process.argv.includes('--audit')) {
  console.table(await auditRules(dataDirFromArgs()));
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const verbose = process.argv.includes('--verbose');
  const res = await evalExtraction(dataDirFromArgs(), (r) => {
    if (!verbose) return;
    const f = (c: Counts) => (c[0] ? (2 * c[0]) / (2 * c[0] + c[1] + c[2]) : 0).toFixed(3);
    console.log(`${r.id}\tours=${f(r.ours)}\treadability=${f(r.readability)}`);
  });
  console.log(`pages: ${res.pages}`);
  console.log(`extraction F1: ${res.f1.toFixed(3)} (precision ${res.precision.toFixed(3)}, recall ${res.recall.toFixed(3)})`);
  console.log(`Readability alone F1: ${res.readabilityOnlyF1.toFixed(3)}`);
}
