// The page's language and its words: which stoplist a page gets (declared
// first, its words otherwise), and word counts in scripts written without
// spaces (Intl.Segmenter).
import { describe, expect, it } from 'vitest';
import { pickStopwords, primaryLanguage } from '../../../src/engine/text/stopwords.ts';
import { STOPLISTS } from '../../../src/engine/lexicon/stoplists/index.ts';
import { LABELS } from '../../../src/engine/lexicon/labels.ts';
import { lines } from '../../../src/engine/lexicon/lines.ts';
import { wordCount, words } from '../../../src/engine/text/words.ts';
import { runEngine } from '../../../src/engine/engine.ts';
import { textToBlocks } from '../../../src/adapters/text/index.ts';
import { STOPWORDS } from '../../../src/engine/thresholds.ts';

const sample = (text: string): string[] => words(text).map((w) => w.toLowerCase());
const GERMAN = sample('Die Regierung hat am Montag beschlossen, dass die Steuer auf Benzin nicht erhöht wird, '
  + 'und der Minister sagte, er sei mit dem Ergebnis der Verhandlungen zufrieden, auch wenn noch viel zu tun sei.');
const NORWEGIAN = sample('Regjeringen har bestemt at det ikke blir noen endring i skatten, og ministeren sier at han er fornøyd med '
  + 'resultatet av forhandlingene, selv om det fortsatt er mye som gjenstår for de som jobber med saken.');
const POLISH = sample('Rząd zdecydował w poniedziałek, że podatek od benzyny nie zostanie podniesiony, a minister powiedział, '
  + 'że jest zadowolony z wyniku negocjacji, chociaż jest jeszcze wiele do zrobienia w tej sprawie.');
const LOREM = sample('Lorem ipsum dolor sit amet, consectetur adipisicing elit, sed do eiusmod tempor incididunt ut labore et '
  + 'dolore magna aliqua. Ut enim ad minim veniam, quis nostrud exercitation ullamco laboris nisi ut aliquip ex ea commodo consequat.');

describe('the page language', () => {
  it('reads the primary subtag of a declared language', () => {
    expect(primaryLanguage('de-CH')).toBe('de');
    expect(primaryLanguage(' EN_us')).toBe('en');
    expect(primaryLanguage('')).toBeNull();
    expect(primaryLanguage(null)).toBeNull();
  });

  it('finds the language from the words when none is declared', () => {
    expect(pickStopwords(GERMAN, STOPLISTS).lang).toBe('de');
    expect(pickStopwords(POLISH, STOPLISTS).lang).toBe('pl');
  });

  it('follows the declared language where languages share function words, and overrules a template\'s wrong one', () => {
    expect(pickStopwords(NORWEGIAN, STOPLISTS, 'no').lang).toBe('no');
    expect(pickStopwords(NORWEGIAN, STOPLISTS, 'da').lang).toBe('da');
    expect(pickStopwords(GERMAN, STOPLISTS, 'en-US').lang).toBe('de');
  });

  it('gives text in no listed language no stoplist rather than a wrong one (readability remove-aria-hidden)', () => {
    expect(pickStopwords(LOREM, STOPLISTS).lang).toBeNull();
    expect(pickStopwords(sample('北京大学的图书馆很大'), STOPLISTS).lang).toBeNull();
  });

  it('knows no language when given no stoplists (the content script before its language data)', () => {
    const english = sample('The minister said that he was pleased with the result of the talks, and that there is more to do.');
    expect(pickStopwords(english).lang).toBeNull();
    expect(pickStopwords(english, STOPLISTS).lang).toBe('en');
  });

  it('reads a Polish page\'s function words once it is given the stoplists, and leaves them unknown without', () => {
    const input = textToBlocks(`Strona główna\n\n${POLISH.join(' ')}.\n\n${POLISH.join(' ')}.`);
    const density = (stoplists?: typeof STOPLISTS): number | undefined => runEngine({ ...input, ...(stoplists ? { stoplists } : {}) }).blocks[1]?.block.features.stopwordDensity;
    expect(density()).toBe(STOPWORDS.unknownLanguage);
    expect(density(STOPLISTS)).toBeGreaterThan(STOPWORDS.sentenceLow);
    expect(density(STOPLISTS)).not.toBe(STOPWORDS.unknownLanguage);
  });
});

describe('widget labels in other languages (lexicon/labels.ts)', () => {
  const story = 'Die Regierung hat am Montag beschlossen, dass die Steuer auf Benzin nicht erhöht wird, und der Minister sagte, er sei zufrieden.';
  const teaser = 'Neue Brücke über den Rhein wird im Frühjahr eröffnet';
  const page = (label: string): string => [story, story, label, teaser, 'Streit um Parkplätze in der Altstadt'].join('\n\n');
  const ruleOf = (text: string, labels: boolean): string | undefined =>
    runEngine({ ...textToBlocks(page('Lesen Sie auch:')), stoplists: STOPLISTS, ...(labels ? { labels: LABELS } : {}) }).blocks.find((c) => c.block.text === text)?.ruleId;

  it('opens a related rail on a German heading, only when the labels are given', () => {
    expect(ruleOf('Lesen Sie auch:', true)).toBe('related-label');
    expect(ruleOf(teaser, true)).toBe('related-label');
    expect(ruleOf('Lesen Sie auch:', false)).not.toBe('related-label');
  });

  it('reads a label whole, never inside a sentence', () => {
    const input = { ...textToBlocks([story, 'Lesen Sie auch, was der Minister dazu sagte.', story].join('\n\n')), stoplists: STOPLISTS, labels: LABELS };
    expect(runEngine(input).blocks.every((c) => c.ruleId !== 'related-label')).toBe(true);
  });

  it.each(Object.entries(LABELS))('%s lists words, each once per role', (_lang, roles) => {
    for (const text of Object.values(roles)) {
      const items = lines(text);
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expect(item, item).toMatch(/^\p{Lu}[\p{L}\p{M} '’-]*$/u);
      expect(new Set(items.map((i) => i.toLowerCase())).size).toBe(items.length);
    }
  });
});

describe('words in scripts without spaces', () => {
  it('counts dictionary words, not characters', () => {
    expect(wordCount('我们今天去北京大学参观了图书馆。')).toBeGreaterThanOrEqual(6);
    expect(wordCount('我们今天去北京大学参观了图书馆。')).toBeLessThanOrEqual(10);
    expect(wordCount('ประเทศไทยมีประชากรมาก')).toBeGreaterThanOrEqual(3);
    expect(wordCount('Hello world 你好世界')).toBe(4);
  });

  it('keeps combining marks inside their word (Hindi vowel signs)', () => {
    expect(words('सरकार ने कहा')).toEqual(['सरकार', 'ने', 'कहा']);
  });
});
