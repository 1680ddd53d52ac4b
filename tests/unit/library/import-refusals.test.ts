import { describe, expect, it } from 'vitest';
import { exportToString, importLibrary } from '../../../utils/library/import-export';
import { dump, seeded, stagingExists } from './import-helpers';

const HEAD = '{"format":"corroborate-library","version":1,"exportedAt":0';
const OUTLET = '{"id":"x.example","name":"X","domains":["x.example"],"wire":false,"groups":[],"firstSeen":1,"lastSeen":1}';
const article = (over: Record<string, unknown> = {}) => JSON.stringify({
  key: 'x.example|t:1', outletId: 'x.example', url: null, canonicalUrl: null, title: 't', byline: null, publishedTime: null, lang: null,
  firstSeen: 1, lastSeen: 1, paragraphs: ['p'], claimCount: 0, truncated: false, claims: [], ...over,
});
const file = (articles: string[], outlets = [OUTLET]) => `${HEAD},"outlets":[${outlets.join(',')}],"articles":[${articles.join(',')}]}`;

describe('import refuses bad files and changes nothing', () => {
  it.each<[string, string | Uint8Array | null, RegExp]>([
    ['an empty file', '', /is empty/],
    ['a file of blanks', ' \n\t ', /is empty/],
    ['a binary file (PNG header)', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /not valid JSON/],
    ['invalid UTF-8 inside a string', new Uint8Array([...new TextEncoder().encode('{"format":"corroborate-'), 0xff, 0xfe, 0x22, 0x7d]), /not valid JSON/],
    ['not JSON at all', 'format = corroborate-library', /not valid JSON/],
    // Regression (bug 4): a cut-off export was reported as "not a Corroborate library file".
    ['a truncated export', null, /^This Corroborate library file is incomplete \(it ends early\); nothing was imported\.$/],
    ['an export cut inside its header', '{"format":"corroborate-library","vers', /incomplete \(it ends early\)/],
    ['a foreign file cut short', '{"name": "some-package", "vers', /not a Corroborate library file \(it is not valid JSON: it ends too early/],
    ['trailing garbage after the export', `${file([])}garbage`, /not valid JSON/],
    ['a JSON array', '[1, 2, 3]', /not a Corroborate library/],
    ['a JSON string', '"corroborate-library"', /not a Corroborate library/],
    ['a foreign JSON object', '{"name": "some-package", "version": "1.0.0"}', /not a Corroborate library/],
    ['another format name', '{"format":"other-library","version":1,"outlets":[],"articles":[]}', /not a Corroborate library/],
    ['data before the format field', `{"articles":[${article()}],"format":"corroborate-library"}`, /not a Corroborate library/],
    ['a newer format version', '{"format":"corroborate-library","version":9,"exportedAt":0,"outlets":[],"articles":[]}', /newer version.*version 9/],
    ['an unknown older version', '{"format":"corroborate-library","version":0,"exportedAt":0,"outlets":[],"articles":[]}', /unsupported format version 0 at version/],
    ['no exportedAt', '{"format":"corroborate-library","version":1,"outlets":[],"articles":[]}', /damaged: .* at exportedAt/],
    ['no articles list', `${HEAD},"outlets":[]}`, /list of articles is missing/],
    ['articles as an object', `${HEAD},"outlets":[${OUTLET}],"articles":{"a":${article()}}}`, /"articles" is not a list/],
    ['outlets as a number', `${HEAD},"outlets":5,"articles":[]}`, /list of outlets is missing/],
    ['a repeated articles field', `${HEAD},"outlets":[],"articles":[],"articles":[]}`, /"articles" appears twice/],
    ['an outlet without a name', file([], ['{"id":"x.example"}']), /outlet 1 is missing part of its data \(name\)\. .* at outlets\.0\.name/],
    ['an article of an unknown outlet', file([article(), article({ key: 'y|t:2', outletId: 'y.example' })]), /unknown outlet "y\.example" at articles\.1\.outletId/],
    ['a bad claim in the third article', file([article(), article({ key: 'k2' }), article({ key: 'k3', claims: [{ cid: 'c', index: 0, paragraph: 0, start: -4, end: 1, text: 'p', prefix: '', suffix: '', quote: false }] })]),
      /damaged: .* at articles\.2\.claims\.0\.start/],
    ['a claim ending before it starts', file([article({ claims: [{ cid: 'c', index: 0, paragraph: 0, start: 5, end: 1, text: 'p', prefix: '', suffix: '', quote: false }] })]),
      /claim start is after its end at articles\.0\.claims\.0/],
  ])('%s', async (_name, content, message) => {
    const db = await seeded();
    const before = await dump(db);
    const text = await exportToString(db);
    const result = await importLibrary(db, content ?? text.slice(0, Math.floor(text.length * 0.6)), { batchSize: 1 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error).toMatch(message);
    expect(await dump(db)).toEqual(before);
    expect(await stagingExists(db)).toBe(false);
  });

  it('stops reading at the first invalid article instead of reading the whole file', async () => {
    const db = await seeded();
    let chunks = 0;
    async function* source() {
      yield `${HEAD},"outlets":[${OUTLET}],"articles":[${article({ title: 5 })}`;
      for (;;) {
        chunks++;
        yield `,${article()}`;
        if (chunks > 1000) throw new Error('read too far');
      }
    }
    const result = await importLibrary(db, source());
    expect(result).toEqual({ ok: false, error: expect.stringMatching(/at articles\.0\.title/) });
    expect(chunks).toBeLessThanOrEqual(1);
  });
});

// Second review of 2026-12-06: revisions may now list an added statement (`before: null`), which
// the previous version refused as "damaged"; such exports say version 2, which that version
// reports as "written by a newer version", and version 1 files still import.
describe('export format versions', () => {
  it('writes version 2 and reads versions 1 and 2', async () => {
    const written = JSON.parse(await exportToString(await seeded()));
    expect(written.version).toBe(2);
    for (const version of [1, 2]) {
      const db = await seeded();
      const text = JSON.stringify({ ...written, version });
      await expect(importLibrary(db, text)).resolves.toBeDefined();
    }
  });
});
