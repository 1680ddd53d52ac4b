/**
 * Reads one page file for the CLI: `.html`/`.htm` through linkedom + `extractArticle`, `.txt`
 * through `articleFromText`, then splits the body into claims. Never throws: a file that cannot
 * be read, is not text (binary data under either extension) or is not an article yields
 * `{ ok: false, error }`.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { parseHtml } from '../parse-html.ts';
import { decodeFile } from './decode.ts';
import { articleFromText, extractArticle } from '../../../utils/extract/index.ts';
import { looksBinary } from '../../../utils/extract/text-input.ts';
import type { ExtractedArticle } from '../../../utils/extract/types.ts';
import { readCanonicalUrl, readMetaTags, toHttpUrl } from '../../../utils/extract/metadata.ts';
import { articleClaims } from '../../../utils/claims/index.ts';
import type { Claim } from '../../../utils/claims/types.ts';

/** File extensions the CLI reads as pages. */
export const PAGE_EXTENSIONS = ['.html', '.htm', '.txt'] as const;

/** A page read from disk: its article and claims, or why there is none. */
export type PageResult =
  | { ok: true; article: ExtractedArticle; claims: Claim[] }
  | { ok: false; error: string };

/** True when the file name has an extension the CLI reads as a page. */
export function isPageFile(path: string): boolean {
  return (PAGE_EXTENSIONS as readonly string[]).includes(extname(path).toLowerCase());
}

/**
 * The URL a saved HTML page says it was served from: og:url, else its canonical link. A file has
 * no address of its own, so this is the best evidence of its outlet's domain. og:url comes first
 * because syndicated copies often point their canonical link at the original outlet while og:url
 * stays on their own site. The page's reported `url` is its canonical URL all the same
 * (link[rel=canonical], then og:url: see {@link pageFromContent}).
 */
export function declaredUrl(doc: Document): string | null {
  const meta = readMetaTags(doc);
  return toHttpUrl(meta.get('og:url')) ?? readCanonicalUrl(doc, meta, null);
}

/** Extracts an article from file contents already in memory; `fileName` names the outlet fallback. */
export function pageFromContent(content: string, fileName: string): PageResult {
  const ext = extname(fileName).toLowerCase();
  let result;
  if (ext === '.txt') {
    result = articleFromText(content, basename(fileName));
  } else if ((ext === '.html' || ext === '.htm') && looksBinary(content)) {
    // Binary bytes would parse as a page of noise and be refused as "not an article": refuse
    // them as the .txt reader does. (A browser gives the extension a DOM, never raw bytes.)
    result = { ok: false, reason: 'unreadable', message: 'The file is not readable text' } as const;
  } else if (ext === '.html' || ext === '.htm') {
    const doc = parseHtml(content);
    const url = declaredUrl(doc) ?? undefined;
    result = extractArticle(doc, { url, fileName: basename(fileName) });
  } else {
    return { ok: false, error: `unsupported file type "${ext || '(none)'}": expected .html, .htm or .txt` };
  }
  if (!result.ok) return { ok: false, error: `${result.reason}: ${result.message}` };
  // A file's only URLs are the ones it declares: its url is its canonical URL, in the contract's
  // order (link[rel=canonical], then og:url), which is also what the library stores and compare prints.
  const article = { ...result.article, url: result.article.canonicalUrl ?? result.article.url };
  return { ok: true, article, claims: articleClaims(article) };
}

/** Reads and extracts the page at `absPath`; `shownPath` is used in error messages. */
export async function readPage(absPath: string, shownPath = absPath): Promise<PageResult> {
  if ((await stat(absPath).catch(() => null))?.isDirectory()) {
    return { ok: false, error: `${shownPath}: cannot read file (is a directory)` };
  }
  if (!isPageFile(absPath)) {
    return { ok: false, error: `${shownPath}: unsupported file type "${extname(absPath) || '(none)'}": expected .html, .htm or .txt` };
  }
  let content: string;
  try {
    content = decodeFile(await readFile(absPath), extname(absPath).toLowerCase() !== '.txt');
  } catch (err) {
    return { ok: false, error: `${shownPath}: cannot read file (${describeFsError(err)})` };
  }
  const page = pageFromContent(content, absPath);
  return page.ok ? page : { ok: false, error: `${shownPath}: ${page.error}` };
}

/** A short reason for a filesystem error ("no such file", "is a directory", ...). */
export function describeFsError(err: unknown): string {
  const code = (err as { code?: string } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return err instanceof Error ? err.message : String(err);
}
