/**
 * Pure parsers of the four real corpora's file formats (no file access, so they are unit
 * tested on inline text): BBC News .txt, Reuters-21578 SGML, NewsWCL50 .txt and AllSides JSONL.
 */
import { getDomain } from 'tldts';
import type { BenchArticle } from './types';

/** Collapses runs of white space (including no-break spaces) and trims. */
export function cleanText(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** BBC News: line 1 is the headline, then paragraphs separated by blank lines. */
export function parseBbcText(text: string, topic: string, file: string): BenchArticle | null {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const title = cleanText(lines[0] ?? '');
  const paragraphs = lines.slice(1).map(cleanText).filter((l) => l.length > 0);
  if (!title || paragraphs.length === 0) return null;
  const num = file.replace(/\.txt$/, '');
  const id = `bbc/${topic}/${num}`;
  return {
    id, source: 'bbc', event: id, outlet: { name: 'BBC News', domain: 'bbc.co.uk' },
    url: `https://www.bbc.co.uk/news/${topic}-${num}`, title, paragraphs, publishedTime: null,
  };
}

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the SGML entities Reuters uses; control characters (`&#3;`) are dropped. */
export function decodeEntities(s: string): string {
  return s.replace(/&(#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') {
      const code = Number(e.slice(1));
      return code < 32 ? ' ' : String.fromCharCode(code);
    }
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

const MONTHS: Record<string, string> = {
  JAN: '01', FEB: '02', MAR: '03', APR: '04', MAY: '05', JUN: '06', JUL: '07', AUG: '08', SEP: '09', OCT: '10', NOV: '11', DEC: '12',
};

/** `26-FEB-1987 15:01:01.79` → ISO 8601, else null. */
export function reutersDate(s: string): string | null {
  const m = /(\d{1,2})-([A-Z]{3})-(\d{4})\s+(\d{2}):(\d{2}):(\d{2})/i.exec(s);
  if (!m || !MONTHS[m[2].toUpperCase()]) return null;
  return `${m[3]}-${MONTHS[m[2].toUpperCase()]}-${m[1].padStart(2, '0')}T${m[4]}:${m[5]}:${m[6]}Z`;
}

/**
 * Reuters-21578: every `<REUTERS>` element with a `<TITLE>` and a `<BODY>` (others are skipped).
 * Paragraphs start on lines that begin with white space or the `&\t` marker of this copy;
 * the closing "Reuter" sign-off is removed.
 */
export function parseReutersSgml(sgml: string): BenchArticle[] {
  const out: BenchArticle[] = [];
  for (const m of sgml.matchAll(/<REUTERS[^>]*NEWID="(\d+)"[^>]*>([\s\S]*?)<\/REUTERS>/g)) {
    const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(m[2]);
    const title = /<TITLE>([\s\S]*?)<\/TITLE>/.exec(m[2]);
    if (!body || !title) continue;
    const date = /<DATE>([\s\S]*?)<\/DATE>/.exec(m[2]);
    const paragraphs: string[] = [];
    let current = '';
    for (const raw of body[1].replace(/\r\n?/g, '\n').split('\n')) {
      const starts = /^(&\\t|\s)/.test(raw);
      const line = raw.replace(/^&\\t/, '');
      if (starts && current.trim()) {
        paragraphs.push(current);
        current = '';
      }
      current += ` ${line}`;
    }
    if (current.trim()) paragraphs.push(current);
    const cleaned = paragraphs.map((p) => cleanText(decodeEntities(p))).filter(Boolean);
    if (cleaned.length) cleaned[cleaned.length - 1] = cleaned[cleaned.length - 1].replace(/\s*\bReuter\s*$/, '').trim();
    const kept = cleaned.filter((p) => p.length > 0);
    if (kept.length === 0) continue;
    const id = `reuters/${m[1]}`;
    out.push({
      id, source: 'reuters', event: id, outlet: { name: 'Reuters', domain: 'reuters.com' },
      url: `https://www.reuters.com/article/${m[1]}`, title: cleanText(decodeEntities(title[1])), paragraphs: kept,
      publishedTime: date ? reutersDate(date[1]) : null,
    });
  }
  return out;
}

/** NewsWCL50's outlet codes. */
export const NEWSWCL_OUTLETS: Record<string, { name: string; domain: string }> = {
  LL: { name: 'HuffPost', domain: 'huffingtonpost.com' },
  L: { name: 'The New York Times', domain: 'nytimes.com' },
  M: { name: 'USA Today', domain: 'usatoday.com' },
  R: { name: 'Fox News', domain: 'foxnews.com' },
  RR: { name: 'Breitbart', domain: 'breitbart.com' },
};

/** NewsWCL50: a paragraph per line, usually no headline (the first sentence stands in for it). */
export function parseNewsWclText(text: string, file: string, url: string | null): BenchArticle | null {
  const m = /^(\d+)_([A-Z]+)\.txt/.exec(file);
  if (!m || !NEWSWCL_OUTLETS[m[2]]) return null;
  const paragraphs = text.replace(/\r\n?/g, '\n').split('\n').map(cleanText).filter((l) => l.length > 0);
  if (paragraphs.length === 0) return null;
  const first = paragraphs[0];
  const title = first.length > 120 ? `${first.slice(0, first.lastIndexOf(' ', 117))}…` : first;
  return {
    id: `newswcl50/${m[1]}/${m[2]}`, source: 'newswcl50', event: `newswcl50/${m[1]}`, outlet: NEWSWCL_OUTLETS[m[2]],
    url: url ?? `https://www.${NEWSWCL_OUTLETS[m[2]].domain}/newswcl50-${m[1]}`, title, paragraphs, publishedTime: null,
  };
}

interface AllSidesNews {
  newsSource?: string;
  newsTitle?: string;
  newsLink?: string;
  newBody?: string[];
}

/** AllSides: one event per JSON line; each of its `news` entries with a title and body is an article. */
export function parseAllSidesLine(line: string): BenchArticle[] {
  if (!line.trim()) return [];
  const row = JSON.parse(line) as { id: number; date?: string; topic?: string; news?: Record<string, AllSidesNews> };
  const out: BenchArticle[] = [];
  for (const [side, n] of Object.entries(row.news ?? {})) {
    const paragraphs = (n.newBody ?? []).map(cleanText).filter((p) => p.length > 0);
    if (!n.newsTitle || paragraphs.length === 0) continue;
    let domain: string | null = null;
    try {
      domain = n.newsLink ? getDomain(n.newsLink) : null;
    } catch {
      domain = null;
    }
    const name = cleanText((n.newsSource ?? domain ?? 'Unknown').replace(/\s*\((Online News|Opinion)\)\s*$/i, ''));
    out.push({
      id: `allsides/${row.id}/${side}`, source: 'allsides', event: `allsides/${row.id}`, outlet: { name, domain },
      url: n.newsLink ?? null, title: cleanText(n.newsTitle), paragraphs, publishedTime: row.date ?? null,
      ...(row.topic ? { topic: row.topic } : {}),
    });
  }
  return out;
}
