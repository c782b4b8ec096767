// Meta-tests in the spirit of refined-github: every rule is documented data,
// lives in a file named after its id, and has a fixture page where it fires.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/engine/rules/index.ts';
import { STAGE_RULES, STAGE_SUMMARIES } from '../../../src/engine/rules/stage-rules.ts';
import { PAGE_RULES, PAGE_SUMMARIES } from '../../../src/engine/rules/page-rules.ts';
import { FURNITURE_KINDS } from '../../../src/engine/types.ts';
import { fixtures } from '../../support/fixtures.ts';

const ARTICLE_KINDS = ['body', 'headline', 'standfirst', 'byline', 'credit', 'caption', 'subheading'];
const KEBAB = /^[a-z]+(-[a-z]+)*$/;
const fired = new Set(fixtures().flatMap((f) => Object.keys(f.expect.fires)));
const all = [...RULES, ...STAGE_RULES];

/** A block rule's summary is exported by its own file; stage and page rules keep theirs in one table per file. */
async function summaryOf(id: string): Promise<unknown> {
  if (RULES.some((r) => r.id === id)) return ((await import(`../../../src/engine/rules/${id}.ts`)) as { summary?: unknown }).summary;
  return STAGE_SUMMARIES[id];
}

describe.each(all.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  it('has a kebab-case id, a one-line summary and a known kind', async () => {
    expect(id).toMatch(KEBAB);
    const summary = await summaryOf(id);
    expect(typeof summary).toBe('string');
    expect(String(summary).length).toBeGreaterThan(10);
    expect(String(summary)).not.toContain('\n');
    expect([...FURNITURE_KINDS, ...ARTICLE_KINDS]).toContain(rule.kind);
    expect(rule.verdict === 'furniture' ? FURNITURE_KINDS : ARTICLE_KINDS).toContain(rule.kind);
  });

  it('fires on at least one fixture page', () => {
    expect(fired.has(id), `no fixture lists "${id}" under "fires"`).toBe(true);
  });
});

describe.each(PAGE_RULES.map((r) => [r.id] as const))('page rule %s', (id) => {
  it('has a kebab-case id and a one-line summary', () => {
    expect(id).toMatch(KEBAB);
    expect(PAGE_SUMMARIES[id]?.length).toBeGreaterThan(10);
    expect(PAGE_SUMMARIES[id]).not.toContain('\n');
  });
});

describe('rule registry', () => {
  it('has unique ids', () => {
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
  });

  it('has one file per block rule, named after its id', () => {
    for (const rule of RULES) expect(existsSync(`src/engine/rules/${rule.id}.ts`), rule.id).toBe(true);
    const helpers = new Set(['index', 'rule', 'patterns', 'landmarks', 'stage-rules', 'page-rules']);
    const files = readdirSync('src/engine/rules').map((f) => f.replace(/\.ts$/, '')).filter((f) => !helpers.has(f));
    expect(files.sort()).toEqual(RULES.map((r) => r.id).sort());
  });

  it('writes no bare numbers inside rules: thresholds are named constants', () => {
    for (const file of readdirSync('src/engine/rules')) {
      const code = readFileSync(`src/engine/rules/${file}`, 'utf8')
        .replace(/\/\/.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/(?:\\.|\[[^\]]*\]|[^/\\\n])+\/[a-z]*/g, '/re/') // regex literals
        .replace(/'(?:\\.|[^'\\])*'|`(?:\\.|[^`\\])*`|"(?:\\.|[^"\\])*"/g, "''")
        .replace(/^const [A-Z_]+ = [\d.]+;$/gm, '');
      const bare = code.match(/(?<![\w.])\d+(\.\d+)?(?![\w])/g)?.filter((n) => n !== '0' && n !== '1') ?? [];
      expect(bare, `${file} has bare numbers`).toEqual([]);
    }
  });
});
