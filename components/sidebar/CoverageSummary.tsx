/**
 * The at-a-glance answer: "12 of 19 statements also reported by 3 other outlets" (and how
 * many of those only possibly, by a tentative paraphrase), outlets versus independent
 * wordings (syndicated copies counted apart), who published first, and one chip per outlet
 * with its count. When nothing matched, one plain sentence says so instead of "0 … by 0 other outlets".
 */
import type { ArticleInfo } from '../../utils/messaging/protocol';
import type { CoverageReport } from '../../utils/library/types';
import { plural, shortDateTime } from '../common/format';
import { OutletChip } from './OutletChip';
import { summarise, summaryParts, summaryText } from './summary';

/** Props of the summary. */
export interface CoverageSummaryProps {
  article: ArticleInfo;
  report: CoverageReport;
  selection?: boolean;
}

/** The summary block. */
export function CoverageSummary({ article, report, selection = false }: CoverageSummaryProps) {
  const f = summarise(article, report);
  const parts = summaryParts(f, selection);
  const pct = f.total ? Math.round((100 * f.corroborated) / f.total) : 0;
  return (
    <section class="summary" aria-label="Coverage summary">
      {f.corroborated === 0 ? (
        <p class="summary-head summary-none" data-testid="summary">
          {summaryText(f, selection)}
        </p>
      ) : (
        <p class="summary-head" data-testid="summary">
          <strong>{parts.figures}</strong> {parts.rest}
          {parts.possibly && (
            <span class="summary-possible" title="Only a reworded statement of the same story matches them: compare the wording">
              {` ${parts.possibly}`}
            </span>
          )}
        </p>
      )}
      <div class="meter" role="img" aria-label={`${pct}% of statements corroborated`}>
        <span style={{ width: `${pct}%` }} />
      </div>
      {f.otherOutlets > 0 && (
        <p class="summary-detail">
          {plural(f.outlets, 'outlet')} in total, {plural(f.independentWordings, 'independent wording')}
          {f.syndicatedCopies > 0 && ` (${plural(f.syndicatedCopies, 'syndicated copy', 'syndicated copies')})`}
        </p>
      )}
      {f.first && (
        <p class="summary-detail">
          First published by <strong>{f.first.name}</strong>
          {f.first.isThis ? ' (this page)' : ''}
          {shortDateTime(f.first.ms) ? `, ${shortDateTime(f.first.ms)}` : ''}
        </p>
      )}
      {f.chips.length > 0 && (
        <div class="chips" role="list" aria-label="Outlets and shared statements">
          {f.chips.map((o) => (
            <OutletChip key={o.outletId} name={o.name} count={o.claimCount} syndicated={o.syndicated} listItem />
          ))}
        </div>
      )}
    </section>
  );
}
