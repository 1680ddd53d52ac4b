/**
 * Large news pages generated here (no research data), for timing capture on pages up to 2 MB of
 * HTML: the same short article inside a page padded with inline scripts (the usual bulk of a real
 * page), with a long comment thread, or as one very long article.
 */

const WORDS = ['river', 'council', 'budget', 'vote', 'harbour', 'minister', 'report', 'school', 'station', 'market', 'ferry', 'tunnel'];
const sentence = (i: number) => `The ${WORDS[i % 12]} committee in Orlen said on ${['Monday', 'Tuesday', 'Friday'][i % 3]} that the plan for the ${WORDS[(i + 5) % 12]} would cost ${12 + (i % 40)} million crowns, more than the ${WORDS[(i + 7) % 12]} office expected.`;
const paragraphs = (n: number, from = 0) => Array.from({ length: n }, (_, i) => `<p>${sentence(from + i)} ${sentence(from + i + 1)}</p>`).join('\n');
const chrome = '<header><nav><ul>' + WORDS.map((w) => `<li><a href="/${w}">${w}</a></li>`).join('') + '</ul></nav></header>';

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Orlen council budget | Harbour News</title>
<meta property="og:site_name" content="Harbour News">${head}</head><body>${chrome}<main><article><h1>Orlen council budget</h1>
${body}</article></main><footer><p>Copyright Harbour News</p></footer></body></html>`;
}

/** Pads with inline JSON scripts to about `bytes`. */
function scripts(bytes: number): string {
  const blob = JSON.stringify({ items: Array.from({ length: 200 }, (_, i) => ({ id: i, title: sentence(i), tags: WORDS })) });
  return Array.from({ length: Math.ceil(bytes / blob.length) }, () => `<script type="application/json">${blob}</script>`).join('');
}

/** A comment thread of about `bytes`. */
function comments(bytes: number): string {
  const one = (i: number) => `<li class="comment"><div class="comment-author">reader${i}</div><p>${sentence(i)}</p><a href="#reply">Reply</a></li>`;
  const n = Math.ceil(bytes / one(0).length);
  return `<section class="comments"><h2>Comments</h2><ol>${Array.from({ length: n }, (_, i) => one(i)).join('')}</ol></section>`;
}

/** The generated pages, named `generated/<kind>-<size>`. */
export function generatedPages(): { name: string; html: () => string }[] {
  const out: { name: string; html: () => string }[] = [];
  for (const mb of [0.5, 1, 2]) {
    const bytes = mb * 1024 * 1024;
    out.push({ name: `generated/scripts-${mb}MB`, html: () => page(paragraphs(12), scripts(bytes)) });
    out.push({ name: `generated/comments-${mb}MB`, html: () => page(paragraphs(12) + comments(bytes)) });
    out.push({ name: `generated/long-article-${mb}MB`, html: () => page(paragraphs(Math.ceil(bytes / 330))) });
  }
  return out;
}
