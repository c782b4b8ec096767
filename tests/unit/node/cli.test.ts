// The command line, run as a user runs it (bin/declutter.mjs in a child process).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliJson } from '../../../src/cli/json.ts';

const SEED_TXT = 'tests/fixtures/pages/kerry-iraq-independent.txt';
const SEED_HTML = 'tests/fixtures/pages/kerry-iraq-independent.html';

function declutter(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ['bin/declutter.mjs', ...args], { input, encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('declutter CLI', () => {
  it('prints the article text of a saved text page', () => {
    const { code, out } = declutter([SEED_TXT]);
    expect(code).toBe(0);
    expect(out).toContain('US Secretary of State John Kerry said Sunday');
    expect(out).not.toContain('iJobs');
  });

  it('prints one JSON object per file with the documented fields', () => {
    const { code, out } = declutter(['--json', SEED_TXT, SEED_HTML]);
    expect(code).toBe(0);
    const objects = out.trim().split('\n').map((line) => JSON.parse(line) as CliJson);
    expect(objects.map((o) => o.mode)).toEqual(['text', 'html']);
    for (const o of objects) {
      expect(Object.keys(o).sort()).toEqual(['article', 'byline', 'file', 'headline', 'hidden', 'mode', 'published', 'speakers', 'summary', 'warnings']);
      expect(o.headline).toBe("US will support Iraq but won't send in troops, says John Kerry");
      expect(o.hidden.find((h) => h.text.startsWith('iJobs Job Widget'))).toMatchObject({ ruleId: 'job-widget', kind: 'job-widget' });
    }
  });

  it('reads standard input with "-" and honours --mode', () => {
    const { code, out } = declutter(['--mode', 'html', '-'], '<p>Hello from standard input, a short page with one paragraph of text in it.</p>');
    expect(code).toBe(0);
    expect(out).toContain('Hello from standard input');
  });

  it('fails clearly, without a stack trace, on missing, empty and bad arguments', () => {
    const dir = mkdtempSync(join(tmpdir(), 'declutter-cli-'));
    writeFileSync(join(dir, 'empty.txt'), '  \n');
    const missing = declutter([join(dir, 'nope.html')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toMatch(/nope\.html: cannot read: no such file/);
    const empty = declutter([join(dir, 'empty.txt')]);
    expect(empty.code).toBe(1);
    expect(empty.err).toMatch(/empty\.txt: cannot read: the file is empty/);
    const usage = declutter(['--mode', 'pdf', SEED_TXT]);
    expect(usage.code).toBe(2);
    expect(usage.err).toMatch(/--mode must be html or text/);
    for (const run of [missing, empty, usage]) expect(run.err).not.toMatch(/\n\s+at /);
  });
});
