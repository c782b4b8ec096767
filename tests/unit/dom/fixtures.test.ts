// Every fixture page through the whole engine, in the mode its file implies:
// keep snippets stay in the article text, drop snippets do not, and each rule
// named in "fires" classifies the block holding each of its snippets. A drop
// snippet must be on the page as the engine reads it: a misspelt one would
// pass "not in the article" without testing anything.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/adapters/analyse.ts';
import { fixtures } from '../../support/fixtures.ts';

describe.each(fixtures())('fixture $name', (fixture) => {
  const { result } = analyse(fixture.content, fixture.mode);
  const page = result.blocks.map((c) => c.block.text).join('\n');

  it.each(fixture.expect.keep)('keeps "%s"', (snippet) => {
    expect(result.article).toContain(snippet);
  });

  it.each(fixture.expect.drop)('drops "%s"', (snippet) => {
    expect(page, 'the snippet is not on the page at all').toContain(snippet);
    expect(result.article).not.toContain(snippet);
  });

  const fires = Object.entries(fixture.expect.fires).flatMap(([ruleId, snippets]) => snippets.map((s) => [ruleId, s] as const));
  it.each(fires)('%s fires on "%s"', (ruleId, snippet) => {
    const block = result.blocks.find((c) => c.block.text.includes(snippet));
    expect(block, `no block contains "${snippet}"`).toBeDefined();
    expect(block?.ruleId).toBe(ruleId);
    expect(block?.evidence.length).toBeGreaterThan(0);
  });
});
