/**
 * Human-readable rendering for `xref compare`: each claim with its matches as
 * `  [near 0.91] Outlet: other text`, a compact inline diff (`[-35-]{+38+}`) and a note of
 * significant changes (numbers, hedges, attribution, quotes, negation).
 */
import { diffSummary } from '../../../utils/diff/index.ts';
import type { DiffOp } from '../../../utils/diff/types.ts';
import type { CompareResult } from './compare.ts';

/** Words of unchanged context kept on each side of a change. */
export const CONTEXT_WORDS = 4;

/** Compact inline diff: changes as `[-deleted-]{+inserted+}`, long unchanged runs elided with `…`. */
export function inlineDiff(ops: readonly DiffOp[], context = CONTEXT_WORDS): string {
  let out = '';
  for (let i = 0; i < ops.length; i++) {
    const o = ops[i];
    if (o.trivial) {
      if (o.op === 'delete') out += o.text;
      continue;
    }
    if (o.op === 'equal') out += elide(o.text, i === 0, i === ops.length - 1, context);
    else out += wrap(o.text, o.op === 'delete' ? '[-' : '{+', o.op === 'delete' ? '-]' : '+}');
  }
  return out.trim();
}

/** Wraps a changed segment's words in markers, leaving its outer spaces outside. */
function wrap(text: string, open: string, close: string): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text)!;
  return m[2] ? `${m[1]}${open}${m[2]}${close}${m[3]}` : text;
}

/** Shortens an unchanged run to `context` words next to each neighbouring change. */
function elide(text: string, first: boolean, last: boolean, context: number): string {
  const words = text.split(/(\s+)/);
  const count = words.filter((w) => w.trim()).length;
  const keepHead = last || !first ? context : 0;
  const keepTail = first || !last ? context : 0;
  if (first && last) return text;
  if (count <= keepHead + keepTail + 1) return text;
  const take = (n: number, fromEnd: boolean) => {
    const parts = fromEnd ? [...words].reverse() : words;
    const kept: string[] = [];
    let seen = 0;
    for (const p of parts) {
      if (p.trim() && seen === n) break;
      if (p.trim()) seen++;
      kept.push(p);
    }
    return (fromEnd ? kept.reverse() : kept).join('');
  };
  const head = keepHead ? take(keepHead, false) : '';
  const tail = keepTail ? take(keepTail, true) : '';
  return `${head.trimEnd()}${head ? ' ' : ''}…${tail ? ' ' : ''}${tail.trimStart()}`;
}

/** Share of this claim's characters the other claim keeps unchanged. */
export function sharedShare(ops: readonly DiffOp[]): number {
  const equal = ops.filter((o) => o.op === 'equal' || o.trivial).reduce((n, o) => n + (o.op === 'insert' ? 0 : o.text.length), 0);
  const total = ops.filter((o) => o.op !== 'insert').reduce((n, o) => n + o.text.length, 0);
  return total ? equal / total : 0;
}

/** A note of significant changes, e.g. "number 35 → 38; number 2023 added; date Tuesday → Monday; attribution changed". */
export function changeNote(ops: DiffOp[]): string {
  const s = diffSummary(ops);
  const notes = s.changedNumbers.map((n) => (!n.to ? `number ${n.from} dropped` : !n.from ? `number ${n.to} added` : `number ${n.from} → ${n.to}`));
  for (const d of s.changedDates) notes.push(`date ${d.from} → ${d.to}`);
  if (s.rolesSwapped) notes.push(`roles swapped ${s.rolesSwapped.first} ↔ ${s.rolesSwapped.second}`);
  if (s.hedgeChanged) notes.push('hedge changed');
  if (s.attributionChanged) notes.push('attribution changed');
  if (s.quoteChanged) notes.push('quotation changed');
  if (s.negationChanged) notes.push('negation changed');
  return notes.join('; ');
}

/** The whole human-readable compare report. */
export function formatCompare(result: CompareResult): string {
  const { output, marked, tentative, stored } = result;
  const { article, matches } = output;
  const lines: string[] = [article.title ?? '(untitled)'];
  lines.push([article.outlet + (article.domain ? ` (${article.domain})` : ''), article.url].filter(Boolean).join(' · '));
  const covered = matches.filter((m) => m.others.length > 0).length;
  lines.push(`Library: ${stored} other article${stored === 1 ? '' : 's'} · ${covered} of ${matches.length} claims reported elsewhere`);
  const perOutlet = new Map<string, number>();
  for (const m of matches) for (const name of new Set(m.others.map((o) => o.outlet))) perOutlet.set(name, (perOutlet.get(name) ?? 0) + 1);
  if (perOutlet.size) {
    const ranked = [...perOutlet].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
    lines.push(`Also reported by: ${ranked.map(([n, c]) => `${n} (${c})`).join(' · ')}`);
  }
  if (result.sameStory.length) {
    lines.push(`Same story, no claim in common: ${result.sameStory.map((a) => `${a.outlet} (${a.title || 'untitled'})`).join(' · ')}`);
  }
  matches.forEach((m, i) => {
    lines.push('', `${m.claim.padEnd(4)} ${m.text}`);
    if (!m.others.length) lines.push('  (no other outlet)');
    m.others.forEach((o, j) => {
      lines.push(`  [${o.kind}${tentative[i][j] ? '?' : ''} ${o.score.toFixed(2)}] ${o.outlet}: ${o.text}`);
      const ops = marked[i][j];
      if (o.kind !== 'verbatim' && sharedShare(ops) >= 0.4) lines.push(`      ${inlineDiff(ops)}`);
      const note = o.kind === 'verbatim' ? '' : changeNote(ops);
      if (note) lines.push(`      (${note})`);
    });
  });
  return lines.join('\n') + '\n';
}
