/**
 * The sidebar's live region for its results (the capture-paused note and an edit notice's title
 * keep small status lines of their own): a visually hidden status line, always present, that screen
 * readers announce politely whenever the view becomes ready or its figures change ("9 of 16
 * statements also reported by 4 other outlets", the no-coverage sentence, then how many outlets
 * told the story in other words, or a state screen's title and explanation). The sentences are the ones the sidebar shows (summary.ts, StateView).
 */
import type { TabView } from '../../utils/messaging/protocol';
import { stateCopy } from './StateView';
import { sameStoryLine, summarise, summaryText } from './summary';

/** What to announce for `view`: '' while loading, so the next answer is a change. */
export function announcement(view: TabView): string {
  if (view.state === 'loading') return '';
  if (view.state === 'ready') {
    const summary = summaryText(summarise(view.article, view.report), view.selection !== undefined);
    const story = sameStoryLine(view.report);
    return story ? `${summary}. ${story}.` : summary;
  }
  const { title, body } = stateCopy(view);
  return `${title}. ${body}`;
}

/** The hidden status line with the announcement of `view`. */
export function LiveStatus({ view }: { view: TabView }) {
  return (
    <p class="sr-only" role="status" aria-live="polite" data-testid="announcement">
      {announcement(view)}
    </p>
  );
}
