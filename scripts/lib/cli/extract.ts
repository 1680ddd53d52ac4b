/**
 * `xref extract FILE...`: one entry per file, in order. A file that cannot be read or is not an
 * article gets `error` (and nulls) without stopping the others; the exit code stays 0.
 */
import { basename, extname } from 'node:path';
import type { Claim } from '../../../utils/claims/types.ts';
import { readPage } from './read-page.ts';
import { resolveArg, shownPath } from './paths.ts';
import type { ClaimOut, ExtractItem } from './types.ts';

/** Claims as the CLI prints them: id and text only. */
export function claimsOut(claims: readonly Claim[]): ClaimOut[] {
  return claims.map((c) => ({ id: c.id, text: c.text }));
}

/** File name without directory and extension: the outlet of a page with no better name. */
export function fileOutlet(path: string): string {
  const name = basename(path);
  const ext = extname(name);
  return ext && ext !== name ? name.slice(0, -ext.length) : name;
}

/** Extracts every file (paths relative to `baseDir`), in order; never throws for a bad file. */
export async function runExtract(files: readonly string[], baseDir: string): Promise<ExtractItem[]> {
  const items: ExtractItem[] = [];
  for (const file of files) {
    const abs = resolveArg(baseDir, file);
    const page = await readPage(abs, shownPath(baseDir, abs));
    if (!page.ok) {
      items.push({
        title: null, outlet: fileOutlet(abs), domain: null, url: null, byline: null, publishedTime: null,
        text: null, claims: [], error: page.error,
      });
      continue;
    }
    const a = page.article;
    items.push({
      title: a.title || null,
      outlet: a.outlet.name,
      domain: a.outlet.domain,
      url: a.url ?? a.canonicalUrl,
      byline: a.byline,
      publishedTime: a.publishedTime,
      text: a.text,
      claims: claimsOut(page.claims),
    });
  }
  return items;
}

/** Human-readable extract output: a header per file, then its numbered claims. */
export function formatExtract(items: readonly ExtractItem[], files: readonly string[]): string {
  const blocks = items.map((item, i) => {
    const head = `== ${files[i]}`;
    if (item.error !== undefined) return `${head}\n   error: ${item.error}`;
    const source = [item.outlet + (item.domain ? ` (${item.domain})` : ''), item.url, item.byline && `by ${item.byline}`, item.publishedTime]
      .filter(Boolean)
      .join(' · ');
    const paragraphs = item.text ? item.text.split('\n\n').length : 0;
    const lines = [head, `   ${item.title ?? '(untitled)'}`, `   ${source}`, `   ${paragraphs} paragraphs, ${item.claims.length} claims`];
    for (const c of item.claims) lines.push(`   ${c.id.padStart(4)}  ${c.text}`);
    return lines.join('\n');
  });
  return blocks.join('\n\n') + '\n';
}
