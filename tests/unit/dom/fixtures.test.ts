// Every fixture page through the whole engine, in the mode its file implies:
// keep snippets stay in the article text, drop snippets do not, and each rule
// named in "fires" classifies the block holding each of its snippets.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../../src/adapters/analyse.ts';
import { fixtures } from '../../support/fixtures.ts';

describe.each(fixtures())('fixture $name', (fixture) => {
  const { result } = analyse(fixture.content, fixture.mode);

  it.each(fixture.expect.keep)('keeps "%s"', (snippet) => {
    expect(result.article).toContain(snippet);
  });

  it.each(fixture.expect.drop)('drops "%s"', (snippet) => {
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
