/**
 * The "evidence bundle" of one article as Markdown, for researchers and fact-checkers: each claim
 * in article order (with the attribution a quotation continues, as the sidebar shows it) with the
 * matching statements of other outlets, the kind of match, a word diff
 * written as `[-old-]{+new+}`, the sidebar's change labels ("Number changed: 35 → 38"), and timestamps;
 * and, before the statements, the other outlets' articles of the same story that share none of them. Page-derived text is escaped so that it cannot
 * turn into Markdown links, HTML or headings when the file is rendered.
 */
import { changeLabels, wordDiff } from '../diff/index';
import type { DiffOp } from '../diff/types';
import type { CoverageReport } from '../library/types';
import { continuedAttributions } from '../claims/quote-context';

/** The article the bundle is about. */
export interface EvidenceArticle {
  title: string;
  outlet: string;
  url: string | null;
  publishedTime: string | null;
  firstSeen: number;
}

/** Escapes Markdown and HTML syntax in page-derived text, and removes control/bidi characters. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/([\\`*_{}\[\]()#+\-.!|<>~])/g, '\\$1')
    .trim();
}

/** An ISO timestamp (UTC) for ms since epoch, or "unknown". */
function isoTime(ms: number | null | undefined): string {
  return ms !== null && ms !== undefined && Number.isFinite(ms) ? new Date(ms).toISOString() : 'unknown';
}

/** A page-stated time: ISO (UTC) when it parses, else the escaped text. */
function statedTime(text: string): string {
  const t = Date.parse(text);
  return Number.isFinite(t) ? new Date(t).toISOString() : escapeMarkdown(text);
}

/** A URL shown as code (never a live link unless http(s)), or "no URL". */
function urlText(url: string | null): string {
  if (!url) return 'no URL';
  const safe = /^https?:\/\//i.test(url) && !/[\s<>]/.test(url);
  return safe ? `<${url}>` : `\`${url.replace(/`/g, "'")}\``;
}

/** A word diff as `[-deleted-]{+inserted+}` around unchanged text (trivial changes shown as unchanged). */
export function diffToMarkdown(ops: readonly DiffOp[]): string {
  let out = '';
  for (const op of ops) {
    if (op.op === 'insert' && op.trivial) continue;
    const lead = /^\s/.test(op.text) ? ' ' : '';
    const trail = /\s$/.test(op.text) ? ' ' : '';
    const core = escapeMarkdown(op.text);
    if (!core) {
      out += lead || trail;
      continue;
    }
    const shown = op.op === 'equal' || op.trivial ? core : op.op === 'delete' ? `[-${core}-]` : `{+${core}+}`;
    out += lead + shown + trail;
  }
  return out.replace(/ {2,}/g, ' ').trim();
}

/** The evidence bundle of `article` from its coverage report. */
export function evidenceMarkdown(article: EvidenceArticle, report: CoverageReport, exportedAt: number): string {
  const lines: string[] = [];
  const covered = report.claims.filter((c) => c.others.length > 0).length;
  lines.push(`# Evidence: ${escapeMarkdown(article.title) || 'Untitled article'}`, '');
  lines.push(`- Outlet: ${escapeMarkdown(article.outlet)}`);
  lines.push(`- URL: ${urlText(article.url)}`);
  lines.push(`- Published: ${article.publishedTime ? statedTime(article.publishedTime) : 'unknown'}`);
  lines.push(`- First seen: ${isoTime(article.firstSeen)}`);
  lines.push(`- Exported: ${isoTime(exportedAt)} by Corroborate, from the reader's local library`);
  lines.push(`- Statements also reported elsewhere: ${covered} of ${report.claims.length}`, '');
  if (report.outlets.length) {
    lines.push('## Outlets', '', '| Outlet | Statements | Syndicated copy | Earliest |', '| --- | --- | --- | --- |');
    for (const o of report.outlets) {
      lines.push(`| ${escapeMarkdown(o.name)} | ${o.claimCount} | ${o.syndicated ? 'yes' : 'no'} | ${isoTime(o.earliest)} |`);
    }
    lines.push('');
  }
  if (report.sameStory?.length) {
    lines.push('## Same story, no statement in common', '');
    for (const a of report.sameStory) {
      const when = a.publishedTime ? `published ${statedTime(a.publishedTime)}` : `first seen ${isoTime(a.firstSeen)}`;
      lines.push(`- **${escapeMarkdown(a.outlet)}** (${when}): ${escapeMarkdown(a.title) || 'Untitled'} (${urlText(a.url)})`);
    }
    lines.push('');
  }
  lines.push('## Statements', '');
  const speakers = continuedAttributions(report.claims.map((c) => c.claim));
  report.claims.forEach((c, i) => {
    lines.push(`### ${i + 1}. ${escapeMarkdown(c.claim.text)}`, '');
    if (speakers[i]) lines.push(`Quotation continued: ${escapeMarkdown(speakers[i]!)}`, '');
    if (c.others.length === 0) {
      lines.push('Only this outlet reported this statement.', '');
      return;
    }
    for (const o of c.others) {
      const when = o.publishedTime ? `published ${statedTime(o.publishedTime)}` : `first seen ${isoTime(o.firstSeen)}`;
      lines.push(`- **${escapeMarkdown(o.outlet)}** (${o.tentative ? `possible ${o.kind}` : o.kind}${o.syndicated ? ', syndicated' : ''}; ${when}): ${escapeMarkdown(o.text)}`);
      lines.push(`  - Article: ${escapeMarkdown(o.title) || 'Untitled'} (${urlText(o.url)})`);
      const diff = o.kind === 'verbatim' ? [] : wordDiff(c.claim.text, o.text);
      if (diff.some((d) => d.op !== 'equal' && !d.trivial)) lines.push(`  - Diff: ${diffToMarkdown(diff)}`);
      const labels = changeLabels(diff).map((l) => escapeMarkdown(l.text));
      if (labels.length) lines.push(`  - Changes: ${labels.join('; ')}`);
    }
    lines.push('');
  });
  return `${lines.join('\n').trimEnd()}\n`;
}
