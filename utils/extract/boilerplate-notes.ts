/**
 * Boilerplate rules for publisher notes that may stand anywhere in a body:
 * notes about the article itself (syndication, print edition, corrections,
 * updates), affiliate disclosures, "Powered by X" widget credits, gallery
 * counters, photo-viewer labels and wire-photo captions. Like the rules in
 * boilerplate-rules.ts, each one tests a general shape, never exact strings.
 */
import type { LineFeatures } from './boilerplate-rules.ts';

type Rule = (f: LineFeatures) => boolean;

const SELF = String.raw`(?:this|the above) (?:article|story|version|report|post|piece|column|essay|feature|item|interview)`;
const ABOUT_ITSELF = String.raw`(?:(?:was|were|has been|have been|had been|is|will be)\s+)?(?:(?:originally|first|previously|also|last|since|subsequently)\s+)?(?:published|republished|reprinted|syndicated|adapted|appear(?:s|ed)?|ran|updated|corrected|amended|edited|produced|excerpted|translated|corrects|originally|contains? affiliate)`;
/** Label that may open a note: "Editor's note:", "Correction, May 2, 2024:", "Update:". */
const NOTE_LABEL = String.raw`(?:(?:editor'?s'?|editors'?)\s+note|correction|clarification|update|note)\b[^:]{0,40}:\s*`;
const SELF_NOTE = new RegExp(
  String.raw`^(?:${NOTE_LABEL})?(?:an? (?:earlier |previous |shorter |longer |different )?version of )?${SELF}\s+(?:\S+\s+){0,2}?${ABOUT_ITSELF}\b`,
  'i',
);
/** "Originally published on X.", "Read the original article.", "First appeared in X." (short notes only). */
const SYNDICATION = /^(?:originally|first) (?:published|appeared|posted|ran) (?:on|in|at|by)\b|^read the original (?:article|story|post|piece)\b/i;

/** The sentences of a paragraph, split after ., ! or ? before a capital or quote. */
export function sentencesOf(text: string): string[] {
  return text.split(/(?<=[.!?][)"'’”]?)\s+(?=[\p{Lu}"“‘(])/u);
}

/** True when the sentence is a note about the article itself rather than about the news. */
export function isSelfReference(sentence: string): boolean {
  const words = sentence.split(/\s+/).length;
  return (words <= 40 && SELF_NOTE.test(sentence)) || (words <= 15 && SYNDICATION.test(sentence));
}

/** A note about the article: its first sentence refers to the article itself ("This story was updated …"). */
const articleNote: Rule = (f) => f.words <= 80 && isSelfReference(sentencesOf(f.text)[0] ?? '');

/** Affiliate and commission disclosures: "We may earn a commission if you buy through links in this post." */
const affiliateNotice: Rule = (f) =>
  f.words <= 50 &&
  (/\b(?:may|might|could|will|can) (?:earn|receive|get|make) (?:an? |small |some )?(?:affiliate )?(?:commission|compensation|share of (?:the )?(?:sales|revenue))\b/i.test(f.text) ||
    /\b(?:contains?|includes?|uses?) (?:\w+ ){0,2}affiliate (?:and\/or \w+ )?links?\b|\baffiliate (?:links?|partnerships?|programs?)\b.{0,60}\b(?:this|our) (?:post|article|page|site|story)\b/i.test(f.text));

/** Widget credit: "Powered by Example.com". */
const poweredBy: Rule = (f) => f.words <= 8 && !f.sentence && /^(?:[-–—|•·]\s*)?powered by\s+\S/i.test(f.text);

/** Bare gallery counter: "1 / 5", "3 of 12", "Photo 2 of 9". */
const galleryCounter: Rule = (f) => f.words <= 5 && /^(?:(?:photo|image|picture|slide|item)s?\s+)?\d{1,3}\s*(?:\/|of)\s*\d{1,3}$/i.test(f.text);

const MEDIA_NOUN = String.raw`(?:photos?|images?|pictures?|pics?|gallery|galleries|slideshows?|slides?|graphics?)`;
const MEDIA_LABEL = new RegExp(
  String.raw`^(?:(?:view|see|open|show|launch|browse)(?: (?:this|the|all|full|more|\d{1,3}))? ${MEDIA_NOUN}|(?:(?:click|tap) to )?(?:enlarge|expand)(?: (?:this|the))?(?: ${MEDIA_NOUN})?)$`,
  'i',
);

/** Photo-viewer label: "View photo", "Enlarge this image", "View 12 photos". */
export const mediaViewerLabel: Rule = (f) => f.words <= 5 && MEDIA_LABEL.test(f.text.replace(/[\s.:…›»>+]+$/, ''));

/** Wire-photo caption opening "In this photo taken …", "In this undated image …". */
const photoCaption: Rule = (f) =>
  f.words <= 120 && /^in (?:this|these|an?) (?:\w+[,]? ){0,3}(?:photos?|images?|pictures?|photographs?|frame grabs?|video stills?|screen ?(?:shots?|grabs?))\b(?:,)? (?:\w+ ){0,3}(?:taken|dated|made|provided|released|shot|obtained|shows?|showing|posted|supplied|distributed|from)\b/i.test(f.text);

/** Time stamp with a prefix the dateline rule misses: "Harbour Desk (Riverside) First published May 2, 2024: 9:15 AM ET". */
const stampLine: Rule = (f) =>
  f.words <= 16 && f.lowerWordShare <= 0.25 && /\b(?:published|updated|posted|modified)\b:?\s.{0,30}?(?:\d{1,2}:\d{2}|\b\d{4}\b)/i.test(f.text);

/** Rules about notes and media labels, added to FEATURE_RULES. */
export const NOTE_RULES: Rule[] = [articleNote, affiliateNotice, poweredBy, galleryCounter, mediaViewerLabel, photoCaption, stampLine];
