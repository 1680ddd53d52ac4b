/**
 * The first experience: no other outlet in the library has reported any of these
 * statements yet. Explains what Corroborate will do, and offers a statement as a
 * search phrase the reader can copy to find other coverage themselves. Nothing is fetched.
 */
import { useState } from 'preact/hooks';

/** Props: a phrase to offer (the first or chosen statement) and a copy action. */
export interface NoCoverageProps {
  phrase: string;
  onCopy(text: string): Promise<boolean>;
}

/** Shortens a statement to a search phrase of at most `max` words. */
export function searchPhrase(text: string, max = 12): string {
  const words = text.replace(/["“”‘’]/g, '').replace(/\s+/g, ' ').trim().split(' ');
  return words.slice(0, max).join(' ');
}

/** The empty-library message. */
export function NoCoverage({ phrase, onCopy }: NoCoverageProps) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const query = searchPhrase(phrase);
  return (
    <section class="no-coverage" role="status">
      <h2>No other coverage in your library yet: read more outlets' versions of this story</h2>
      <p>
        Corroborate remembers the news articles you read, on this device only. Once you have read another outlet's
        version of this story, every statement here shows who else reported it and how their wording differs.
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
