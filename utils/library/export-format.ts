/**
 * The versioned export format, as a zod schema: everything an import checks before it touches
 * the database. Ids are local and not exported; claim keys and story terms are derived data and
 * are rebuilt on import. Every size limit is a constant of field-limits.ts, the same one the
 * storing code clamps to, so the library's own export always imports again. An article's URLs
 * are http(s) or null, as a capture keeps them (toHttpUrl); the exported `key` is never trusted:
 * the import recomputes it from the outlet and the canonical URL or text (identity.ts).
 */
import { z } from 'zod';
import { toHttpUrl } from '../extract/metadata';
import {
  MAX_BYLINE_LENGTH, MAX_CLAIM_CONTEXT_LENGTH, MAX_CLAIM_ID_LENGTH, MAX_CLAIMS, MAX_HASH_LENGTH, MAX_REVISION_COUNT, MAX_DOMAIN_LENGTH, MAX_GROUP_NAME_LENGTH, MAX_GROUPS, MAX_KEY_LENGTH, MAX_LANG_LENGTH,
  MAX_OUTLET_DOMAINS, MAX_OUTLET_ID_LENGTH, MAX_OUTLET_NAME_LENGTH, MAX_PARAGRAPH_LENGTH, MAX_PARAGRAPHS,
  MAX_PUBLISHED_TIME_LENGTH, MAX_TITLE_LENGTH, MAX_URL_LENGTH,
} from './field-limits';

/** Name written into every export file. */
export const EXPORT_FORMAT = 'corroborate-library';
/**
 * Newest export version this code writes and reads. Version 2 (2026-12-06) lets a revision list an
 * added statement (`before: null`), which version 1 readers refuse, so they are told the file is
 * newer instead of damaged; version 1 files are still read.
 */
export const EXPORT_VERSION = 2;
/** Export versions this code reads. */
export const READABLE_VERSIONS: readonly number[] = [1, 2];

const text = z.string().max(MAX_PARAGRAPH_LENGTH);
const time = z.number().finite().nonnegative();
const offset = z.number().int().nonnegative();

/** The zod message of an article URL that is not an absolute http(s) URL (import-messages.ts words it). */
export const NOT_HTTP_URL = 'not an http(s) URL';
/** A page or canonical URL: absolute http(s) (never `javascript:`, `data:`, …), or null. */
const httpUrl = z.string().max(MAX_URL_LENGTH).refine((u) => toHttpUrl(u) !== null, { message: NOT_HTTP_URL }).nullable();

/** One outlet in an export. */
export const outletSchema = z.object({
  id: z.string().min(1).max(MAX_OUTLET_ID_LENGTH),
  name: z.string().max(MAX_OUTLET_NAME_LENGTH),
  domains: z.array(z.string().min(1).max(MAX_DOMAIN_LENGTH)).max(MAX_OUTLET_DOMAINS),
  wire: z.boolean(),
  groups: z.array(z.string().max(MAX_GROUP_NAME_LENGTH)).max(MAX_GROUPS),
  firstSeen: time,
  lastSeen: time,
  renamed: z.boolean().optional(),
});

/** One claim in an export (no ids, no derived keys). */
export const claimSchema = z
  .object({
    cid: z.string().min(1).max(MAX_CLAIM_ID_LENGTH),
    index: offset,
    paragraph: offset,
    start: offset,
    end: offset,
    text,
    prefix: z.string().max(MAX_CLAIM_CONTEXT_LENGTH),
    suffix: z.string().max(MAX_CLAIM_CONTEXT_LENGTH),
    quote: z.boolean(),
  })
  .refine((c) => c.start <= c.end, { message: 'claim start is after its end' });

const revisionSchema = z.object({
  seenAt: time,
  changedAt: time,
  // A change is reworded (both), removed (after null) or added (before null); each claim of the
  // earlier and of the new version appears at most once, hence twice the claim limit.
  changes: z
    .array(z.object({ before: text.nullable(), after: text.nullable() }).refine((c) => c.before !== null || c.after !== null, { message: 'a change with neither text' }))
    .max(2 * MAX_CLAIMS),
});

/** One article in an export, with its claims. */
export const articleSchema = z.object({
  key: z.string().min(1).max(MAX_KEY_LENGTH),
  outletId: z.string().min(1).max(MAX_OUTLET_ID_LENGTH),
  url: httpUrl,
  canonicalUrl: httpUrl,
  title: z.string().max(MAX_TITLE_LENGTH),
  byline: z.string().max(MAX_BYLINE_LENGTH).nullable(),
  publishedTime: z.string().max(MAX_PUBLISHED_TIME_LENGTH).nullable(),
  lang: z.string().max(MAX_LANG_LENGTH).nullable(),
  firstSeen: time,
  lastSeen: time,
  paragraphs: z.array(text).max(MAX_PARAGRAPHS),
  claimCount: offset,
  truncated: z.boolean(),
  textHash: z.string().max(MAX_HASH_LENGTH).optional(),
  revisions: z.array(revisionSchema).max(MAX_REVISION_COUNT).optional(),
  claims: z.array(claimSchema).max(MAX_CLAIMS),
});

/** The header fields an import checks before it reads any element. */
export const exportHeaderSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().int().refine((v) => READABLE_VERSIONS.includes(v)),
  exportedAt: time,
});

/** One validated exported article. */
export type ExportedArticle = z.infer<typeof articleSchema>;
