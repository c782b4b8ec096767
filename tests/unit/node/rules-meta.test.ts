// Meta-tests in the spirit of refined-github: every rule is documented data,
// lives in a file named after its id, and has a fixture page where it fires.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../../src/engine/rules/index.ts';
import { STAGE_RULES } from '../../../src/engine/rules/stage-rules.ts';
import { FURNITURE_KINDS } from '../../../src/engine/types.ts';
import { fixtures } from '../../support/fixtures.ts';

const ARTICLE_KINDS = ['body', 'headline', 'standfirst', 'byline', 'credit', 'caption', 'subheading'];
const KEBAB = /^[a-z]+(-[a-z]+)*$/;
const fired = new Set(fixtures().flatMap((f) => Object.keys(f.expect.fires)));
const all = [...RULES, ...STAGE_RULES];

describe.each(all.map((r) => [r.id, r] as const))('rule %s', (id, rule) => {
  it('has a kebab-case id, a one-line summary and a known kind', () => {
    expect(id).toMatch(KEBAB);
    expect(rule.summary.length).toBeGreaterThan(10);
    expect(rule.summary).not.toContain('\n');
    expect([...FURNITURE_KINDS, ...ARTICLE_KINDS]).toContain(rule.kind);
    expect(rule.verdict === 'furniture' ? FURNITURE_KINDS : ARTICLE_KINDS).toContain(rule.kind);
  });

  it('fires on at least one fixture page', () => {
    expect(fired.has(id), `no fixture lists "${id}" under "fires"`).toBe(true);
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
