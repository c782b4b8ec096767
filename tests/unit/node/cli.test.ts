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

  it('prints the rule table with --rules, and names only its rules in a page\'s hidden entries', () => {
    const rules = declutter(['--rules']);
    expect(rules.code).toBe(0);
    const rows = rules.out.trim().split('\n').map((line) => JSON.parse(line) as { id: string; layer: string; summary: string });
    expect(new Set(rows.map((r) => r.layer))).toEqual(new Set(['block', 'stage', 'page', 'reader']));
    expect(rows.find((r) => r.id === 'job-widget')).toMatchObject({ layer: 'block', summary: 'Job boards and their listings' });
    const page = JSON.parse(declutter(['--json', SEED_HTML]).out) as CliJson;
    expect(page.hidden.filter((h) => !rows.some((r) => r.id === h.ruleId))).toEqual([]);
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

  describe('hostile input (issue #16)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'declutter-cli-'));
    const prose = 'The council voted on Tuesday to close the old bridge to cars from next spring, after months of argument about it.';

    it('strips terminal control sequences from the plain output, and JSON escapes them', () => {
      const file = join(dir, 'escapes.txt');
      writeFileSync(file, `Bridge to close\n\n${prose} \u001b]0;owned\u0007\u001b[2J${prose}\n\n${prose}\n\n${prose}`);
      const plain = declutter([file]);
      expect(plain.code).toBe(0);
      expect(plain.out).toContain(']0;owned');
      // eslint-disable-next-line no-control-regex -- looking for control characters
      expect(plain.out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
      expect(declutter(['--json', file]).out).toContain('\\u001b');
    });

    it('refuses a binary file with a message', () => {
      const file = join(dir, 'picture.png');
      writeFileSync(file, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]));
      const { code, err } = declutter([file]);
      expect(code).toBe(1);
      expect(err).toContain('cannot read: a binary file, not a page or text');
    });

    it('takes "--" as the end of the options', () => {
      writeFileSync(join(dir, '--json'), `Bridge to close\n\n${prose}\n\n${prose}\n\n${prose}`);
      // Run from its folder, so the file's name is the bare '--json'.
      const run = spawnSync(process.execPath, [join(process.cwd(), 'bin/declutter.mjs'), '--', '--json'], { cwd: dir, encoding: 'utf8' });
      expect(run.status).toBe(0);
      expect(run.stdout).toContain('The council voted on Tuesday');
      expect(() => JSON.parse(run.stdout) as unknown).toThrow();
    });

    it('refuses a page nested deeper than any real one with a message, instead of parsing it for a minute', () => {
      const nested = (levels: number): string => `<body>${'<div>'.repeat(levels)}<p>${prose}</p><p>${prose}</p>${'</div>'.repeat(levels)}</body>`;
      writeFileSync(join(dir, 'deep.html'), nested(10_000));
      const deep = declutter([join(dir, 'deep.html')]);
      expect(deep.code).toBe(1);
      expect(deep.err).toMatch(/cannot analyse: the page nests elements 1000\d levels deep; at most 3000 are read/);
      writeFileSync(join(dir, 'nested.html'), nested(500));
      const fine = declutter([join(dir, 'nested.html')]);
      expect(fine.code).toBe(0);
      expect(fine.out).toContain('The council voted on Tuesday');
    });
  });

  describe('bounded, typed reading (issue #27 items 9 and 10)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'declutter-read-'));
    const prose = 'The council voted on Tuesday to close the old bridge to cars from next spring, after months of argument about it.';
    const page = (body: string, head = ''): string => `<html><head>${head}</head><body><h1>Bridge to close</h1><p>${body}</p><p>${prose}</p><p>${prose}</p></body></html>`;

    it('refuses a device or a pipe named as a file, before opening it', () => {
      const zero = declutter(['/dev/zero']);
      expect(zero.code).toBe(1);
      expect(zero.err).toContain('cannot read: not a regular file');
      const fifo = join(dir, 'pipe');
      spawnSync('mkfifo', [fifo]);
      const blocked = spawnSync(process.execPath, ['bin/declutter.mjs', fifo], { encoding: 'utf8', timeout: 20_000 });
      expect(blocked.status).toBe(1);
      expect(blocked.stderr).toContain('not a regular file');
    });

    it('reads at most 50 MB of standard input and says why it stopped', () => {
      const run = spawnSync(process.execPath, ['bin/declutter.mjs', '-'], { input: Buffer.alloc(51 * 1024 * 1024, 'y\n'), encoding: 'utf8', maxBuffer: 1024 * 1024 });
      expect(run.status).toBe(1);
      expect(run.stderr).toContain('cannot read: standard input is over the 50 MB a page may have');
    });

    it('escapes the file name in warnings', () => {
      const name = join(dir, 'empty\u001b[2Jname.html');
      writeFileSync(name, '<html><body><nav>Home</nav></body></html>');
      const { err } = declutter([name]);
      expect(err).toContain('No article text');
      // eslint-disable-next-line no-control-regex -- looking for control characters
      expect(err).not.toMatch(/\u001b/);
    });

    it('reads a page in the encoding it declares, and UTF-16 with a byte-order mark', () => {
      const latin = join(dir, 'latin.html');
      writeFileSync(latin, Buffer.from(page('Die Brücke über den Fluß wird geschlossen, sagte der Bürgermeister am Dienstag.', '<meta charset="windows-1252">'), 'latin1'));
      expect(declutter([latin]).out).toContain('Die Brücke über den Fluß');
      const sjis = join(dir, 'sjis.html');
      // 東京 (Tokyo) in Shift_JIS, declared by http-equiv.
      writeFileSync(sjis, Buffer.concat([Buffer.from(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"></head><body><p>`), Buffer.from([0x93, 0x8c, 0x8b, 0x9e]), Buffer.from(`: ${prose}</p><p>${prose}</p></body></html>`)]));
      expect(declutter([sjis]).out).toContain('東京');
      const utf16 = join(dir, 'utf16.txt');
      writeFileSync(utf16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Bridge to close\n\n${prose}\n\n${prose}\n\n${prose}`, 'utf16le')]));
      const read = declutter([utf16]);
      expect(read.code).toBe(0);
      expect(read.out).toContain('The council voted on Tuesday');
    });
  });
});

