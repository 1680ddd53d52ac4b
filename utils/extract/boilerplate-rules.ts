/**
 * The individual boilerplate rules used by `isBoilerplate`. Each one tests a
 * general shape of page furniture on precomputed line features.
 */
import { NOTE_RULES } from './boilerplate-notes.ts';

/** Shape features of one line of text. */
export interface LineFeatures {
  text: string;
  lower: string;
  words: number;
  chars: number;
  /** Ends with sentence punctuation. */
  sentence: boolean;
  upperShare: number;
  digitShare: number;
  /** Share of tokens starting with a lower-case letter (names and labels have few). */
  lowerWordShare: number;
  secondPerson: boolean;
}

type Rule = (f: LineFeatures) => boolean;

const MEDIA = '(?:photo(?:graph)?|image|picture|pic|video|graphic|illustration|file photo|footage|caption)s?';
const AGENCY = '(?:getty(?: images)?|reuters|ap|afp|epa|pa|shutterstock|alamy|istock(?:photo)?|bloomberg|xinhua|anadolu|sipa|zuma|rex|efe|dpa|ansa)';
const CREDIT_WORDS = new Set(['by', 'and', 'in', 'for', 'from', 'with', 'of', 'the', 'at', 'on', 'additional', 'reporting', 'editing', 'writing', 'written', 'edited', 'compiled', 'produced', 'translated', 'contributed', 'contributing', 'graphics', 'design', 'research', 'photography', 'photos', 'video', 'newsroom', 'desk', 'bureau', 'staff']);

const MEDIA_LABEL = new RegExp(`^[([]?\\s*(?:${MEDIA})(?:\\s+(?:credit|courtesy|copyright|source))?\\s*(?::|by|©|\\||copyright)`, 'i');
const AGENCY_TAIL = new RegExp(`(?:^|[\\s(/|,])${AGENCY}(?:\\s*(?:photo|images|via getty images|/\\s*[\\w ]+))?\\)?\\s*$`, 'i');

/** Credit line: "Reporting by A in B; Editing by C" — only names and credit words, no prose. */
const editorCredit: Rule = (f) => {
  if (f.words > 40) return false;
  if (!/^[([]?\s*(?:additional |writing |editing |reporting |research |compiled |edited |produced |written |translated |contributed |video |graphics |photography )?(?:reporting|writing|editing|edited|compiled|produced|written|translated|contributed|research|photography|graphics)(?: by|:)/i.test(f.text)) return false;
  const lowerTokens = f.text.replace(/[^\p{L}\s'-]/gu, ' ').split(/\s+/).filter((t) => /^\p{Ll}/u.test(t));
  return lowerTokens.every((t) => CREDIT_WORDS.has(t.toLowerCase()));
};

/** Photo/image credit or caption label: "(Photo: Agency)", "Image copyright X", "Credit: X". */
const mediaCredit: Rule = (f) =>
  f.words <= 30 &&
  (MEDIA_LABEL.test(f.text) ||
    /^[([]?\s*(?:image |photo |picture )?(?:credit|copyright|source|courtesy)s?\s*[:©]/i.test(f.text) ||
    AGENCY_TAIL.test(f.text) && !f.sentence && f.words <= 20 ||
    /^[©ⓒ]|[©ⓒ]\s*\d{4}|\bcopyright\s*(?:[©ⓒ]\s*)?(?:@\s*)?\d{4}\b|all rights reserved|subject to copyright/i.test(f.text) && f.words <= 25);

/** Caption ending in a parenthesised credit: "… (AP Photo/Jane Doe)", "… (Image: Agency)". */
const trailingCredit: Rule = (f) =>
  f.words <= 70 &&
  (/\((?:[^()]*\b(?:photos?|image|picture|credit|courtesy|file|handout|illustration)\b[^()]*)\)\s*$/i.test(f.text) ||
    /\((?:\s*[\p{Lu}][\p{L}.&-]*(?:[\s/,-]+[\p{L}.&-]+){0,5}\s*\/\s*[\p{Lu}][\p{L}.&-]*(?:[\s/,-]+[\p{L}.&-]+){0,5})\)\s*$/u.test(f.text));

/** Teaser links to other stories tagged "[VIDEO]", "[PICS]"; bare URLs. */
const teaserOrUrl: Rule = (f) =>
  (f.words <= 25 && /\[[\p{Lu}\s]{3,}\]\s*[|]?\s*$/u.test(f.text)) || /^(?:[\w ]{0,20}:\s*)?https?:\/\/\S+$/i.test(f.text);

/** Reporting credits as a sentence: "Jane Doe contributed reporting from Paris." */
const contributedCredit: Rule = (f) =>
  f.words <= 45 && /\bcontribut(?:ed|ing)(?: (?:additional )?reporting| to this (?:report|story|article))\b/i.test(f.text) && !/[.!?]\s+\p{Lu}.*[.!?]\s+\p{Lu}/u.test(f.text);

/** Social prompts: "Follow us on Twitter", "Like this story? Share it with a friend!" */
const socialPrompt: Rule = (f) =>
  f.words <= 30 &&
  (/(?:^(?:please )?|\b(?:you can|and) |\bus\b.{0,3})(?:follow|like|join|find|connect with|subscribe to)\b[^.]*\b(?:on|at|via) (?:twitter|facebook|instagram|youtube|tiktok|linkedin|telegram|whatsapp|threads|bluesky|x\b)/i.test(f.text) ||
    /\bshare (?:it|this(?: story| article)?) with (?:a|your) friends?\b/i.test(f.text) ||
    /^(?:every (?:day|week|morning)|each (?:day|week)) we send\b/i.test(f.text) ||
    /^get (?:\w+ ){0,3}(?:alerts|updates|newsletters?)\b/i.test(f.text) ||
    /^if you (?:enjoyed|liked|found|value|appreciate)\b.{0,40}\b(?:article|story|post|piece|journalism|reporting)\b/i.test(f.text));

/** Share/view/comment counters and share prompts: "1.2k shares", "Share this article". */
const shareCounter: Rule = (f) =>
  (f.words <= 8 && /^[\d.,]+\s*[km]?\s*(?:shares?|views?|comments?|reads?|likes?|reactions?|replies)\b/i.test(f.text)) ||
  (f.words <= 10 && /^(?:share|tweet|email|print|pin|save)\b(?:\s+(?:this|the|on|via|to|with|article|story|page|post|link))/i.test(f.text) && !f.sentence) ||
  (f.words <= 6 && /\b(?:facebook|twitter|whatsapp|linkedin|reddit|pinterest|email|messenger|telegram|copy link)\b/i.test(f.text) && !f.sentence);

const CTA_VERB = /^(?:sign up|subscribe|follow|join|download|get|like us|watch|listen|click|tap|register|log ?in|sign in|read|see|find out|learn more|discover|explore|try|don't miss|never miss|stay (?:up to date|informed|updated)|want|enter|support|donate|become a (?:member|subscriber))\b/i;
const CTA_TARGET = /\b(?:newsletters?|inbox|e-?mail|app|podcasts?|us on|here|below|above|now|free|today|daily|weekly|subscri\w+|updates|alerts|our|account|membership|digest|briefing)\b/i;

/** Call to action: short imperative line aimed at the reader (newsletter, follow, subscribe). */
const callToAction: Rule = (f) =>
  f.words <= 30 && CTA_VERB.test(f.text) && CTA_TARGET.test(f.text) && (f.secondPerson || f.words <= 14 || /newsletter|subscri|sign up|inbox/i.test(f.text));

/** Newsletter / paywall / account prompts written in second person. */
const readerPrompt: Rule = (f) =>
  (f.words <= 25 || (f.words <= 45 && /newsletter|inbox|unsubscribe/i.test(f.text))) &&
  f.secondPerson &&
  /\b(?:newsletter|inbox|subscri(?:be|ber|ption)|sign(?:ed)? (?:up|in)|log(?:ged)? in|register(?:ed)?|create (?:a|an|your) (?:free )?account|continue reading|privacy policy|terms of (?:use|service)|unsubscribe)\b/i.test(f.text);

/** Cookie banners: talk about cookies and consent/use on "our site". */
const cookieNotice: Rule = (f) =>
  f.words <= 80 && /\bcookies?\b/i.test(f.text) && /\b(?:we use|this (?:web)?site|our (?:web)?site|consent|accept|browsing experience|privacy)\b/i.test(f.text);

const LABEL = /^(?:advertisements?|ads?|sponsored(?: content)?|promoted|story continues(?: below)?(?: advertisement)?|continue reading(?: below| the main story)?|read (?:more|next|also|full (?:story|article))|see also|related(?: (?:articles?|stories|content|coverage|topics|news|links|reading|posts|videos?))?|recommended(?: (?:for you|stories|articles|reading|videos?))?|more (?:on|from|about|stories|news|coverage|in|videos?)\b.*|most (?:read|popular|viewed|shared)|latest(?: (?:news|stories|headlines|videos?|articles))?|top stories|trending(?: now)?|you may (?:also )?like|you might (?:also )?(?:like|be interested in)|also (?:read|see|watch)|watch(?: now| video)?|listen(?: to this article)?|topics?|tags?|filed under|comments?|leave a (?:comment|reply)|post a comment|join the (?:conversation|discussion)|have your say|share(?: this)?|skip (?:to|advert)\b.*|back to top|close|menu|search|order reprints?|reprints?(?: & permissions)?|text size|font size|print(?: this)?|breaking news|loading(?: content)?[\s.…]*|caption|sign (?:in|up)|log ?in|advert|warning|highlights|image \d+ (?:of|\/)\s*\/?\s*\d*|more \w+ \w+ stories|image|photo|video|getty images|editor'?s? (?:note|picks?))\s*[:.…]*$/i;

/** Section labels and widgets: "Advertisement", "Related stories", "Most read", "Comments". */
const furnitureLabel: Rule = (f) => f.words <= 8 && LABEL.test(f.text.replace(/^[\s▶►•·|>»-]+|[\s▶►•·|>»]+$/g, ''));

/** "Filed under: …", "Tags: …", "Topics: …" lines. */
const taxonomyLine: Rule = (f) => f.words <= 20 && /^(?:filed under|tags?|topics?|categories|category|posted in|more about|related(?: \w+){0,4}|see also|(?:read|watch|listen)(?: more| also| next)?|also (?:read|see|watch)|more)\s*:/i.test(f.text);

/** Comment-form prompts and moderation notices. */
const commentPrompt: Rule = (f) =>
  f.words <= 40 &&
  /\b(?:comments? (?:are|have been) (?:closed|disabled|moderated)|(?:leave|post|add|write) (?:a|your) (?:comment|reply)|be the first to comment|to (?:post|leave) (?:a )?comments?|your email address will not be published|required fields are marked|comment policy|community guidelines|moderat\w* (?:all )?comments|view comments|show comments|\d+ comments?)\b/i.test(f.text);

/** Bylines and datelines repeated in the body: "By Jane Doe", "Updated 3 hours ago", "Published: 5 May 2020". */
const bylineOrDateline: Rule = (f) =>
  (f.words <= 12 && /^by\s+\p{Lu}/iu.test(f.text) && f.lowerWordShare <= 0.34 && !/[.!?]\s+\p{Lu}/u.test(f.text)) ||
  (f.words <= 20 && /^(?:published|updated|posted|last (?:updated|modified)|first published|modified|created)\b/i.test(f.text) && (/\d/.test(f.text) || /\bago\b/i.test(f.text))) ||
  (f.words <= 8 && /^\d+\s+(?:min(?:ute)?s?|hours?|days?)\s+(?:ago|read)$/i.test(f.text)) ||
  (f.words <= 10 && f.digitShare > 0.2 && !f.sentence && /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b|\d{1,2}[:/.]\d{2}/i.test(f.text) && f.lowerWordShare <= 0.4);

/** Short unpunctuated all-caps labels ("WATCH", "ADVERTISEMENT", "EXCLUSIVE"). */
const capsLabel: Rule = (f) => f.words <= 3 && !f.sentence && f.upperShare > 0.9 && f.chars >= 3 && !/\d/.test(f.text);

/** Breadcrumb trails: "Home > News > World". */
const breadcrumb: Rule = (f) => f.words <= 14 && !f.sentence && /^(?:[^>›»/|]{1,30}\s*[>›»/|]\s*){2,}[^>›»/|]{1,40}$/.test(f.text);

/** Rules that also apply to sub-headings (all-caps headings are legitimate). */
export const HEADING_RULES: Rule[] = [];

/** All rules in the order they are tried. */
export const FEATURE_RULES: Rule[] = [
  editorCredit, mediaCredit, shareCounter, callToAction, readerPrompt, cookieNotice,
  furnitureLabel, commentPrompt, bylineOrDateline, capsLabel, breadcrumb,
  trailingCredit, teaserOrUrl, contributedCredit, socialPrompt, taxonomyLine, ...NOTE_RULES,
];
HEADING_RULES.push(...FEATURE_RULES.filter((rule) => rule !== capsLabel));
