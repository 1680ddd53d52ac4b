/** Articles from plain-text files: first non-empty line is the title, the rest are paragraphs. */
import type { ExtractResult } from './types.ts';
import { removeBoilerplate } from './boilerplate.ts';
import { baseName } from './outlet.ts';
import { normaliseSpace } from './normalise.ts';

/** True when text looks binary: NUL bytes or mostly non-printable characters. */
export function looksBinary(text: string): boolean {
  if (text.includes('\u0000')) return true;
  const sample = text.slice(0, 20_000);
  const bad = sample.match(/[\u0001-\u0008\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  return sample.length > 0 && bad / sample.length > 0.1;
}

/**
 * Build an article from a .txt file. Paragraphs are the non-empty lines after
 * the title, cleaned of boilerplate. Outlet = file name without extension.
 */
export function articleFromText(text: string, fileName: string): ExtractResult {
  try {
    if (typeof text !== 'string' || !text.trim()) return { ok: false, reason: 'empty', message: 'The file is empty' };
    if (looksBinary(text)) return { ok: false, reason: 'unreadable', message: 'The file is not readable text' };
    const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n/).map(normaliseSpace).filter(Boolean);
    const title = lines[0] ?? '';
    const name = baseName(fileName || 'untitled') || 'untitled';
    const paragraphs = removeBoilerplate(lines.slice(1), { title, siteName: name });
    if (!paragraphs.length) return { ok: false, reason: 'empty', message: 'The file has no body text' };
    return {
      ok: true,
      article: {
        title, byline: null, publishedTime: null, lang: null, url: null, canonicalUrl: null,
        outlet: { domain: null, name },
        paragraphs, text: paragraphs.join('\n\n'), truncated: false,
      },
    };
  } catch (err) {
    return { ok: false, reason: 'unreadable', message: `Could not read text: ${String(err)}` };
  }
}
