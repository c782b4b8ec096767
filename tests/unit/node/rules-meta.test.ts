// Meta-tests in the spirit of refined-github: every rule is one documented row
// of the engine's RULE_TABLE, a block rule lives in a file named after its id,
// and every rule has fixtures where its row says they are.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_TABLE, RULES } from '../../../src/engine/index.ts';
import { STAGE_RULES } from '../../../src/engine/rules/stage-rules.ts';
import { PAGE_RULES } from '../../../src/engine/rules/page-rules.ts';
import { FURNITURE_KINDS } from '../../../src/engine/types.ts';
import { fixtures, PAGES_DIR } from '../../support/fixtures.ts';

const ARTICLE_KINDS = ['body', 'headline', 'standfirst', 'byline', 'credit', 'caption', 'subheading'];
const KEBAB = /^[a-z]+(-[a-z]+)*$/;
const fired = new Set(fixtures().flatMap((f) => Object.keys(f.expect.fires)));

/** Whether the rule has fixtures where its row says: a page that lists it under "fires", a page named after it, or a
 * browser test that names it. */
function hasFixture(id: string, home: string): boolean {
  if (home === PAGES_DIR) return fired.has(id);
  if (home === 'tests/fixtures/screen') return existsSync(`${home}/${id}.html`);
  return existsSync(home) && readFileSync(home, 'utf8').includes(id);
}

describe.each(RULE_TABLE.map((r) => [r.id, r] as const))('rule %s', (id, row) => {
  it('has a kebab-case id, a one-line summary and a kind that fits its verdict', () => {
    expect(id).toMatch(KEBAB);
    expect(row.summary.length).toBeGreaterThan(10);
    expect(row.summary).not.toContain('\n');
    expect(row.verdict === 'furniture' ? FURNITURE_KINDS : ARTICLE_KINDS).toContain(row.kind);
  });

  it('has fixtures where its row says', () => {
    expect(hasFixture(id, row.fixtures), `no fixture for "${id}" in ${row.fixtures}`).toBe(true);
  });
});

describe('rule table', () => {
  it('has unique ids', () => {
    expect(new Set(RULE_TABLE.map((r) => r.id)).size).toBe(RULE_TABLE.length);
  });

  it('holds every rule the engine and the content script apply, with their own kind and verdict', () => {
    const applied = [...RULES, ...STAGE_RULES, ...PAGE_RULES];
    for (const rule of applied) {
      expect(RULE_TABLE.find((r) => r.id === rule.id), rule.id).toMatchObject({ kind: rule.kind, verdict: rule.verdict });
    }
    expect(RULE_TABLE.filter((r) => r.layer === 'block').map((r) => r.id)).toEqual(RULES.map((r) => r.id));
  });

  it('names only rules of the table under a fixture\'s "fires"', () => {
    const ids = new Set(RULE_TABLE.map((r) => r.id));
    expect([...fired].filter((id) => !ids.has(id))).toEqual([]);
  });

  it('has one file per block rule, named after its id', () => {
    for (const rule of RULES) expect(existsSync(`src/engine/rules/${rule.id}.ts`), rule.id).toBe(true);
    const helpers = new Set(['index', 'rule', 'patterns', 'landmarks', 'stage-rules', 'page-rules', 'table']);
    const files = readdirSync('src/engine/rules').map((f) => f.replace(/\.ts$/, '')).filter((f) => !helpers.has(f));
    expect(files.sort()).toEqual(RULES.map((r) => r.id).sort());
  });
});
