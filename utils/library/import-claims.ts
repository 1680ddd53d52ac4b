/**
 * The claims of an imported article, checked against the article's own text. A file may say
 * anything about its statements, so the import trusts none of it that it can check: a claim is
 * kept only when its text is the article text at its offsets (`paragraphs[paragraph].slice(start,
 * end)`), or is found in that paragraph (its offsets are then corrected to the nearest place);
 * any other claim, or one with no letter or digit, is left out and counted for the reader. A second
 * claim over the same span is a repeat and is kept once. Kept claims are put in article order and
 * numbered from 0 (ids kept unless two share one), and `claimCount` is the number kept. Captured
 * claims always pass unchanged (a capture cuts every claim from its paragraphs), so an export
 * imports again as it was; a claim an earlier import stored in its own wording (claim-rows.ts
 * keeps such text) is left out of a new library, and the import says so.
 */
import type { ExportedArticle } from './export-format';

/** One exported claim. */
type FileClaim = ExportedArticle['claims'][number];

/** An imported article with only the claims found in its text; `dropped` counts those not found (a repeat is not counted). */
export interface CheckedClaims {
  article: ExportedArticle;
  dropped: number;
}

/** `a` with its claims checked against its paragraphs (see the module comment). */
export function claimsInText(a: ExportedArticle): CheckedClaims {
  const spans = new Set<string>();
  const kept: FileClaim[] = [];
  let dropped = 0;
  for (const c of a.claims) {
    const found = placed(a.paragraphs, c);
    if (!found) {
      dropped++;
      continue;
    }
    const span = `${found.paragraph}:${found.start}:${found.end}`;
    if (spans.has(span)) continue;
    spans.add(span);
    kept.push(found);
  }
  kept.sort((x, y) => x.paragraph - y.paragraph || x.start - y.start || x.end - y.end);
  const uniqueIds = new Set(kept.map((c) => c.cid)).size === kept.length;
  const claims = kept.map((c, i) => ({ ...c, index: i, cid: uniqueIds ? c.cid : `c${i}` }));
  return { article: { ...a, claims, claimCount: claims.length }, dropped };
}

/** `c` where its paragraph holds its text: as given, or moved to the nearest occurrence; null when absent. */
function placed(paragraphs: readonly string[], c: FileClaim): FileClaim | null {
  const para = paragraphs[c.paragraph];
  if (para === undefined || !/[\p{L}\p{N}]/u.test(c.text)) return null;
  if (para.slice(c.start, c.end) === c.text) return c;
  let best = -1;
  for (let at = para.indexOf(c.text); at >= 0; at = para.indexOf(c.text, at + 1)) {
    if (best < 0 || Math.abs(at - c.start) < Math.abs(best - c.start)) best = at;
    if (at >= c.start) break; // later ones lie farther away
  }
  return best < 0 ? null : { ...c, start: best, end: best + c.text.length };
}
