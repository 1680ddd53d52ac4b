/**
 * The versioned export format, as a zod schema: everything an import checks before it touches
 * the database. Ids are local and not exported; claim keys and story terms are derived data and
 * are rebuilt on import.
 */
import { z } from 'zod';

/** Name written into every export file. */
export const EXPORT_FORMAT = 'corroborate-library';
/** Newest export version this code writes and reads. */
export const EXPORT_VERSION = 1;

const text = z.string().max(1_000_000);
const time = z.number().finite().nonnegative();
const offset = z.number().int().nonnegative();

/** One outlet in an export. */
export const outletSchema = z.object({
  id: z.string().min(1).max(300),
  name: z.string().max(300),
  domains: z.array(z.string().min(1).max(253)).max(100),
  wire: z.boolean(),
  groups: z.array(z.string().max(100)).max(100),
  firstSeen: time,
  lastSeen: time,
  renamed: z.boolean().optional(),
});

/** One claim in an export (no ids, no derived keys). */
export const claimSchema = z
  .object({
    cid: z.string().min(1).max(100),
    index: offset,
    paragraph: offset,
    start: offset,
    end: offset,
    text,
    prefix: z.string().max(1000),
    suffix: z.string().max(1000),
    quote: z.boolean(),
  })
  .refine((c) => c.start <= c.end, { message: 'claim start is after its end' });

const revisionSchema = z.object({
  seenAt: time,
  changedAt: time,
  changes: z.array(z.object({ before: text, after: text.nullable() })).max(10_000),
});

/** One article in an export, with its claims. */
export const articleSchema = z.object({
  key: z.string().min(1).max(5000),
  outletId: z.string().min(1).max(300),
  url: z.string().max(5000).nullable(),
  canonicalUrl: z.string().max(5000).nullable(),
  title: z.string().max(10_000),
  byline: z.string().max(10_000).nullable(),
  publishedTime: z.string().max(100).nullable(),
  lang: z.string().max(50).nullable(),
  firstSeen: time,
  lastSeen: time,
  paragraphs: z.array(text).max(100_000),
  claimCount: offset,
  truncated: z.boolean(),
  textHash: z.string().max(100).optional(),
  revisions: z.array(revisionSchema).max(1000).optional(),
  claims: z.array(claimSchema).max(100_000),
});

/** The header fields an import checks before it reads any element. */
export const exportHeaderSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: time,
});

/** A whole export file (small files; a streaming import checks it element by element). */
export const exportSchema = z
  .object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(EXPORT_VERSION),
    exportedAt: time,
    outlets: z.array(outletSchema),
    articles: z.array(articleSchema),
  })
  .superRefine((file, ctx) => {
    const ids = new Set(file.outlets.map((o) => o.id));
    file.articles.forEach((a, i) => {
      if (!ids.has(a.outletId)) ctx.addIssue({ code: 'custom', path: ['articles', i, 'outletId'], message: `unknown outlet "${a.outletId}"` });
    });
  });

/** A validated export file. */
export type ExportFile = z.infer<typeof exportSchema>;
/** One validated exported article. */
export type ExportedArticle = z.infer<typeof articleSchema>;
