/**
 * The built-in fallback corpus, for machines without the research data (a fresh clone, CI
 * without ../shared). Each seed event is a short local-news story written by a tiny grammar
 * (sentence patterns filled with invented names and places, and word lists written for this
 * project), so that different events share little wording. Each event is then retold by
 * synthetic outlets (see synthetic.ts). Everything here is generated: `source: 'seed'`.
 */
import { mulberry32, pick, shuffled, seedOf, type Rng } from './prng';
import type { BenchArticle } from './types';

const NOUNS = [
  'bridge', 'school', 'hospital', 'harbour', 'railway', 'museum', 'factory', 'library', 'reservoir', 'tunnel', 'market',
  'stadium', 'airport', 'ferry', 'orchard', 'brewery', 'observatory', 'shipyard', 'quarry', 'vineyard', 'lighthouse',
  'theatre', 'tramway', 'dam', 'bakery', 'clinic', 'warehouse', 'canal', 'sawmill', 'greenhouse',
];
const ADJECTIVES = ['old', 'new', 'northern', 'flooded', 'historic', 'disused', 'crowded', 'private', 'municipal', 'coastal', 'rural', 'busy'];
const ACTS = [
  'approved', 'rejected', 'postponed', 'expanded', 'closed', 'reopened', 'funded', 'inspected', 'sold', 'renamed', 'audited',
  'insured', 'redesigned', 'evacuated', 'surveyed', 'leased',
];
const CAUSES = [
  'a burst water main', 'a dispute over wages', 'cracks in the foundations', 'a shortage of staff', 'a collapse in visitor numbers',
  'a fire in the roof', 'a legal challenge from neighbours', 'rising energy bills', 'a landslide on the access road', 'a failed safety check',
];
const GROUPS = ['residents', 'traders', 'teachers', 'nurses', 'farmers', 'fishermen', 'commuters', 'students', 'pensioners', 'volunteers'];
const FEELINGS = ['relieved', 'angry', 'surprised', 'worried', 'delighted', 'sceptical', 'disappointed', 'hopeful'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const SYLLABLES = ['ka', 'lo', 'ver', 'mi', 'tan', 'do', 'rel', 'sa', 'bri', 'nu', 'hol', 'pe', 'zar', 'gi', 'mon', 'tu', 'wex', 'fa', 'qui', 'bo'];

/** Sentence patterns: `{P}` person, `{C}` place, `{O}` organisation, `{N}` number, `{D}` day, others from the lists. */
export const SEED_PATTERNS: readonly string[] = [
  '{O} {ACT} the {ADJ} {NOUN} in {C} on {D}, a spokesperson for {O} said.',
  'The {NOUN} had been under pressure since {CAUSE} in {N}.',
  '"We had no choice after {CAUSE}," said {P}, who runs the {NOUN}.',
  'About {N} {GROUP} gathered outside the {NOUN} on {D} evening.',
  '{P} said {GROUP} in {C} were {FEEL} by the decision.',
  'Repairs are expected to cost {N} million and to take {N} weeks, according to {O}.',
  'The {ADJ} {NOUN} employs {N} people and opened in {N}.',
  '{GROUP} from {C} have collected {N} signatures against the plan.',
  'A second {NOUN}, near {C}, was {ACT} last year after {CAUSE}.',
  '{P}, a local councillor, called for an inquiry into {CAUSE}.',
  'Officials in {C} said a final decision would be taken on {D}.',
];

/** An invented capitalised word of 2-3 syllables. */
export function inventedName(rng: Rng): string {
  const n = 2 + pick(rng, 2);
  let w = '';
  for (let i = 0; i < n; i++) w += SYLLABLES[pick(rng, SYLLABLES.length)];
  return w[0].toUpperCase() + w.slice(1);
}

/** Event `n` of the seed corpus: eight generated sentences, told by "Seed Wire". */
export function seedEvent(n: number): BenchArticle {
  const rng = mulberry32(seedOf(`seed-event-${n}`));
  const one = <T>(xs: readonly T[]) => xs[pick(rng, xs.length)];
  const fixed: Record<string, string> = {
    P: `${inventedName(rng)} ${inventedName(rng)}`, C: inventedName(rng), O: `the ${inventedName(rng)} ${one(['Trust', 'Council', 'Authority', 'Company'])}`,
    NOUN: one(NOUNS), ADJ: one(ADJECTIVES), ACT: one(ACTS), CAUSE: one(CAUSES), D: one(DAYS),
  };
  const fill = (s: string) =>
    s.replace(/\{([A-Z]+)\}/g, (_m, k: string) => {
      if (k === 'N') return String(2 + pick(rng, 997));
      if (k === 'GROUP') return one(GROUPS);
      if (k === 'FEEL') return one(FEELINGS);
      return fixed[k] ?? k;
    });
  const sentences = shuffled(SEED_PATTERNS, rng).slice(0, 8).map(fill).map((s) => s[0].toUpperCase() + s.slice(1));
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 2) paragraphs.push(sentences.slice(i, i + 2).join(' '));
  const id = `seed/${n}`;
  return {
    id, source: 'seed', event: id, outlet: { name: 'Seed Wire', domain: 'seed-wire.test' },
    url: `https://seed-wire.test/story-${n}`, title: `${fixed.NOUN[0].toUpperCase()}${fixed.NOUN.slice(1)} in ${fixed.C} ${fixed.ACT}`,
    paragraphs, publishedTime: null,
  };
}
