/**
 * The first experience: no other outlet in the library has reported any of these
 * statements yet (with `sameStory`, some covered the story in their own words, listed by SameStory). Explains what Corroborate will do, and offers a search phrase (the story's
 * most distinctive words, utils/report/search-phrase.ts) the reader can copy to find other
 * coverage themselves. Nothing is fetched. Not a live region itself: the sidebar's one status line
 * (LiveStatus) announces the no-coverage sentence.
 */
import { useState } from 'preact/hooks';

/** Props: the phrase to offer, a copy action, and whether same-story articles are listed (SameStory). */
export interface NoCoverageProps {
  phrase: string;
  onCopy(text: string): Promise<boolean>;
  sameStory?: boolean;
}

/** The empty-library message. */
export function NoCoverage({ phrase, onCopy, sameStory = false }: NoCoverageProps) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const query = phrase.trim();
  return (
    <section class="no-coverage">
      {sameStory ? (
        <h2>No statement here is repeated in the coverage you have read yet</h2>
      ) : (
        <h2>No other coverage in your library yet: read more outlets' versions of this story</h2>
      )}
      <p>
        Corroborate remembers the news articles you read, on this device only. Once you have read another outlet's
        version {sameStory ? 'that repeats or rewords these statements' : 'of this story'}, every statement here shows
        who else reported it and how their wording differs.
      </p>
      {query && (
        <div class="phrase">
          <label for="search-phrase">Search phrase to find other coverage</label>
          <div class="phrase-row">
            <input id="search-phrase" readOnly value={query} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
            <button type="button" onClick={() => void onCopy(query).then(setCopied)}>
              Copy
            </button>
          </div>
          <p class="muted" aria-live="polite">
            {copied === true ? 'Copied.' : copied === false ? 'Select the text and copy it.' : 'Nothing is searched for you.'}
          </p>
        </div>
      )}
    </section>
  );
}
