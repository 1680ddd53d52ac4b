/**
 * Every screen that is not a coverage report: loading, not an article (with the extraction's
 * reason: too little text, a page of links to other articles, …), excluded site or forgotten page
 * (these three with "Save this page anyway"; an excluded page saved before its site was excluded
 * also offers "Forget this page"), too large, unsupported page, no access, error. The
 * screen is not a live region itself: LiveStatus announces its title and explanation.
 */
import type { TabView } from '../../utils/messaging/protocol';

/** Props: the non-ready view and the actions it offers. */
export interface StateViewProps {
  view: Exclude<TabView, { state: 'ready' }>;
  onSaveAnyway(): void;
  onRetry(): void;
  /** Deletes the article an earlier visit saved (an excluded page that is still in the library). */
  onForget?(): void;
}

/** What the excluded-site screen says: the page may be in the library (saved before the site was excluded, or saved anyway). */
function blockedBody(view: Extract<StateViewProps['view'], { state: 'blocked' }>): string {
  const never = `Pages on ${view.host} are not read while the site is excluded`;
  const change = 'You can change the list of excluded sites in the options.';
  if (view.articleId != null) {
    return `${never}. This page is in your library, and other articles can show it as coverage, until you forget it. ${change}`;
  }
  return `${never}, so this visit was not saved. ${change}`;
}

/** Title and explanation of each state (also what LiveStatus announces). */
export function stateCopy(view: StateViewProps['view']): { title: string; body: string } {
  switch (view.state) {
    case 'loading':
      return { title: 'Reading this page…', body: 'Finding its statements and comparing them with your library.' };
    case 'not-article':
      return { title: 'Not a news article', body: 'Corroborate compares news articles. Open an article to see which other outlets reported each statement.' };
    case 'blocked':
      return { title: 'This site is excluded from capture', body: blockedBody(view) };
    case 'forgotten':
      return { title: 'You asked to forget this page', body: 'Corroborate removed it from your library and will not save this address again until the browser closes, unless you ask.' };
    case 'paused':
      return { title: 'Capture is paused', body: 'Corroborate is not saving articles right now.' };
    case 'too-large':
      return { title: 'Article too large to analyse', body: 'This page is bigger than Corroborate reads, so it was left alone.' };
    case 'unsupported':
      return { title: 'Nothing to compare here', body: 'Corroborate works on web pages (http and https) in normal windows, not on browser pages, files or private windows.' };
    case 'no-access':
      return { title: 'Reload to analyse this page', body: view.message };
    case 'error':
      return { title: 'Something went wrong', body: view.message };
  }
}

/** The extraction's reason as a sentence ("Too little article text on this page" → "….") for the not-an-article screen. */
function reasonSentence(message: string): string {
  return /[.!?]$/.test(message) ? message : `${message}.`;
}

/** The state screen. */
export function StateView({ view, onSaveAnyway, onRetry, onForget }: StateViewProps) {
  const { title, body } = stateCopy(view);
  const busy = view.state === 'loading';
  return (
    <section class={`state state-${view.state}`} aria-busy={busy}>
      {busy && <div class="spinner" aria-hidden="true" />}
      <h1 class="state-title" tabIndex={-1}>
        {title}
      </h1>
      <p class="state-body">{body}</p>
      {view.state === 'not-article' && view.message && <p class="state-reason">{`Why: ${reasonSentence(view.message)}`}</p>}
      {(view.state === 'blocked' || view.state === 'forgotten' || view.state === 'not-article') && (
        <button type="button" class="primary" onClick={onSaveAnyway}>
          Save this page anyway
        </button>
      )}
      {view.state === 'blocked' && view.articleId != null && onForget && (
        <button type="button" onClick={onForget}>
          Forget this page
        </button>
      )}
      {(view.state === 'error' || view.state === 'no-access') && (
        <button type="button" onClick={onRetry}>
          Try again
        </button>
      )}
    </section>
  );
}
