import { describe, expect, it } from 'vitest';
import { judgePair } from '../../../utils/match/score';

describe('judgePair kinds', () => {
  it.each([
    ['The council approved the new budget on Monday.', '“The council approved the new budget on Monday”', 'verbatim'],
    ['The ferry carried 212 passengers when it ran aground near the harbour entrance.', 'The ferry carried 240 passengers when it ran aground near the harbour entrance.', 'near'],
    ['The bridge was closed for six hours because of flooding on the eastern approach road.', 'The bridge was closed for six hours due to flooding on the eastern approach road.', 'near'],
    ['Harlow Textiles will shut its Dunmore plant next spring, cutting 340 jobs, the company said on Thursday.', 'Harlow Textiles will shut its Dunmore plant next spring, cutting 340 jobs.', 'near'],
    // Regression (probe of 2026-12-06): a sentence copied whole with a long clause added scored 0.03.
    ['Okafor, 23, scored 24 goals in 36 league games for Lille last season.', 'Okafor, 23, scored 24 goals in 36 league games for Lille last season, finishing second in the Ligue 1 scoring charts behind Kylian Mbappe.', 'near'],
    ['Harlow Textiles will shut its Dunmore plant next spring, cutting 340 jobs.', 'Harlow Textiles will shut its Dunmore plant next spring, cutting 340 jobs, the company said on Thursday, blaming cheaper imports and rising energy costs.', 'near'],
    ['The company said profits rose.', 'The company said profits rose despite a fall in sales in Europe and Asia.', 'none'],
  ])('%j vs %j → %s', (a, b, kind) => {
    expect(judgePair(a, b).kind).toBe(kind);
  });
});

describe('judgePair matches paraphrases', () => {
  // Known limitation: a lexical model without synonym knowledge cannot link "declined to say how …
  // were gathered" with "the source … was not disclosed". `it.fails` flags the day it starts to pass.
  it.fails('links the reworded minister sentence (known limitation)', () => {
    const j = judgePair('The minister declined to say how the figures were gathered.', 'The source of the figures was not disclosed by the minister.', { sameStory: true });
    expect(j.kind).toBe('paraphrase');
  });
  it.each([
    ['Rescuers pulled four miners alive from the flooded Gorvik shaft late on Sunday.', 'Four miners were rescued alive late on Sunday from the flooded Gorvik shaft.'],
    ['"We will not raise taxes on working families this year," Premier Olga Varenne told reporters.', 'Premier Olga Varenne said: "We will not raise taxes on working families this year."'],
  ])('%j ~ %j', (a, b) => {
    const j = judgePair(a, b, { sameStory: true });
    expect(j.kind).not.toBe('none');
    expect(j.score).toBeGreaterThan(0.3);
  });
});

describe('a paraphrase found only thanks to the shared story is tentative', () => {
  const spillway = [
    'The Hollin Valley Water Authority on Tuesday imposed emergency restrictions on 45,000 households after a section of the Carrow reservoir spillway collapsed overnight.',
    'Emergency water restrictions came into force across Hollin Valley on Tuesday after part of the Carrow spillway gave way.',
  ] as const;
  const museum = ['The Varnholm museum will close for two years while its roof is replaced.', 'Varnholm museum is shutting its doors for two years for a new roof.'] as const;
  it.each([
    ['no story: not a match', spillway, {}, 'none', false],
    ['same story: a possible paraphrase', spillway, { sameStory: true }, 'paraphrase', true],
    ['same story, same place in both articles: a paraphrase', spillway, { sameStory: true, positionGap: 0 }, 'paraphrase', false],
    ['a paraphrase on its wording alone stays certain in a story', museum, { sameStory: true }, 'paraphrase', false],
  ] as const)('%s', (_name, [a, b], ctx, kind, tentative) => {
    const j = judgePair(a, b, ctx);
    expect(j.kind).toBe(kind);
    expect(j.tentative === true).toBe(tentative);
  });
});

describe('judgePair rejects', () => {
  it.each([
    ['Officials said on Tuesday.', 'Police said on Tuesday.'],
    ['The spokesman declined to comment.', 'A spokeswoman declined to comment on Friday.'],
    ['Heavy rain flooded parts of Brantwick, forcing 300 residents from their homes.', 'Brantwick council said it would spend £2m on new flood barriers next year.'],
    ['The central bank kept interest rates unchanged at 4.5 percent.', 'The striker scored twice as Rovers beat United 3-1 at home.'],
    // only generic words shared, although "inquiry" and "investigation" are near-synonyms
    ['Police said the investigation was continuing.', 'Police said the inquiry into the warehouse fire was continuing.'],
    ['Officials said the talks were continuing.', 'Officials said the negotiations over the port were continuing.'],
  ])('%j vs %j', (a, b) => {
    const j = judgePair(a, b);
    expect(j.kind).toBe('none');
    expect(j.score).toBeLessThan(0.5);
  });

  // Regression (probe of 2026-12-06): a negation or an opposite outcome in otherwise the same words
  // was linked as a 'near' copy ("showed" / "did not show", "upheld" / "overturned").
  it.each([
    ['negation of the shared words', 'The company confirmed it will close the Ashford factory.', 'The company has not confirmed it will close the Ashford factory.', 'none'],
    ['"did not show"', 'The judges found that the evidence showed he had concealed the money.', 'The judges found that the evidence did not show he had concealed the money.', 'none'],
    ['"will not continue"', 'Emergency medical transfers will continue by helicopter, the health board said.', 'Emergency medical transfers will not continue by helicopter, the health board said.', 'none'],
    ['upheld / overturned', 'The appeals court upheld the fraud conviction of the former governor on Tuesday.', 'The appeals court overturned the fraud conviction of the former governor on Tuesday.', 'none'],
    ['arrested / released', 'Police said the suspect was arrested on Monday evening in Dunmore.', 'Police said the suspect was released on Monday evening in Dunmore.', 'none'],
    ['a negation only in an added clause', 'Two grenades were thrown at soldiers of the armoured regiment in Falluja, wounding seven.', 'Two grenades were thrown at soldiers of the armoured regiment in Falluja, wounding seven, none seriously.', 'near'],
    ['a contraction typed without its apostrophe', "Some developers will join the company, but details haven't been finalized, Nash said.", 'Some developers will join the company, but details havent been finalized, Nash said.', 'near'],
    // Second review of 2026-12-06: a negation in an inserted clause is more detail, not a denial;
    // a negation right before the shared words is one.
    ['a negation in an inserted relative clause', 'The man, who was not named, was charged with murder in Leeds Crown Court on Tuesday.', 'The man was charged with murder in Leeds Crown Court on Tuesday.', 'near'],
    ['a negation in an inserted concession', 'Flights at Heathrow were suspended for two hours, though no injuries were reported, after a fire near the main runway.', 'Flights at Heathrow were suspended for two hours after a fire near the main runway.', 'near'],
    ['a negation before the shared words', 'No charges were filed against the driver of the lorry, police said.', 'Charges were filed against the driver of the lorry, police said.', 'none'],
    // Third review of 2026-12-06: a negation at the edge of a longer inserted phrase still negates.
    ['"never, under any circumstances,"', 'The minister said the government would raise fuel taxes next year to cover the deficit.', 'The minister said the government would never, under any circumstances, raise fuel taxes next year to cover the deficit.', 'none'],
    ['"was, so far as they could tell, not linked"', "Health officials said the outbreak was linked to the city's water supply.", "Health officials said the outbreak was, so far as they could tell, not linked to the city's water supply.", 'none'],
    // Fourth review of 2026-12-06: a negation opening a phrase set off by commas describes, not denies.
    ['"not yet named by police" set off by commas', 'A man, not yet named by police, was arrested in Leeds on Tuesday over the stabbing.', 'A man was arrested in Leeds on Tuesday over the stabbing.', 'near'],
    ['"never fully observed" set off by commas', 'The ceasefire, never fully observed by either side, collapsed on Sunday after heavy shelling around the port city of Mariupol, officials said.', 'The ceasefire collapsed on Sunday after heavy shelling around the port city of Mariupol, officials said.', 'near'],
    ['"neither of which exploded" is a clause of its own', 'Two grenades, neither of which exploded, were thrown at the patrol in the town centre on Monday.', 'Two grenades were thrown at the patrol in the town centre on Monday.', 'near'],
    // Probe of 2026-12-06, night: a quotation cut short before its negated half is the same
    // quotation (it was refused for the one-sided "not"); a negation of the quoted words is not.
    ['a quotation cut before its negated half', '"The river is our biggest worry tonight, and it will not drop until Friday," county sheriff Dana Pruitt told reporters.', '"The river is our biggest worry tonight," said county sheriff Dana Pruitt.', 'paraphrase'],
    ['six quoted words of a stock phrase and a one-sided negation', '"The president of the United States just signed a treaty with Norland, and they gave nothing in return," the senator said.', 'The President of the United States will visit Norland on the 13th of July, the ambassador said.', 'none'],
    ['a negation of the quoted words', '"We will not close the Harwick plant this year," chief executive Mara Lind said.', '"We will close the Harwick plant this year," chief executive Mara Lind said.', 'none'],
    // Probe of 2026-12-06, night: outcomes that exclude each other were near copies with no mark.
    ['killed / injured', 'At least nine people were killed when the ferry capsized off Port Anwen, the coastguard said.', 'At least nine people were injured when the ferry capsized off Port Anwen, the coastguard said.', 'none'],
    ['cut / create jobs', 'Veltrix Motors will cut 450 jobs at its gearbox plant in Haldon, the company said.', 'Veltrix Motors will create 450 jobs at its gearbox plant in Haldon, the company said.', 'none'],
    ['found guilty / acquitted', 'A jury at Carnford Crown Court found the builder guilty of manslaughter on Friday.', 'A jury at Carnford Crown Court acquitted the builder of manslaughter on Friday.', 'none'],
    ['won / lost', 'Westbrook Rovers won their home match against Alder Town on Saturday afternoon.', 'Westbrook Rovers lost their home match against Alder Town on Saturday afternoon.', 'none'],
    // Review of 2026-12-06, night: words that only look like the other outcome.
    ['"fatally wounded" is killed', 'A police officer was killed in a shootout with armed robbers in Carnford on Monday night.', 'A police officer was fatally wounded in a shootout with armed robbers in Carnford on Monday night.', 'near'],
    ['"no fewer than" is at least', 'More than 30 people were killed when the ferry capsized off Port Anwen on Sunday.', 'No fewer than 30 people were killed when the ferry capsized off Port Anwen on Sunday.', 'near'],
    ['backed / rejected', 'Residents of Mellow Vale backed the plan for a new bypass in a referendum on Sunday.', 'Residents of Mellow Vale rejected the plan for a new bypass in a referendum on Sunday.', 'none'],
    ['signed / rejected', 'The goalkeeper signed a three-year contract extension with Dunmore City on Thursday.', 'The goalkeeper rejected a three-year contract extension with Dunmore City on Thursday.', 'none'],
    ['more / less effective', 'The new drug was more effective than the standard treatment in the trial, the researchers said.', 'The new drug was less effective than the standard treatment in the trial, the researchers said.', 'none'],
    ['"found guilty" restated as "convicted"', 'A jury found the builder guilty of manslaughter on Friday at Carnford Crown Court.', 'The builder was convicted of manslaughter on Friday at Carnford Crown Court.', 'near'],
    ['"no longer" against its paraphrase', 'The birds flew towards the sun because they no longer had any sense of time.', 'The birds flew towards the sun because they had lost any sense of time.', 'near'],
  ] as const)('%s → %s', (_name, a, b, kind) => {
    expect(judgePair(a, b).kind).toBe(kind);
    expect(judgePair(b, a).kind).toBe(kind);
  });

  // Regression (probe of 2026-12-06): two events told in the same template (two earthquakes, two
  // rate decisions) were linked as near copies across stories.
  const quake = ['The death toll may rise as rescue teams reach remote areas, Quispe said.', 'The death toll may rise as rescue teams reach remote areas, Aydin said.'] as const;
  const rates = ["Norway's central bank raised its key rate to 4.75% on Thursday.", "Sweden's central bank raised its key rate to 4.75% on Thursday."] as const;
  const toll = ['The magnitude 6.8 earthquake killed at least 112 people in southern Peru, officials said.', 'The magnitude 6.8 earthquake killed at least 148 people in southern Peru, officials said.'] as const;
  const oman = ["Oman's central bank raised its key interest rate by 25 basis points on Thursday, citing inflation.", "Yemen's central bank raised its key interest rate by 25 basis points on Thursday, citing inflation."] as const;
  const niger = ['Floods in western Niger have killed at least 40 people this week, officials said on Monday.', 'Floods in western Nigeria have killed at least 40 people this week, officials said on Monday.'] as const;
  const norway = ["Norway's central bank raised its key rate to 4.75% on Thursday.", 'The Norwegian central bank raised its key rate to 4.75% on Thursday.'] as const;
  const quake2 = ['A magnitude 6.2 earthquake struck off the coast on Tuesday, killing at least 14 people, officials said.', 'A magnitude 5.4 earthquake struck off the coast on Tuesday, killing at least 3 people, officials said.'] as const;
  const stock = ['The White House did not immediately respond to a request for comment.', 'The White House did not immediately respond to a request for comment on the report, which was first published by the Wall Street Journal on Sunday.'] as const;
  const austria = ["Austria's central bank raised its key rate to 4.75% on Thursday.", "Australia's central bank raised its key rate to 4.75% on Thursday."] as const;
  const kyiv = ['Air raid sirens sounded across Kyiv for three hours overnight, the city administration said.', 'Air raid sirens sounded across Kiev for three hours overnight, the city administration said.'] as const;
  const claims = ['Initial jobless claims rose to 230,000 last week, the Labor Department said.', 'Initial jobless claims rose to 215,000 last week, the Labor Department said.'] as const;
  // Regression (probe of 2026-12-06, night): rows of a results table ("In Dunmere, Taggart …
  // 8,790 votes" / "In Ardmore, Kell … 14,210 votes") were linked inside a story with "Number
  // differs"; a quotation shared by two events' speakers linked them.
  const rows = ['In Westerby, Ruth Coyle of the Greens won the seat with 6,402 votes.', 'In Bramhall, Peter Innes of the Greens won the seat with 11,980 votes.'] as const;
  const sources = ['Near Kirkuk, where he and Hussein grew up, about 90 miles north of Baghdad, troops seized the general, officials said.', 'Near Kirkuk, where he and Saddam grew up, about 150 kilometres north of Baghdad, troops seized the general, officials said.'] as const;
  const sharedQuote = ['"We did not ask for this dispute, but the board has given us no choice," union leader Tom Ekberg said.', '"We did not ask for this dispute, but the board has given us no choice," union secretary Rita Vance said.'] as const;
  it.each([
    ['another speaker, other events', quake, { otherStory: true }, 'none'],
    ['another speaker, the same story', quake, { sameStory: true }, 'near'],
    ['another country, other events', rates, { otherStory: true }, 'none'],
    ['the only number changed, outside the stories (an updated figure)', claims, { otherStory: true }, 'near'],
    ['one figure updated, the others kept, outside the stories (an updated toll)', toll, { otherStory: true }, 'near'],
    // Third review of 2026-12-06: names that only sound alike are other places; all figures changed is another event.
    ['another country with the same consonants, outside the stories', oman, { otherStory: true }, 'none'],
    ['a country and its adjective, outside the stories', norway, { otherStory: true }, 'near'],
    ['"Niger" / "Nigeria", outside the stories', niger, { otherStory: true }, 'none'],
    ['every number changed, outside the stories', quake2, { otherStory: true }, 'none'],
    ['a stock line found inside a longer one', stock, { otherStory: true }, 'none'],
    // Regression (2026-12-06, night): "Austria" / "Australia" counted as one name, and "Kyiv" / "Kiev" as two.
    ['"Austria" / "Australia", outside the stories', austria, { otherStory: true }, 'none'],
    ['"Kyiv" / "Kiev" (one city transliterated), outside the stories', kyiv, { otherStory: true }, 'near'],
    ['another number, the same story (an updated figure)', claims, { sameStory: true }, 'near'],
    ['another number, no context', claims, {}, 'near'],
    // Probe of 2026-12-06, night: rows of a results table, and a quotation from two events' speakers.
    ['two names swapped and no figure shared, in a story (rows of a results table)', rows, { sameStory: true }, 'none'],
    ['one name and the figures told otherwise, in a story (the same report)', sources, { sameStory: true }, 'near'],
    ['a quotation with another speaker, in a story (attribution differs)', sharedQuote, { sameStory: true }, 'paraphrase'],
    ['a quotation with another speaker, other events', sharedQuote, { otherStory: true }, 'none'],
  ] as const)('%s → %s', (_name, [a, b], ctx, kind) => {
    expect(judgePair(a, b, ctx).kind).toBe(kind);
    expect(judgePair(b, a, ctx).kind).toBe(kind);
  });

  it('scores in [0, 1] and is symmetric in kind', () => {
    const a = 'Rescuers pulled four miners alive from the flooded shaft near Gorvik late on Sunday.';
    const b = 'Four miners were rescued alive from a flooded shaft near Gorvik on Sunday night.';
    const ab = judgePair(a, b), ba = judgePair(b, a);
    expect(ab.kind).toBe(ba.kind);
    expect(ab.score).toBeGreaterThanOrEqual(0);
    expect(ab.score).toBeLessThanOrEqual(1);
  });

  it('treats a shared quotation of six or more words as the same statement', () => {
    const j = judgePair('"This is the worst storm our town has seen in fifty years," the mayor said.', 'The mayor of Kelby described it as "the worst storm our town has seen in fifty years".');
    expect(j.kind).not.toBe('none');
  });

  it('returns none for empty input', () => {
    expect(judgePair('', 'Something happened.').kind).toBe('none');
  });
});
