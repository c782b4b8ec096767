// Extractors on their own, in plain Node.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { sentences } from '../../../src/engine/extract/sentences.ts';
import { stripDateline, summarise } from '../../../src/engine/extract/summary.ts';
import { extractSpeakers } from '../../../src/engine/extract/speakers.ts';
import { cleanByline, extractMetadata, siteWords } from '../../../src/engine/extract/metadata.ts';
import { findPeople } from '../../../src/engine/extract/people.ts';
import { extractAll } from '../../../src/engine/extract/index.ts';
import { runEngine } from '../../../src/engine/engine.ts';
import { textToBlocks } from '../../../src/adapters/text/index.ts';
import { inAnyLanguage } from '../any-language.ts';

const SEED = readFileSync('tests/fixtures/pages/kerry-iraq-independent.txt', 'utf8').split('\n').slice(4, 47)
  .map((l) => l.replace(/\s+/g, ' ').trim()).filter((l) => l !== '');

describe('sentences', () => {
  it('does not break after abbreviations', () => {
    expect(sentences('Mr. Smith went to Washington on Jan. 5. He met U.S. officials. Then he left.'))
      .toEqual(['Mr. Smith went to Washington on Jan. 5.', 'He met U.S. officials.', 'Then he left.']);
  });
});

describe('summary', () => {
  it('strips datelines', () => {
    expect(stripDateline('WASHINGTON (AP) — The Senate voted.')).toBe('The Senate voted.');
    expect(stripDateline('NEW YORK (Reuters) - Oil prices fell.')).toBe('Oil prices fell.');
    expect(stripDateline('(Reuters) — The New York State Attorney General')).toBe('The New York State Attorney General');
  });

  it('prefers a real description, else lead sentences that add new information', () => {
    expect(summarise(['First.'], 'A publisher description that is a whole sentence long.')).toEqual(['A publisher description that is a whole sentence long.']);
    const lead = summarise(SEED, null);
    expect(lead[0]).toMatch(/^US Secretary of State John Kerry said Sunday/);
    expect(lead.length).toBeGreaterThanOrEqual(1);
    expect(lead.length).toBeLessThanOrEqual(3);
  });

  it('counts words and sentence ends of unspaced scripts, so Chinese leads and descriptions are used (readability youth page)', () => {
    const lead = ['图为马素湘在澳大利亚悉尼游玩时的近影。', '在采访中，我们了解到不少学子在出国前就每年守在电脑前观看两会直播。'];
    expect(summarise(lead, null)).toEqual(lead);
    expect(summarise(lead, '海外留学生看两会：出国前后关注点大不同，学子对两会的关注点发生了很大的变化。')).toHaveLength(1);
  });

  it('leaves out lines without a full stop: decks and pull quotes are not lead sentences (readability medium-3 page)', () => {
    expect(summarise(['How to get shanked doing what people say they want', 'The first real sentence of the story says what happened.'], null))
      .toEqual(['The first real sentence of the story says what happened.']);
  });
});

describe('speakers on the seed', () => {
  const speakers = extractSpeakers(SEED);

  it('finds exactly one speaker, John Kerry, US Secretary of State, with all 8 quotes in order', () => {
    expect(speakers.map((s) => [s.name, s.role])).toEqual([['John Kerry', 'US Secretary of State']]);
    const quotes = speakers[0]?.quotes ?? [];
    expect(quotes).toHaveLength(8);
    expect(quotes[0]).toMatch(/^this is a fight that belongs to the Iraqis/);
    expect(quotes).toContain('very serious, very intensive conversations');
    expect(quotes.some((q) => q.startsWith('These are the most dangerous players'))).toBe(true);
    expect(quotes[7]).toMatch(/^Now could they contribute from the sidelines/);
  });

  it('knows the people only mentioned, with their roles, and does not make them speakers', () => {
    const people = findPeople(SEED);
    expect(people.find((p) => p.name === 'Nouri al-Maliki')?.role).toBe('Iraqi Prime Minister');
    expect(people.find((p) => p.name === 'Benjamin Netanyahu')?.role).toBe('Israeli Prime Minister');
    for (const name of ['al-Maliki', 'Abbas', 'Netanyahu', 'Abdullah', 'Judeh', 'Assad']) {
      expect(speakers.some((s) => s.name.includes(name))).toBe(false);
    }
  });

  it('knows a full name given with its organisation as a person, and a pronoun after her surname as hers (naeb dev dd1764f0)', () => {
    const paragraphs = [
      '“We will publish the repair manuals for every product,” says Viktor Sundberg, vice president at Electrolux.',
      'For Dorothea Kessler of iFixit Europe, the vote is only a start. The Green Deal of December 2019 named the right to repair.',
      'To Kessler, it is a movement about mindsets. “Our philosophy is that something does not belong to you if you cannot open it,” she says.',
    ];
    expect(findPeople(paragraphs).map((p) => p.name)).toEqual(['Viktor Sundberg', 'Dorothea Kessler']);
    expect(extractSpeakers(paragraphs).find((s) => s.quotes.some((q) => q.startsWith('Our philosophy')))?.name).toBe('Dorothea Kessler');
  });

  it('attributes "said X", "according to" and curly quotes', () => {
    const found = extractSpeakers([
      'Mayor Jane Doe opened the bridge on Monday.',
      '“It is a great day for the town and for everyone who lives here,” said Doe.',
      'The bridge cost less than planned. “We came in under budget by a wide margin,” according to Doe.',
    ]);
    expect(found).toEqual([{ name: 'Jane Doe', role: 'Mayor', quotes: ['It is a great day for the town and for everyone who lives here', 'We came in under budget by a wide margin'] }]);
  });
});

describe('metadata cascade', () => {
  it('prefers JSON-LD (also inside @graph), then meta, then the text, then the title', () => {
    const meta = { meta: { 'og:title': 'OG title', author: 'Meta Author' }, jsonLd: [{ '@graph': [{ '@type': 'NewsArticle', headline: 'LD headline', datePublished: '2020-01-02', author: { name: 'LD Author' } }] }], bylines: [], timeDatetime: null };
    expect(extractMetadata({ meta, headlineBlock: 'Block headline', bylineBlock: 'By Block Author', title: 'Title - Site' })).toMatchObject({ headline: 'LD headline', byline: 'LD Author', published: '2020-01-02' });
    const none = { meta: {}, jsonLd: [], bylines: [], timeDatetime: null };
    expect(extractMetadata({ meta: none, headlineBlock: null, bylineBlock: 'By Jane Roe | 12 March 2024 18:40', title: 'Flood barrier approved - Local - The Courier' })).toMatchObject({
      headline: 'Flood barrier approved', byline: 'Jane Roe', published: '2024-03-12' }); // no declared date: the byline's
  });

  it('reads hostile JSON-LD nested thousands deep without overflowing the stack, and still finds the article at the top', () => {
    let deep: unknown = { '@type': 'NewsArticle', headline: 'Too deep to read' };
    let authors: unknown = { name: 'Nobody' };
    for (let i = 0; i < 100_000; i++) { deep = i % 2 === 0 ? [deep] : { '@graph': deep }; authors = [authors]; }
    const meta = { meta: {}, jsonLd: [{ '@type': 'NewsArticle', datePublished: '2023-12-22', author: authors }, deep], bylines: [], timeDatetime: null };
    const found = extractMetadata({ meta, headlineBlock: null, bylineBlock: null, title: 'Title' });
    expect(found.published).toBe('2023-12-22');
    expect(found.byline).toBeNull();
  });

  it('takes each JSON-LD field from the first article object that has it, a WebPage wrapper last (readability spiceworks page)', () => {
    const meta = { meta: {}, jsonLd: [[{ '@type': 'WebPage', name: 'Page' }, { '@type': 'BlogPosting', headline: 'Video rules', datePublished: '2020-07-10T14:15:42+00:00' }]], bylines: [], timeDatetime: null };
    expect(extractMetadata({ meta, headlineBlock: 'Video rules', bylineBlock: null, title: 'Video rules' }).published).toBe('2020-07-10T14:15:42+00:00');
  });

  it('cuts the site name from twitter:title as from og:title when the <title> ends with it (naeb novuslight pages)', () => {
    const meta = { meta: { 'twitter:title': 'Carl Zeiss Meditec AG to Acquire Dutch Ophthalmic Research Center - Novus Light Today' }, jsonLd: [], bylines: [], timeDatetime: null };
    expect(extractMetadata({ meta, headlineBlock: null, bylineBlock: null, title: 'Carl Zeiss Meditec AG to Acquire Dutch Ophthalmic Research Center - Novus Light Today' }).headline)
      .toBe('Carl Zeiss Meditec AG to Acquire Dutch Ophthalmic Research Center');
  });

  it('names a person before an organisation the JSON-LD gives as author, and the organisation when no person is named', () => {
    const bet = { meta: { 'og:site_name': 'BET' }, jsonLd: [{ '@type': 'NewsArticle', author: { '@type': 'Organization', name: 'BET' } }], bylines: [{ text: 'By Rashad Grove', block: 3 }], timeDatetime: null };
    expect(extractMetadata({ meta: bet, headlineBlock: null, bylineBlock: null, title: 'Story' }).byline).toBe('Rashad Grove');
    expect(extractMetadata({ meta: { ...bet, bylines: [] }, title: 'Story' }).byline).toBe('BET');
  });

  it('finds a byline among the short lines after the headline by its shape (naeb pages)', () => {
    const none = { meta: {}, jsonLd: [], bylines: [], timeDatetime: null };
    const byline = (dateline: string[]): string | null => extractMetadata({ meta: none, headlineBlock: null, bylineBlock: null, title: 'Story', span: null, dateline }).byline;
    expect(byline(['Kaitlin Serio', 'Dec 21, 2023', '4 Comments'])).toBe('Kaitlin Serio');
    expect(byline(['Photos and Story By David Colman'])).toBe('David Colman');
    expect(byline(['posted on 2023-12-19 23:30 EST by Rafael Antonio Pineda'])).toBe('Rafael Antonio Pineda');
    expect(byline(['Tyrese GriffinOct 17, 20235757 Shares97579 Views'])).toBe('Tyrese Griffin');
    expect(byline(['Local News', 'Share this story'])).toBeNull(); // a name-like line without the date under it
    expect(byline(['Stand by Me Again'])).toBeNull(); // "by" inside a title, not a credit
  });

  it('takes the page\'s <h1> as shown when no headline block was found and a declared title agrees (naeb mashable page)', () => {
    const meta = { meta: { 'og:title': '11 of the best dating sites for men: Find a fling or a hookup' }, jsonLd: [{ '@type': 'Article', headline: 'Best dating sites for men in Dec. 2023' }], bylines: [], timeDatetime: null };
    const title = 'Best dating sites for men in Dec. 2023 | Mashable';
    expect(extractMetadata({ meta, headlineBlock: null, bylineBlock: null, title, span: null, dateline: [], pageH1: '11 of the best dating sites for men: Find a fling or a hookup' }).headline)
      .toBe('11 of the best dating sites for men: Find a fling or a hookup');
    expect(extractMetadata({ meta, headlineBlock: null, bylineBlock: null, title, span: null, dateline: [], pageH1: 'Mashable' }).headline).toBe('Best dating sites for men in Dec. 2023'); // a logo <h1>
  });

  it('passes over a JSON-LD headline the page does not echo anywhere (readability wikipedia-4 page)', () => {
    const meta = { meta: { 'og:title': 'List of films featuring time loops - Wikipedia' }, jsonLd: [{ '@type': 'Article', headline: 'Wikimedia list article' }], bylines: [], timeDatetime: null };
    expect(extractMetadata({ meta, headlineBlock: 'List of films featuring time loops', bylineBlock: null, title: 'List of films featuring time loops - Wikipedia' }).headline)
      .toBe('List of films featuring time loops');
  });
});

describe('metadata cascade, continued', () => {
  const bare = { meta: {}, jsonLd: [], bylines: [], timeDatetime: null };

  it('prefers Dublin Core title and creator over og:title and meta author (readability 004-metadata page)', () => {
    const meta = { ...bare, meta: { 'dc.title': 'Preferred title', 'og:title': 'A title', 'dc.creator': 'Creator Name', author: 'FAIL' } };
    expect(extractMetadata({ meta, headlineBlock: null, bylineBlock: null, title: 'Title Element' })).toMatchObject({ headline: 'Preferred title', byline: 'Creator Name' });
  });

  it('takes the author element inside the article before a sidebar\'s (readability yahoo-2 page)', () => {
    const meta = { ...bare, bylines: [{ text: 'Katie Couric New Yorkers post their feelings', block: 3 }, { text: 'NATALIYA VASILYEVA', block: 41 }] };
    expect(extractMetadata({ meta, headlineBlock: 'Headline', bylineBlock: null, title: 'Headline', span: { from: 40, to: 60 } }).byline).toBe('NATALIYA VASILYEVA');
    expect(extractMetadata({ meta, headlineBlock: 'Headline', bylineBlock: null, title: 'Headline' }).byline).toBe('Katie Couric New Yorkers post their feelings');
  });
});

describe('the headline the page shows', () => {
  const none = { meta: {}, jsonLd: [], bylines: [], timeDatetime: null };
  it('takes the header block over declared titles when it is the same story worded for readers (naeb pages, made-up titles)', () => {
    const og = { ...none, meta: { 'og:title': 'Singer Makes Surprise Appearance at Film Event in Brazil' } };
    expect(extractMetadata({ meta: og, headlineBlock: 'Singer sparkles as she makes surprise appearance at film event in Brazil', bylineBlock: null }).headline)
      .toBe('Singer sparkles as she makes surprise appearance at film event in Brazil');
    const cut = { ...none, meta: { 'og:title': 'Little boy, seven, killed while playing football with his friends in...' } };
    expect(extractMetadata({ meta: cut, headlineBlock: 'Little boy, seven, killed while playing football with his friends in a hit-and-run', bylineBlock: null }).headline)
      .toBe('Little boy, seven, killed while playing football with his friends in a hit-and-run');
  });

  it('takes no headline block that is only a date (a blog post with its day over the title)', () => {
    expect(extractMetadata({ meta: none, headlineBlock: 'August 13, 2018', bylineBlock: null, title: 'About bugs – Harbor Games' }).headline).toBe('About bugs');
    expect(extractMetadata({ meta: none, headlineBlock: 'March 15 is the deadline for tax returns', bylineBlock: null }).headline).toBe('March 15 is the deadline for tax returns');
  });

  it('keeps the declared title when the block shares little with it (a date, a label, another story)', () => {
    const og = { ...none, meta: { 'og:title': 'Autumn colours at the mountain campsite' } };
    expect(extractMetadata({ meta: og, headlineBlock: 'Dec 28 Sat 2013 00:28', bylineBlock: null }).headline).toBe('Autumn colours at the mountain campsite');
  });
});

describe('byline cleaning', () => {
  it('drops the site\'s own name or a network credit glued after the names (naeb Gannett pages)', () => {
    expect(cleanByline('Bob Lane Harbor Times', 'The Harbor Times')).toBe('Bob Lane');
    expect(cleanByline('Kate Moss Cherry Vale Courier-Post', 'Cherry Vale Courier-Post')).toBe('Kate Moss');
    expect(cleanByline('Craig Mayer USA TODAY NETWORK', 'Nashville Daily')).toBe('Craig Mayer');
    // Two words of name must be left: a one-word name is not cut down to nothing.
    expect(cleanByline('Cherry Vale Courier-Post', 'Cherry Vale Courier-Post')).toBe('Cherry Vale Courier-Post');
    expect(cleanByline('ANNA LEE', 'Harbor Times')).toBe('ANNA LEE');
  });

  it('drops a newsroom role or the site\'s name after the names, spaced, after a comma or glued', () => {
    expect(cleanByline('Dan Moore, AP Sports Writer')).toBe('Dan Moore');
    expect(cleanByline('Ann HartBusiness Columnist')).toBe('Ann Hart');
    expect(cleanByline('Lee Park, Harbor Staff')).toBe('Lee Park');
    expect(cleanByline('Ann Hart, Editor-at-large')).toBe('Ann Hart');
    expect(cleanByline('Kim Cole@HarborSports')).toBe('Kim Cole');
    // One word after a comma is no one's full name: a publication.
    expect(cleanByline('Ann Hart, Wavelength')).toBe('Ann Hart');
    // The site by its name or by its host.
    expect(cleanByline('Ann Hart, Harbor Daily', undefined, siteWords('Harbor Daily Europe', null))).toBe('Ann Hart');
    expect(cleanByline('Ann Hart, Harbor Daily', undefined, siteWords(undefined, 'https://www.harbordaily.com/a/1'))).toBe('Ann Hart');
    // People stay: a list of names, and a name that is all that is left.
    expect(cleanByline('Ann Hart, Lee Park, Kim Do')).toBe('Ann Hart, Lee Park, Kim Do');
    expect(cleanByline('Ann Hart, Lee Harbor', undefined, siteWords('Harbor', 'https://harbor.org/'))).toBe('Ann Hart, Lee Harbor');
    expect(cleanByline('Writer')).toBe('Writer');
  });

  it('drops a weekday, a publication time, a site after a full stop, and a glued agency', () => {
    expect(cleanByline('Ann Hart, Lee Park on Monday')).toBe('Ann Hart, Lee Park');
    expect(cleanByline('Ann HartMonday')).toBe('Ann Hart');
    expect(cleanByline('Ann HartNovember 15')).toBe('Ann Hart');
    expect(cleanByline('Ann Hart Harbor Daily Published 2:16 AM EST Nov 20, 2019', 'Harbor Daily')).toBe('Ann Hart');
    expect(cleanByline('Posted by Ann Hart')).toBe('Ann Hart');
    expect(cleanByline('Ann Hart. Harbor Daily', undefined, siteWords('Harbor Daily', null))).toBe('Ann Hart');
    expect(cleanByline('Ann Hart, Harbor International', undefined, siteWords('Harbor', null))).toBe('Ann Hart');
    expect(cleanByline('Ann Hart Harbor Today', undefined, siteWords(undefined, 'https://www.harbortoday.com/x'))).toBe('Ann Hart');
    expect(cleanByline('Timothy Snyder, Ann Hart', undefined, siteWords('Time', null))).toBe('Timothy Snyder, Ann Hart');
    expect(cleanByline('ANN HART and LEE PARKAssociated Press')).toBe('ANN HART and LEE PARK');
    expect(cleanByline('Sarah E. Needleman')).toBe('Sarah E. Needleman');
    expect(cleanByline('Ann Sunday')).toBe('Ann Sunday');
  });

  it('drops "By", trailing dates and relative times, and rejects what is not a name (readability corpus pages)', () => {
    expect(cleanByline('By Steven Musil January 18')).toBe('Steven Musil');
    expect(cleanByline('Joshua Sokol May 20')).toBe('Joshua Sokol');
    expect(cleanByline('Aleš Vávra před 2 hodinami')).toBe('Aleš Vávra');
    expect(cleanByline('Sept. 25')).toBeNull();
    expect(cleanByline('Last Updated: January 7')).toBeNull();
    expect(cleanByline('Published November 20th, 2019 - 07:50 GMT')).toBeNull();
    expect(cleanByline('Posted on March 3')).toBeNull();
    expect(cleanByline('<script type="text/javascript"> var x = {}; </script>')).toBeNull();
    expect(cleanByline('one two three four five six seven eight nine ten eleven twelve thirteen')).toBeNull();
    expect(cleanByline('Brian May')).toBe('Brian May');
    // Date and comment count glued to the name by adjacent spans (readability breitbart page).
    expect(cleanByline('by Lucas Nolan22 Dec 2016651')).toBe('Lucas Nolan');
    expect(cleanByline('Agent 47')).toBe('Agent 47');
  });
});

describe('pronoun attribution', () => {
  it('resolves "he said" past a woman named just before, to the man introduced earlier (after the scrapinghub nbcnews page)', () => {
    const speakers = extractSpeakers([
      'Patrick W. Carlineo Jr., 55, of Addison, pleaded guilty to threatening a council member, Mary Smith.',
      'During the call, he asked about the budget, called Smith a traitor and said, "somebody ought to do something about her now," prosecutors said.',
    ]);
    expect(speakers.map((s) => s.name)).toEqual(['Patrick W. Carlineo Jr.']);
  });

  it('does not read "He also" as a name', () => {
    const speakers = extractSpeakers(['Mike Pompeo, the secretary of state, spoke on Monday.', 'He also said the deal would "pave the way for further talks between the two sides."']);
    expect(speakers.map((s) => s.name)).toEqual(['Mike Pompeo']);
  });
});

describe('speaker names after titles', () => {
  it('takes the name after a run of office words, not the office (scrapinghub nypost page)', () => {
    const speakers = extractSpeakers(['“We pray for the full recovery of both men,” said White House Press Secretary Stephanie Grisham. “We thank the Afghan government for its actions.”']);
    expect(speakers).toEqual([{ name: 'Stephanie Grisham', role: 'White House Press Secretary', quotes: ['We pray for the full recovery of both men', 'We thank the Afghan government for its actions.'] }]);
  });
});

describe('closing marks', () => {
  it('takes two apostrophes as a closing quote mark (scrapinghub AP page)', () => {
    const speakers = extractSpeakers(['“It was an attempt to mislead voters,’’ Will Moy, chief executive of the fact-checking website Full Fact, told the BBC.']);
    expect(speakers).toMatchObject([{ name: 'Will Moy', quotes: ['It was an attempt to mislead voters'] }]);
  });
});

describe('offices and teams as attributions', () => {
  it('resolves "the president said" to the person introduced with that office, and "X and his team wrote" to X', () => {
    const speakers = extractSpeakers([
      'US President Donald Trump met advisers on Monday.',
      'The president said on Tuesday that China "is going to have to make a deal that I like."',
      'The lead researcher, Dr. Lucas Paganini, said the data were clear.',
      '"We suggest that the outgassing occurs at lower levels than previously estimated," Paganini and his team wrote in the paper.',
    ]);
    expect(speakers.map((s) => [s.name, s.quotes.length])).toEqual([['Donald Trump', 1], ['Lucas Paganini', 1]]);
  });
});

describe('attribution patterns from the hand-labelled quote set', () => {
  it('reads appositives, titles before a name, "has written", hyphenated titles, the sentence before, and a second quote in the paragraph', () => {
    const speakers = extractSpeakers([
      '“We have a need to bring on more providers,” Steve Clarke, deputy associate administrator for exploration at the agency, said in a call.',
      'Jefferies analyst Jonathan Matuszewski, in a research report, said the market was wrong.',
      '“Comp sales were light,” wrote Matuszewski. “We interpret the results as timing.”',
      '“The Chinese government pays nothing,” Howard Gleckman, a senior fellow at the Tax Policy Center, has written.',
      '“What is really fun is the chemistry,” JPL scientist and study co-author Michael Malaska said.',
      '“Amazing,” Davis said. “To be able to do that against every team is something special.”',
    ]);
    expect(speakers.map((s) => [s.name, s.quotes.length])).toEqual([
      ['Steve Clarke', 1], ['Jonathan Matuszewski', 2], ['Howard Gleckman', 1], ['Michael Malaska', 1], ['Davis', 1],
    ]);
  });

  it('takes a byline from the New York Times byl meta (readability nytimes-4 page)', () => {
    const meta = { meta: { byl: 'By Nelson D. Schwartz' }, jsonLd: [], bylines: [], timeDatetime: null };
    expect(extractMetadata({ meta, headlineBlock: null, bylineBlock: null }).byline).toBe('Nelson D. Schwartz');
  });

  it('drops outlets, roles, e-mails, credentials and doubled names; an agency alone stays (naeb pages, shapes made up)', () => {
    expect(cleanByline('Jonathan Park, Valley Report')).toBe('Jonathan Park');
    expect(cleanByline('Ann Lee and Bo Chan, Financial Times -')).toBe('Ann Lee and Bo Chan');
    expect(cleanByline("Sam O'Neil The Associated Press")).toBe("Sam O'Neil");
    expect(cleanByline('Evan Orr, sports.com')).toBe('Evan Orr');
    expect(cleanByline('Ann Lee | alee@example.com')).toBe('Ann Lee');
    expect(cleanByline('Ann Lee MS, RDN, LD')).toBe('Ann Lee');
    expect(cleanByline('Review by Rick Lane Contributor')).toBe('Rick Lane');
    expect(cleanByline('Ann LeeAnn LeePublished:')).toBe('Ann Lee');
    expect(cleanByline('— Associated Press Associated Press')).toBe('Associated Press');
    expect(cleanByline(', The Daily Courier')).toBeNull(); // an outlet that is no agency: another candidate names the person
    expect(cleanByline('12/22/2023 05:00 AM EST')).toBeNull();
    expect(cleanByline('Ann Lee, Bo Chan')).toBe('Ann Lee, Bo Chan'); // two authors, not an outlet
  });
});

describe('the dateline by the headline', () => {
  const story = (dateline: string): string => [
    'Council approves the new flood barrier after a long night of debate',
    'By Jane Roe',
    'Share this story',
    dateline,
    'The city council approved the flood barrier on Tuesday after a debate that ran past midnight, ending a dispute that began with the storms of March 3, 2021 and split the council for years.',
    'Work on the barrier will start in the spring, the council said, and the first section should be finished before the next storm season reaches the coast.',
    'Residents who spoke at the meeting welcomed the vote but asked the council to publish the full cost of the project before any contract is signed.',
  ].join('\n\n');

  it('reads a short line after the headline, even one hidden with the share buttons, not a date the story tells about', () => {
    // naeb news.sky.com page: byline, share buttons, then "Saturday 23 December 2023 05:39, UK", hidden with them.
    const input = textToBlocks(story('Tue December 19, 2023 · 4 min read'));
    expect(extractAll(runEngine(inAnyLanguage(input)), input).published).toBe('2023-12-19');
    const undated = textToBlocks(story('4 min read'));
    expect(extractAll(runEngine(inAnyLanguage(undated)), undated).published).toBeNull(); // "March 3, 2021" is in a paragraph, not a dateline
  });
});

describe('what the popup is sent of a page\'s JSON-LD', () => {
  it('is the article fields the extractors read, flat, however deep the page nests its JSON-LD', async () => {
    const { extractionInput } = await import('../../../src/engine/extract/input.ts');
    let deep: unknown = 'bottom';
    for (let i = 0; i < 5000; i++) deep = [deep];
    const article = { '@type': 'NewsArticle', headline: ' Bridge to close ', datePublished: '2023-12-22T10:00:00Z', description: 'The council voted.',
      author: [{ '@type': 'Person', name: 'Ann Lee' }, { '@type': 'Organization', name: 'Daily Post' }], image: { url: 'x.jpg' }, articleBody: 'long…' };
    const input = { ...textToBlocks('Bridge to close\n\nThe council voted on Tuesday to close the bridge.'),
      meta: { meta: {}, jsonLd: [deep, { '@graph': [article] }], bylines: [], timeDatetime: null } };
    const sent = extractionInput(runEngine(inAnyLanguage(input)), input);
    expect(sent.meta?.jsonLd).toEqual([{ '@type': 'NewsArticle', headline: ' Bridge to close ', datePublished: '2023-12-22T10:00:00Z', description: 'The council voted.',
      author: [{ '@type': 'Person', name: 'Ann Lee' }, { '@type': 'Organization', name: 'Daily Post' }] }]);
    expect(JSON.stringify(sent).length).toBeLessThan(2000);
    expect(() => structuredClone(sent)).not.toThrow();
    expect(extractAll(runEngine(inAnyLanguage(input)), input).byline).toBe('Ann Lee');
  });
});
