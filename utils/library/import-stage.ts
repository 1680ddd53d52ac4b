/**
 * Phase 1 of an import: read the file as a stream, check the header and every outlet and article
 * with zod, keep only the claims its article's text holds (import-claims.ts), and write the checked
 * articles in batches to the staging database. The library is not touched. The first problem stops the reading with an {@link ImportRefusal} that says in plain
 * words what is wrong and where, the technical path (`articles.41.claims.0.start`) after it
 * (import-messages.ts). A file cut short after its format marker is reported as incomplete. The
 * header (`format`, `version`) must come before the elements, as every export writes it, so a
 * foreign or newer file is refused at once.
 */
import type { z } from 'zod';
import { articleSchema, EXPORT_FORMAT, EXPORT_VERSION, exportHeaderSchema, outletSchema, READABLE_VERSIONS } from './export-format';
import { claimsInText } from './import-claims';
import { damaged, elementRefusal, FOREIGN, ImportRefusal, INCOMPLETE, noteLeftOut, type LeftOutStatements } from './import-messages';
import { TopLevelShape } from './import-shape';
import type { ImportStaging, StagedArticle } from './import-staging';
import { exportElements, NotJsonError, type ExportElement, type ImportSource } from './import-stream';
import type { StoredOutlet } from './types';

export { ImportRefusal } from './import-messages';

/**
 * What phase 1 found: the file's outlets (held in memory; they are few), its article count, and
 * the statements left out because their article's text does not hold them (import-claims.ts).
 */
export interface StagedFile {
  outlets: StoredOutlet[];
  articles: number;
  leftOut?: LeftOutStatements;
}

/** Checks `source` and stages its articles in batches of `batchSize`; throws {@link ImportRefusal}. */
export async function stageFile(
  source: ImportSource, staging: ImportStaging, batchSize: number, onChecked: (articles: number) => void = () => {},
): Promise<StagedFile> {
  const shape = new TopLevelShape();
  const header: Record<string, unknown> = {};
  const outlets: StoredOutlet[] = [];
  const outletIds = new Set<string>();
  const unknownOutlets = new Map<string, number>();
  let batch: StagedArticle[] = [];
  let count = 0;
  let leftOut: LeftOutStatements | undefined;
  const flush = async () => {
    if (batch.length === 0) return;
    await staging.articles.bulkAdd(batch);
    batch = [];
    onChecked(count);
  };
  try {
    for await (const elements of exportElements(source, shape)) {
      if (shape.root !== undefined && shape.root !== 'object') throw new ImportRefusal(FOREIGN);
      for (const e of elements) {
        if (e.kind === 'header') {
          header[e.field] = e.value;
          checkHeader(header, false);
          continue;
        }
        checkHeader(header, true);
        if (!e.inArray) throw damaged(`its ${e.kind}s are not stored as a list`, `"${e.kind}s" is not a list`);
        if (e.kind === 'outlet') {
          const o = check(outletSchema, e);
          outlets.push(o);
          outletIds.add(o.id);
          continue;
        }
        const { article, dropped } = claimsInText(check(articleSchema, e));
        if (!outletIds.has(article.outletId) && !unknownOutlets.has(article.outletId)) unknownOutlets.set(article.outletId, e.index);
        if (dropped > 0) leftOut = noteLeftOut(leftOut, article.title, dropped);
        batch.push({ index: e.index, article, ...(dropped > 0 ? { dropped } : {}) });
        count++;
        if (batch.length >= batchSize) await flush();
      }
    }
  } catch (err) {
    if (err instanceof NotJsonError) {
      // A file that began as an export (its format marker was read) and stops is a cut-off export.
      if (err.truncated && header.format === EXPORT_FORMAT) throw new ImportRefusal(INCOMPLETE);
      throw new ImportRefusal(`This is not a Corroborate library file (it is not valid JSON${err.truncated ? ': it ends too early, so it may be cut short' : ''}).`);
    }
    throw err;
  }
  checkWhole(shape, header);
  for (const [id, index] of unknownOutlets) {
    if (!outletIds.has(id)) throw damaged(`article ${index + 1} belongs to an outlet the file does not list`, `unknown outlet "${id}" at articles.${index}.outletId`);
  }
  await flush();
  onChecked(count);
  return { outlets, articles: count, ...(leftOut ? { leftOut } : {}) };
}

/** The header so far; `complete` when an element arrives (format and version must be known by then). */
function checkHeader(header: Record<string, unknown>, complete: boolean): void {
  if (!('format' in header)) {
    if (complete) throw new ImportRefusal(FOREIGN);
    return;
  }
  if (header.format !== EXPORT_FORMAT) throw new ImportRefusal(FOREIGN);
  if (!('version' in header)) {
    if (complete) throw damaged('its format version is missing', 'the format version is missing before the data at version');
    return;
  }
  const v = header.version;
  if (typeof v === 'number' && v > EXPORT_VERSION) {
    throw new ImportRefusal(`This file was written by a newer version of Corroborate (format version ${v}). Update the extension to import it.`);
  }
  if (typeof v !== 'number' || !READABLE_VERSIONS.includes(v)) {
    throw damaged(`its format version (${JSON.stringify(v)}) is not one Corroborate knows`, `unsupported format version ${JSON.stringify(v)} at version`);
  }
}

/** Checks made once the whole file was read. */
function checkWhole(shape: TopLevelShape, header: Record<string, unknown>): void {
  if (shape.root === undefined) throw new ImportRefusal('This is not a Corroborate library file (the file is empty).');
  if (shape.root !== 'object') throw new ImportRefusal(FOREIGN);
  checkHeader(header, true);
  if (shape.repeated) throw damaged(`the field "${shape.repeated}" appears twice`);
  const result = exportHeaderSchema.safeParse(header);
  if (!result.success) {
    const { message, path } = result.error.issues[0];
    const what = path.join('.') === 'exportedAt' ? 'its export date is' : 'a value of its header is';
    throw damaged(`${what} missing or invalid`, `${message} at ${path.join('.')}`);
  }
  for (const field of ['outlets', 'articles']) {
    if (shape.fields.get(field) !== 'array') throw damaged(`the list of ${field} is missing`);
  }
}

/** The element checked by `schema`, else the refusal for its first issue. */
function check<T>(schema: z.ZodType<T>, e: Extract<ExportElement, { kind: 'outlet' | 'article' }>): T {
  const result = schema.safeParse(e.value);
  if (result.success) return result.data;
  throw elementRefusal(e.kind, e.index, e.value, result.error.issues[0]);
}
