/**
 * Deterministic synthetic variants of an article: the same story as told by a fictional outlet
 * ("Synthetic Outlet 0412" on synthetic-0412.test). Sentences are reworded with synonym swaps,
 * dropped trailing clauses, changed numbers and swapped neighbouring sentences; some are kept
 * verbatim, as wire copy often is. The same (article, variant index) always gives the same text.
 */
import { mulberry32, pick, seedOf, type Rng } from './prng';
import type { BenchArticle } from './types';

/** Word swaps a rewriting desk might make (both directions are used). */
export const SYNONYMS: readonly [string, string][] = [
  ['said', 'stated'], ['says', 'claims'], ['told', 'informed'], ['announced', 'revealed'], ['big', 'large'],
  ['rise', 'increase'], ['rose', 'climbed'], ['fell', 'dropped'], ['cut', 'reduce'], ['buy', 'purchase'],
  ['show', 'indicate'], ['shows', 'suggests'], ['help', 'assist'], ['start', 'begin'], ['started', 'began'],
  ['plan', 'proposal'], ['firm', 'company'], ['government', 'administration'], ['officials', 'authorities'],
  ['people', 'individuals'], ['also', 'additionally'], ['but', 'however'], ['about', 'roughly'], ['more', 'additional'],
  ['expected', 'predicted'], ['important', 'significant'], ['quickly', 'rapidly'], ['main', 'primary'],
  ['win', 'victory'], ['need', 'require'], ['used', 'employed'], ['near', 'close to'], ['before', 'prior to'],
];

const SWAP = new Map<string, string>();
for (const [a, b] of SYNONYMS) {
  SWAP.set(a, b);
  SWAP.set(b, a);
}

/** Options for {@link rewordSentence}: probabilities per sentence. */
export interface RewordRates {
  keep: number;
  dropClause: number;
  changeNumber: number;
}

const RATES: RewordRates = { keep: 0.3, dropClause: 0.25, changeNumber: 0.3 };

/** Rewords one sentence (see module doc); returns it unchanged with probability `keep`. */
export function rewordSentence(sentence: string, rng: Rng, rates: RewordRates = RATES): string {
  if (rng() < rates.keep) return sentence;
  let s = sentence.replace(/\b([A-Za-z]+)\b/g, (w) => {
    const swap = SWAP.get(w.toLowerCase());
    if (!swap || rng() < 0.3) return w;
    return w[0] === w[0].toUpperCase() ? swap[0].toUpperCase() + swap.slice(1) : swap;
  });
  if (rng() < rates.dropClause) {
    const cut = s.lastIndexOf(', ');
    if (cut > s.length * 0.5) s = `${s.slice(0, cut)}${/[.!?]["']?$/.test(s) ? s.slice(-1) : ''}`;
  }
  if (rng() < rates.changeNumber) {
    s = s.replace(/\b(\d{1,3})(?![\d,.])/, (n) => String(Number(n) + 1 + pick(rng, 3)));
  }
  return s;
}

/** Rough sentence split for rewording (the engine's own splitter runs later, on the result). */
export function roughSentences(paragraph: string): string[] {
  return paragraph.match(/[^.!?]+(?:[.!?]+["'”’]?|$)\s*/g)?.map((s) => s.trim()).filter(Boolean) ?? [paragraph];
}

/** Number of the fictional outlet of variant `k` of `sourceId` (distinct for k = 0..9). */
export function syntheticOutletNumber(sourceId: string, k: number): number {
  return (seedOf(sourceId) % 1000) * 10 + (k % 10);
}

/** Variant `k` of `source`: a different fictional outlet, reworded, same event. */
export function makeVariant(source: BenchArticle, k: number): BenchArticle {
  const rng = mulberry32(seedOf(`${source.id}~${k}`));
  const num = String(syntheticOutletNumber(source.id, k)).padStart(4, '0');
  const paragraphs = source.paragraphs.map((p) => {
    const sentences = roughSentences(p).map((s) => rewordSentence(s, rng));
    for (let i = 0; i + 1 < sentences.length; i++) {
      if (rng() < 0.15) [sentences[i], sentences[i + 1]] = [sentences[i + 1], sentences[i]];
    }
    return sentences.join(' ');
  });
  const slug = `${source.id.replace(/[^a-z0-9]+/gi, '-')}-${k}`;
  return {
    id: `${source.id}~${k}`, source: 'synthetic', event: source.event,
    outlet: { name: `Synthetic Outlet ${num}`, domain: `synthetic-${num}.test` },
    url: `https://synthetic-${num}.test/${slug}`, title: rewordSentence(source.title, rng), paragraphs,
    publishedTime: source.publishedTime,
  };
}
