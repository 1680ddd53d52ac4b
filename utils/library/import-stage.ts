/**
 * Phase 1 of an import: read the file as a stream, check the header and every outlet and article
 * with zod, and write the checked articles in batches to the staging database. The library is not
 * touched. The first problem stops the reading with an {@link ImportRefusal} that says what is
 * wrong and where (`articles.41.claims.0.start`). The header (`format`, `version`) must come
 * before the elements, as every export writes it, so a foreign or newer file is refused at once.
 */
import type { z } from 'zod';
import { articleSchema, EXPORT_FORMAT, EXPORT_VERSION, exportHeaderSchema, outletSchema } from './export-format';
import { TopLevelShape } from './import-shape';
import type { ImportStaging, StagedArticle } from './import-staging';
import { exportElements, NotJsonError, type ExportElement, type ImportSource } from './import-stream';
import type { StoredOutlet } from './types';

/** A file the import will not take; `message` is meant for the reader. */
export class ImportRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ImportRefusal';
  }
}

/** What phase 1 found: the file's outlets (held in memory; they are few) and its article count. */
export interface StagedFile {
  outlets: StoredOutlet[];
  articles: number;
}

const FOREIGN = 'This is not a Corroborate library file.';

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
        if (!e.inArray) throw damaged(`"${e.kind}s" is not a list`, e.kind === 'outlet' ? 'outlets' : 'articles');
        if (e.kind === 'outlet') {
          const o = check(outletSchema, e, 'outlets');
          outlets.push(o);
          outletIds.add(o.id);
          continue;
        }
        const article = check(articleSchema, e, 'articles');
        if (!outletIds.has(article.outletId) && !unknownOutlets.has(article.outletId)) unknownOutlets.set(article.outletId, e.index);
        batch.push({ index: e.index, article });
        count++;
        if (batch.length >= batchSize) await flush();
      }
    }
  } catch (err) {
    if (err instanceof NotJsonError) {
      throw new ImportRefusal(`This is not a Corroborate library file (it is not valid JSON${err.truncated ? ': it ends too early, so it may be cut short' : ''}).`);
    }
    throw err;
  }
  checkWhole(shape, header);
  for (const [id, index] of unknownOutlets) {
    if (!outletIds.has(id)) throw damaged(`unknown outlet "${id}"`, `articles.${index}.outletId`);
  }
  await flush();
  onChecked(count);
  return { outlets, articles: count };
}

/** The header so far; `complete` when an element arrives (format and version must be known by then). */
function checkHeader(header: Record<string, unknown>, complete: boolean): void {
  if (!('format' in header)) {
    if (complete) throw new ImportRefusal(FOREIGN);
    return;
  }
  if (header.format !== EXPORT_FORMAT) throw new ImportRefusal(FOREIGN);
  if (!('version' in header)) {
    if (complete) throw damaged('the format version is missing before the data', 'version');
    return;
  }
  const v = header.version;
  if (typeof v === 'number' && v > EXPORT_VERSION) {
    throw new ImportRefusal(`This file was written by a newer version of Corroborate (format version ${v}). Update the extension to import it.`);
  }
  if (v !== EXPORT_VERSION) throw damaged(`unsupported format version ${JSON.stringify(v)}`, 'version');
}

/** Checks made once the whole file was read. */
function checkWhole(shape: TopLevelShape, header: Record<string, unknown>): void {
  if (shape.root === undefined) throw new ImportRefusal('This is not a Corroborate library file (the file is empty).');
  if (shape.root !== 'object') throw new ImportRefusal(FOREIGN);
  checkHeader(header, true);
  if (shape.repeated) throw damaged(`the field "${shape.repeated}" appears twice`, shape.repeated);
  const result = exportHeaderSchema.safeParse(header);
  if (!result.success) throw damaged(result.error.issues[0].message, result.error.issues[0].path.join('.'));
  for (const field of ['outlets', 'articles']) {
    if (shape.fields.get(field) !== 'array') throw damaged(`the list of ${field} is missing`, field);
  }
}

function check<T>(schema: z.ZodType<T>, e: Extract<ExportElement, { kind: 'outlet' | 'article' }>, field: string): T {
  const result = schema.safeParse(e.value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw damaged(issue.message, [field, e.index, ...issue.path].join('.'));
}

function damaged(message: string, where: string): ImportRefusal {
  return new ImportRefusal(`The library file is damaged: ${message} at ${where || 'the top level'}. Nothing was imported.`);
}
