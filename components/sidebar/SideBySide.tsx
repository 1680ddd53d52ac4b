/**
 * Side-by-side comparison of one claim: this outlet's sentence next to each other
 * outlet's sentence, with the word diff on both sides, change labels, and a link to
 * the other article that opens scrolled to the sentence (text fragment). The diffs are
 * computed here, when the reader opens the comparison, not while matching.
 */
import { wordDiff } from '../../utils/diff/index';
import type { CoverageOther } from '../../utils/library/types';
import { textFragmentUrl } from '../common/links';
import { DiffLabels } from './DiffLabels';
import { DiffText } from './DiffText';
import { OutletChip } from './OutletChip';

/** Props: this article's outlet name (and language, BCP 47), the claim's text and the other outlets' matches. */
export interface SideBySideProps {
  thisOutlet: string;
  claimText: string;
  lang?: string | null;
  others: CoverageOther[];
}

/** One comparison per other outlet. */
export function SideBySide({ thisOutlet, claimText, lang, others }: SideBySideProps) {
  return (
    <div class="sbs-list">
      {[...others].sort((a, b) => b.score - a.score).map((o) => {
        const href = textFragmentUrl(o.url, o.text);
        const diff = wordDiff(claimText, o.text);
        const same = diff.every((d) => d.op === 'equal' || d.trivial);
        return (
          <div class="sbs" role="group" key={`${o.articleId}:${o.claimId}`} aria-label={`${thisOutlet} compared with ${o.outlet}`}>
            <header class="sbs-head">
              <OutletChip name={o.outlet} kind={o.kind} tentative={o.tentative} syndicated={o.syndicated} />
              {href && (
                <a class="sbs-link" href={href} target="_blank" rel="noopener noreferrer" title={o.title}>
                  Open article<span aria-hidden="true"> ↗</span>
                </a>
              )}
            </header>
            <div class="sbs-cols">
              <figure class="sbs-col sbs-this">
                <figcaption>{thisOutlet} (this page)</figcaption>
                <p lang={lang ?? undefined}>
                  <DiffText ops={diff} side="a" only="only on this page" />
                </p>
              </figure>
              <figure class="sbs-col sbs-other">
                <figcaption>{o.outlet}</figcaption>
                <p lang={o.lang ?? undefined}>
                  <DiffText ops={diff} side="b" only={`only in ${o.outlet}`} />
                </p>
              </figure>
            </div>
            {same ? <p class="sbs-same">Same wording</p> : <DiffLabels ops={diff} />}
          </div>
        );
      })}
    </div>
  );
}
