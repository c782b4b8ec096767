// The pieces of the after-the-quote pattern, each with its own example, and the shapes added for the naeb
// development half (eval/quotes-naeb-dev.json); cases are in our own words, modelled on the page named.
import { describe, expect, it } from 'vitest';
import { AFTER, AFTER_PIECE_NAMES, type AfterPiece } from '../../../src/engine/extract/attribution.ts';
import { quotesByName } from '../../support/speakers.ts';

const EXAMPLES: Record<AfterPiece, [string, string]> = {
  relativeThenVerb: [', his twin brother, Damon Ross, posted on X.', 'Damon Ross'],
  subjectThenVerb: [', Wendy Marsh, founder of Marsh Retail Partners told reporters.', 'Wendy Marsh'],
  titledNameThenVerb: [', lead researcher and ocean scientist Lucas Brandt said.', 'Lucas Brandt'],
  verbThenTitledName: [', said Harbour United managing owner Jorge Salas.', 'Jorge Salas'],
  verbThenSubject: [', said Kerry.', 'Kerry'],
  accordingTo: [', according to Kerry.', 'Kerry'],
};

describe('after-the-quote pieces', () => {
  for (const piece of AFTER_PIECE_NAMES) {
    it(`${piece} reads its example`, () => {
      const [text, speaker] = EXAMPLES[piece];
      const groups: Partial<Record<string, string>> = AFTER.exec(text)?.groups ?? {};
      expect(groups[piece]).toBe(speaker);
      expect(AFTER_PIECE_NAMES.filter((name) => groups[name] !== undefined)).toEqual([piece]);
    });
  }
});

describe('shapes from the naeb development half', () => {
  it('stops a title at a preposition: the name before "from the … police" (scrapinghub 2026 set, naeb dev 6956f917)', () => {
    const found = quotesByName([
      '“We are working with partner agencies on this case,” said chief inspector Jane Holt from the West Vale police.',
    ]);
    expect(Object.keys(found)).toEqual(['Jane Holt']);
  });

  it('reads a party tag and an unclosed role between name and verb (naeb dev ed428802, f9bea22a)', () => {
    const found = quotesByName([
      '“This rule will slow the industry down,” Sen. Jeff Morton (D-Ore.) said in a statement.',
      '“Some companies fear speaking up at all,” Wendy Marsh, founder of Marsh Retail Partners told reporters. “Or they are stunned.”',
      'State Rep. Steve Allan, R-Barnstable, who sponsored the bill, weighed in, calling the crash “an affront to our community.”',
    ]);
    expect(found['Jeff Morton']).toHaveLength(1);
    expect(found['Wendy Marsh']).toHaveLength(2);
    expect(found['Steve Allan']).toEqual(['an affront to our community.']);
    expect(found['Barnstable']).toBeUndefined();
  });

  it('gives "she says" after narration about someone new to that person, not the running speaker (naeb dev 479f7d33)', () => {
    const found = quotesByName([
      'Eva Stone, an illustrator, says the tool will change the balance of power.',
      '“It is going to make them think twice,” she says.',
      'Autumn Reyes, another artist, says tools like this gave her the confidence to post again. Reyes had taken her work offline.',
      '“I’m just really grateful that we have a tool now,” she says.',
    ]);
    expect(found['Autumn Reyes']).toEqual(['I’m just really grateful that we have a tool now']);
  });

  it('reads a quote paragraph handed over by a colon at the end of the paragraph before (naeb dev 0b3c6d6a)', () => {
    const found = quotesByName([
      'Sarah Quill stopped a show in Lisbon last month to ask fans not to throw things. She said:',
      '“It really scares me when things land on the stage, because a dancer can trip on them.”',
    ]);
    expect(found['Sarah Quill']).toEqual(['It really scares me when things land on the stage, because a dancer can trip on them.']);
  });

  it('reads a gender no given-name list knows from the pronouns after the name (scrapinghub quantamagazine page)', () => {
    const found = quotesByName([
      'Zephra Harlow, a chemist, said her team had tested the coating for a year.',
      'Kiran Voss, a colleague, said his own tests had failed twice.',
      '“It held up better than we hoped,” she said.',
    ]);
    expect(found['Zephra Harlow']).toEqual(['It held up better than we hoped']);
  });
});

