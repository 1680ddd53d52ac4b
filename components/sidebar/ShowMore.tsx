/**
 * The foot of a long claim list: how many cards are shown of how many match, and a button that
 * appends the next page (see use-claim-pages.ts).
 */
import { showMoreLabel } from './use-claim-pages';

/** Props: cards rendered, cards the filter keeps, and the action that appends a page. */
export interface ShowMoreProps {
  shown: number;
  total: number;
  onMore(): void;
}

/** The status line and button; nothing once every card is shown. */
export function ShowMore({ shown, total, onMore }: ShowMoreProps) {
  if (shown >= total) return null;
  return (
    <div class="show-more">
      <p class="muted show-more-status">
        Showing {shown} of {total} statements
      </p>
      <button type="button" class="show-more-button" onClick={onMore}>
        {showMoreLabel(total - shown)}
      </button>
    </div>
  );
}
