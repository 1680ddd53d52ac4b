/**
 * The extension's message protocol: one map per direction, a doc comment per call.
 * Pure types only. Every request/response handler returns a serialisable `Result<T>`
 * because `Error` objects do not survive structured cloning between contexts.
 * Instantiated in extension/messaging.ts with @webext-core/messaging.
 */
import type { ExtractedArticle, ExtractFailure } from '../extract/types';
import type { PreviousCapture } from '../extract/continuation';
import type { Claim, TextQuoteSelector } from '../claims/types';
import type { CoverageReport } from '../library/types';

/** Machine-readable error codes carried by a failed `Result`. */
export type ErrorCode =
  | 'no-content-script'
  | 'unsupported-page'
  | 'not-found'
  | 'storage'
  | 'quota'
  | 'bad-request'
  | 'internal';

/** A serialisable error. */
export interface ResultError {
  code: ErrorCode;
  message: string;
}

/** Outcome of every handler: a value or a serialisable error, never a thrown `Error`. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ResultError };

/** What the capture policy says about one page (mirrors utils/capture's `decideCapture`). */
export type CaptureDecision = 'capture' | 'skip-blocked' | 'skip-forgotten' | 'skip-mode' | 'skip-paused' | 'skip-unsupported';

/** Why a capture was requested: automatic page load, the sidebar opening, or an explicit "save anyway". */
export type CaptureTrigger = 'auto' | 'sidebar' | 'manual';

/**
 * The page as the content script hands it over: its serialised DOM, or why it is not read (too
 * large). Extraction runs in the extension (an offscreen document in Chrome, the background page
 * in Firefox), never on the page's main thread.
 */
export type PageSnapshot = { ok: true; html: string } | { ok: false; reason: ExtractFailure; message: string };

/** A page's extraction: article + claims, or why there is none. */
export type Extraction =
  | { ok: true; article: ExtractedArticle; claims: Claim[]; ms: number }
  | { ok: false; reason: ExtractFailure; message: string };

/** A silent edit as the sidebar shows it: first-read wording against the current wording. */
export interface RevisionInfo {
  /** When the reader first saw the earlier wording (ms since epoch). */
  firstSeen: number;
  /** When the latest change was captured (ms since epoch). */
  changedAt: number;
  /** Changed claims: the first-read text and the current text (`after` null: removed; `before` null: added). */
  changes: { before: string | null; after: string | null }[];
}

/** The article shown in the sidebar header. */
export interface ArticleInfo {
  articleId: number | null;
  title: string;
  outlet: string;
  domain: string | null;
  url: string | null;
  byline: string | null;
  publishedTime: string | null;
  /** True once the article is stored in the library. */
  saved: boolean;
  claimCount: number;
  /** BCP 47 tag of the article's language (`<html lang>`), when known: its text is marked with it for screen readers. */
  lang?: string | null;
  /** Present when the article changed since the reader first read it (a silent edit). */
  revision?: RevisionInfo | null;
}

/** Everything the sidebar shows for one tab; `state` picks the screen. */
export type TabView =
  | { state: 'loading' }
  | { state: 'unsupported'; url: string | null }
  | { state: 'no-access'; message: string }
  /**
   * The site is excluded, so the page is not read. `articleId`: its article when an earlier visit
   * (before the site was excluded) saved it; it stays in the library until deleted.
   */
  | { state: 'blocked'; host: string; articleId?: number | null }
  /** The reader asked to forget this page this session; it is not saved again unless they ask. */
  | { state: 'forgotten' }
  | { state: 'paused' }
  | { state: 'not-article'; message: string }
  | { state: 'too-large'; message: string }
  | { state: 'error'; message: string }
  | {
      state: 'ready';
      url: string;
      article: ArticleInfo;
      report: CoverageReport;
      /** Timings in ms: extraction in the page, save + match in the background. */
      timings: { extractMs: number; matchMs: number };
      /** Present when the view shows matches for a text selection ("Find other coverage"). */
      selection?: string;
    };

/** Messages the content script sends to the background. */
export interface ContentToBackground {
  /** Asked before reading anything: may this page be captured automatically? */
  shouldCapture(data: { url: string }): Result<{ decision: CaptureDecision }>;
  /** The page (one message with its serialised DOM); the background extracts, stores and matches it. */
  pageRead(data: { url: string; page: PageSnapshot }): Result<{ corroborated: number }>;
}

/** Messages the side panel (or its pop-out tab) sends to the background. */
export interface PanelToBackground {
  /** The view for a tab; captures the page first when needed (opening the sidebar captures). */
  getTabView(data: { tabId: number }): Result<TabView>;
  /** Capture a page even though its site is excluded ("Save this page anyway"). */
  saveAnyway(data: { tabId: number }): Result<TabView>;
  /** Scroll the page to claim `claimIndex` and highlight it. */
  highlightClaim(data: { tabId: number; claimIndex: number }): Result<boolean>;
  /** Underline (or stop underlining) the corroborated claims in the page; returns how many were marked. */
  markCorroborated(data: { tabId: number; on: boolean }): Result<number>;
  /** Remove this tab's article from the library ("forget this page"); returns the updated view. */
  forgetPage(data: { tabId: number }): Result<TabView>;
  /** Leave the selection results and show the article's coverage again. */
  clearSelection(data: { tabId: number }): Result<TabView>;
}

/** Messages the background sends to a tab's content script. */
export interface BackgroundToContent {
  /** Read the page now (the background has already decided the page may be read). */
  readPageNow(): Result<PageSnapshot>;
  /** Scroll to and highlight one claim; false when its text is no longer in the page. */
  highlightClaim(data: { selector: TextQuoteSelector }): Result<boolean>;
  /** Underline these claims (empty list clears); returns how many were found. */
  markClaims(data: { selectors: TextQuoteSelector[] }): Result<number>;
}

/** Messages the background sends to its offscreen document (Chrome: a service worker has no DOM parser). */
export interface BackgroundToOffscreen {
  /** Extract a page's serialised DOM; `previous` is its tab's previous capture (see utils/extract/continuation.ts). */
  extractHtml(data: { url: string; html: string; previous: PreviousCapture | null; acceptAnyBody?: boolean }): Result<{ extraction: Extraction; previous: PreviousCapture | null }>;
}

/** Broadcasts from the background to open side panels. */
export interface BackgroundToPanel {
  /** The view of `tabId` changed (capture finished, navigation, selection lookup). */
  tabViewChanged(data: { tabId: number }): void;
}
