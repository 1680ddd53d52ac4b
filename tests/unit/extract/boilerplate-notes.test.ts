import { describe, expect, it } from 'vitest';
import { isBoilerplate } from '../../../utils/extract/boilerplate.ts';

// Fictional lines in the shapes the claims audit of 2026-12-07 found kept as claims.
describe('isBoilerplate: notes about the article, disclosures, media labels', () => {
  it.each([
    ['syndication note', 'This piece was originally published by the Harbour Review. Read the original article.'],
    ['adapted note', 'This story has been adapted from its original source at the Riverside Post.'],
    ['originally published on', 'Originally published on Harbour Science.'],
    ['correction note', 'Correction, March 4, 2024: This article originally misstated the length of the ferry route. It is 12 km, not 21 km.'],
    ["editor's note", "Editor's note: This story was updated at 6:10 p.m. to include comments from the harbour master."],
    ['version corrects', 'This version corrects the name of the ferry operator.'],
    ['print-edition note', 'A version of this article appears in print on'],
    ['affiliate disclosure', 'We may earn a commission if you buy something through links in this article.'],
    ['affiliate links', 'This post contains affiliate links. See our disclosure policy for details.'],
    ['widget credit', 'Powered by ExampleRates.com'],
    ['gallery counter with slash', '1 / 5'],
    ['gallery counter with of', '2 of 6'],
    ['photo viewer label', 'View photo'],
    ['enlarge label', 'Enlarge this image'],
    ['wire-photo caption', 'In this photo taken Monday, March 4, 2024, a ferry leaves the harbour at dawn for the last time.'],
    ['stamp with a prefix', 'Harbour Desk (Riverside) First published March 4, 2024: 9:15 AM ET'],
  ])('%s', (_name, text) => {
    expect(isBoilerplate(text)).toBe(true);
  });
});

describe('isBoilerplate: prose about stories, commissions and photos survives', () => {
  it.each([
    ['this story as history', 'This story began in 1924, when the first ferry crossed the bay.'],
    ['a report being published', 'The report was published on Monday and found that fares rose 8%.'],
    ['a corrected budget', 'The council said it would publish a corrected version of the budget next week.'],
    ['a commission as news', 'The ferry company earns a commission on every ticket sold by travel agents.'],
    ['powered by as prose', 'Powered by wind, the old ferry crossed in an hour.'],
    ['a score', 'The vote was 9 of 12.'],
    ['photos in prose', 'In this town, old photos of the ferry hang in every pub.'],
    ['a heading about a view', 'View from the bridge'],
    ['a stamp opening prose', 'ORIGINALLY PUBLISHED MARCH 2024: In the weeks before the vote, the ferry operator warned that fares would rise again.'],
    ['an update in prose', 'Officials updated the timetable on March 4, 2024, after complaints from commuters.'],
  ])('%s', (_name, text) => {
    expect(isBoilerplate(text)).toBe(false);
  });
});
